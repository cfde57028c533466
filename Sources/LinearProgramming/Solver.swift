/// Something that solves a ``Model``; the domain layer depends on this, not on GLPK, so a
/// different backend (or a test double) can be substituted.
public protocol Solver: Sendable {
    /// Solves `model` synchronously and returns what was established; throws only when no
    /// solve could be attempted (invalid model or options). Infeasible and unbounded models
    /// are results, not errors.
    func solve(_ model: Model, options: SolverOptions) throws(SolverError) -> Solution
    /// Solves a minimum-cost flow problem; nil when the backend has no network solver.
    func solve(_ network: FlowProblem) -> FlowSolution?
}

extension Solver {
    /// Solves a minimum-cost flow problem, or returns nil when the backend has no network
    /// solver (callers then solve the equivalent ``Model``).
    public func solve(_ network: FlowProblem) -> FlowSolution? { nil }
}
