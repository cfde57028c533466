import LinearProgramming

/// Why one unit got exactly what it got, and what would change it (`explain --unit ID`).
public struct UnitExplanation: Sendable, Codable, Equatable {
    /// A re-solve with one thing changed.
    public struct WhatIf: Sendable, Codable, Equatable {
        /// What was changed, in words.
        public var change: String
        /// The unit's new quota then; `nil` when the rules could not all hold.
        public var newQuota: Int?
        /// Change of the block's objective; `nil` when the rules could not all hold.
        public var objectiveChange: Double?
        /// The finding in words.
        public var message: String
    }

    /// Where a unit's new quota sits in its range (JSON: the case name).
    public enum Position: String, Sendable, Codable, Equatable {
        /// At its lower bound.
        case lower
        /// At its upper bound.
        case upper
        /// Both bounds are equal: no choice.
        case fixed
        /// Strictly between its bounds.
        case between
        /// No allocation exists.
        case none
    }

    /// Unit identifier.
    public var id: String
    /// Display name.
    public var name: String
    /// `kind@scope` of the unit's pool.
    public var pool: PoolKey
    /// Display name of the unit's pool, e.g. "测试县 行政编制".
    public var poolName: String
    /// Current quota (核定编制).
    public var quota: Int
    /// People in post (实有人员), which the no-dismissal rule protects.
    public var headcount: Int
    /// Departures expected by the end of the plan, which lower the no-dismissal floor.
    public var attrition: Int
    /// Assessed need, when given; the shortfall and excess are measured against it.
    public var need: Double?
    /// How the need came from a staffing standard, when it did (编制标准).
    public var needBasis: NeedBasis? = nil
    /// Least new quota the hard rules allow.
    public var lower: Int
    /// The rule that sets ``lower``.
    public var lowerRule: BoundReason
    /// ``lower``'s rule with its arithmetic, e.g. "no dismissals (headcount 12 − attrition 1 = 11)".
    public var lowerDetail: String
    /// Largest new quota the hard rules allow.
    public var upper: Int
    /// The rule that sets ``upper``.
    public var upperRule: BoundReason
    /// ``upper``'s rule with its arithmetic.
    public var upperDetail: String
    /// New quota; `nil` when no allocation exists.
    public var newQuota: Int?
    /// Quotas below need after the solve.
    public var shortfall: Double?
    /// Quotas above need after the solve.
    public var excess: Double?
    /// Where the new quota sits in the unit's range.
    public var position: Position
    /// Change of the objective if this unit alone had one more quota (its own terms only).
    public var marginalUp: Double?
    /// Change of the objective if this unit alone had one quota less.
    public var marginalDown: Double?
    /// The LP value of one more quota in the unit's pool (``PoolValue/dual``).
    public var poolDual: Double?
    /// Why it sits where it does, in words.
    public var reasons: [String]
    /// Re-solves that show what would move it.
    public var whatIf: [WhatIf]
    /// The unit's path over the years of a multi-year plan (`nil` for one year); the rest
    /// explains the final year.
    public var years: [SolveResult.UnitYear]? = nil

