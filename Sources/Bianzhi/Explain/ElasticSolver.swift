import LinearProgramming

/// Explains why a block has no allocation with an elastic re-solve: every hard rule group
/// gets penalised slack, switched on by a 0/1 "this group gives way" variable.
///
/// Two questions are answered on that one model:
/// - **the conflict**: a set of rule groups that cannot hold together while the pool totals
///   hold, irreducible (a deletion filter: a group is left out when the others still
///   conflict without it);
/// - **the ways out**: the fewest groups that must give way (minimise the number of switched
///   on groups), then the smallest amounts for that choice; alternatives of the same size
///   follow by excluding each choice found. A last way out changes pool totals instead.
///
/// Each test solve is the block's size (units × a few rows); the explanation is only built
/// when the scenario is infeasible or the planner asks.
public struct ElasticSolver: Sendable {
    /// The backend.
    public var solver: any Solver
    /// Most alternative ways out of the smallest size to report.
    public var alternatives: Int

    /// Creates an elastic solver.
    public init(solver: any Solver = GLPKSolver(), alternatives: Int = 3) {
        self.solver = solver
        self.alternatives = max(1, alternatives)
    }

    /// The conflict and ways out of one block, or `nil` when the block's rules can all hold.
    public func analyse(_ data: ProblemData, block: Block) throws(SolverError) -> (conflict: RuleConflict, waysOut: [WayOut])? {
        let elastic = ElasticModel(data: data, block: block)
        let naming = ExplainNaming(data: data)
        let balance = elastic.groups.indices.filter { elastic.groups[$0].isPoolTotal }
        var candidates = elastic.groups.indices.filter { !elastic.groups[$0].isPoolTotal }

        func feasible(hard: Set<Int>, free: Set<Int> = [], objective: LinearExpression? = nil, rows: [(LinearExpression, Double)] = []) throws(SolverError) -> Solution? {
            var model = elastic.model
            for g in elastic.groups.indices {
                let value: (Double, Double) = hard.contains(g) ? (0, 0) : free.contains(g) ? (0, 1) : (1, 1)
                model.setBounds(elastic.z[g], lower: value.0, upper: value.1)
            }
            for (i, row) in rows.enumerated() { model.addConstraint(row.0, .lessOrEqual, row.1, name: "cut\(i)") }
            model.setObjective(objective ?? elastic.slackSum, sense: .minimize)
            let solution = try solver.solve(model, options: SolverOptions())
            return solution.hasSolution ? solution : nil
        }

        let everything = Set(elastic.groups.indices)
        guard try feasible(hard: everything) == nil else { return nil }
        // With the totals held, relaxing every rule must succeed; if not, the totals take part.
        if try feasible(hard: Set(balance)) == nil { candidates = Array(elastic.groups.indices) }

        // Deletion filter: drop a group when the rest still conflict without it.
        var core = Set(candidates)
        let fixed = everything.subtracting(candidates)
        for g in candidates {
            var trial = core
            trial.remove(g)
            if try feasible(hard: trial.union(fixed)) == nil { core = trial }
        }
        let coreGroups = candidates.filter(core.contains).map { elastic.reference($0, naming) }
        let poolNames = block.pools.map(naming.poolName).joined(separator: ", ")
        let conflict = RuleConflict(
            pools: block.pools.map(naming.poolKey), groups: coreGroups,
            message: coreGroups.count == 1
                ? "\(coreGroups[0].name) cannot be met within the totals of \(poolNames)"
                : "these rules cannot all hold together within the totals of \(poolNames): \(coreGroups.map(\.name).joined(separator: "; ")); without any one of them the rest can")

        // Ways out: fewest groups, then fewest quotas; alternatives of the same size.
        var ways: [WayOut] = []
        let free = Set(candidates)
        let hardFixed = fixed
        var count = LinearExpression()
        for g in candidates { count.add(elastic.z[g]) }
        if let first = try feasible(hard: hardFixed, free: free, objective: count) {
            let k = Double(Int(first.value(count).rounded()))
            var rows: [(LinearExpression, Double)] = [(count, k)]
            for _ in 0..<alternatives {
                guard let solution = try feasible(hard: hardFixed, free: free, rows: rows) else { break }
                let way = elastic.wayOut(solution, naming, changesTotals: false)
                guard !way.relax.isEmpty else { break }
                ways.append(way)
                var cut = LinearExpression()
                let chosen = candidates.filter { g in way.relax.contains { $0.group == elastic.reference(g, naming) } }
                for g in chosen { cut.add(elastic.z[g]) }
                rows.append((cut, Double(chosen.count - 1)))
            }
        }
        if candidates.count < elastic.groups.count {
            // Outside the rules: what the totals would have to be.
            if let solution = try feasible(hard: Set(candidates)) {
                let way = elastic.wayOut(solution, naming, changesTotals: true)
                if !way.relax.isEmpty { ways.append(way) }
            }
        }
        return (conflict, ways)
    }
}
