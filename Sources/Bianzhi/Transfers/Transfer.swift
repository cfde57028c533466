/// One movement of quota in the plan: `amount` quotas of one kind from a giver to a
/// receiver, along a lane.
public struct Transfer: Sendable, Equatable, Hashable {
    /// Where the quota comes from.
    public var from: Endpoint
    /// Where it goes.
    public var to: Endpoint
    /// Quotas moved.
    public var amount: Int
    /// The lane taken.
    public var lane: Lane
    /// Channels crossed, in order (empty inside one pool).
    public var via: [Int]

    /// Creates a transfer.
    public init(from: Endpoint, to: Endpoint, amount: Int, lane: Lane, via: [Int] = []) {
        self.from = from
        self.to = to
        self.amount = amount
        self.lane = lane
        self.via = via
    }

    /// A giver or receiver of quota.
    public enum Endpoint: Sendable, Equatable, Hashable, Comparable {
        /// A unit, by index.
        case unit(Int)
        /// A pool's turnover reserve (编制周转池), by pool index.
        case reserve(Int)
        /// Quota cancelled because a pool's total was cut (核减), by pool index.
        case cancelled(Int)
    }

    /// The kind of route a transfer takes; priced by ``LaneCosts``.
    public enum Lane: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
        /// Same department, same region.
        case sameDepartment
        /// Same region, another department.
        case sameRegion
        /// Another region at the same level.
        case sameLevel
        /// Down to a lower level (下沉).
        case downward
        /// Up to a higher level.
        case upward
        /// Through one or more channels between pools.
        case channel
        /// Into the pool's reserve.
        case reserve
        /// Cancelled with a cut of the pool's total.
        case cancelled

        /// The Chinese name shown to planners (the catalogue entry).
        public var chineseName: String { text(.zh) }
    }
}
