import LinearProgramming
import SeededRandom

/// Models used by more than one test file.
enum HardModels {
    /// A multi-dimensional 0-1 knapsack with correlated data: GLPK's branch and bound, with
    /// cuts off, needs far longer than a second to prove optimality, but its rounding
    /// heuristic finds incumbents early. Built from a fixed seed.
    static func multiKnapsack(items: Int = 60, dimensions: Int = 5, seed: UInt64 = 7) -> Model {
        var rng = SplitMix64(seed: seed)
        var model = Model(name: "multi-knapsack")
        let x = (0..<items).map { model.addVariable(name: "x\($0)", kind: .integer, lowerBound: 0, upperBound: 1) }
        var profit = [Double](repeating: 0, count: items)
        for d in 0..<dimensions {
            var row = LinearExpression()
            var total = 0
            for i in 0..<items {
                let weight = rng.int(1_000...10_000)
                total += weight
                profit[i] += Double(weight)
                row.add(x[i], Double(weight))
            }
            model.addConstraint(row, .lessOrEqual, Double(total / 2), name: "capacity\(d)")
        }
        var objective = LinearExpression()
        for i in 0..<items {
            objective.add(x[i], profit[i] / Double(dimensions) + Double(rng.int(0...500)))
        }
        model.setObjective(objective, sense: .maximize)
        return model
    }
}
