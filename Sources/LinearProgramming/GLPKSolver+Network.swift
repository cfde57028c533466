import CGLPK

/// Data GLPK keeps per vertex: the supply.
private struct VertexData {
    var rhs: Double
}

/// Data GLPK keeps per arc: bounds, cost, and the flow it writes back.
private struct ArcData {
    var low: Double
    var cap: Double
    var cost: Double
    var x: Double
}

extension GLPKSolver {
    /// Solves a minimum-cost flow with the out-of-kilter algorithm (`glp_mincost_okalg`),
    /// which proves its flow optimal. (Debian's GLPK 5.0 aborts in `glp_mincost_relax4`:
    /// "temporarily disabled due to licensing problems".) Same thread rules as ``solve(_:options:)``: the graph is
    /// created, solved and deleted in this call.
    public func solve(_ network: FlowProblem) -> FlowSolution? {
        guard network.isWithinSolverRange else {
            return FlowSolution(status: .failed("network data outside GLPK's range"), flows: [], cost: .nan)
        }
        let graph = glp_create_graph(Int32(MemoryLayout<VertexData>.size), Int32(MemoryLayout<ArcData>.size))!
        defer {
            glp_delete_graph(graph)
            if Self.freesEnvironment { glp_free_env() }
        }
        if !network.supplies.isEmpty { glp_add_vertices(graph, Int32(network.supplies.count)) }
        let vertices = graph.pointee.v!
        for (i, supply) in network.supplies.enumerated() {
            vertices[i + 1]!.pointee.data.assumingMemoryBound(to: VertexData.self).pointee = VertexData(rhs: Double(supply))
        }
        var arcs: [UnsafeMutablePointer<glp_arc>] = []
        arcs.reserveCapacity(network.arcs.count)
        for arc in network.arcs {
            let a = glp_add_arc(graph, Int32(arc.from + 1), Int32(arc.to + 1))!
            a.pointee.data.assumingMemoryBound(to: ArcData.self).pointee =
                ArcData(low: Double(arc.lower), cap: Double(arc.capacity), cost: Double(arc.cost), x: 0)
            arcs.append(a)
        }
        var cost = 0.0
        let code = glp_mincost_okalg(
            graph, Int32(MemoryLayout<VertexData>.offset(of: \.rhs)!),
            Int32(MemoryLayout<ArcData>.offset(of: \.low)!), Int32(MemoryLayout<ArcData>.offset(of: \.cap)!),
            Int32(MemoryLayout<ArcData>.offset(of: \.cost)!), &cost,
            Int32(MemoryLayout<ArcData>.offset(of: \.x)!), -1)
        switch code {
        case 0:
            let flows = arcs.map { Int($0.pointee.data.assumingMemoryBound(to: ArcData.self).pointee.x.rounded()) }
            return FlowSolution(status: .optimal, flows: flows, cost: cost)
        case GLP_ENOPFS:
            return FlowSolution(status: .infeasible, flows: [], cost: .nan)
        default:
            return FlowSolution(status: .failed("glp_mincost_okalg returned \(code) (\(Self.meaning(of: code)))"), flows: [], cost: .nan)
        }
    }
}
