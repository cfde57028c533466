import ArgumentParser
import Bianzhi

/// `bianzhi validate SCENARIO`: every problem of a scenario at once.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.validate.text(CLILanguage.help))

    @Argument(help: ArgumentHelp(HelpText.scenarioFile.text(CLILanguage.help)))
    var scenario: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        let loaded = try ScenarioReporting.loadValid(scenario, language.language)
        let message = CLIMessage.valid(
            scenario: scenario, units: loaded.units.count, kinds: loaded.kinds.count, regions: loaded.regions.count,
            pools: PoolIndex(scenario: loaded).pools.count)
        print(message.text(language.language))
    }
}
