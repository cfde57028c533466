import LinearProgramming
import Testing

@Suite("Minimum-cost flow (GLPK out-of-kilter)")
struct FlowProblemTests {
    let solver = GLPKSolver()

    @Test("two sources, one sink: the cheap path fills to capacity, the rest goes the dear way")
    func twoPaths() throws {
        // s (supply 5) → t (demand 7) directly at cost 4, or s → m → t at 1 + 1 = 2 with
        // capacity 3 on s → m; r (supply 2) → t at cost 3.
        // Optimum: 3 units via m (6), 2 directly (8), r's 2 (6) = 20.
        var network = FlowProblem()
        let s = network.addNode(supply: 5), m = network.addNode(), t = network.addNode(supply: -7)
        let r = network.addNode(supply: 2)
        let direct = network.addArc(.init(from: s, to: t, capacity: 10, cost: 4))
        let viaM = network.addArc(.init(from: s, to: m, capacity: 3, cost: 1))
        let mt = network.addArc(.init(from: m, to: t, capacity: 10, cost: 1))
        let rt = network.addArc(.init(from: r, to: t, capacity: 10, cost: 3))
        let result = try #require(solver.solve(network))
        #expect(result.status == .optimal)
        #expect(result.cost == 20)
        #expect(result.flows[direct] == 2 && result.flows[viaM] == 3 && result.flows[mt] == 3 && result.flows[rt] == 2)
    }

    @Test("a lower bound forces flow along a dearer arc")
    func lowerBound() throws {
        var network = FlowProblem()
        let s = network.addNode(supply: 4), t = network.addNode(supply: -4)
        let cheap = network.addArc(.init(from: s, to: t, capacity: 10, cost: 1))
        let dear = network.addArc(.init(from: s, to: t, lower: 3, capacity: 10, cost: 5))
        let result = try #require(solver.solve(network))
        #expect(result.status == .optimal)
        #expect(result.flows[cheap] == 1 && result.flows[dear] == 3)
        #expect(result.cost == 16)
    }

    @Test("more demand than the arcs can carry is infeasible")
    func infeasible() throws {
        var network = FlowProblem()
        let s = network.addNode(supply: 5), t = network.addNode(supply: -5)
        network.addArc(.init(from: s, to: t, capacity: 4, cost: 1))
        #expect(try #require(solver.solve(network)).status == .infeasible)
    }

    @Test("data GLPK cannot take is refused before GLPK sees it, not aborted on")
    func outOfRange() throws {
        var unbalanced = FlowProblem()
        unbalanced.addNode(supply: 1)
        #expect(!unbalanced.isWithinSolverRange)
        #expect(try #require(solver.solve(unbalanced)).status == .failed("network data outside GLPK's range"))
        var huge = FlowProblem()
        let a = huge.addNode(supply: 1), b = huge.addNode(supply: -1)
        huge.addArc(.init(from: a, to: b, capacity: 1, cost: FlowProblem.largestMagnitude + 1))
        #expect(!huge.isWithinSolverRange)
        var inverted = FlowProblem()
        let c = inverted.addNode(), d = inverted.addNode()
        inverted.addArc(.init(from: c, to: d, lower: 2, capacity: 1, cost: 0))
        #expect(!inverted.isWithinSolverRange)
    }

    @Test("relaxation first and branch-and-cut agree on a MIP whose relaxation is fractional")
    func strategiesAgree() throws {
        // max 5a + 4b, 6a + 4b ≤ 24, a + 2b ≤ 6, integers: LP optimum (3, 1.5) = 21 is
        // fractional; the integer optimum is (4, 0) = 20 ((3, 1) = 19, (2, 2) = 18).
        var model = Model()
        let a = model.addVariable(name: "a", kind: .integer, upperBound: 10)
        let b = model.addVariable(name: "b", kind: .integer, upperBound: 10)
        model.addConstraint(LinearExpression(terms: [.init(variable: a, coefficient: 6), .init(variable: b, coefficient: 4)]), .lessOrEqual, 24, name: "r1")
        model.addConstraint(LinearExpression(terms: [.init(variable: a, coefficient: 1), .init(variable: b, coefficient: 2)]), .lessOrEqual, 6, name: "r2")
        model.setObjective(LinearExpression(terms: [.init(variable: a, coefficient: 5), .init(variable: b, coefficient: 4)]), sense: .maximize)
        for strategy in MIPStrategy.allCases {
            let solution = try solver.solve(model, options: SolverOptions(mipStrategy: strategy))
            #expect(solution.status == .optimal)
            #expect(solution.objectiveValue == 20)
            #expect(solution.values == [4, 0])
        }
    }
}
