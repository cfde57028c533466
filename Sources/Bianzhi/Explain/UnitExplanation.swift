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
        _ data: ProblemData, unit u: Int, run: SolveRun?, allocation: Allocation?, solver: any Solver
    ) throws(SolverError) -> UnitExplanation {
        let naming = ExplainNaming(data: data)
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
            e.reasons = ["no allocation exists, so the unit has no new quota; its bounds are \(b.lower)…\(b.upper)"]
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

        let upText = NumberFormat.plain(e.marginalUp!), downText = NumberFormat.plain(e.marginalDown!)
        if b.lower == b.upper {
            e.position = .fixed
            e.reasons.append("its bounds leave no choice: lower by \(naming.lowerDetail(u)), upper by \(naming.upperDetail(u))")
        } else if x == b.lower {
            e.position = .lower
            if b.lowerReason == .zero {
                e.reasons.append("it is at zero, the least a quota can be")
            } else if let shortfall = e.shortfall, shortfall > 0 {
                e.reasons.append("it sits at its lower bound \(b.lower) (\(naming.lowerDetail(u))), but that bound is not what keeps it there: it is \(NumberFormat.plain(shortfall)) short of its need and the pool has no quota it would rather give it")
            } else {
                e.reasons.append("it is held at its lower bound \(b.lower) by \(naming.lowerDetail(u))")
                if let excess = e.excess, excess > 0 {
                    e.reasons.append("it keeps \(NumberFormat.plain(excess)) above its need \(NumberFormat.plain(unit.need!)): without the bound it would give these up")
                }
            }
        } else if x == b.upper {
            e.position = .upper
            if let excess = e.excess, excess > 0 {
                e.reasons.append("it sits at its upper bound \(b.upper) (\(naming.upperDetail(u))) although it is already above its need: the quota has nowhere better to go")
            } else {
                e.reasons.append("it is held at its upper bound \(b.upper) by \(naming.upperDetail(u))")
                if let shortfall = e.shortfall, shortfall > 0 {
                    e.reasons.append("it is still \(NumberFormat.plain(shortfall)) short of its need \(NumberFormat.plain(unit.need!)): the bound keeps it from getting more")
                }
            }
        } else {
            e.position = .between
            e.reasons.append("it sits between its bounds (\(b.lower)…\(b.upper)): no rule holds it; the objective placed it")
        }
        e.reasons.append("one more quota here alone would change the objective by \(upText), one less by \(downText) (its shortfall, excess and move terms)"
            + (e.poolDual.map { "; the pool's LP value of one more quota is \(NumberFormat.plain($0))" } ?? ""))

        // What would change it: re-solve the unit's block with one thing moved.
        guard let outcome = run.outcomes.first(where: { $0.block.units.contains(u) }) else { return e }
        func resolve(_ moved: ProblemData, _ change: String) throws(SolverError) -> WhatIf {
            // The what-if moves a bound or a total, never the pools: the unit's block is the same.
            guard moved.boundsHold(in: outcome.block) else {
                return WhatIf(change: change, newQuota: nil, objectiveChange: nil, message: "\(change): the rules could not all hold")
            }
            let result = try BlockSolver(data: moved, solver: solver, options: SolverOptions(), computeDuals: false).solve([outcome.block], deadline: nil)
            guard result.status == .optimal || result.status == .feasible else {
                return WhatIf(change: change, newQuota: nil, objectiveChange: nil, message: "\(change): the rules could not all hold")
            }
            let q = result.newQuota.first { $0.unit == u }?.quota ?? x
            let delta = DualAnalysis.clean(result.objectiveValue - outcome.objectiveValue)
            let effect = q == x ? "\(unit.name) would still get \(x)" : "\(unit.name) would get \(q) instead of \(x)"
            return WhatIf(change: change, newQuota: q, objectiveChange: delta,
                          message: "\(change): \(effect); the objective would change by \(NumberFormat.plain(delta))")
        }
        if x == b.lower, b.lowerReason != .zero, b.lower > 0, b.relaxedLower < b.lower {
            var moved = data
            moved.bounds[u].lower = b.relaxedLower
            e.whatIf.append(try resolve(moved, "if its lower bound (\(ExplainNaming.noun(b.lowerReason))) were \(b.lower - 1)"))
        }
        if x == b.upper, b.upper < b.lower + 1 || b.upperReason != .poolTotal, b.relaxedUpper > b.upper {
            var moved = data
            moved.bounds[u].upper = b.relaxedUpper
            e.whatIf.append(try resolve(moved, "if its upper bound (\(ExplainNaming.noun(b.upperReason))) were \(b.upper + 1)"))
        }
        if let more = data.movingPoolTotal(p, by: 1) {
            e.whatIf.append(try resolve(more, "with one more quota in \(naming.poolName(p)) (only through a channel from above)"))
        }
        if let less = data.movingPoolTotal(p, by: -1) {
            e.whatIf.append(try resolve(less, "with one quota less in \(naming.poolName(p))"))
        }
        return e
    }
}
