/// Selects units by level and/or tag; both given means both must match.
public struct UnitSelector: Sendable, Equatable, Hashable {
    /// Level the unit's region must have.
    public var level: Level?
    /// Tag the unit must carry.
    public var tag: String?

    /// Creates a selector.
    public init(level: Level? = nil, tag: String? = nil) {
        self.level = level
        self.tag = tag
    }
}
