/// Prices of the lanes a transfer may take inside a pool; the transfer plan is the cheapest
/// set of transfers that realises the allocation. Channels add their own cost.
public struct LaneCosts: Sendable, Equatable, Hashable {
    /// Giver and receiver in the same department and region.
    public var sameDepartment: Double
    /// Same region, different department.
    public var sameRegion: Double
    /// Different regions at the same level.
    public var sameLevel: Double
    /// From a higher level to a lower one (下沉, towards the grassroots).
    public var downward: Double
    /// From a lower level to a higher one.
    public var upward: Double
    /// Where the lanes were declared.
    public var location: SourceLocation?

    /// Creates lane costs; defaults price the practice: same department cheapest, then same
    /// region, then cross-region, moving down cheaper than moving up.
    public init(
        sameDepartment: Double = 1, sameRegion: Double = 2, sameLevel: Double = 3,
        downward: Double = 3, upward: Double = 5, location: SourceLocation? = nil
    ) {
        self.sameDepartment = sameDepartment
        self.sameRegion = sameRegion
        self.sameLevel = sameLevel
        self.downward = downward
        self.upward = upward
        self.location = location
    }
}
