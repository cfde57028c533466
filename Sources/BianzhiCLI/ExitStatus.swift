import ArgumentParser

/// The exit statuses promised in the README.
enum ExitStatus {
    /// The rules cannot all hold.
    static let infeasible = ExitCode(1)
    /// The scenario is malformed or contradictory (EX_DATAERR).
    static let invalidScenario = ExitCode(65)
    /// A bug or an environment failure (EX_SOFTWARE).
    static let internalError = ExitCode(70)
}
