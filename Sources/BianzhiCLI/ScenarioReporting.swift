import ArgumentParser
import Bianzhi

/// Prints pipeline failures the same way for every subcommand and maps them to exit codes.
enum ScenarioReporting {
    /// Prints the diagnostics of an invalid scenario and returns exit status 65.
    static func invalid(_ report: ValidationReport, _ language: Language) -> ExitCode {
        for diagnostic in report.diagnostics { Terminal.error(diagnostic.rendered(language) + "\n") }
        Terminal.say(.notSolved(errors: report.errors.count, warnings: report.warnings.count), language)
        return ExitStatus.invalidScenario
    }

    /// Prints why a scenario file could not be loaded and returns exit status 65.
    static func unreadable(_ error: ScenarioLoadError, _ language: Language) -> ExitCode {
        if let report = error.report { return invalid(report, language) }
        Terminal.error(error.rendered(language) + "\n")
        return ExitStatus.invalidScenario
    }

    /// Prints a solver failure (a bug, since the input was validated) and returns 70.
    static func internalError(_ message: String, _ language: Language) -> ExitCode {
        Terminal.say(.internalError(detail: message), language)
        return ExitStatus.internalError
    }

    /// Prints why output could not be written and returns 73 (cannot create) or 75 (busy).
    static func outputFailed(_ error: OutputError, _ language: Language) -> ExitCode {
        Terminal.say(.error(detail: error.rendered(language)), language)
        switch error.kind {
        case .cannotCreate: return ExitStatus.cannotCreate
        case .busy: return ExitStatus.busy
        }
    }

    /// Prints warnings without failing.
    static func warnings(_ diagnostics: [Diagnostic], _ language: Language) {
        for diagnostic in diagnostics { Terminal.error(diagnostic.rendered(language) + "\n") }
    }

    /// Loads and validates, printing problems; returns the scenario or throws the exit code.
    static func loadValid(_ path: String, _ language: Language) throws -> Scenario {
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(path: path)
        } catch {
            throw unreadable(error, language)
        }
        let report = ScenarioValidator.validate(scenario)
        if report.hasErrors { throw invalid(report, language) }
        warnings(report.warnings, language)
        return scenario
    }
}
