/// Something that solves a ``Model``; the domain layer depends on this, not on GLPK, so a
/// different backend (or a test double) can be substituted.
public protocol Solver: Sendable {
    /// Solves `model` synchronously and returns what was established; throws only when no
    /// solve could be attempted (invalid model or options). Infeasible and unbounded models
    /// are results, not errors.
    func solve(_ model: Model, options: SolverOptions) throws(SolverError) -> Solution
}
