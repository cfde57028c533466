import Foundation
import LinearProgramming
import Synchronization

/// The measured integer effect of one quota more or less: a pool's total (or a channel's cap)
/// moved by one and its block solved again as an integer program.
///
/// Why measured and not only the LP dual: the need cost has integral breakpoints, so the LP of
/// an allocation is degenerate and its dual is just one point of the interval between the
/// left and right finite differences. On `Scenarios/small.yaml` the 行政编制 dual is −49.9,
/// yet one quota more is worth only 10.1 (it goes to 县发改局); only one quota less costs
/// 49.9. A planner asking "what is one more quota worth" needs both sides.
///
/// Only the block holding the pool is re-solved (blocks share nothing), and the moved data is
/// derived from the solved one by adjusting the pool's total and its units' ceilings, not by
/// rebuilding the scenario, so a province with thousands of pools stays fast. Pools beyond
/// ``Explainer/measureLimit`` keep the LP dual only (the ones with the largest |dual| are
/// measured).
public enum MarginalEffects {
    /// What the measurements of one explanation covered.
    struct Coverage {
        var measured: Int
        var total: Int
    }

    /// Fills `plusOne` / `minusOne` of the pool values (and the meaning), measuring at most
    /// `limit` pools: all of them, or those with the largest |dual|.
    static func measurePools(
        _ data: ProblemData, run: SolveRun, allocation: Allocation, values: inout [PoolValue],
        limit: Int, threads: Int, solver: any Solver, language: Language = .en
    ) throws(SolverError) -> Coverage {
        let naming = ExplainNaming(data: data, language: language)
        var poolOfKey: [PoolKey: Int] = [:]
        for p in data.pools.pools.indices { poolOfKey[naming.poolKey(p)] = p }
        return try measureLargest(
            &values, magnitude: { abs($0.dual) }, lever: { poolOfKey[$0.pool].map(Lever.poolTotal) },
            limit: limit, data, run: run, allocation: allocation, threads: threads, solver: solver, naming: naming)
    }

    /// Fills `plusOne` / `minusOne` of the channel values (cap moved by one), measuring at
    /// most `limit` channels: all of them, or those with the largest |reduced cost|. A
    /// province has a channel per county and each measurement re-solves a whole city block.
    static func measureChannels(
        _ data: ProblemData, run: SolveRun, allocation: Allocation, values: inout [ChannelValue],
        limit: Int, threads: Int, solver: any Solver, language: Language = .en
    ) throws(SolverError) -> Coverage {
        let naming = ExplainNaming(data: data, language: language)
        var channelOfKey: [String: Int] = [:]
        for c in data.scenario.channels.indices { channelOfKey[naming.channelKey(c)] = c }
        return try measureLargest(
            &values, magnitude: { abs($0.reducedCost) }, lever: { channelOfKey[$0.channel].map(Lever.channelCap) },
            limit: limit, data, run: run, allocation: allocation, threads: threads, solver: solver, naming: naming)
    }

    /// Measures the `limit` values of largest `magnitude` (ties in order), in their order.
    private static func measureLargest<Value: MeasuredValue>(
        _ values: inout [Value], magnitude: (Value) -> Double, lever: (Value) -> Lever?, limit: Int,
        _ data: ProblemData, run: SolveRun, allocation: Allocation, threads: Int, solver: any Solver, naming: ExplainNaming
    ) throws(SolverError) -> Coverage {
        let size = values.map(magnitude)
        let chosen = values.indices
            .sorted { size[$0] != size[$1] ? size[$0] > size[$1] : $0 < $1 }
            .prefix(max(0, limit))
            .sorted()
        let levers = chosen.compactMap { v in lever(values[v]).map { (value: v, lever: $0) } }
        try measure(levers, into: &values, data, run: run, allocation: allocation, threads: threads, solver: solver, naming: naming)
        for v in chosen { values[v].describeMeasured(naming.language) }
        return Coverage(measured: chosen.count, total: values.count)
    }

    /// What a measurement moves by one.
    enum Lever: Sendable {
        /// A pool's total.
        case poolTotal(Int)
        /// A channel's cap.
        case channelCap(Int)
    }

