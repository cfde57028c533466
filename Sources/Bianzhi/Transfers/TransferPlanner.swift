import Foundation
import LinearProgramming
import Synchronization

/// Finds the cheapest transfers that realise an allocation: a min-cost flow per block from
/// the units that are cut to the units that gain, the pools' reserves and cancellations,
/// with channels as fixed-capacity arcs between pools.
///
/// The flow's constraint matrix is a network matrix, so the solver's optimum is integral and
/// every transfer is a whole number of quotas.
public struct TransferPlanner: Sendable {
    /// The backend; GLPK by default.
    public var solver: any Solver

    /// Creates a planner over the given backend.
    public init(solver: any Solver = GLPKSolver()) {
        self.solver = solver
    }

    /// Plans the transfers of every block (in parallel) and merges them in block order.
    /// `blocks` are those the allocation was solved in (a solve's outcomes carry them);
    /// without them the scenario is decomposed again.
    public func plan(_ allocation: Allocation, data: ProblemData, blocks: [Block]? = nil, threads: Int = 1) throws(SolverError) -> TransferPlan {
        let today = Allocation(
            newQuota: data.scenario.units.map(\.quota), reserve: allocation.reserve.map { _ in 0 },
            channelFlow: allocation.channelFlow.map { _ in 0 })
        let cancelled = data.pools.pools.indices.map { allocation.cancelled(pool: $0, data: data) }
        return try plan(from: today, to: allocation, cancelled: cancelled, data: data, blocks: blocks, threads: threads)
    }

    /// Plans the transfers that take `base` to `allocation` (one year of a multi-year plan:
    /// last year's quotas, reserves and channel flows to this year's), with `cancelled[p]`
    /// quota of pool `p` cancelled (核减) on the way. A reserve that shrinks gives quota out.
    public func plan(
        from base: Allocation, to allocation: Allocation, cancelled: [Int], data: ProblemData, blocks: [Block]? = nil, threads: Int = 1
    ) throws(SolverError) -> TransferPlan {
        let change = Change(base: base, target: allocation, cancelled: cancelled)
        let blocks = blocks ?? Decomposition(scenario: data.scenario, pools: data.pools, floors: data.floors).blocks
        let plans = try WorkQueue.map(blocks.count, threads: threads) { (b: Int) throws(SolverError) -> TransferPlan in
            try planBlock(blocks[b], change: change, data: data)
        }
        var transfers: [Transfer] = []
        var cost = 0.0
        for plan in plans {
            transfers += plan.transfers
            cost += plan.cost
        }
        return TransferPlan(transfers: transfers, cost: cost)
    }

    /// The lane a direct transfer between two units of one pool takes.
    public static func lane(from giver: OrgUnit, to receiver: OrgUnit, tree: RegionTree) -> Transfer.Lane {
        if giver.region == receiver.region {
            return giver.department == receiver.department ? .sameDepartment : .sameRegion
        }
        let from = tree.level(of: giver.region) ?? .county, to = tree.level(of: receiver.region) ?? .county
        if from < to { return .downward }
        if from > to { return .upward }
        return .sameLevel
    }

    /// Where transfers start and end: `base` → `target`, with cancellations per pool.
    private struct Change {
        var base: Allocation
        var target: Allocation
        var cancelled: [Int]
        func flow(_ c: Int) -> Int { target.channelFlow[c] - base.channelFlow[c] }
    }

    private func planBlock(_ block: Block, change delta: Change, data: ProblemData) throws(SolverError) -> TransferPlan {
        let allocation = delta.target
        var network = FlowNetwork()
        var nodeOfUnit: [Int: Int] = [:]
        var givers: [Int] = [], receivers: [Int] = []
        for u in block.units {
            let change = allocation.newQuota[u] - delta.base.newQuota[u]
            if change < 0 {
                nodeOfUnit[u] = network.addNode(.unit(u), supply: -change)
                givers.append(u)
            } else if change > 0 {
                nodeOfUnit[u] = network.addNode(.unit(u), supply: -change)
                receivers.append(u)
            }
        }
        var inHub: [Int: Int] = [:], outHub: [Int: Int] = [:]
        for c in block.channels where delta.flow(c) > 0 {
            let (from, to) = data.channelPools[c]
            if outHub[from] == nil { outHub[from] = network.addNode(.hub, supply: 0) }
            if inHub[to] == nil { inHub[to] = network.addNode(.hub, supply: 0) }
        }
        for p in block.pools {
            let poolUnits = Set(data.pools.pools[p].units)
            let poolGivers = givers.filter { poolUnits.contains($0) }
            let poolReceivers = receivers.filter { poolUnits.contains($0) }
            let sources = poolGivers.map { nodeOfUnit[$0]! } + (inHub[p].map { [$0] } ?? [])
            addLanes(givers: poolGivers, receivers: poolReceivers, nodeOfUnit: nodeOfUnit, data: data, to: &network)
            if let hub = inHub[p] {
                for r in poolReceivers { network.addArc(from: hub, to: nodeOfUnit[r]!, cost: 0, lane: .channel) }
            }
            if let hub = outHub[p] {
                for s in sources { network.addArc(from: s, to: hub, cost: 0, lane: .channel) }
            }
            let held = allocation.reserve[p] - delta.base.reserve[p]
            if held > 0 {
                let sink = network.addNode(.reserve(p), supply: -held)
                for s in sources { network.addArc(from: s, to: sink, cost: 0, lane: .reserve) }
            } else if held < 0 {
                // The reserve releases quota: a source like a giver.
                let source = network.addNode(.reserve(p), supply: -held)
                for r in poolReceivers { network.addArc(from: source, to: nodeOfUnit[r]!, cost: 0, lane: .reserve) }
                if let hub = outHub[p] { network.addArc(from: source, to: hub, cost: 0, lane: .channel) }
            }
            let cancelled = delta.cancelled[p]
            if cancelled > 0 {
                let sink = network.addNode(.cancelled(p), supply: -cancelled)
                for s in sources { network.addArc(from: s, to: sink, cost: 0, lane: .cancelled) }
            }
        }
        for c in block.channels where delta.flow(c) > 0 {
            let (from, to) = data.channelPools[c]
            let flow = delta.flow(c)
            network.addArc(from: outHub[from]!, to: inHub[to]!, cost: data.scenario.channels[c].cost, lane: .channel, fixed: flow, channel: c)
        }
        if network.arcs.isEmpty { return TransferPlan(transfers: [], cost: 0) }
        let flows = try network.solve(with: solver, name: "transfers-\(block.index)")
        let transfers = network.decompose(flows)
        let cost = zip(network.arcs, flows).reduce(0.0) { $0 + $1.0.cost * Double($1.1) }
        return TransferPlan(transfers: transfers, cost: cost)
    }
}

