import LinearProgramming

/// What an allocation's LP duals say: the value of one more quota per pool and per channel,
/// and the price of each hard share floor met exactly; plus the finite differences that
/// check them.
///
/// Sign convention (minimisation, GLPK): a row's dual is the change of the objective per
/// unit increase of its right-hand side. For a pool row, a negative dual means one more
/// quota lowers the objective — it is worth `−dual`. The LP value is convex in the total, so
/// the dual lies between the change for one quota less and for one quota more: one more
/// quota changes the objective by at least `dual`, one less by at most `−dual`.
///
/// The need cost's integral breakpoints make the LP degenerate, so the dual is often one end
/// of that interval and says little alone: ``MarginalEffects`` measures both ends by
/// re-solving, and the explanation shows those first.
public enum DualAnalysis {
    static let tolerance = 1e-7

    /// Duals gathered over the blocks.
    static func duals(_ run: SolveRun) -> (pools: [Int: Double], channels: [Int: Double], floors: [Int: Double]) {
        var pools: [Int: Double] = [:], channels: [Int: Double] = [:], floors: [Int: Double] = [:]
        for outcome in run.outcomes {
            guard let d = outcome.duals else { continue }
            for (p, v) in d.pools { pools[p] = v }
            for (c, v) in d.channels { channels[c] = v }
            for (f, v) in d.floors { floors[f] = v }
        }
        return (pools, channels, floors)
    }

    /// The value of one more quota in every pool (pools without a dual are left out).
    public static func poolValues(_ data: ProblemData, run: SolveRun) -> [PoolValue] {
        let naming = ExplainNaming(data: data)
        let pools = duals(run).pools
        return data.pools.pools.indices.compactMap { p in
            guard let d = pools[p] else { return nil }
            let v = NumberFormat.plain(abs(d))
            let meaning = bySign(
                d,
                negative: "not measured; LP dual: one more quota lowers the objective by at most \(v), one less raises it by at least \(v)",
                positive: "not measured; LP dual: one more quota raises the objective by at least \(v), one less lowers it by at most \(v)",
                zero: "not measured; LP dual: one more quota does not lower the objective, one less does not lower it either")
            return PoolValue(pool: naming.poolKey(p), name: naming.poolName(p), dual: clean(d), meaning: meaning)
        }
    }

    /// The value of one more quota of capacity through each channel.
    public static func channelValues(_ data: ProblemData, run: SolveRun, allocation: Allocation) -> [ChannelValue] {
        let naming = ExplainNaming(data: data)
        let channels = duals(run).channels
        return data.scenario.channels.indices.compactMap { c in
            guard let rc = channels[c] else { return nil }
            let cap = data.scenario.channels[c].cap, flow = allocation.channelFlow[c]
            let v = NumberFormat.plain(abs(rc))
            var meaning = bySign(
                rc,
                negative: "one more quota of cap would lower the objective by up to \(v)",
                positive: "each quota sent costs more than it brings: one more quota sent would raise the objective by at least \(v)",
                zero: "one more quota of cap would not lower the objective")
            if flow == cap { meaning = "at its cap; " + meaning }
            return ChannelValue(channel: naming.channelKey(c), flow: flow, cap: cap, reducedCost: clean(rc), meaning: meaning)
        }
    }

