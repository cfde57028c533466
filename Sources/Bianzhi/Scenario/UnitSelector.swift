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

extension UnitSelector {
    /// Whether `unit` (whose region has `level`) carries the tag and sits at the level asked for.
    public func matches(_ unit: OrgUnit, level unitLevel: Level?) -> Bool {
        if let level, unitLevel != level { return false }
        if let tag, !unit.tags.contains(tag) { return false }
        return true
    }
}
