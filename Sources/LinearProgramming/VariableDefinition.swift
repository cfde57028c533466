/// The definition of one column of a ``Model``: its name, kind and bounds.
///
/// Bounds may be `-Double.infinity` / `+Double.infinity` for "no bound"; anything GLPK
/// would abort on (NaN, crossed bounds, fractional bounds on an integer variable) is
/// reported by ``Model/validate()`` instead of reaching the solver.
public struct VariableDefinition: Sendable, Equatable {
    /// Human-readable name, used in diagnostics and label maps only; never given to GLPK.
    public var name: String
    /// Continuous or integer.
    public var kind: VariableKind
    /// Smallest allowed value; `-infinity` for none.
    public var lowerBound: Double
    /// Largest allowed value; `+infinity` for none.
    public var upperBound: Double

    /// Makes a definition; bounds default to the usual non-negative column.
    public init(name: String, kind: VariableKind = .continuous,
                lowerBound: Double = 0, upperBound: Double = .infinity) {
        self.name = name
        self.kind = kind
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }
}