    /// Fills `plusOne` and `minusOne` of `values[value]` for every lever, solving on up to
    /// `threads` threads.
    static func measure<Value: MeasuredValue>(
        _ levers: [(value: Int, lever: Lever)], into values: inout [Value],
        _ data: ProblemData, run: SolveRun, allocation: Allocation, threads: Int, solver: any Solver, naming: ExplainNaming
    ) throws(SolverError) {
        let jobs = levers.flatMap { [($0.lever, 1), ($0.lever, -1)] }
        let results = try WorkQueue.map(jobs.count, threads: threads) { (i: Int) throws(SolverError) -> MarginalEffect in
            try effect(of: jobs[i].0, by: jobs[i].1, data, run: run, allocation: allocation, solver: solver, naming: naming)
        }
        for (i, lever) in levers.enumerated() {
            values[lever.value].plusOne = results[2 * i]
            values[lever.value].minusOne = results[2 * i + 1]
        }
    }

    /// The effect of moving `lever` by `delta` (a total above the current sum is a what-if
    /// the validator would refuse: fine at the model level).
    static func effect(
        of lever: Lever, by delta: Int, _ data: ProblemData, run: SolveRun, allocation: Allocation, solver: any Solver,
        naming: ExplainNaming
    ) throws(SolverError) -> MarginalEffect {
        let what: ValueLever
        let inBlock: (Block) -> Bool
        let move: () -> ProblemData?
        switch lever {
        case .poolTotal(let p):
            what = .pool
            inBlock = { $0.pools.contains(p) }
            move = { data.movingPoolTotal(p, by: delta) }
        case .channelCap(let c):
            what = .channel
            inBlock = { $0.channels.contains(c) }
            move = { data.movingChannelCap(c, by: delta) }
        }
        guard let outcome = run.outcomes.first(where: { inBlock($0.block) }) else {
            return MarginalEffect(delta: delta, objectiveChange: nil, shifts: [], summary: ValueNote.inNoBlock(what).text(naming.language))
        }
        guard let moved = move() else {
            return MarginalEffect(delta: delta, objectiveChange: nil, shifts: [], summary: ValueNote.amountZero(what).text(naming.language))
        }
        return try effect(moved, data: data, outcome: outcome, allocation: allocation, delta: delta, solver: solver, naming: naming)
    }

