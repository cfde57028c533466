/// The comparison between an expression and its right-hand side in a constraint.
public enum Relation: Sendable {
    /// expression ≤ right-hand side
    case lessOrEqual
    /// expression ≥ right-hand side
    case greaterOrEqual
    /// expression = right-hand side
    case equal
}
