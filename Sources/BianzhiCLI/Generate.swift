import ArgumentParser
import Bianzhi

/// `bianzhi generate --scale county|city|province|country --seed N --out DIR`: synthetic data;
/// `--block-units N` instead writes one city joined into a single block of ≥ N units.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.generate.text(CLILanguage.help),
        discussion: HelpText.generateDiscussion.text(CLILanguage.help))

    @Option(name: .long, help: ArgumentHelp(HelpText.generateScale.text(CLILanguage.help)))
    var scale: ScenarioGenerator.Scale?

    @Option(name: .long, help: ArgumentHelp(HelpText.generateBlockUnits.text(CLILanguage.help)))
    var blockUnits: Int?

    @Option(name: .long, help: ArgumentHelp(HelpText.generateSeed.text(CLILanguage.help)))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp(HelpText.generateOut.text(CLILanguage.help)))
    var out: String

    @OptionGroup var language: LanguageOption

    /// Largest `--block-units`: the generator redraws the city until the block is that large.
    static let largestBlockUnits = 200_000

    func validate() throws {
        let l = language.language
        if out.isEmpty { throw ValidationError(CLIMessage.nameAFolder(option: "--out").text(l)) }
        if (scale == nil) == (blockUnits == nil) { throw ValidationError(CLIMessage.scaleOrBlockUnits.text(l)) }
        if let blockUnits, !(1...Self.largestBlockUnits).contains(blockUnits) {
            throw ValidationError(CLIMessage.blockUnitsRange(maximum: Self.largestBlockUnits).text(l))
        }
    }

    func run() throws {
        let generated: GeneratedScenario
        do {
            let generator = blockUnits.map { ScenarioGenerator(joinedBlockUnits: $0, seed: seed) }
                ?? ScenarioGenerator(scale: scale ?? .county, seed: seed)
            generated = try generator.write(to: out)
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
