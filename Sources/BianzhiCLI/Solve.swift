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

    @OptionGroup var threadsOption: ThreadsOption
    /// The validated `--threads`.
    var threads: Int { threadsOption.threads }

    @Option(name: .long, help: ArgumentHelp(HelpText.solveFormat.text(CLILanguage.help)))
    var format: OutputFormat = .text

    @Option(name: .long, help: ArgumentHelp(HelpText.solveRows.text(CLILanguage.help)))
    var rows: Int = 60

    @Option(name: .long, help: ArgumentHelp(HelpText.solveWorkbook.text(CLILanguage.help)))
    var workbook: WorkbookPolicy = .auto

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let l = language.language
        if let timeLimit, !(timeLimit > 0) { throw ValidationError(CLIMessage.positiveSeconds(option: "--time-limit").text(l)) }
        if rows < 0 { throw ValidationError(CLIMessage.notNegative(option: "--rows").text(l)) }
        if out?.isEmpty == true { throw ValidationError(CLIMessage.nameAFolder(option: "--out").text(l)) }
    }

    func run() throws {
        let l = language.language
        let progress = ProgressLine(label: CLIMessage.solving(scenario: scenario).text(l), language: l)
        progress.start()
        let output: PipelineOutput
        do {
            // With --out the explanation is read from this solve: its LP duals are kept (up to
            // the size where they are part of the explanation).
            let pipeline = SolvePipeline(options: SolveOptions(threads: threads, timeLimit: timeLimit))
            output = try pipeline.run(path: scenario) { units in out != nil && ReportFiles.explainsWithDuals(units: units) }
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
        // Why no allocation: the conflict and the ways out, for the terminal and the reports.
        // The same path as `explain`: the failed exact checks and every block, or the blocks
        // the solver found infeasible.
        var conflict: Explanation? = nil
        if result.status == "infeasible" {
            do {
                conflict = try Explainer(threads: threads, language: l).explainInfeasible(
                    output.data, checks: output.checks.map { $0.conflict(l) },
                    blocks: output.checks.isEmpty ? output.run.infeasibleBlocks : nil)
            } catch {
                throw ScenarioReporting.internalError("\(error)", l)
            }
        }
        // With --out, result.json is rendered once: for the file and for --format json.
        var json: Data? = nil, written: [String] = []
        if let out, let conflict {
            do {
                // Infeasible: result.json, explanation.json and the reports stating the conflict
                // and the ways out; no allocation to tabulate (the folder's old allocation files
                // go, as the set owns their names).
                var files = ResultFiles.conflictSet(result, explanation: conflict)
                ReportFiles.add(result, explanation: conflict, language: l, to: &files)
                try files.write(to: out)
                written = files.names
            } catch {
                throw ScenarioReporting.outputFailed(error, l)
            }
        } else if let out, result.status == "optimal" || result.status == "feasible" {
            do {
                // The explanation of this very solve (its duals, its blocks), written beside the
                // result; the reports carry it. One that fails is left out rather than failing
                // the solve.
                var explanation: Explanation? = nil
                if let allocation = output.allocation {
                    explanation = try? ReportFiles.explainer(units: output.data.scenario.units.count, threads: threads, language: l)
                        .explainSolved(output.data, run: output.run, allocation: allocation)
                }
                let set = try ResultFiles.completeSet(result, explanation: explanation, language: l, workbook: workbook)
                try set.files.write(to: out)
                json = set.json
                written = set.files.names
            } catch {
                throw ScenarioReporting.outputFailed(error, l)
            }
        }
        switch format {
        case .text:
            let style = TerminalStyle.detect(isTerminal: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
            print(SolveSummary(result: result, rowLimit: rows, style: style, language: l).render(), terminator: "")
        case .json:
            if let json {
                fflush(nil)  // what print() buffered goes first
                FileHandle.standardOutput.write(json)
            } else {
                print(ResultFiles.json(result), terminator: "")
            }
        }
        if let conflict {
            // Why: the conflict and the ways out (text on stdout, or on stderr beside JSON).
            // Beside the text summary the name is already printed; on stderr it is not.
            let text = ExplanationRenderer(conflict, language: l).render(showingScenario: format != .text)
            if format == .text { print("\n" + text, terminator: "") } else { Terminal.error(text) }
        }
        if let out, !written.isEmpty {
            Terminal.say(.wrote(files: written, folder: out), l)
            if workbook == .auto, !written.contains(ResultFiles.workbookName), WorkbookPolicy.always.writes(units: result.units.count) {
                Terminal.say(.workbookLeftOut(units: result.units.count, limit: WorkbookPolicy.autoUnitLimit), l)
            }
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
extension WorkbookPolicy: ExpressibleByArgument {}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
