import ArgumentParser
import Bianzhi

/// Prints pipeline failures the same way for every subcommand and maps them to exit codes.
enum ScenarioReporting {
    /// Prints the diagnostics of an invalid scenario and returns exit status 65.
    static func invalid(_ report: ValidationReport) -> ExitCode {
        for diagnostic in report.diagnostics { Terminal.error("\(diagnostic)\n") }
        Terminal.error("\(report.errors.count) error(s), \(report.warnings.count) warning(s): the scenario was not solved.\n")
        return ExitStatus.invalidScenario
    }

    /// Prints why a scenario file could not be loaded and returns exit status 65.
    static func unreadable(_ error: ScenarioLoadError) -> ExitCode {
        if let report = error.report { return invalid(report) }
        Terminal.error("\(error)\n")
        return ExitStatus.invalidScenario
    }

    /// Prints a solver failure (a bug, since the input was validated) and returns 70.
    static func internalError(_ message: String) -> ExitCode {
        Terminal.error("internal error: \(message)\nPlease report this with the scenario file.\n")
        return ExitStatus.internalError
    }

    /// Prints why output could not be written and returns 73 (cannot create) or 75 (busy).
    static func outputFailed(_ error: OutputError) -> ExitCode {
        Terminal.error("error: \(error)\n")
        switch error.kind {
        case .cannotCreate: return ExitStatus.cannotCreate
        case .busy: return ExitStatus.busy
        }
    }

    /// Prints warnings without failing.
    static func warnings(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { Terminal.error("\(diagnostic)\n") }
    }

    /// Loads and validates, printing problems; returns the scenario or throws the exit code.
    static func loadValid(_ path: String) throws -> Scenario {
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(path: path)
        } catch {
            throw unreadable(error)
        }
        let report = ScenarioValidator.validate(scenario)
        if report.hasErrors { throw invalid(report) }
        warnings(report.warnings)
        return scenario
    }
}
