import LinearProgramming

/// The columns a unit's cost adds beside its quota column `x` (need shortfall and excess,
/// soft need protection, gain and cut), with their cheapest values at a whole `x`: exactly what an LP optimum holds
/// once `x` is fixed, since each is priced at a non-negative rate.
public struct UnitCostColumns: Sendable {
    /// The unit's current quota (right-hand side of the move row).
    var quota: Double
    /// Need columns; nil when the unit states no need.
    var need: NeedCost.Columns?
    /// Gain and cut columns; nil when moves are not priced.
    var move: (g: Variable, c: Variable)?
    /// Soft need protection: the column priced per quota below `floor` (`x + y ≥ floor`).
    var protect: (y: Variable, floor: Double)?

    /// Where the cost changes slope besides the bounds: the need's breakpoints, the soft
    /// protection floor and the current quota.
    var breakpoints: [Double] {
        var points = [quota]
        if let need {
            points.append(need.base)
            if need.e1 != nil { points.append(need.base + 1) }
        }
        if let protect { points.append(protect.floor) }
        return points
    }

    /// `Σ price(column) · value(column)` at quota `x`, without building the list of values
    /// (called a few times per unit when a block is written as a flow).
    func cost(x: Double, price: (Variable) -> Double) -> Double {
        var total = 0.0
        if let need {
            let above = x - need.base
            total += price(need.s) * max(0, -above)
            if let e1 = need.e1 {
                total += price(e1) * min(1, max(0, above)) + price(need.e2) * max(0, above - 1)
            } else {
                total += price(need.e2) * max(0, above)
            }
        }
        if let move {
            total += price(move.g) * max(0, x - quota) + price(move.c) * max(0, quota - x)
        }
        if let protect { total += price(protect.y) * max(0, protect.floor - x) }
        return total
    }

    /// The values of these columns at quota `x`.
    func values(x: Double) -> [(Variable, Double)] {
        var result = need?.values(x: x) ?? []
        if let move {
            result.append((move.g, max(0, x - quota)))
            result.append((move.c, max(0, quota - x)))
        }
        if let protect { result.append((protect.y, max(0, protect.floor - x))) }
        return result
    }
}
