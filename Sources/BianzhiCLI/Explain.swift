import ArgumentParser
import Bianzhi

/// `bianzhi explain SCENARIO [--unit ID]`: why the allocation is what it is, or why none exists.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Explain a scenario: binding rules and the value of one more quota, or what conflicts when no allocation exists.",
        discussion: "Exit status: 0 an allocation exists; 1 infeasible (explained); 2 unknown --unit; 65 invalid scenario; 70 internal error.")

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @Option(name: .long, help: "Also explain this unit (its id or its name): why it got what it got and what would change it.")
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
        var unitID: String? = nil
        if let unit {
            switch UnitLookup.find(unit, in: loaded.units) {
            case .unit(let id): unitID = id
            case .ambiguous(let units):
                Terminal.error("error: --unit \"\(unit)\": \(units.count) units have this name; give one id (多个单位同名，请写编号):\n")
                for match in units { Terminal.error("  \(match.id)  \(match.name)  \(match.kind)\n") }
                throw ExitCode(2)
            case .unknown(let suggestions):
                var message = "error: --unit \"\(unit)\": no unit has this id or name (没有此编号或名称的单位)"
                if !suggestions.isEmpty { message += "; did you mean: \(suggestions.joined(separator: ", "))?" }
                Terminal.error(message + "\n")
                throw ExitCode(2)
            }
        }
        let explanation: Explanation
        do {
            explanation = try Explainer(threads: threads).explain(loaded, unitID: unitID)
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