    /// Hard share floors the allocation meets exactly (or whose LP dual is positive), with
    /// their price, and whether they bind: each is lowered by one quota and its block solved
    /// again (up to `checkLimit` floors; the rest say "not re-solved").
    static func bindingFloors(
        _ data: ProblemData, run: SolveRun, allocation: Allocation, checkLimit: Int, threads: Int, solver: any Solver
    ) throws(SolverError) -> [FloorValue] {
        let floors = duals(run).floors
        let chosen = data.scenario.shareFloors.indices.filter { f in
            let target = data.floors[f]
            let held = target.units.reduce(0) { $0 + allocation.newQuota[$1] }
            return data.scenario.shareFloors[f].hard && (held == target.amount || (floors[f] ?? 0) > tolerance)
        }
        let checked = Array(chosen.prefix(max(0, checkLimit)))
        let changes = try WorkQueue.map(checked.count, threads: threads) { (i: Int) throws(SolverError) -> Double? in
            try loweringChange(floor: checked[i], data, run: run, solver: solver)
        }
        return chosen.map { f in
            let target = data.floors[f]
            let held = target.units.reduce(0) { $0 + allocation.newQuota[$1] }
            let d = floors[f] ?? 0
            let change = checked.firstIndex(of: f).flatMap { changes[$0] }
            let meaning: String
            if let change, change < -1e-6 {
                meaning = "the floor binds: lowering it by one quota lowers the objective by \(NumberFormat.plain(clean(-change))) (re-solved)"
            } else if change != nil {
                meaning = "met exactly, but lowering it by one quota changes nothing (re-solved)"
            } else {
                meaning = "met exactly (not re-solved)"
            }
            return FloorValue(name: data.scenario.shareFloors[f].name, required: target.amount, held: held, dual: clean(d), meaning: meaning)
        }
    }

    /// The change of the objective of floor `f`'s block with the floor one quota lower;
    /// `nil` when it cannot be told (block not optimal, floor already 0).
    static func loweringChange(floor f: Int, _ data: ProblemData, run: SolveRun, solver: any Solver) throws(SolverError) -> Double? {
        guard data.floors[f].amount > 0,
              let outcome = run.outcomes.first(where: { $0.block.shareFloors.contains(f) }), outcome.status == .optimal
        else { return nil }
        var moved = data
        moved.floors[f].amount -= 1
        let result = try BlockSolver(data: moved, solver: solver, options: SolverOptions(), computeDuals: false)
            .solve([outcome.block], deadline: nil)
        return result.status == .optimal ? result.objectiveValue - outcome.objectiveValue : nil
    }

    /// The objective of the whole scenario with pool `p`'s total moved by `delta`, solved
    /// again as an integer program; `nil` when the rules cannot all hold then.
    ///
    /// A total above the current sum is not a valid scenario ("严控总量"), so the validator is
    /// bypassed: this is a what-if, not a plan.
    public static func objective(_ data: ProblemData, poolTotal p: Int, delta: Int, solver: any Solver = GLPKSolver()) throws(SolverError) -> Double? {
        guard let moved = data.movingPoolTotal(p, by: delta), moved.bounds.allSatisfy({ $0.lower <= $0.upper }) else { return nil }
        let run = try AllocationSolver(solver: solver).solve(moved, options: SolveOptions(threads: 1))
        return run.status.hasAllocation ? run.objectiveValue : nil
    }

    /// The data with one pool's total moved by rebuilding the scenario, or `nil` when it
    /// would fall below zero. Only for a declared pool: declaring a default pool's scope would
    /// pull the default pools below it into it (use ``ProblemData/movingPoolTotal(_:by:)``).
    static func withPoolTotal(_ data: ProblemData, pool p: Int, delta: Int) -> ProblemData? {
        let pool = data.pools.pools[p]
        guard pool.total + delta >= 0 else { return nil }
        var scenario = data.scenario
        if let i = pool.specIndex {
            scenario.pools[i].total = pool.total + delta
        } else {
            scenario.pools.append(PoolSpec(kind: pool.kind, scope: pool.scope, total: pool.total + delta))
        }
        return ProblemData(scenario: scenario)
    }

    /// `negative`, `positive` or `zero` by the sign of a dual; values within ``tolerance`` of
    /// zero count as zero (GLPK leaves rounding noise in the duals of a degenerate LP).
    static func bySign(_ value: Double, negative: String, positive: String, zero: String) -> String {
        value < -tolerance ? negative : value > tolerance ? positive : zero
    }

    static func clean(_ value: Double) -> Double {
        abs(value) < tolerance ? 0 : (value * 1e9).rounded() / 1e9
    }
}