    /// The unit's explanation; `run` and `allocation` are `nil` when no allocation exists.
    static func build(
        _ data: ProblemData, unit u: Int, run: SolveRun?, allocation: Allocation?, solver: any Solver, language: Language = .en
    ) throws(SolverError) -> UnitExplanation {
        let naming = ExplainNaming(data: data, language: language)
        func say(_ text: UnitReasonText) -> String { text.text(language) }
        let unit = data.scenario.units[u], b = data.bounds[u], p = data.pools.poolOfUnit[u]
        var e = UnitExplanation(
            id: unit.id, name: unit.name, pool: naming.poolKey(p), poolName: naming.poolName(p),
            quota: unit.quota, headcount: unit.headcount, attrition: b.attrition, need: unit.need,
            lower: b.lower, lowerRule: b.lowerReason, lowerDetail: naming.lowerDetail(u),
            upper: b.upper, upperRule: b.upperReason, upperDetail: naming.upperDetail(u),
            newQuota: nil, shortfall: nil, excess: nil, position: .none, marginalUp: nil, marginalDown: nil,
            poolDual: nil, reasons: [], whatIf: [])
        e.needBasis = unit.needBasis
        guard let run, let allocation else {
            e.reasons = [say(.noAllocation(lower: b.lower, upper: b.upper))]
            return e
        }
        let x = allocation.newQuota[u]
        e.newQuota = x
        if let need = unit.need {
            e.shortfall = max(0, need - Double(x))
            e.excess = max(0, Double(x) - need)
        }
        e.poolDual = DualAnalysis.duals(run).pools[p].map(DualAnalysis.clean)
        func objective(_ a: Allocation) -> Double { a.objectiveParts(data: data).values.reduce(0, +) }
        let base = objective(allocation)
        var up = allocation, down = allocation
        up.newQuota[u] += 1
        down.newQuota[u] -= 1
        e.marginalUp = DualAnalysis.clean(objective(up) - base)
        e.marginalDown = DualAnalysis.clean(objective(down) - base)

        if b.lower == b.upper {
            e.position = .fixed
            e.reasons.append(say(.fixed(lower: naming.lowerEntry(u), upper: naming.upperEntry(u))))
        } else if x == b.lower {
            e.position = .lower
            if b.lowerReason == .zero {
                e.reasons.append(say(.atZero))
            } else if let shortfall = e.shortfall, shortfall > 0 {
                e.reasons.append(say(.atLowerNotBinding(lower: b.lower, detail: naming.lowerEntry(u), shortfall: NumberFormat.plain(shortfall))))
            } else {
                e.reasons.append(say(.heldAtLower(lower: b.lower, detail: naming.lowerEntry(u))))
                if let excess = e.excess, excess > 0 {
                    e.reasons.append(say(.keepsAboveNeed(excess: NumberFormat.plain(excess), need: NumberFormat.plain(unit.need!))))
                }
            }
        } else if x == b.upper {
            e.position = .upper
            if let excess = e.excess, excess > 0 {
                e.reasons.append(say(.atUpperAboveNeed(upper: b.upper, detail: naming.upperEntry(u))))
            } else {
                e.reasons.append(say(.heldAtUpper(upper: b.upper, detail: naming.upperEntry(u))))
                if let shortfall = e.shortfall, shortfall > 0 {
                    e.reasons.append(say(.stillShort(shortfall: NumberFormat.plain(shortfall), need: NumberFormat.plain(unit.need!))))
                }
            }
        } else {
            e.position = .between
            e.reasons.append(say(.between(lower: b.lower, upper: b.upper)))
        }
        e.reasons.append(say(.marginal(
            up: NumberFormat.plain(e.marginalUp!), down: NumberFormat.plain(e.marginalDown!), poolValue: e.poolDual.map { NumberFormat.plain($0) })))

        // What would change it: re-solve the unit's block with one thing moved.
        guard let outcome = run.outcomes.first(where: { $0.block.units.contains(u) }) else { return e }
        func resolve(_ moved: ProblemData, _ what: UnitWhatIfText) throws(SolverError) -> WhatIf {
            let change = what.text(language)
            // The what-if moves a bound or a total, never the pools: the unit's block is the same.
            guard moved.boundsHold(in: outcome.block) else {
                return WhatIf(change: change, newQuota: nil, objectiveChange: nil, message: UnitWhatIfText.infeasible(change: what).text(language))
            }
            let result = try BlockSolver(data: moved, solver: solver, options: SolverOptions(), computeDuals: false).solve([outcome.block], deadline: nil)
            guard result.status == .optimal || result.status == .feasible else {
                return WhatIf(change: change, newQuota: nil, objectiveChange: nil, message: UnitWhatIfText.infeasible(change: what).text(language))
            }
            let q = result.newQuota.first { $0.unit == u }?.quota ?? x
            let delta = DualAnalysis.clean(result.objectiveValue - outcome.objectiveValue)
            return WhatIf(change: change, newQuota: q, objectiveChange: delta, message: UnitWhatIfText.outcome(
                change: what, unit: unit.name, quota: q, before: x, objectiveChange: NumberFormat.plain(delta)).text(language))
        }
        if x == b.lower, b.lowerReason != .zero, b.lower > 0, b.relaxedLower < b.lower {
            var moved = data
            moved.bounds[u].lower = b.relaxedLower
            e.whatIf.append(try resolve(moved, .lowerBound(rule: BoundNoun(b.lowerReason), value: b.lower - 1)))
        }
        if x == b.upper, b.upper < b.lower + 1 || b.upperReason != .poolTotal, b.relaxedUpper > b.upper {
            var moved = data
            moved.bounds[u].upper = b.relaxedUpper
            e.whatIf.append(try resolve(moved, .upperBound(rule: BoundNoun(b.upperReason), value: b.upper + 1)))
        }
        if let more = data.movingPoolTotal(p, by: 1) {
            e.whatIf.append(try resolve(more, .oneMoreInPool(pool: naming.poolName(p))))
        }
        if let less = data.movingPoolTotal(p, by: -1) {
            e.whatIf.append(try resolve(less, .oneLessInPool(pool: naming.poolName(p))))
        }
        return e
    }
}
