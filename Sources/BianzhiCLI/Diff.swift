import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi diff A B`: two allocations side by side.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.diff.text(CLILanguage.help),
        discussion: HelpText.diffDiscussion.text(CLILanguage.help))

    @Argument(help: ArgumentHelp(HelpText.diffA.text(CLILanguage.help)))
    var a: String

    @Argument(help: ArgumentHelp(HelpText.diffB.text(CLILanguage.help)))
    var b: String

    @Option(name: .long, help: ArgumentHelp(HelpText.diffFormat.text(CLILanguage.help)))
    var format: DiffFormat = .text

    @OptionGroup var language: LanguageOption

    func run() throws {
        let source = ResultSource()
        let resultA = try ResultLoading.load(a, with: source, language.language)
        let resultB = try ResultLoading.load(b, with: source, language.language)
        let diff = AllocationDiff(a: resultA, b: resultB, labelA: a, labelB: b)
        let style = TerminalStyle.detect(isTerminal: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
        print(DiffRenderer(diff: diff, style: style, language: language.language).render(format.rendererFormat), terminator: "")
    }
}

/// Output formats of `diff`.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, md, csv, json

    var rendererFormat: DiffRenderer.Format { DiffRenderer.Format(rawValue: rawValue)! }
}

/// Loads a result or solves a scenario, printing failures and mapping them to exit codes.
enum ResultLoading {
    static func load(_ path: String, with source: ResultSource, _ language: Language) throws -> SolveResult {
        do {
            return try source.load(path)
        } catch {
            switch error {
            case .unreadableResult(let failure):
                // Located diagnostics, one per line, each with its own `error:` frame.
                Terminal.error(failure.rendered(language) + "\n")
                throw ExitStatus.invalidScenario
            case .pipeline(_, .unreadable(let failure)): throw ScenarioReporting.unreadable(failure, language)
            case .pipeline(_, .invalidScenario(let report)): throw ScenarioReporting.invalid(report, language)
            case .pipeline(_, .solver(let failure)): throw ScenarioReporting.internalError("\(failure)", language)
            case .infeasible(let path):
                Terminal.say(.error(detail: CLIMessage.scenarioInfeasible(path: path).text(language)), language)
                throw ExitStatus.infeasible
            case .noAllocation(let path, let status):
                Terminal.say(.error(detail: CLIMessage.scenarioWithoutAllocation(path: path, status: status).text(language)), language)
                throw ExitStatus.internalError
            }
        }
    }
}
