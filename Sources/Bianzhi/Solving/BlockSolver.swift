import Foundation
import LinearProgramming

/// Solves one block: builds its model, runs the tiers of the objective and reads the
/// allocation back. Synchronous and thread-confined, as GLPK requires.
struct BlockSolver: Sendable {
    var data: ProblemData
    var solver: any Solver
    var options: SolverOptions
    var computeDuals: Bool

    /// Solves `blocks` as one model (one block normally; all of them for the monolithic check).
    func solve(_ blocks: [Block], deadline: ContinuousClock.Instant?) throws(SolverError) -> BlockOutcome {
        let clock = ContinuousClock()
        let buildStart = clock.now
        var built = BlockModel.forPlan(data, blocks: blocks)
        let buildSeconds = (clock.now - buildStart).seconds
        let tiers = tierTerms()
        var solution: Solution? = nil
        let solveStart = clock.now
        // One tier: the block is a min-cost flow, solved near-linearly by the network solver
        // when that is exact (BlockNetwork says when); the simplex otherwise. A multi-year
        // model is not a network (its quota chains link the years' pool rows).
        if tiers.count == 1, options.mipStrategy == .relaxationFirst, data.horizon == 1 {
            solution = BlockNetwork(built: built, data: data).solve(blocks: blocks, solver: solver)
        }
        let solvedAsFlow = solution != nil
        for (k, tier) in tiers.enumerated() where solution == nil || tiers.count > 1 {
            let expression = tier.reduce(LinearExpression()) { $0 + built.terms[$1]! }
            if tiers.count > 1 { built.setObjective(expression) }
            var opts = options
            if let deadline { opts.timeLimit = max(0.001, (deadline - clock.now).seconds) }
            let result = try solver.solve(built.model, options: opts)
            solution = result
            guard result.status == .optimal, k < tiers.count - 1 else { break }
            // Holding an earlier tier at its optimum (with a tolerance for the fractional
            // need) is what makes the order lexicographic.
            let optimum = result.value(expression)
            built.cap(expression, atMost: optimum + 1e-6 * max(1, abs(optimum)), name: "tier\(k + 1)")
        }
        let solveSeconds = (clock.now - solveStart).seconds
        let final = solution!
        var duals: BlockDuals? = nil
        if computeDuals, final.status == .optimal {
            var relaxed = options
            relaxed.relaxIntegrality = true
            if tiers.count > 1 { built.setObjective(built.weightedObjective) }
            let lp = try solver.solve(built.model, options: relaxed)
            if lp.status == .optimal {
                duals = BlockDuals(
                    pools: built.poolRows.map { ($0.pool, totalDual(pool: $0.pool, balance: $0.row, built, lp)) },
                    channels: built.channelColumns.map { ($0.channel, lp.reducedCosts?[$0.f.index] ?? 0) },
                    floors: built.floorRows.map { ($0.floor, lp.dual($0.row) ?? 0) })
            }
        }
        let has = final.hasSolution
        let objective = has ? final.value(built.weightedObjective) : .nan
        let bound: Double?
        if final.status == .optimal { bound = objective } else if tiers.count == 1 { bound = final.bestBound } else { bound = nil }
        let block = blocks.count == 1 ? blocks[0] : Block(
            index: 0, pools: blocks.flatMap(\.pools).sorted(), units: blocks.flatMap(\.units).sorted(),
            channels: blocks.flatMap(\.channels).sorted(), shareFloors: blocks.flatMap(\.shareFloors).sorted())
        return BlockOutcome(
            block: block,
            status: final.status,
            objectiveValue: objective,
            bestBound: bound,
            newQuota: has ? built.unitColumns.map { ($0.unit, Int(final.value($0.x).rounded())) } : [],
            reserve: has ? built.reserveColumns.map { ($0.pool, Int(final.value($0.r).rounded())) } : [],
            channelFlow: has ? built.channelColumns.map { ($0.channel, Int(final.value($0.f).rounded())) } : [],
            statistics: SolveStatistics(
                rows: built.model.constraints.count, columns: built.model.variables.count,
                integerColumns: built.model.variables.filter { $0.kind == .integer }.count,
                nonzeros: built.model.numberOfNonzeros, seconds: solveSeconds),
            buildSeconds: buildSeconds,
            solveSeconds: solveSeconds,
            solvedAsFlow: solvedAsFlow,
            duals: duals,
            years: has ? built.years.map { YearOutcome($0, solution: final) } : [])
    }

    /// The LP value of one more quota of total in pool `p`: the total is the right-hand side
    /// of the balance row, enters the shrink-only row with −1 (`net import ≤ current − total`)
    /// and is the ceiling of any unit whose upper bound is the pool total; the derivative sums
    /// all three.
    func totalDual(pool p: Int, balance: ConstraintRef, _ built: BlockModel, _ lp: Solution) -> Double {
        var value = lp.dual(balance) ?? 0
        for (q, row) in built.shrinkRows where q == p { value -= lp.dual(row) ?? 0 }
        guard let reduced = lp.reducedCosts else { return value }
        for (u, x) in built.unitColumns where data.pools.poolOfUnit[u] == p {
            let b = data.bounds[u]
            // A column at its upper bound: the reduced cost is the bound's LP value.
            if b.upperReason == .poolTotal, b.lower < b.upper, abs(lp.value(x) - Double(b.upper)) < 1e-9 { value += reduced[x.index] }
        }
        return value
    }

    /// The objective's tiers; one tier holding every term when the scenario gives weights only.
    func tierTerms() -> [[ObjectiveTerm]] {
        guard let tiers = data.scenario.objective.tiers, !tiers.isEmpty else { return [ObjectiveTerm.allCases] }
        let listed = Set(tiers.flatMap { $0 })
        var result = tiers
        let rest = ObjectiveTerm.allCases.filter { !listed.contains($0) }
        result[result.count - 1].append(contentsOf: rest)
        return result
    }
}

extension Duration {
    /// The duration in seconds as a `Double`.
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) * 1e-18
    }
}
