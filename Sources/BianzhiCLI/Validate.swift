import ArgumentParser
import Bianzhi

/// `bianzhi validate SCENARIO`: every problem of a scenario at once.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.validate.text(CLILanguage.help),
        discussion: HelpText.validateDiscussion.text(CLILanguage.help))

    @Argument(help: ArgumentHelp(HelpText.scenarioFile.text(CLILanguage.help)))
    var scenario: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let loaded = try ScenarioReporting.loadValid(scenario, language.language)
        // The exact checks, the same as `solve` and `explain` run: a conflict means no
        // allocation exists (exit 1), not a malformed file (65).
        let conflicts = FeasibilityChecks.located(ProblemData(scenario: loaded))
        if !conflicts.isEmpty {
            for conflict in conflicts { Terminal.error("\(conflict.diagnostic)\n") }
            Terminal.say(.conflicts(count: conflicts.count, scenario: scenario), language.language)
            throw ExitStatus.infeasible
        }
        let message = CLIMessage.valid(
            scenario: scenario, units: loaded.units.count, kinds: loaded.kinds.count, regions: loaded.regions.count,
            pools: PoolIndex(scenario: loaded).pools.count)
        print(message.text(language.language))
    }
}
