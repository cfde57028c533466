import LinearProgramming

/// A block's integer program written as the minimum-cost flow it is, and solved by GLPK's
/// network solver (the out-of-kilter algorithm) instead of the simplex.
///
/// Why: the simplex grows with the square of a block (8,000 units took seconds, 32,000
/// minutes); the out-of-kilter algorithm is near-linear. The block model is a network: each pool is a node
/// supplying its control total; each unit draws its quota from its pool (or from the node of
/// the innermost share floor holding it) to one sink, along one arc per linear piece of its
/// convex cost (need shortfall and excess, soft need protection, moves); reserves are arcs to the sink, channels
/// arcs between pools, and a floor is an arc into its node, with a lower bound (hard) or a
/// rebate of the penalty up to the floor (soft).
///
/// Used only when that is exact: one objective tier, non-negative weights, no 只减不增 row,
/// floors nested or disjoint within one pool, and costs that scale to integers by a power of
/// ten. The flow is read back into the model's columns, every row is checked, and the
/// objective evaluated on the model must equal the network's cost; otherwise (or when the
/// flow problem is infeasible, to keep the simplex's reports) the caller solves the model.
struct BlockNetwork {
    /// The model the flow stands for.
    let built: BlockModel
    let data: ProblemData

    /// Solves the block as a flow; nil when the block is not one or anything does not check.
    func solve(blocks: [Block], solver: any Solver) -> Solution? {
        guard let flow = network(blocks: blocks),
              let result = solver.solve(flow.network), result.status == .optimal else { return nil }
        return solution(flow, flows: result.flows, networkCost: result.cost)
    }

    /// The network and how its arcs map back to columns.
    struct Flow {
        var network = FlowProblem()
        /// Arc costs before scaling to integers.
        var costs: [Double] = []
        /// Objective of the model at the bounds the arcs start from (lower bounds, floor
        /// rebates).
        var constant = 0.0
        /// For each unit column (in ``BlockModel/unitColumns`` order): its lower bound and
        /// the arcs whose flows add up to the rest.
        var unitArcs: [(lower: Double, arcs: Range<Int>)] = []
        var reserveArcs: [Int] = []
        var channelArcs: [Int] = []
        /// Multiplier that made the costs integral.
        var scale = 1.0
        /// The arcs as built, before parallel arcs of equal cost were merged.
        var originalArcs: [FlowProblem.Arc] = []
        /// For each arc of ``network``, the built arcs it merges.
        var members: [[Int]] = []
    }

