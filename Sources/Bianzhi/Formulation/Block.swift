/// A set of pools that share rows or channels and so must be solved together; different
/// blocks share nothing, so each is an independent model.
public struct Block: Sendable, Equatable {
    /// Position among the scenario's blocks (ordered by their first pool).
    public var index: Int
    /// Pool indices into ``PoolIndex/pools``, ascending.
    public var pools: [Int]
    /// Unit indices into ``Scenario/units``, ascending.
    public var units: [Int]
    /// Channel indices into ``Scenario/channels``, ascending.
    public var channels: [Int]
    /// Share-floor indices into ``Scenario/shareFloors``, ascending.
    public var shareFloors: [Int]
}
