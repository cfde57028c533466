/// A node of the region tree: a city, a county or a township.
public struct Region: Sendable, Equatable, Hashable {
    /// Identifier referenced by units, pools and rules.
    public var id: String
    /// Display name, e.g. `城关镇`.
    public var name: String
    /// Administrative level.
    public var level: Level
    /// Identifier of the enclosing region; `nil` for a root.
    public var parent: String?
    /// Where the region was declared.
    public var location: SourceLocation?

    /// Creates a region.
    public init(id: String, name: String, level: Level, parent: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.level = level
        self.parent = parent
        self.location = location
    }
}
