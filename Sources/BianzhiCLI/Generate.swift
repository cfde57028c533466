import ArgumentParser
import Bianzhi

/// `bianzhi generate --scale county|city|province --seed N --out DIR`: synthetic data.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.generate.text(CLILanguage.help),
        discussion: HelpText.generateDiscussion.text(CLILanguage.help))

    @Option(name: .long, help: ArgumentHelp(HelpText.generateScale.text(CLILanguage.help)))
    var scale: ScenarioGenerator.Scale

    @Option(name: .long, help: ArgumentHelp(HelpText.generateSeed.text(CLILanguage.help)))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp(HelpText.generateOut.text(CLILanguage.help)))
    var out: String

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if out.isEmpty { throw ValidationError(CLIMessage.nameAFolder(option: "--out").text(language.language)) }
    }

    func run() throws {
        let generated: GeneratedScenario
        do {
            generated = try ScenarioGenerator(scale: scale, seed: seed).write(to: out)
        } catch {
            throw ScenarioReporting.outputFailed(error, language.language)
        }
        print(CLIMessage.generated(
            folder: out, scenario: ScenarioGenerator.scenarioFileName, table: ScenarioGenerator.unitTableFileName,
            units: generated.units, counties: generated.counties, townships: generated.townships, regions: generated.regions
        ).text(language.language))
    }
}

extension ScenarioGenerator.Scale: ExpressibleByArgument {}
