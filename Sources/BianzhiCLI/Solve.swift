import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi solve SCENARIO`: the optimal allocation and the transfer plan.
struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Solve a scenario: the new allocation, the transfer plan and a summary.")

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @Option(name: .long, help: "Write result.json, allocation.csv, transfers.csv, explanation.json, report.md and report.html into this folder (atomically).")
    var out: String?

    @Option(name: .long, help: "Stop after this many seconds and report the best allocation found, marked as not proven optimal.")
    var timeLimit: Double?

    @Option(name: .long, help: "Threads solving independent blocks (default: the number of cores).")
    var threads: Int = SolveOptions.defaultThreads

    @Option(name: .long, help: "Output on stdout: text (a summary for people) or json (result.json).")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Rows of the unit and transfer tables in the text summary.")
    var rows: Int = 60

    func validate() throws {
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds.") }
        if threads < 1 { throw ValidationError("--threads must be at least 1.") }
        if rows < 0 { throw ValidationError("--rows must be 0 or more.") }
        if out?.isEmpty == true { throw ValidationError("--out must name a folder.") }
    }

    func run() throws {
        let progress = ProgressLine(label: "solving \(scenario)…")
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
            case .unreadable(let error): throw ScenarioReporting.unreadable(error)
            case .invalidScenario(let report): throw ScenarioReporting.invalid(report)
            case .solver(let failure): throw ScenarioReporting.internalError("\(failure)")
            }
        }
        ScenarioReporting.warnings(output.warnings)
        let result = output.result
        // With --out, result.json is rendered once: for the file and for --format json.
        var json: String? = nil
        if let out, result.status == "optimal" || result.status == "feasible" {
            do {
                // The explanation of this very solve (its duals, its blocks), written beside the
                // result; the reports carry it. One that fails is left out rather than failing
                // the solve.
                var explanation: Explanation? = nil
                if let allocation = output.allocation {
                    explanation = try? ReportFiles.explainer(units: output.data.scenario.units.count, threads: threads)
                        .explainSolved(output.data, run: output.run, allocation: allocation)
                }
                let set = ResultFiles.completeSet(result, explanation: explanation)
                json = set.json
                try set.files.write(to: out)
            } catch {
                Terminal.error("error: \(error)\n")
                throw ExitStatus.internalError
            }
        }
        switch format {
        case .text:
            let style = TerminalStyle.detect(isTerminal: isatty(1) == 1, environment: ProcessInfo.processInfo.environment)
            print(SolveSummary(result: result, rowLimit: rows, style: style).render(), terminator: "")
        case .json: print(json ?? ResultFiles.json(result), terminator: "")
        }
        if result.status == "infeasible" {
            // Why: the conflict and the ways out (text on stdout, or on stderr beside JSON).
            let text: String
            do {
                // Beside the text summary the name is already printed; on stderr it is not.
                // The same path as `explain`: the failed exact checks and every block, or the
                // blocks the solver found infeasible.
                let explanation = try Explainer(threads: threads).explainInfeasible(
                    output.data, checks: output.checks, blocks: output.checks.isEmpty ? output.run.infeasibleBlocks : nil)
                text = ExplanationRenderer(explanation)
                    .render(showingScenario: format != .text)
            } catch {
                throw ScenarioReporting.internalError("\(error)")
            }
            if format == .text { print("\n" + text, terminator: "") } else { Terminal.error(text) }
        }
        if let out, result.status == "optimal" || result.status == "feasible" {
            Terminal.error("wrote result.json, allocation.csv, transfers.csv, explanation.json, report.md, report.html to \(out)\n")
        }
        switch result.status {
        case "optimal", "feasible": return
        case "infeasible": throw ExitStatus.infeasible
        case "noSolution":
            Terminal.error("no allocation was found within --time-limit \(timeLimit.map { "\($0)" } ?? "?") s; the rules may still hold: raise the limit.\n")
            throw ExitStatus.infeasible
        default: throw ExitStatus.internalError
        }
    }
}

/// Output formats of `solve`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
