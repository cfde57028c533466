import ArgumentParser
import Bianzhi

/// `bianzhi validate SCENARIO`: every problem of a scenario at once.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a scenario and report every problem with its file, line, field and fix.")

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    func run() throws {
        let loaded = try ScenarioReporting.loadValid(scenario)
        let kinds = loaded.kinds.count, regions = loaded.regions.count
        print("\(scenario): valid — \(loaded.units.count) units, \(kinds) kinds, \(regions) regions, \(PoolIndex(scenario: loaded).pools.count) pools")
    }
}
