import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi diff A B`: two allocations side by side.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two allocations: units whose quota differs, aggregates, rules that differ, objective parts.",
        discussion: """
            Each side is a result file (result.json written by `solve`) or a scenario file, solved on the fly. \
            Differences are B − A. Exit status 0 whether or not they differ; 1 when a scenario is infeasible; \
            65 when a file is invalid.
            """)

    @Argument(help: "Side A: result.json or a scenario (YAML).")
    var a: String

    @Argument(help: "Side B: result.json or a scenario (YAML).")
    var b: String

    @Option(name: .long, help: "Output: text, md (Markdown), csv (one table, UTF-8 with BOM) or json.")
    var format: DiffFormat = .text

    func run() throws {
        let source = ResultSource()
        let resultA = try ResultLoading.load(a, with: source)
        let resultB = try ResultLoading.load(b, with: source)
        let diff = AllocationDiff(a: resultA, b: resultB, labelA: a, labelB: b)
        let style = TerminalStyle.detect(isTerminal: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
        print(DiffRenderer(diff: diff, style: style).render(format.rendererFormat), terminator: "")
    }
}

/// Output formats of `diff`.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case text, md, csv, json

    var rendererFormat: DiffRenderer.Format { DiffRenderer.Format(rawValue: rawValue)! }
}

/// Loads a result or solves a scenario, printing failures and mapping them to exit codes.
enum ResultLoading {
    static func load(_ path: String, with source: ResultSource) throws -> SolveResult {
        do {
            return try source.load(path)
        } catch {
            switch error {
            case .unreadableResult(let failure):
                Terminal.error("\(failure)\n")
                throw ExitStatus.invalidScenario
            case .pipeline(_, .unreadable(let failure)): throw ScenarioReporting.unreadable(failure)
            case .pipeline(_, .invalidScenario(let report)): throw ScenarioReporting.invalid(report)
            case .pipeline(_, .solver(let failure)): throw ScenarioReporting.internalError("\(failure)")
            case .infeasible:
                Terminal.error("error: \(error)\n")
                throw ExitStatus.infeasible
            case .noAllocation:
                Terminal.error("error: \(error)\n")
                throw ExitStatus.internalError
            }
        }
    }
}
