import ArgumentParser

/// The exit statuses promised in the README.
enum ExitStatus {
    /// The rules cannot all hold.
    static let infeasible = ExitCode(1)
    /// The scenario is malformed or contradictory (EX_DATAERR).
    static let invalidScenario = ExitCode(65)
    /// A bug or an environment failure (EX_SOFTWARE).
    static let internalError = ExitCode(70)
    /// An output folder or file cannot be created or written: read-only, full, something in
    /// the way (EX_CANTCREAT).
    static let cannotCreate = ExitCode(73)
    /// Another bianzhi held the output's lock past the bounded wait (EX_TEMPFAIL: try again).
    static let busy = ExitCode(75)
}
