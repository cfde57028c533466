import ArgumentParser
import Bianzhi

/// `bianzhi validate SCENARIO`: every problem of a scenario at once.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a scenario and report every problem with its file, line, field and fix.",
        discussion: "Exit status: 0 valid; 1 well formed, but the exact checks prove that the rules conflict (no allocation exists; the same checks and status as solve and explain); 65 invalid.")

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    func run() throws {
        let loaded = try ScenarioReporting.loadValid(scenario)
        // The exact checks, the same as `solve` and `explain` run: a conflict means no
        // allocation exists (exit 1), not a malformed file (65).
        let conflicts = FeasibilityChecks.located(ProblemData(scenario: loaded))
        if !conflicts.isEmpty {
            for conflict in conflicts { Terminal.error("\(conflict.diagnostic)\n") }
            Terminal.error("\(conflicts.count) conflict(s): the rules cannot all hold, no allocation exists; `bianzhi explain \(scenario)` shows the ways out.\n")
            throw ExitStatus.infeasible
        }
        let kinds = loaded.kinds.count, regions = loaded.regions.count
        print("\(scenario): valid — \(loaded.units.count) units, \(kinds) kinds, \(regions) regions, \(PoolIndex(scenario: loaded).pools.count) pools")
    }
}
