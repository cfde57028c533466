/// What a solve established about the model.
public enum SolutionStatus: Sendable, Equatable, CustomStringConvertible {
    /// An optimum was proven — within ``SolverOptions/relativeGap`` when that is positive
    /// (``Solution/gap`` then says how close).
    case optimal
    /// The search stopped (time limit) with an integer-feasible incumbent whose optimality
    /// is not proven; ``Solution/gap`` bounds how far from optimal it can be.
    case feasible
    /// No point satisfies all constraints (and, for a MIP, the integrality requirements).
    case infeasible
    /// The objective can be improved without limit.
    case unbounded
    /// The time limit expired before any feasible point was found.
    case timeLimitWithoutSolution
    /// The solver gave up for another reason; the string names GLPK's code.
    case failed(String)

    /// A short phrase for logs and reports.
    public var description: String {
        switch self {
        case .optimal: "optimal"
        case .feasible: "feasible (not proven optimal)"
        case .infeasible: "infeasible"
        case .unbounded: "unbounded"
        case .timeLimitWithoutSolution: "time limit reached without a feasible solution"
        case .failed(let reason): "failed: \(reason)"
        }
    }
}
