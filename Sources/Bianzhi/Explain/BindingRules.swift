import LinearProgramming

/// Which units an allocation leaves at a bound, grouped by the rule that set the bound, and
/// whether that rule binds.
///
/// A rule binds at a unit when relaxing it changes the objective: the unit's bound is moved
/// by one quota past the rule (never past another rule that holds the unit at the same
/// value) and its block solved again. The block's LP is integral and its value convex in the
/// bound, so if one quota changes nothing, no larger relaxation does either. Units beyond
/// the check limit are listed as "at a bound", unchecked.
public enum BindingRules {
    /// Groups in a fixed order: lower bounds (lock, own minimum, priority floor, no cut, need
    /// protection, no dismissals, change limit), then upper bounds (own maximum, over-quota
    /// freeze, change limit, pool total); within each, the binding units, then those only at
    /// the bound, then the unchecked ones.
    static func find(
        _ data: ProblemData, run: SolveRun, allocation: Allocation, checkLimit: Int, threads: Int, solver: any Solver
    ) throws(SolverError) -> [BindingRule] {
        let naming = ExplainNaming(data: data)
        let order: [(BoundSide, BoundReason, String)] = [
            (.lower, .locked, "locked at their quota (锁定)"),
            (.lower, .unitMinimum, "at their own minimum (单位下限)"),
            (.lower, .priorityFloor, "at their priority floor (重点保障下限)"),
            (.lower, .priorityNoCut, "kept at their quota by their priority class (保重点: 不核减)"),
            (.lower, .needProtection, "kept at min(quota, ⌈need⌉) by need protection (保障需求: 不从缺编单位调出)"),
            (.lower, .noDismissals, "at their no-dismissal floor (不裁减在编人员)"),
            (.lower, .changeLimit, "cut as far as the change limit allows (调整幅度限制)"),
            (.upper, .unitMaximum, "at their own maximum (单位上限)"),
            (.upper, .overQuotaFrozen, "over quota, frozen at their quota (超编单位不增编)"),
            (.upper, .changeLimit, "raised as far as the change limit allows (调整幅度限制)"),
            (.upper, .poolTotal, "holding their pool's whole total"),
        ]
        var atBound: [(side: BoundSide, reason: BoundReason, phrase: String, units: [Int])] = []
        for (side, reason, phrase) in order {
            let units = data.scenario.units.indices.filter { u in
                let b = data.bounds[u], x = allocation.newQuota[u]
                return side == .lower ? (x == b.lower && b.lowerReason == reason) : (x == b.upper && b.upperReason == reason)
            }
            if !units.isEmpty { atBound.append((side, reason, phrase, units)) }
        }
        let jobs = Array(atBound.flatMap { entry in entry.units.map { (entry.side, $0) } }.prefix(max(0, checkLimit)))
        let verdicts = try WorkQueue.map(jobs.count, threads: threads) { (i: Int) throws(SolverError) -> Bool? in
            try binds(jobs[i].0, unit: jobs[i].1, data, run: run, solver: solver)
        }
        var verdictOf: [Int: [BoundSide: Bool?]] = [:]
        for (job, verdict) in zip(jobs, verdicts) { verdictOf[job.1, default: [:]][job.0] = .some(verdict) }

        var result: [BindingRule] = []
        for entry in atBound {
            let checked = entry.units.map { verdictOf[$0]?[entry.side] ?? nil }
            for binding in [true, false, nil] as [Bool?] {
                let units = entry.units.indices.filter { checked[$0] == binding }.map { entry.units[$0] }
                guard !units.isEmpty else { continue }
                let items = units.map { naming.unitAmount($0, allocation.newQuota[$0], rule: entry.reason) }
                let count = "\(units.count) unit\(units.count == 1 ? "" : "s")"
                let phrase = entry.phrase.prefix(1).uppercased() + entry.phrase.dropFirst()
                let message: String
                switch binding {
                case true: message = "\(phrase), and the rule binds (relaxing it by one quota changes the objective), \(count): \(ExplainNaming.list(items))"
                case false: message = "\(phrase), but the rule does not bind (relaxing it changes nothing), \(count): \(ExplainNaming.list(items))"
                default: message = "\(phrase) (not re-solved), \(count): \(ExplainNaming.list(items))"
                }
                result.append(BindingRule(rule: entry.reason, side: entry.side, binding: binding, units: items, message: message))
            }
        }
        return result
    }

    /// Whether relaxing unit `u`'s bound on `side` by one quota changes its block's
    /// objective; `nil` when it cannot be told (the block not proven optimal).
    static func binds(_ side: BoundSide, unit u: Int, _ data: ProblemData, run: SolveRun, solver: any Solver) throws(SolverError) -> Bool? {
        guard let outcome = run.outcomes.first(where: { $0.block.units.contains(u) }), outcome.status == .optimal else { return nil }
        var moved = data
        let b = data.bounds[u]
        switch side {
        case .lower:
            let relaxed = b.relaxedLower
            if relaxed == b.lower { return false }
            moved.bounds[u].lower = relaxed
        case .upper:
            let relaxed = b.relaxedUpper
            if relaxed == b.upper { return false }
            moved.bounds[u].upper = relaxed
        }
        let result = try BlockSolver(data: moved, solver: solver, options: SolverOptions(), computeDuals: false)
            .solve([outcome.block], deadline: nil)
        guard result.status == .optimal else { return nil }
        return abs(result.objectiveValue - outcome.objectiveValue) > 1e-6 * max(1, abs(outcome.objectiveValue))
    }
}

extension UnitBounds {
    /// The lower bound with the rule that sets it relaxed by one quota: one below, unless
    /// another rule holds the unit at the same value.
    var relaxedLower: Int {
        var others = lowerTerms
        if let i = others.firstIndex(where: { $0.reason == lowerReason && $0.value == lower }) { others.remove(at: i) }
        return max(lower - 1, others.map(\.value).max() ?? 0, 0)
    }

    /// The upper bound with the rule that sets it relaxed by one quota.
    var relaxedUpper: Int {
        var others = upperTerms
        if let i = others.firstIndex(where: { $0.reason == upperReason && $0.value == upper }) { others.remove(at: i) }
        return min(upper + 1, others.map(\.value).min() ?? upper + 1)
    }
}
