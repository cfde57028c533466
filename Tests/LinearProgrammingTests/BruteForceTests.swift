import Testing
import LinearProgramming
import SeededRandom

/// GLPK against exhaustive enumeration on small random integer programs: every variable is
/// an integer in a small box, so the true optimum (or infeasibility) is known exactly.
@Suite("Brute force comparison")
struct BruteForceTests {
    struct Row {
        var coefficients: [Int]
        var relation: Relation
        var rhs: Int

        func holds(_ point: [Int]) -> Bool {
            let lhs = zip(coefficients, point).reduce(0) { $0 + $1.0 * $1.1 }
            switch relation {
            case .lessOrEqual: return lhs <= rhs
            case .greaterOrEqual: return lhs >= rhs
            case .equal: return lhs == rhs
            }
        }
    }

    struct Case {
        var boxes: [ClosedRange<Int>]
        var rows: [Row]
        var objective: [Int]
        var maximize: Bool

        init(rng: inout SplitMix64) {
            let n = rng.int(2...3)
            boxes = (0..<n).map { _ in
                let low = rng.int(-3...1)
                return low...(low + rng.int(0...4))
            }
            rows = (0..<rng.int(1...3)).map { _ in
                let relations: [Relation] = [.lessOrEqual, .greaterOrEqual, .equal]
                return Row(coefficients: (0..<n).map { _ in rng.int(-5...5) },
                           relation: relations[rng.int(0...2)], rhs: rng.int(-8...8))
            }
            objective = (0..<n).map { _ in rng.int(-5...5) }
            maximize = rng.int(0...1) == 1
        }

        /// Best objective over all integer points, or nil when none is feasible.
        func enumerate() -> Int? {
            var best: Int?
            func visit(_ prefix: [Int]) {
                if prefix.count == boxes.count {
                    guard rows.allSatisfy({ $0.holds(prefix) }) else { return }
                    let value = zip(objective, prefix).reduce(0) { $0 + $1.0 * $1.1 }
                    if let current = best {
                        best = maximize ? max(current, value) : min(current, value)
                    } else {
                        best = value
                    }
                    return
                }
                for v in boxes[prefix.count] { visit(prefix + [v]) }
            }
            visit([])
            return best
        }

        func model() -> (Model, [Variable]) {
            var model = Model(name: "random")
            let x = boxes.enumerated().map {
                model.addVariable(name: "x\($0.offset)", kind: .integer,
                                  lowerBound: Double($0.element.lowerBound), upperBound: Double($0.element.upperBound))
            }
            for (i, row) in rows.enumerated() {
                var e = LinearExpression()
                for (j, a) in row.coefficients.enumerated() { e.add(x[j], Double(a)) }
                model.addConstraint(e, row.relation, Double(row.rhs), name: "row\(i)")
            }
            var objective = LinearExpression()
            for (j, c) in self.objective.enumerated() { objective.add(x[j], Double(c)) }
            model.setObjective(objective, sense: maximize ? .maximize : .minimize)
            return (model, x)
        }
    }

    @Test("50 random integer programs match enumeration", arguments: 0..<50)
    func matchesEnumeration(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed) &* 7919 &+ 1)
        let problem = Case(rng: &rng)
        let (model, x) = problem.model()
        let solution = try GLPKSolver().solve(model, options: SolverOptions())
        guard let best = problem.enumerate() else {
            #expect(solution.status == .infeasible)
            return
        }
        #expect(solution.status == .optimal)
        #expect(solution.objectiveValue == Double(best))
        // Ties allow another optimal point, so check the returned one is feasible and integral.
        let point = x.map { Int(solution.value($0)) }
        #expect(point.map(Double.init) == solution.values)
        #expect(problem.rows.allSatisfy { $0.holds(point) })
        #expect(zip(problem.boxes, point).allSatisfy { $0.0.contains($0.1) })
    }

    @Test("the random family covers both feasible and infeasible cases")
    func familyIsMixed() {
        let outcomes = (0..<50).map { seed -> Bool in
            var rng = SplitMix64(seed: UInt64(seed) &* 7919 &+ 1)
            return Case(rng: &rng).enumerate() != nil
        }
        #expect(outcomes.contains(true))
        #expect(outcomes.contains(false))
    }
}
