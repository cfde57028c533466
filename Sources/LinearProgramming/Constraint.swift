/// One row of a ``Model``: `lowerBound ≤ Σ aⱼ·xⱼ ≤ upperBound`.
///
/// Every relation is stored as a range so the backend and the MPS writer need only one
/// mapping to bound types; an equality has equal bounds, a one-sided row an infinite one.
public struct Constraint: Sendable, Equatable {
    /// Human-readable name for diagnostics and label maps; never given to GLPK.
    public var name: String
    /// The row's left-hand side, normalised (merged, sorted, no zeros) and with constant 0:
    /// any constant was moved into the bounds when the constraint was added.
    public var expression: LinearExpression
    /// Smallest allowed activity; `-infinity` for none.
    public var lowerBound: Double
    /// Largest allowed activity; `+infinity` for none.
    public var upperBound: Double

    /// Makes a row from its parts as given; ``Model`` normalises before it stores one.
    public init(name: String, expression: LinearExpression, lowerBound: Double, upperBound: Double) {
        self.name = name
        self.expression = expression
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }
}
