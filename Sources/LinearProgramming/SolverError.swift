/// Why a solve produced no ``Solution`` at all (as opposed to an infeasible or unbounded one).
public enum SolverError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The model failed ``Model/validate()``; GLPK was never called, because it would have
    /// aborted the process.
    case invalidModel([ModelIssue])
    /// The solver could not be run (for example an invalid option); the string says why.
    case solverFailure(String)

    /// A sentence for logs and the command line.
    public var description: String {
        switch self {
        case .invalidModel(let issues):
            return "invalid model: " + issues.map(\.message).joined(separator: "; ")
        case .solverFailure(let reason):
            return "solver failure: \(reason)"
        }
    }
}