    /// Re-solves `outcome`'s block on the moved data and compares with the allocation.
    static func effect(
        _ moved: ProblemData, data: ProblemData, outcome: BlockOutcome, allocation: Allocation, delta: Int, solver: any Solver,
        naming: ExplainNaming
    ) throws(SolverError) -> MarginalEffect {
        guard outcome.status == .optimal else {
            return MarginalEffect(delta: delta, objectiveChange: nil, shifts: [], summary: ValueNote.notOptimal.text(naming.language))
        }
        guard moved.boundsHold(in: outcome.block) else {
            return MarginalEffect(delta: delta, objectiveChange: nil, shifts: [], summary: ValueNote.rulesCannotHold.text(naming.language))
        }
        let result = try BlockSolver(data: moved, solver: solver, options: SolverOptions(), computeDuals: false)
            .solve([outcome.block], deadline: nil)
        switch result.status {
        case .optimal: break
        case .infeasible:
            return MarginalEffect(delta: delta, objectiveChange: nil, shifts: [], summary: ValueNote.rulesCannotHold.text(naming.language))
        default:
            return MarginalEffect(delta: delta, objectiveChange: nil, shifts: [], summary: ValueNote.resolveEnded(status: "\(result.status)").text(naming.language))
        }
        let nearest = try nearestOptimum(moved, block: outcome.block, optimum: result.objectiveValue, allocation: allocation, solver: solver)
        let newQuota = nearest?.newQuota ?? result.newQuota
        let reserve = nearest?.reserve ?? result.reserve
        let channelFlow = nearest?.channelFlow ?? result.channelFlow
        var shifts: [QuotaShift] = []
        for (u, q) in newQuota where q != allocation.newQuota[u] {
            shifts.append(QuotaShift(kind: .unit, id: data.scenario.units[u].id, name: data.scenario.units[u].name, amount: q - allocation.newQuota[u]))
        }
        for (p, r) in reserve where r != allocation.reserve[p] {
            shifts.append(QuotaShift(
                kind: .reserve, id: naming.poolKey(p).description, name: ValueNote.reserveOf(pool: naming.poolName(p)).text(naming.language),
                amount: r - allocation.reserve[p]))
        }
        for (c, f) in channelFlow where f != allocation.channelFlow[c] {
            shifts.append(QuotaShift(kind: .channel, id: naming.channelKey(c), name: naming.channelName(c), amount: f - allocation.channelFlow[c]))
        }
        // Gains first, then losses; largest first; ties in data order (stable sort).
        shifts = shifts.enumerated().sorted { a, b in
            let ka = (a.element.amount > 0 ? 0 : 1, -abs(a.element.amount)), kb = (b.element.amount > 0 ? 0 : 1, -abs(b.element.amount))
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
        return MarginalEffect(
            delta: delta, objectiveChange: DualAnalysis.clean(result.objectiveValue - outcome.objectiveValue),
            shifts: shifts, summary: summary(shifts, language: naming.language))
    }

    /// Among the optima of the moved block, the one closest to the allocation (least total
    /// change of units, reserves and flows), so that "where the quota goes" names the units
    /// the quota really moves and not an equally good reshuffle of the others (the need cost
    /// has many ties). `nil` with lexicographic tiers (the weighted optimum alone does not
    /// hold every tier) or when the second solve does not prove optimality.
    static func nearestOptimum(
        _ moved: ProblemData, block: Block, optimum: Double, allocation: Allocation, solver: any Solver
    ) throws(SolverError) -> (newQuota: [(Int, Int)], reserve: [(Int, Int)], channelFlow: [(Int, Int)])? {
        if BlockSolver(data: moved, solver: solver, options: SolverOptions(), computeDuals: false).tierTerms().count > 1 { return nil }
        let built = BlockModel(data: moved, blocks: [block])
        var model = built.model
        let weighted = ObjectiveTerm.allCases.reduce(LinearExpression()) { $0 + built.terms[$1]! }
        model.addConstraint(weighted, .lessOrEqual, optimum + 1e-6 * max(1, abs(optimum)), name: "optimum")
        var distance = LinearExpression()
        func near(_ v: Variable, _ base: Int, _ name: String) {
            let d = model.addVariable(name: "distance[\(name)]")
            model.addConstraint(LinearExpression(d) - LinearExpression(v), .greaterOrEqual, Double(-base), name: "above[\(name)]")
            model.addConstraint(LinearExpression(d) + LinearExpression(v), .greaterOrEqual, Double(base), name: "below[\(name)]")
            distance.add(d)
        }
        for (u, x) in built.unitColumns { near(x, allocation.newQuota[u], "u\(u)") }
        for (p, r) in built.reserveColumns { near(r, allocation.reserve[p], "r\(p)") }
        for (c, f) in built.channelColumns { near(f, allocation.channelFlow[c], "c\(c)") }
        model.setObjective(distance, sense: .minimize)
        let solution = try solver.solve(model, options: SolverOptions())
        guard solution.status == .optimal else { return nil }
        func read(_ v: Variable) -> Int { Int(solution.value(v).rounded()) }
        return (built.unitColumns.map { ($0.unit, read($0.x)) },
                built.reserveColumns.map { ($0.pool, read($0.r)) },
                built.channelColumns.map { ($0.channel, read($0.f)) })
    }

    /// "goes to 县发改局", "taken from 西河乡党政办", or the list of changes (the catalogue's
    /// ``ShiftSummary`` in the explanation's language; the renderer words it in its own).
    static func summary(_ shifts: [QuotaShift], language: Language) -> String {
        ShiftSummary.of(shifts).text(language)
    }
}

/// A value measured one more and one less by re-solving: a pool's or a channel's.
protocol MeasuredValue {
    var plusOne: MarginalEffect? { get set }
    var minusOne: MarginalEffect? { get set }
    /// Rewrites the meaning once `plusOne` and `minusOne` are measured.
    mutating func describeMeasured(_ language: Language)
}

extension PoolValue: MeasuredValue {}
extension ChannelValue: MeasuredValue {}

extension ProblemData {
    /// Copies the data with a different scenario, pool index and bounds (the rest is unchanged).
    /// The copy is a one-year plan within `bounds` (what-ifs move one year's rules).
    init(_ base: ProblemData, scenario: Scenario, pools: PoolIndex, bounds: [UnitBounds], floors: [ShareFloorTarget]? = nil) {
        self.scenario = scenario
        self.tree = base.tree
        self.pools = pools
        self.bounds = bounds
        self.yearBounds = [bounds]
        self.floors = floors ?? base.floors
        self.priorityWeight = base.priorityWeight
        self.channelPools = base.channelPools
    }

