import ArgumentParser

/// The exit statuses promised in the README ("Exit statuses across commands"), one name per
/// documented code; every command exits through these, never a bare number.
enum ExitStatus {
    /// Done: solved, valid, written.
    static let success = ExitCode(0)
    /// No allocation exists: the rules cannot all hold (or none was found within the time limit).
    static let infeasible = ExitCode(1)
    /// A usage error: a bad option value, a missing argument, an unknown or ambiguous unit, an
    /// output that exists without `--force` (ArgumentParser's own is 64; the README promises 2).
    static let usage = ExitCode(2)
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
