import ArgumentParser
import Bianzhi

/// `bianzhi explain SCENARIO [--unit ID]`: why the allocation is what it is, or why none exists.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a scenario: binding rules and the value of one more quota, or what conflicts when no allocation exists.",
        discussion: "Exit status: 0 an allocation exists; 1 infeasible (explained); 2 unknown --unit; 65 invalid scenario; 70 internal error.")

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @Option(name: .long, help: "Also explain this unit (its id): why it got what it got and what would change it.")
    var unit: String?

    @Option(name: .long, help: "Output: text (for people) or json (for machines).")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Threads solving independent blocks (default: the number of cores).")
    var threads: Int = SolveOptions.defaultThreads

    func run() throws {
        let loaded: Scenario
        do {
            loaded = try ScenarioLoader.load(path: scenario)
        } catch {
            throw ScenarioReporting.unreadable(error)
        }
        let explanation: Explanation
        do {
            explanation = try Explainer(threads: threads).explain(loaded, unitID: unit)
        } catch {
            switch error {
            case .invalidScenario(let report): throw ScenarioReporting.invalid(report)
            case .unknownUnit(let id):
                Terminal.error("error: no unit has the id \"\(id)\" (--unit).\n")
                throw ExitCode(2)
            case .solver(let failure): throw ScenarioReporting.internalError("\(failure)")
            case .failed(let message): throw ScenarioReporting.internalError(message)
            }
        }
        switch format {
        case .text: print(ExplanationRenderer(explanation).render(), terminator: "")
        case .json: print(ExplanationRenderer.json(explanation), terminator: "")
        }
        if !explanation.feasible { throw ExitStatus.infeasible }
    }
}
