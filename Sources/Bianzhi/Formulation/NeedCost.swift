import LinearProgramming

/// The cost of a unit's distance from its need, written so that the LP relaxation already
/// has an integral optimum.
///
/// Need is fractional and quota is whole. The natural rows `s ≥ n − x`, `e ≥ x − n` let the
/// relaxation set `x = n` exactly (cost 0), so GLPK must branch on almost every unit: a county
/// took minutes and the monolithic model never finished. Here the cost is the piecewise-linear
/// interpolation of the true cost between whole numbers — equal to it at every integer `x` —
/// with breakpoints at ⌊n⌋ and ⌈n⌉:
///
///     x + s − e₁ − e₂ = ⌊n⌋,   s ≥ 0,  0 ≤ e₁ ≤ 1,  e₂ ≥ 0
///     shortfall = w·s + w·f·(1 − e₁)        (f = n − ⌊n⌋)
///     excess    = v·(1 − f)·e₁ + v·e₂
///
/// Slopes rise from −w through `v(1 − f) − w·f` to `v`, so the function is convex and the
/// segments fill in order; with integral bounds and right-hand sides the rows stay a network
/// matrix, whose vertices are integral.
struct NeedCost {
    /// The unit's need.
    var need: Double
    /// Cost per quota of shortfall (already multiplied by the priority weight).
    var shortfallWeight: Double
    /// Cost per quota of excess.
    var excessWeight: Double

    /// The columns one unit's need adds, and how their values follow from a whole `x`.
    struct Columns: Sendable {
        /// `⌊n⌋`, the right-hand side of the need row.
        var base: Double
        /// Shortfall below `⌊n⌋`.
        var s: Variable
        /// The step from `⌊n⌋` to `⌈n⌉`; nil when the need is whole.
        var e1: Variable?
        /// Excess above `⌈n⌉`.
        var e2: Variable

        /// The cheapest values of the columns at the whole quota `x` (the segments fill in
        /// order): what the LP optimum holds once `x` is fixed.
        func values(x: Double) -> [(Variable, Double)] {
            let above = x - base
            var result = [(s, max(0, -above))]
            if let e1 {
                result.append((e1, min(1, max(0, above))))
                result.append((e2, max(0, above - 1)))
            } else {
                result.append((e2, max(0, above)))
            }
            return result
        }
    }

    /// Adds the columns and the row for one unit, and its share of the two objective terms.
    @discardableResult
    func add(to model: inout Model, x: Variable, id: String, shortfall: inout LinearExpression, excess: inout LinearExpression) -> Columns {
        let base = need.rounded(.down)
        let fraction = need - base
        let s = model.addVariable(name: "short[\(id)]")
        let e2 = model.addVariable(name: "excess[\(id)]")
        var row = LinearExpression(x) + LinearExpression(s) - LinearExpression(e2)
        var e1Column: Variable? = nil
        shortfall.add(s, shortfallWeight)
        excess.add(e2, excessWeight)
        if fraction > 1e-9 {
            let e1 = model.addVariable(name: "step[\(id)]", lowerBound: 0, upperBound: 1)
            row.add(e1, -1)
            shortfall.add(e1, -shortfallWeight * fraction)
            shortfall.constant += shortfallWeight * fraction
            excess.add(e1, excessWeight * (1 - fraction))
            e1Column = e1
        }
        model.addConstraint(row, .equal, base, name: "need[\(id)]")
        return Columns(base: base, s: s, e1: e1Column, e2: e2)
    }
}
