import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi solve SCENARIO`: the optimal allocation and the transfer plan.
struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.solve.text(CLILanguage.help))

    @Argument(help: ArgumentHelp(HelpText.scenarioFile.text(CLILanguage.help)))
    var scenario: String

    @Option(name: .long, help: ArgumentHelp(HelpText.solveOut.text(CLILanguage.help)))
    var out: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.solveTimeLimit.text(CLILanguage.help)))
    var timeLimit: Double?

    @Option(name: .long, help: ArgumentHelp(HelpText.threads.text(CLILanguage.help)))
    var threads: Int = SolveOptions.defaultThreads

    @Option(name: .long, help: ArgumentHelp(HelpText.solveFormat.text(CLILanguage.help)))
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp(HelpText.solveRows.text(CLILanguage.help)))
    var rows: Int = 60

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let l = language.language
        if let timeLimit, !(timeLimit > 0) { throw ValidationError(CLIMessage.positiveSeconds(option: "--time-limit").text(l)) }
        if threads < 1 { throw ValidationError(CLIMessage.atLeastOne(option: "--threads").text(l)) }
        if rows < 0 { throw ValidationError(CLIMessage.notNegative(option: "--rows").text(l)) }
        if out?.isEmpty == true { throw ValidationError(CLIMessage.nameAFolder(option: "--out").text(l)) }
    }

    func run() throws {
        let l = language.language
        let progress = ProgressLine(label: CLIMessage.solving(scenario: scenario).text(l), language: l)
        progress.start()
        let output: PipelineOutput
        do {
            output = try SolvePipeline(options: SolveOptions(threads: threads, timeLimit: timeLimit)).run(path: scenario)
            progress.stop()
        } catch {
            progress.stop()
            switch error {
            case .unreadable(let error): throw ScenarioReporting.unreadable(error, l)
            case .invalidScenario(let report): throw ScenarioReporting.invalid(report, l)
            case .solver(let failure): throw ScenarioReporting.internalError("\(failure)", l)
            }
        }
        ScenarioReporting.warnings(output.warnings, l)
        let result = output.result
        var written: [String] = []
        // Why no allocation: the conflict and the ways out, for the terminal and the reports.
        var conflict: Explanation? = nil
        if result.status == "infeasible" {
            do {
                conflict = try Explainer(threads: threads).explainInfeasible(output.data)
            } catch {
                throw ScenarioReporting.internalError("\(error)", l)
            }
        }
        if let out, ["optimal", "feasible", "infeasible"].contains(result.status) {
            do {
                // Infeasible: result.json and the reports only (no allocation to tabulate); the
                // folder's old allocation files go, as the set owns their names.
                var files = conflict == nil ? try ResultFiles.fileSet(result, language: l) : ResultFiles.conflictSet(result)
                // The reports explain the allocation too (or, infeasible, the conflict); an
                // explanation that fails is left out rather than failing the solve, and it
                // measures few pools to stay quick.
                let explanation = conflict
                    ?? (try? Explainer(threads: threads, measureLimit: ReportFiles.explanationMeasureLimit).explain(output.data.scenario))
                ReportFiles.add(result, explanation: explanation, language: l, to: &files)
                try files.write(to: out)
                written = files.names
            } catch {
                throw ScenarioReporting.outputFailed(error, l)
            }
        }
        switch format {
        case .text:
            let style = TerminalStyle.detect(isTerminal: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
            print(SolveSummary(result: result, rowLimit: rows, style: style, language: l).render(), terminator: "")
        case .json: print(ResultFiles.json(result), terminator: "")
        }
        if let conflict {
            // Why: the conflict and the ways out (text on stdout, or on stderr beside JSON).
            // Beside the text summary the name is already printed; on stderr it is not.
            let text = ExplanationRenderer(conflict, language: l).render(showingScenario: format != .text)
            if format == .text { print("\n" + text, terminator: "") } else { Terminal.error(text) }
        }
        if let out, !written.isEmpty {
            Terminal.say(.wrote(files: written, folder: out), l)
        }
        switch result.status {
        case "optimal", "feasible": return
        case "infeasible": throw ExitStatus.infeasible
        case "noSolution":
            Terminal.say(.noAllocationWithinLimit(seconds: timeLimit.map { "\($0)" } ?? "?"), l)
            throw ExitStatus.infeasible
        default: throw ExitStatus.internalError
        }
    }
}

/// Output formats of `solve`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