    /// The data with pool `p`'s total moved by `delta`, or `nil` below zero. Same result as
    /// ``DualAnalysis/withPoolTotal(_:pool:delta:)`` without rebuilding the scenario: only the
    /// pool's units' ceilings depend on its total.
    func movingPoolTotal(_ p: Int, by delta: Int) -> ProblemData? {
        var pools = self.pools, scenario = self.scenario
        guard pools.pools[p].total + delta >= 0 else { return nil }
        pools.pools[p].total += delta
        if let i = pools.pools[p].specIndex {
            scenario.pools[i].total = pools.pools[p].total
            pools.pools[p].spec = scenario.pools[i]
        }
        // Share floors measured on the new total (`base: new`) follow the pool's total.
        var floors = self.floors
        for f in floors.indices where floors[f].basePools.contains(p) {
            floors[f].base += delta
            if case .share(let share) = scenario.shareFloors[f].floor {
                floors[f].amount = max(0, ShareFloorSelection.amount(share: share, base: floors[f].base))
            }
        }
        var moved = ProblemData(self, scenario: scenario, pools: pools, bounds: bounds, floors: floors)
        moved.recomputeCeilings(ofPool: p)
        return moved
    }

    /// Whether every unit of `block` still has a range (lower ≤ upper): a moved total can
    /// put a ceiling under a floor, and such a model is not even valid input for the solver.
    func boundsHold(in block: Block) -> Bool {
        block.units.allSatisfy { bounds[$0].lower <= bounds[$0].upper }
    }

    /// The data with channel `c`'s cap moved by `delta`, or `nil` below zero; the receiving
    /// pool's ceilings follow (quota may arrive through the channel).
    func movingChannelCap(_ c: Int, by delta: Int) -> ProblemData? {
        var scenario = self.scenario
        guard scenario.channels[c].cap + delta >= 0 else { return nil }
        scenario.channels[c].cap += delta
        var moved = ProblemData(self, scenario: scenario, pools: pools, bounds: bounds)
        moved.recomputeCeilings(ofPool: channelPools[c].to)
        return moved
    }

    /// The ceilings of pool `p`'s units as ``UnitBounds/compute(for:pools:)`` sets them
    /// (``UnitBounds/ceiling(of:rules:changeLimit:poolCeiling:)``), with the pool total plus
    /// what channels can bring.
    mutating func recomputeCeilings(ofPool p: Int) {
        let inflow = channelPools.enumerated().filter { $0.element.to == p }
            .reduce(0) { $0 + max(0, scenario.channels[$1.offset].cap) }
        let poolCeiling = pools.pools[p].total + inflow
        for u in pools.pools[p].units {
            let uppers = UnitBounds.ceilingTerms(
                of: scenario.units[u], rules: scenario.rules, changeLimit: bounds[u].changeLimit, poolCeiling: poolCeiling)
            let (reason, value) = UnitBounds.pick(uppers, UnitBounds.upperPreference, highest: false)
            bounds[u].upper = value
            bounds[u].upperReason = reason
            bounds[u].upperTerms = UnitBounds.upperTermOrder.compactMap { r in uppers[r].map { BoundTerm(reason: r, value: $0) } }
        }
    }
}
