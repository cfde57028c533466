/// A priority class by tag: key areas, public-service gaps, the grassroots front line.
public struct PriorityClass: Sendable, Equatable, Hashable {
    /// The tag units carry to belong to the class.
    public var tag: String
    /// Display name; defaults to the tag.
    public var name: String
    /// Hard floor as a share of need: new quota ≥ ⌈floor × need⌉. `nil` for none.
    public var needFloor: Double?
    /// Multiplier of the shortfall weight for units of the class (the highest applies).
    public var weight: Double
    /// 保重点: no unit of the class loses quota (new quota ≥ quota), a hard bound.
    public var noCut: Bool
    /// Where the class was declared.
    public var location: SourceLocation?

    /// Creates a priority class.
    public init(tag: String, name: String? = nil, needFloor: Double? = nil, weight: Double = 1, noCut: Bool = false, location: SourceLocation? = nil) {
        self.tag = tag
        self.name = name ?? tag
        self.needFloor = needFloor
        self.weight = weight
        self.noCut = noCut
        self.location = location
    }
}