extension TransferPlanner {
    /// Connects a pool's givers to its receivers through one hub per lane rather than one arc
    /// per pair: a hub per (region, department) priced `sameDepartment`, a hub per region
    /// priced `sameRegion`, and a hub per level on each side joined by arcs priced
    /// `downward`, `upward` or `sameLevel`.
    ///
    /// Why: a county institution pool has a hundred givers and a hundred receivers; pairwise
    /// arcs made the transfer plan the slowest phase on a province (ten thousand arcs a
    /// pool). Hubs need a few arcs per unit. A pair's price is the cheapest hub route open to
    /// it, which is its own lane's price while `sameDepartment ≤ sameRegion ≤ sameLevel`
    /// (the validator warns otherwise).
    fileprivate func addLanes(givers: [Int], receivers: [Int], nodeOfUnit: [Int: Int], data: ProblemData, to network: inout FlowNetwork) {
        guard !givers.isEmpty, !receivers.isEmpty else { return }
        let units = data.scenario.units
        let lanes = data.scenario.lanes
        func departmentKey(_ u: Int) -> String { units[u].region + "\u{1F}" + units[u].department }
        let giverDepartments = Set(givers.map(departmentKey)), giverRegions = Set(givers.map { units[$0].region })
        let receiverDepartments = Set(receivers.map(departmentKey)), receiverRegions = Set(receivers.map { units[$0].region })
        func level(_ u: Int) -> Level { data.tree.level(of: units[u].region) ?? .county }

        var departmentHub: [String: Int] = [:], regionHub: [String: Int] = [:]
        var outLevel: [Level: Int] = [:], inLevel: [Level: Int] = [:]
        for g in givers {
            let node = nodeOfUnit[g]!
            let department = departmentKey(g), region = units[g].region
            if receiverDepartments.contains(department) {
                let hub = departmentHub[department] ?? network.addNode(.hub, supply: 0)
                departmentHub[department] = hub
                network.addArc(from: node, to: hub, cost: lanes.sameDepartment, lane: .sameDepartment, priced: true)
            }
            if receiverRegions.contains(region) {
                let hub = regionHub[region] ?? network.addNode(.hub, supply: 0)
                regionHub[region] = hub
                network.addArc(from: node, to: hub, cost: lanes.sameRegion, lane: .sameRegion, priced: true)
            }
            let hub = outLevel[level(g)] ?? network.addNode(.hub, supply: 0)
            outLevel[level(g)] = hub
            network.addArc(from: node, to: hub, cost: 0, lane: .sameLevel)
        }
        for r in receivers {
            let node = nodeOfUnit[r]!
            if let hub = departmentHub[departmentKey(r)], giverDepartments.contains(departmentKey(r)) {
                network.addArc(from: hub, to: node, cost: 0, lane: .sameDepartment)
            }
            if let hub = regionHub[units[r].region], giverRegions.contains(units[r].region) {
                network.addArc(from: hub, to: node, cost: 0, lane: .sameRegion)
            }
            let hub = inLevel[level(r)] ?? network.addNode(.hub, supply: 0)
            inLevel[level(r)] = hub
            network.addArc(from: hub, to: node, cost: 0, lane: .sameLevel)
        }
        for from in Level.allCases {
            guard let out = outLevel[from] else { continue }
            for to in Level.allCases {
                guard let into = inLevel[to] else { continue }
                let lane: Transfer.Lane = from < to ? .downward : from > to ? .upward : .sameLevel
                network.addArc(from: out, to: into, cost: lanes.cost(of: lane), lane: lane, priced: true)
            }
        }
    }
}

extension LaneCosts {
    /// The price of one quota along a lane inside a pool.
    public func cost(of lane: Transfer.Lane) -> Double {
        switch lane {
        case .sameDepartment: return sameDepartment
        case .sameRegion: return sameRegion
        case .sameLevel: return sameLevel
        case .downward: return downward
        case .upward: return upward
        case .channel, .reserve, .cancelled: return 0
        }
    }
}
