import LinearProgramming

/// Explains why a block has no allocation with an elastic re-solve: every hard rule group
/// gets penalised slack, switched on by a 0/1 "this group gives way" variable.
///
/// Two questions are answered on that one model:
/// - **the conflicts**: every irreducible set of rule groups that cannot hold together while
///   the pool totals hold (a minimal unsatisfiable subset), enumerated as MARCO does: a
///   small 0/1 "map" model proposes the largest set of groups not yet explored; if the block
///   is infeasible with it, a deletion filter shrinks it to a conflict and its supersets are
///   blocked, otherwise its subsets are;
/// - **the ways out of each conflict**: the fewest of its groups that must give way, then the
///   least quotas, with the block's other conflicts left free where they share no group
///   with it (an overlapping one holds); alternatives of the same size follow by excluding
///   each choice found, listed by amount then rule. Every way is re-solved with exactly its
///   amounts before it is kept. A last way out changes pool totals instead.
///
/// Each test solve is the block's size (units × a few rows); the explanation is only built
/// when the scenario is infeasible or the planner asks.
public struct ElasticSolver: Sendable {
    /// The backend.
    public var solver: any Solver
    /// Most alternative ways out of the smallest size to report per conflict.
    public var alternatives: Int
    /// Most proposals of the map model per block (bounds the enumeration of conflicts).
    public var explorationLimit: Int
    /// The language of the rule groups' names and the ways out.
    public var language: Language

    /// Creates an elastic solver.
    public init(solver: any Solver = GLPKSolver(), alternatives: Int = 3, explorationLimit: Int = 40, language: Language = .en) {
        self.solver = solver
        self.language = language
        self.alternatives = max(1, alternatives)
        self.explorationLimit = max(1, explorationLimit)
    }

    /// One conflict of a block with its verified ways out.
    public struct Finding: Sendable {
        /// The conflict.
        public var conflict: RuleConflict
        /// Its ways out (``WayOut/conflict`` still 0: the caller numbers conflicts).
        public var waysOut: [WayOut]
    }

    /// How each group is treated in one test solve.
    private enum Treatment { case hard, free }

