/// The one exchange format of a solve: the allocation, the transfers, the objective's parts
/// and how the solve went. `solve` writes it as `result.json`; `diff`, `explain` and `report`
/// read it back.
///
/// Every array is in scenario order and every number is derived from integers, so the same
/// scenario yields the same bytes; only ``statistics`` carries timings.
public struct SolveResult: Sendable, Codable, Equatable {
    /// Version of this format; bumped on incompatible changes.
    public var formatVersion: Int
    /// The version this build writes and reads.
    public static let currentFormatVersion = 2
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
    /// 空编/超编 per department, region, level and pool.
    public var staffing: [StaffingGroup] = []
    /// The plan year by year when `scenario.horizon` > 1 (absent for a one-year plan); the
    /// fields above then describe the final year against today.
    public var years: [YearResult]? = nil
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
        /// The issuing office (`scenario.office`), so that `report RESULT` names it without the
        /// scenario; absent from the JSON when the scenario has none.
        public var office: String? = nil
        /// The report date (`scenario.date`, `YYYY-MM-DD`); absent when the scenario has none.
        public var date: String? = nil
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
        /// Identifier.
        public var id: String
        /// Display name.
        public var name: String
        /// Department (系统).
        public var department: String
        /// Region identifier.
        public var region: String
        /// Level of the region.
        public var level: Level
        /// Quota kind identifier.
        public var kind: String
        /// Current approved quota.
        public var quota: Int
        /// People in post.
        public var headcount: Int
        /// Departures expected by the end of the plan (the unit's yearly figure × years, or
        /// derived from the rate): what the final year's no-dismissal floor allows for.
        public var attrition: Int
        /// Workload-derived need, when known.
        public var need: Double?
        /// How the need came from a staffing standard (编制标准); `nil` when typed or unknown.
        /// Absent in results written before standards existed.
        public var needBasis: NeedBasis? = nil
        /// Priority tags.
        public var tags: [String]
        /// The new quota.
        public var newQuota: Int
        /// `newQuota − quota`.
        public var change: Int
        /// Hard bounds and the rules that set them.
        public var lowerBound: Int
        /// Hard upper bound of the new quota.
        public var upperBound: Int
        /// Rule that set the lower bound (a `BoundReason` raw value).
        public var lowerReason: String
        /// Rule that set the upper bound (a `BoundReason` raw value).
        public var upperReason: String
        /// `max(0, need − quota)` and `max(0, need − newQuota)` (0 without a need).
        public var shortfallBefore: Double
        /// Shortfall against need after.
        public var shortfallAfter: Double
        /// Pool scope the unit belongs to.
        public var pool: String
        /// 空编/超编 before and after.
        public var staffing: StaffingFigures = .zero
        /// People in post the plan relies on leaving: `max(0, min(quota, headcount) − newQuota)`
        /// (0 when the unit keeps everyone it has in post, or was over quota already).
        public var departuresRelied: Int = 0
        /// 锁定.
        public var locked: Bool = false
        /// 下限, when given.
        public var minQuota: Int? = nil
        /// 上限, when given.
        public var maxQuota: Int? = nil
        /// 备注: why the unit is locked or bounded.
        public var reason: String? = nil
    }

    /// A pool's totals.
    public struct PoolResult: Sendable, Codable, Equatable {
        /// Quota kind identifier.
        public var kind: String
        /// Region identifier of the scope.
        public var scope: String
        /// Current sum of the pool's quotas.
        public var currentTotal: Int
        /// Control total after the reform.
        public var total: Int
        /// Sum of the new quotas.
        public var allocated: Int
        /// Quota held back in the turnover pool (周转池).
        public var reserveHeld: Int
        /// Quota cancelled by a cut of the total (核减).
        public var cancelled: Int
        /// Quota sent through channels.
        public var sent: Int
        /// Quota received through channels.
        public var received: Int
        /// Number of units.
        public var units: Int
        /// 空编/超编 of the pool's units, before and after.
        public var staffing: StaffingFigures = .zero
    }

    /// A channel's flow.
    public struct ChannelResult: Sendable, Codable, Equatable {
        /// Quota kind identifier.
        public var kind: String
        /// Origin (unit id or pool scope).
        public var from: String
        /// Destination (unit id or pool scope).
        public var to: String
        /// Most quotas the channel may carry.
        public var cap: Int
        /// Objective cost per quota.
        public var cost: Double
        /// Quotas moved.
        public var amount: Int
    }

    /// A share floor.
    public struct ShareFloorResult: Sendable, Codable, Equatable {
        /// Display name.
        public var name: String
        /// Region identifier of the scope.
        public var scope: String
        /// Quota kind identifier.
        public var kind: String
        /// Whether the floor must hold.
        public var hard: Bool
        /// Quota the selected units must hold.
        public var required: Int
        /// Their current quota.
        public var before: Int
        /// Their new quota.
        public var after: Int
        /// Share of the scope's base, before and after.
        public var shareBefore: Double
        /// Share of the scope's base after.
        public var shareAfter: Double
        /// `max(0, required − after)`.
        public var short: Int
    }

    /// Shortfall of a priority class.
    public struct PriorityClassResult: Sendable, Codable, Equatable {
        /// Tag that selects the class.
        public var tag: String
        /// Display name.
        public var name: String
        /// Number of units.
        public var units: Int
        /// Workload-derived need, when known.
        public var need: Double
        /// Shortfall against need before.
        public var shortfallBefore: Double
        /// Shortfall against need after.
        public var shortfallAfter: Double
        /// Shortfall weight multiplier.
        public var weight: Double
        /// Hard floor as a share of need, when set.
        public var needFloor: Double?
    }

    /// One transfer.
    public struct TransferResult: Sendable, Codable, Equatable {
        /// Quota kind identifier.
        public var kind: String
        /// Unit id, or `reserve:SCOPE` / `cancelled:SCOPE`.
        public var from: String
        /// Display name of the origin.
        public var fromName: String
        /// Destination (unit id or pool scope).
        public var to: String
        /// Display name of the destination.
        public var toName: String
        /// Quotas moved.
        public var amount: Int
        /// Lane taken.
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
        /// Shortfall against need after.
        public var shortfallAfter: Double
        /// Quota per kind, before and after (`kind` order).
        public var byKind: [KindTotal]
        /// 空编/超编 over all units, before and after.
        public var staffing: StaffingFigures = .zero
        /// People in post the plan relies on leaving (Σ of the units' `departuresRelied`).
        public var departuresRelied: Int = 0
    }

    /// Quota of one kind.
    public struct KindTotal: Sendable, Codable, Equatable {
        /// Quota kind identifier.
        public var kind: String
        /// Display name.
        public var name: String
        /// Value before.
        public var before: Int
        /// Value after.
        public var after: Int
    }

    /// Model sizes and timings.
    public struct Statistics: Sendable, Codable, Equatable {
        /// Number of units.
        public var units: Int
        /// Pools.
        public var pools: Int
        /// Independent blocks solved.
        public var blocks: Int
        /// Rows of all block models.
        public var rows: Int
        /// Columns of all block models.
        public var columns: Int
        /// Integer columns.
        public var integerColumns: Int
        /// Non-zero coefficients.
        public var nonzeros: Int
        /// Threads used.
        public var threads: Int
        /// Seconds per phase: `load`, `validate`, `build`, `solve`, `transfers`, `total`.
        public var seconds: [String: Double]
    }
}
