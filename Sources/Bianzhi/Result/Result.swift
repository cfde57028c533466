/// The one exchange format of a solve: the allocation, the transfers, the objective's parts
/// and how the solve went. `solve` writes it as `result.json`; `diff`, `explain` and `report`
/// read it back.
///
/// Every array is in scenario order and every number is derived from integers, so the same
/// scenario yields the same bytes; only ``statistics`` carries timings.
public struct SolveResult: Sendable, Codable, Equatable {
    /// Version of this format; bumped on incompatible changes.
    public var formatVersion: Int
    /// What was solved.
    public var scenario: ScenarioSummary
    /// Verdict: `optimal`, `feasible` (stopped at the time limit), `infeasible`,
    /// `noSolution` or `failed`.
    public var status: String
    /// True only when every block was proven optimal.
    public var provenOptimal: Bool
    /// Relative gap when stopped early, `nil` when optimal or unknown.
    public var gap: Double?
    /// The objective: total and weighted parts.
    public var objective: ObjectiveSummary
    /// Every unit, before and after.
    public var units: [UnitResult]
    /// Every pool's totals.
    public var pools: [PoolResult]
    /// Every channel's flow.
    public var channels: [ChannelResult]
    /// Every share floor, required and achieved.
    public var shareFloors: [ShareFloorResult]
    /// Shortfall before and after per priority class.
    public var priorityClasses: [PriorityClassResult]
    /// The transfer plan.
    public var transfers: [TransferResult]
    /// Headline figures.
    public var totals: Totals
    /// Model sizes and timings.
    public var statistics: Statistics
    /// The scenario's rules and parameters as sorted `key = value` lines (see
    /// ``PolicySummary``), so that `diff` can name the rules that differ between two results.
    /// Absent in results written before it existed.
    public var policy: [String]? = nil
}

extension SolveResult {
    /// Identifies the scenario a result came from.
    public struct ScenarioSummary: Sendable, Codable, Equatable {
        /// Scenario name.
        public var name: String
        /// Path of the scenario file.
        public var path: String
        /// FNV-1a 64 digest of the scenario's bytes.
        public var digest: String
        /// Horizon in years.
        public var horizonYears: Int
        /// Display names of the kinds, in declaration order (`id` → `name`).
        public var kinds: [NamedItem]
        /// Region names (`id` → `name`), in declaration order.
        public var regions: [NamedItem]
    }

    /// An identifier with its display name.
    public struct NamedItem: Sendable, Codable, Equatable {
        /// Identifier.
        public var id: String
        /// Display name.
        public var name: String
    }

    /// The objective's total and weighted parts.
    public struct ObjectiveSummary: Sendable, Codable, Equatable {
        /// Sum of the parts.
        public var total: Double
        /// Weighted shortfall.
        public var shortfall: Double
        /// Weighted excess.
        public var excess: Double
        /// Weighted moves.
        public var moves: Double
        /// Weighted soft-floor penalties.
        public var penalties: Double
        /// Weighted channel costs.
        public var channels: Double
        /// Lane cost of the transfer plan (not part of the objective).
        public var transferCost: Double
    }

    /// One unit before and after.
    public struct UnitResult: Sendable, Codable, Equatable {
        public var id: String
        public var name: String
        public var department: String
        public var region: String
        public var level: Level
        public var kind: String
        public var quota: Int
        public var headcount: Int
        public var attrition: Int
        public var need: Double?
        public var tags: [String]
        /// The new quota.
        public var newQuota: Int
        /// `newQuota − quota`.
        public var change: Int
        /// Hard bounds and the rules that set them.
        public var lowerBound: Int
        public var upperBound: Int
        public var lowerReason: String
        public var upperReason: String
        /// `max(0, need − quota)` and `max(0, need − newQuota)` (0 without a need).
        public var shortfallBefore: Double
        public var shortfallAfter: Double
        /// Pool scope the unit belongs to.
        public var pool: String
    }

    /// A pool's totals.
    public struct PoolResult: Sendable, Codable, Equatable {
        public var kind: String
        public var scope: String
        public var currentTotal: Int
        public var total: Int
        /// Sum of the new quotas.
        public var allocated: Int
        public var reserveHeld: Int
        public var cancelled: Int
        public var sent: Int
        public var received: Int
        public var units: Int
    }

    /// A channel's flow.
    public struct ChannelResult: Sendable, Codable, Equatable {
        public var kind: String
        public var from: String
        public var to: String
        public var cap: Int
        public var cost: Double
        public var amount: Int
    }

    /// A share floor.
    public struct ShareFloorResult: Sendable, Codable, Equatable {
        public var name: String
        public var scope: String
        public var kind: String
        public var hard: Bool
        /// Quota the selected units must hold.
        public var required: Int
        /// Their current quota.
        public var before: Int
        /// Their new quota.
        public var after: Int
        /// Share of the scope's base, before and after.
        public var shareBefore: Double
        public var shareAfter: Double
        /// `max(0, required − after)`.
        public var short: Int
    }

    /// Shortfall of a priority class.
    public struct PriorityClassResult: Sendable, Codable, Equatable {
        public var tag: String
        public var name: String
        public var units: Int
        public var need: Double
        public var shortfallBefore: Double
        public var shortfallAfter: Double
        public var weight: Double
        public var needFloor: Double?
    }

    /// One transfer.
    public struct TransferResult: Sendable, Codable, Equatable {
        public var kind: String
        /// Unit id, or `reserve:SCOPE` / `cancelled:SCOPE`.
        public var from: String
        public var fromName: String
        public var to: String
        public var toName: String
        public var amount: Int
        public var lane: Transfer.Lane
        /// Channels crossed, as `from>to` scopes.
        public var via: [String]
    }

    /// Headline figures.
    public struct Totals: Sendable, Codable, Equatable {
        /// Units whose quota changes.
        public var unitsChanged: Int
        /// Quotas gained by units.
        public var gained: Int
        /// Quotas cut from units.
        public var cut: Int
        /// Quotas held in reserves.
        public var reserveHeld: Int
        /// Quotas cancelled by cuts of totals.
        public var cancelled: Int
        /// Shortfall over all units with a need, before and after.
        public var shortfallBefore: Double
        public var shortfallAfter: Double
        /// Quota per kind, before and after (`kind` order).
        public var byKind: [KindTotal]
    }

    /// Quota of one kind.
    public struct KindTotal: Sendable, Codable, Equatable {
        public var kind: String
        public var name: String
        public var before: Int
        public var after: Int
    }

    /// Model sizes and timings.
    public struct Statistics: Sendable, Codable, Equatable {
        public var units: Int
        public var pools: Int
        public var blocks: Int
        public var rows: Int
        public var columns: Int
        public var integerColumns: Int
        public var nonzeros: Int
        public var threads: Int
        /// Seconds per phase: `load`, `validate`, `build`, `solve`, `transfers`, `total`.
        public var seconds: [String: Double]
    }
}