    /// The conflicts and ways out of one block; empty when the block's rules can all hold.
    public func analyse(_ data: ProblemData, block: Block) throws(SolverError) -> [Finding] {
        let elastic = ElasticModel(data: data, block: block)
        let naming = ExplainNaming(data: data, language: language)
        let all = Set(elastic.groups.indices)

        /// Solves the elastic model: `free` groups may give way, `limits` caps element
        /// slacks (a way out being verified), every other group holds.
        func solve(free: Set<Int>, limits: [Int: Int] = [:], objective: LinearExpression? = nil,
                   rows: [(LinearExpression, Double)] = []) throws(SolverError) -> Solution? {
            var model = elastic.model
            for g in elastic.groups.indices {
                model.setBounds(elastic.z[g], lower: 0, upper: free.contains(g) ? 1 : 0)
            }
            for (e, limit) in limits {
                model.setBounds(elastic.elements[e].slack, lower: 0, upper: Double(limit))
            }
            for (i, row) in rows.enumerated() { model.addConstraint(row.0, .lessOrEqual, row.1, name: "cut\(i)") }
            model.setObjective(objective ?? LinearExpression(), sense: .minimize)
            let solution = try solver.solve(model, options: SolverOptions())
            return solution.hasSolution ? solution : nil
        }
        func holds(_ hard: Set<Int>) throws(SolverError) -> Bool { try solve(free: all.subtracting(hard)) != nil }

        guard try !holds(all) else { return [] }
        var fixed = all.filter { !elastic.groups[$0].isRelaxableRule }
        // With the totals held, relaxing every rule must succeed; if not, the totals take part.
        if try !holds(fixed) { fixed = fixed.filter { !elastic.groups[$0].isPoolTotal } }
        let candidates = all.subtracting(fixed).sorted()

        let cores = try minimalConflicts(candidates: candidates, fixed: fixed, holds: holds)
        let poolKeys = block.pools.map(naming.poolKey)
        let poolNames = block.pools.map(naming.poolName).joined(separator: ", ")
        let totals = Set(all.filter { elastic.groups[$0].isPoolTotal })
        var findings: [Finding] = []
        for core in cores {
            // The block's other conflicts are left free only when they share no group with
            // this one: a group of an overlapping conflict (a unit's priority floor beside its
            // need-protection floor, say) still holds, so no way out cuts a unit below it.
            let others = Set(cores.filter { $0.isDisjoint(with: core) }.flatMap { $0 })
            let refs = core.sorted().map { elastic.reference($0, naming) }
            let conflict = RuleConflict(
                block: block.index, pools: poolKeys, groups: refs,
                message: refs.count == 1
                    ? ExplainRuleText.cannotBeMet(group: refs[0].name, pools: poolNames).text(language)
                    : ExplainRuleText.cannotAllHold(groups: refs.map(\.name), pools: poolNames).text(language))

            var ways: [WayOut] = []
            func keep(_ solution: Solution, groups: Set<Int>, free: Set<Int>, changesTotals: Bool) throws(SolverError) -> WayOut? {
                var way = elastic.wayOut(solution, naming, groups: groups, changesTotals: changesTotals)
                guard !way.relax.isEmpty else { return nil }
                // Re-solve with exactly these amounts: the way is printed only if it works.
                let amounts = elastic.amounts(solution)
                var limits: [Int: Int] = [:]
                for (e, element) in elastic.elements.enumerated() where groups.contains(element.group) { limits[e] = amounts[e] }
                guard try solve(free: free, limits: limits) != nil else { return nil }
                way.block = block.index
                way.pools = poolKeys
                return way
            }
            let free = core.union(others)
            var count = LinearExpression()
            for g in core.sorted() { count.add(elastic.z[g]) }
            if let first = try solve(free: free, objective: count) {
                let k = Double(Int(first.value(count).rounded()))
                var rows: [(LinearExpression, Double)] = [(count, k)]
                for _ in 0..<alternatives {
                    guard let solution = try solve(free: free, objective: elastic.slack(of: core), rows: rows) else { break }
                    let chosen = core.filter { solution.value(elastic.z[$0]) > 0.5 && elastic.groupSlack($0, solution) > 0.5 }
                    guard !chosen.isEmpty else { break }
                    if let way = try keep(solution, groups: core, free: free, changesTotals: false) { ways.append(way) }
                    var cut = LinearExpression()
                    for g in chosen.sorted() { cut.add(elastic.z[g]) }
                    rows.append((cut, Double(chosen.count - 1)))
                }
            }
            if !core.isSubset(of: totals), !totals.isEmpty, totals.isSubset(of: fixed) {
                // Outside the rules: what the totals would have to be, the conflict's rules held.
                let freeTotals = totals.union(others)
                if let solution = try solve(free: freeTotals, objective: elastic.slack(of: totals)),
                   let way = try keep(solution, groups: totals, free: freeTotals, changesTotals: true) {
                    ways.append(way)
                }
            }
            // Ways of the same size come in the solver's order; list them by amount, then by
            // rule (kind and id), so the output does not depend on the solver's path. A way
            // changing totals stays last.
            func key(_ way: WayOut) -> [String] { way.relax.map { "\($0.group.kind.rawValue)|\($0.group.id)" } }
            ways.sort { a, b in
                if a.changesTotals != b.changesTotals { return !a.changesTotals }
                if a.relax.count != b.relax.count { return a.relax.count < b.relax.count }
                if a.quotas != b.quotas { return a.quotas < b.quotas }
                return key(a).lexicographicallyPrecedes(key(b))
            }
            findings.append(Finding(conflict: conflict, waysOut: ways))
        }
        return findings
    }

    /// Every minimal conflict among `candidates` (up to ``explorationLimit`` proposals),
    /// smallest first, then in group order.
    private func minimalConflicts(
        candidates: [Int], fixed: Set<Int>, holds: (Set<Int>) throws(SolverError) -> Bool
    ) throws(SolverError) -> [Set<Int>] {
        var map = Model(name: "map")
        let s = candidates.map { map.addVariable(name: "s[\($0)]", kind: .integer, lowerBound: 0, upperBound: 1) }
        var size = LinearExpression()
        for v in s { size.add(v, -1) }
        map.setObjective(size, sense: .minimize)
        var cores: [Set<Int>] = []
        for round in 0..<explorationLimit {
            let proposal = try solver.solve(map, options: SolverOptions())
            guard proposal.hasSolution else { break }
            let seed = candidates.indices.filter { proposal.value(s[$0]) > 0.5 }
            let seedGroups = Set(seed.map { candidates[$0] })
            if try holds(seedGroups.union(fixed)) {
                // A largest set that holds: some group outside it must be chosen next time.
                var row = LinearExpression()
                for i in candidates.indices where !seed.contains(i) { row.add(s[i]) }
                if row.terms.isEmpty { break }
                map.addConstraint(row, .greaterOrEqual, 1, name: "grow\(round)")
            } else {
                // Deletion filter: drop a group when the rest still conflict without it.
                var core = seedGroups
                for g in seedGroups.sorted() {
                    var trial = core
                    trial.remove(g)
                    if try !holds(trial.union(fixed)) { core = trial }
                }
                cores.append(core)
                var row = LinearExpression()
                for i in candidates.indices where core.contains(candidates[i]) { row.add(s[i]) }
                map.addConstraint(row, .lessOrEqual, Double(core.count - 1), name: "block\(round)")
            }
        }
        return cores.sorted { a, b in a.count != b.count ? a.count < b.count : a.sorted().lexicographicallyPrecedes(b.sorted()) }
    }
}
