import LinearProgramming

/// A small min-cost flow network solved as a linear program, with a deterministic path
/// decomposition of the optimal flow into transfers.
struct FlowNetwork {
    enum NodeRole: Equatable {
        case unit(Int)
        case reserve(Int)
        case cancelled(Int)
        case hub

        var endpoint: Transfer.Endpoint? {
            switch self {
            case .unit(let u): return .unit(u)
            case .reserve(let p): return .reserve(p)
            case .cancelled(let p): return .cancelled(p)
            case .hub: return nil
            }
        }
    }

    struct Arc {
        var from: Int
        var to: Int
        var cost: Double
        var lane: Transfer.Lane
        var fixed: Int?
        var channel: Int?
        /// The arc that carries a lane's price names the lane of every path through it.
        var priced: Bool
    }

    private(set) var roles: [NodeRole] = []
    /// Supply (> 0) or demand (< 0) per node.
    private(set) var supply: [Int] = []
    private(set) var arcs: [Arc] = []

    mutating func addNode(_ role: NodeRole, supply: Int) -> Int {
        roles.append(role)
        self.supply.append(supply)
        return roles.count - 1
    }

    mutating func addArc(from: Int, to: Int, cost: Double, lane: Transfer.Lane, fixed: Int? = nil, channel: Int? = nil, priced: Bool = false) {
        arcs.append(Arc(from: from, to: to, cost: cost, lane: lane, fixed: fixed, channel: channel, priced: priced))
    }

    /// The optimal integral flow on every arc.
    ///
    /// Solved as a linear program: the constraint matrix is a network matrix, so the simplex
    /// method's optimal vertex is integral already. The integer program is kept as a fallback
    /// should a solver ever return a fractional point.
    func solve(with solver: any Solver, name: String) throws(SolverError) -> [Int] {
        if let flows = solveAsFlow(with: solver) { return flows }
        for kind in [VariableKind.continuous, .integer] {
            var model = Model(name: name)
            let columns = arcs.enumerated().map { i, arc in
                model.addVariable(
                    name: "arc\(i)", kind: kind,
                    lowerBound: Double(arc.fixed ?? 0), upperBound: arc.fixed.map(Double.init) ?? .infinity)
            }
            var balance = [LinearExpression](repeating: LinearExpression(), count: roles.count)
            for (i, arc) in arcs.enumerated() {
                balance[arc.from].add(columns[i], 1)
                balance[arc.to].add(columns[i], -1)
            }
            for (n, expression) in balance.enumerated() {
                model.addConstraint(expression, .equal, Double(supply[n]), name: "node\(n)")
            }
            var objective = LinearExpression()
            for (i, arc) in arcs.enumerated() where arc.cost != 0 { objective.add(columns[i], arc.cost) }
            model.setObjective(objective, sense: .minimize)
            let solution = try solver.solve(model, options: SolverOptions())
            guard solution.status == .optimal else {
                throw SolverError.solverFailure("the transfer plan \(name) could not be realised: \(solution.status)")
            }
            let values = columns.map { solution.value($0) }
            if values.allSatisfy({ abs($0 - $0.rounded()) < 1e-6 }) { return values.map { Int($0.rounded()) } }
        }
        throw SolverError.solverFailure("the transfer plan \(name) has no integral optimum")
    }

    /// The optimal flow from the backend's network solver (out-of-kilter in GLPK), which grows
    /// about linearly here where the simplex grows with the square of a joined block; nil
    /// when the backend has none or the costs do not scale to integers (then the LP).
    private func solveAsFlow(with solver: any Solver) -> [Int]? {
        guard let scale = FlowProblem.integerScale(of: arcs.map(\.cost)) else { return nil }
        let unbounded = supply.reduce(0) { $0 + max(0, $1) } + arcs.reduce(0) { $0 + ($1.fixed ?? 0) } + 1
        var problem = FlowProblem()
        for s in supply { problem.addNode(supply: s) }
        for arc in arcs {
            guard arc.fixed.map({ $0 >= 0 }) ?? true else { return nil }
            problem.addArc(.init(from: arc.from, to: arc.to, lower: arc.fixed ?? 0, capacity: arc.fixed ?? unbounded,
                                 cost: Int((arc.cost * scale).rounded())))
        }
        guard let result = solver.solve(problem), result.status == .optimal else { return nil }
        return result.flows
    }

    /// Splits the flow into giver → receiver paths, givers in node order, arcs in insertion
    /// order; flow circulating between hubs is cancelled rather than reported.
    func decompose(_ flow: [Int]) -> [Transfer] {
        var remaining = flow
        var outgoing = [[Int]](repeating: [], count: roles.count)
        for (i, arc) in arcs.enumerated() { outgoing[arc.from].append(i) }
        var merged: [Transfer] = []
        var indexOf: [Transfer: Int] = [:]
        func record(_ transfer: Transfer) {
            var key = transfer
            key.amount = 0
            if let i = indexOf[key] {
                merged[i].amount += transfer.amount
            } else {
                indexOf[key] = merged.count
                merged.append(transfer)
            }
        }
        for source in roles.indices where supply[source] > 0 {
            while true {
                guard let first = outgoing[source].first(where: { remaining[$0] > 0 }) else { break }
                var path = [first]
                var visited: [Int: Int] = [source: 0]
                var node = arcs[first].to
                var cycleCancelled = false
                while roles[node] == .hub {
                    if let position = visited[node] {
                        // A loop between hubs carries no quota anywhere: remove it.
                        let cycle = Array(path[position...])
                        let amount = cycle.map { remaining[$0] }.min()!
                        for a in cycle { remaining[a] -= amount }
                        cycleCancelled = true
                        break
                    }
                    visited[node] = path.count
                    guard let next = outgoing[node].first(where: { remaining[$0] > 0 }) else { break }
                    path.append(next)
                    node = arcs[next].to
                }
                if cycleCancelled { continue }
                let amount = path.map { remaining[$0] }.min()!
                guard amount > 0, let from = roles[source].endpoint, let to = roles[node].endpoint else { break }
                for a in path { remaining[a] -= amount }
                let via = path.compactMap { arcs[$0].channel }
                let priced = path.first { arcs[$0].priced }.map { arcs[$0].lane }
                let lane: Transfer.Lane = via.isEmpty ? priced ?? arcs[path.last!].lane : .channel
                record(Transfer(from: from, to: to, amount: amount, lane: lane, via: via))
            }
        }
        return merged
    }
}
