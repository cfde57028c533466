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
    /// Units listed per group in an explanation (the count says how many there are).
    public static let listedUnitLimit = 1_000

    /// Groups in a fixed order: lower bounds (lock, own minimum, priority floor, no cut, need
    /// protection, no dismissals, change limit), then upper bounds (own maximum, over-quota
    /// freeze, change limit, pool total); within each, the binding units, then those only at
    /// the bound, then the unchecked ones.
    static func find(
        _ data: ProblemData, run: SolveRun, allocation: Allocation, checkLimit: Int, threads: Int, solver: any Solver,
        language: Language = .en
    ) throws(SolverError) -> [BindingRule] {
        let naming = ExplainNaming(data: data)
        let order: [(BoundSide, BoundReason)] = [
            (.lower, .locked), (.lower, .unitMinimum), (.lower, .priorityFloor), (.lower, .priorityNoCut), (.lower, .needProtection),
            (.lower, .noDismissals), (.lower, .changeLimit),
            (.upper, .unitMaximum), (.upper, .overQuotaFrozen), (.upper, .changeLimit), (.upper, .poolTotal),
        ]
        var atBound: [(side: BoundSide, reason: BoundReason, units: [Int])] = []
        for (side, reason) in order {
            let units = data.scenario.units.indices.filter { u in
                let b = data.bounds[u], x = allocation.newQuota[u]
                return side == .lower ? (x == b.lower && b.lowerReason == reason) : (x == b.upper && b.upperReason == reason)
            }
            if !units.isEmpty { atBound.append((side, reason, units)) }
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
                // Each unit's bound and its reason are in result.json already: list at most
                // `listedUnitLimit` of them here (a province has tens of thousands).
                let items = units.prefix(Self.listedUnitLimit).map { naming.unitAmount($0, allocation.newQuota[$0], rule: entry.reason) }
                var listed = items.prefix(10).map { "\($0.name) \($0.amount)" }
                if units.count > 10 { listed.append(BindingText.andMore(count: units.count - 10).text(language)) }
                let message = BindingText.group(
                    side: entry.side, reason: entry.reason, binds: binding, count: units.count,
                    units: listed.joined(separator: language == .zh ? "，" : ", ")
                ).text(language)
                result.append(BindingRule(
                    rule: entry.reason, side: entry.side, binding: binding, units: Array(items), count: units.count, message: message))
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