    /// Builds the flow problem, or nil when the block is not exactly one.
    func network(blocks: [Block]) -> Flow? {
        let scenario = data.scenario
        let spec = scenario.objective
        let model = built.model
        guard spec.tiers.map({ $0.count <= 1 }) ?? true,
              [ObjectiveTerm.shortfall, .excess, .moves, .penalties].allSatisfy({ spec.weight($0) >= 0 }),
              data.priorityWeight.allSatisfy({ $0 >= 0 }) else { return nil }
        let shrinkOnly = Set(scenario.kinds.filter(\.shrinkOnly).map(\.id))
        for (c, _) in built.channelColumns {
            let ends = data.channelPools[c]
            if shrinkOnly.contains(data.pools.pools[ends.from].kind) || shrinkOnly.contains(data.pools.pools[ends.to].kind) { return nil }
        }
        var objective = [Double](repeating: 0, count: model.variables.count)
        for term in model.objective.terms { objective[term.variable.index] += term.coefficient }

        var flow = Flow()
        flow.constant = model.objective.constant
        let sink = flow.network.addNode()
        var nodeOfPool: [Int: Int] = [:]
        var demand = 0
        for (p, _) in built.poolRows {
            let total = data.pools.pools[p].total
            guard total >= 0 else { return nil }
            nodeOfPool[p] = flow.network.addNode(supply: total)
            demand += total
        }
        flow.network.addSupply(-demand, to: sink)
        let unbounded = demand + built.channelColumns.reduce(0) { $0 + data.scenario.channels[$1.channel].cap } + 1
        func capacity(_ bound: Double) -> Int? {
            if bound == .infinity { return unbounded }
            return bound.isFinite && bound >= 0 && bound == bound.rounded() && bound <= Double(FlowProblem.largestMagnitude) ? Int(bound) : nil
        }
        func arc(_ from: Int, _ to: Int, lower: Int = 0, capacity: Int, cost: Double) -> Int {
            flow.costs.append(cost)
            return flow.network.addArc(.init(from: from, to: to, lower: lower, capacity: capacity, cost: 0))
        }

        // Share floors, outermost first: each draws from the node of the floor (or pool)
        // that holds all of its units, which is exactly when floors are nested or disjoint.
        // Only units in some floor are kept here; the others hang off their pool's node.
        var nodeOfUnit: [Int: Int] = [:]
        func node(of u: Int) -> Int? { nodeOfUnit[u] ?? nodeOfPool[data.pools.poolOfUnit[u]] }
        let floors = built.floorRows.sorted { (data.floors[$0.floor].units.count, $1.floor) > (data.floors[$1.floor].units.count, $0.floor) }
        for floorRow in floors {
            let target = data.floors[floorRow.floor]
            let floor = scenario.shareFloors[floorRow.floor]
            let penalty = floorRow.slack.map { objective[$0.index] } ?? 0
            guard let first = target.units.first else {
                if floor.hard && target.amount > 0 { return nil }
                if !floor.hard { flow.constant += penalty * Double(target.amount) }
                continue
            }
            guard let parent = node(of: first), target.units.allSatisfy({ node(of: $0) == parent }) else { return nil }
            let node = flow.network.addNode()
            if floor.hard {
                _ = arc(parent, node, lower: target.amount, capacity: unbounded, cost: 0)
            } else {
                // penalty·max(0, a − z) = penalty·a − penalty·min(z, a).
                flow.constant += penalty * Double(target.amount)
                _ = arc(parent, node, capacity: target.amount, cost: -penalty)
                _ = arc(parent, node, capacity: unbounded, cost: 0)
            }
            for u in target.units { nodeOfUnit[u] = node }
        }

        // Units: the quota's convex cost, one arc per linear piece above the lower bound.
        for (k, (u, x)) in built.unitColumns.enumerated() {
            let columns = built.unitCostColumns[k]
            let bounds = model.variables[x.index]
            guard let lower = capacity(bounds.lowerBound), let upper = capacity(bounds.upperBound), upper >= lower,
                  bounds.upperBound.isFinite, let node = node(of: u) else { return nil }
            func cost(_ v: Int) -> Double {
                objective[x.index] * Double(v) + columns.cost(x: Double(v)) { objective[$0.index] }
            }
            // Breakpoints are whole numbers (⌊n⌋, quotas, floors); a fractional one would
            // not be, and then the block is not this network.
            guard columns.breakpoints.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 }),
                  columns.protect.map({ objective[$0.y.index] >= 0 }) ?? true else { return nil }
            let breakpoints = [lower, upper] + columns.breakpoints.map { Int($0) }
            var points: [Int] = []
            for point in breakpoints.map({ min(upper, max(lower, $0)) }).sorted() where point != points.last { points.append(point) }
            flow.constant += cost(lower)
            let start = flow.network.arcs.count
            var previousSlope = -Double.infinity
            for (a, b) in zip(points, points.dropFirst()) {
                let slope = (cost(b) - cost(a)) / Double(b - a)
                guard slope >= previousSlope - 1e-9 else { return nil }
                previousSlope = slope
                _ = arc(node, sink, capacity: b - a, cost: slope)
            }
            flow.network.addSupply(-lower, to: node)
            flow.network.addSupply(lower, to: sink)
            flow.unitArcs.append((Double(lower), start..<flow.network.arcs.count))
        }
        for (p, r) in built.reserveColumns {
            let bounds = model.variables[r.index]
            guard bounds.lowerBound == 0, let cap = capacity(bounds.upperBound) else { return nil }
            flow.reserveArcs.append(arc(nodeOfPool[p]!, sink, capacity: cap, cost: objective[r.index]))
        }
        for (c, f) in built.channelColumns {
            let bounds = model.variables[f.index]
            let ends = data.channelPools[c]
            guard let lower = capacity(bounds.lowerBound), let cap = capacity(bounds.upperBound), cap >= lower,
                  let from = nodeOfPool[ends.from], let to = nodeOfPool[ends.to] else { return nil }
            flow.channelArcs.append(arc(from, to, lower: lower, capacity: cap, cost: objective[f.index]))
        }
        return scaled(flow)
    }

    /// The flow with costs multiplied by the least power of ten that makes them integers
    /// (exactly, up to rounding noise), or nil when none up to 10⁶ does within range.
    ///
    /// Parallel arcs of equal cost are merged into one (their capacities summed): the units of
    /// a pool share a few dozen distinct marginal costs, so the solver sees a network of a few
    /// hundred arcs per pool whatever the number of units, and the out-of-kilter algorithm,
    /// which grows with the flow it must route arc by arc, stays near-linear.
    private func scaled(_ flow: Flow) -> Flow? {
        var flow = flow
        guard let scale = FlowProblem.integerScale(of: flow.costs) else { return nil }
        let costs = flow.costs.map { $0 * scale }
        struct Key: Hashable { var from: Int, to: Int, cost: Int }
        var merged: [FlowProblem.Arc] = []
        var mergedOf: [Key: Int] = [:]
        flow.members = []
        for (i, (arc, cost)) in zip(flow.network.arcs, costs).enumerated() {
            var scaledArc = arc
            scaledArc.cost = Int(cost.rounded())
            let key = Key(from: arc.from, to: arc.to, cost: scaledArc.cost)
            if arc.lower == 0, let m = mergedOf[key] {
                merged[m].capacity += arc.capacity
                flow.members[m].append(i)
            } else {
                if arc.lower == 0 { mergedOf[key] = merged.count }
                merged.append(scaledArc)
                flow.members.append([i])
            }
        }
        var network = FlowProblem()
        for supply in flow.network.supplies { network.addNode(supply: supply) }
        for arc in merged { network.addArc(arc) }
        flow.originalArcs = flow.network.arcs
        flow.network = network
        flow.scale = scale
        return flow.network.isWithinSolverRange ? flow : nil
    }

    /// The flow of every arc before merging: each merged arc's flow is handed to its parallel
    /// arcs (any split of equal-cost parallel arcs costs the same, so this is where ties
    /// between equally good allocations are broken): units further down first (township
    /// before county, as 下沉 would have it), then in unit order, then reserves.
    private func expanded(_ flow: Flow, flows: [Int]) -> [Int] {
        var unitOfArc = [Int?](repeating: nil, count: flow.originalArcs.count)
        for (k, arcs) in flow.unitArcs.enumerated() {
            for i in arcs.arcs { unitOfArc[i] = built.unitColumns[k].unit }
        }
        func order(_ i: Int) -> (Int, Int, Int, Int) {
            guard let u = unitOfArc[i] else { return (1, 0, 0, i) }
            let level = data.tree.level(of: data.scenario.units[u].region) ?? .township
            return (0, -Level.allCases.firstIndex(of: level)!, u, i)
        }
        var result = [Int](repeating: 0, count: flow.originalArcs.count)
        for (m, members) in flow.members.enumerated() {
            var rest = flows[m]
            for i in members.count > 1 ? members.sorted(by: { order($0) < order($1) }) : members {
                let amount = max(flow.originalArcs[i].lower, min(flow.originalArcs[i].capacity, rest))
                result[i] = amount
                rest -= amount
            }
        }
        return result
    }

    /// The model's columns at the optimal flow, checked against every row and the
    /// network's own cost; nil if anything does not match.
    func solution(_ flow: Flow, flows solved: [Int], networkCost: Double) -> Solution? {
        let model = built.model
        let flows = expanded(flow, flows: solved)
        var values = [Double](repeating: 0, count: model.variables.count)
        var quota: [Int: Double] = [:]
        for (k, (u, x)) in built.unitColumns.enumerated() {
            let arcs = flow.unitArcs[k]
            let value = arcs.arcs.reduce(arcs.lower) { $0 + Double(flows[$1]) }
            values[x.index] = value
            quota[u] = value
            for (column, v) in built.unitCostColumns[k].values(x: value) { values[column.index] = v }
        }
        for ((_, r), a) in zip(built.reserveColumns, flow.reserveArcs) { values[r.index] = Double(flows[a]) }
        for ((_, f), a) in zip(built.channelColumns, flow.channelArcs) { values[f.index] = Double(flows[a]) }
        for row in built.floorRows {
            guard let slack = row.slack else { continue }
            let target = data.floors[row.floor]
            let selected = target.units.reduce(0.0) { $0 + (quota[$1] ?? 0) }
            values[slack.index] = max(0, Double(target.amount) - selected)
        }

        let activities = model.constraints.map { row in
            row.expression.terms.reduce(0.0) { $0 + $1.coefficient * values[$1.variable.index] }
        }
        for (row, activity) in zip(model.constraints, activities) {
            let tolerance = 1e-6 * max(1, abs(activity))
            guard activity >= row.lowerBound - tolerance, activity <= row.upperBound + tolerance else { return nil }
        }
        for (v, definition) in zip(values, model.variables) {
            guard v >= definition.lowerBound - 1e-9, v <= definition.upperBound + 1e-9 else { return nil }
        }
        let objective = model.objective.terms.reduce(model.objective.constant) { $0 + $1.coefficient * values[$1.variable.index] }
        let expected = networkCost / flow.scale + flow.constant
        guard abs(objective - expected) <= 1e-6 * max(1, abs(objective)) else { return nil }
        return Solution(
            status: .optimal, objectiveValue: objective, values: values, rowActivities: activities,
            gap: 0, bestBound: objective,
            statistics: SolveStatistics(
                rows: model.constraints.count, columns: model.variables.count,
                integerColumns: model.variables.count { $0.kind == .integer },
                nonzeros: model.numberOfNonzeros, seconds: 0))
    }
}
