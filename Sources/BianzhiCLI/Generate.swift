import ArgumentParser
import Bianzhi

/// `bianzhi generate --scale county|city|province|country --seed N --out DIR`: synthetic data;
/// `--block-units N` instead writes one city joined into a single block of ≥ N units.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic county, city, province or country scenario (scenario.yaml + units.csv) with realistic proportions.",
        discussion: "The same scale and seed always give the same bytes. The data is made up; the structure follows real counties.")

    @Option(name: .long, help: "county (~400 units), city (~5,000), province (~60,000) or country (~1.2 million).")
    var scale: ScenarioGenerator.Scale?

    @Option(name: .long, help: "Instead of --scale: one city whose 事业编制 pools form a single block of at least N units (to measure solve time against block size).")
    var blockUnits: Int?

    @Option(name: .long, help: "Seed of the random data.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Folder to write scenario.yaml and units.csv into (created if needed).")
    var out: String

    func validate() throws {
        if out.isEmpty { throw ValidationError("--out must name a folder.") }
        if (scale == nil) == (blockUnits == nil) { throw ValidationError("give exactly one of --scale and --block-units.") }
        if let blockUnits, !(1...200_000).contains(blockUnits) { throw ValidationError("--block-units must be between 1 and 200,000.") }
    }

    func run() throws {
        let generated: GeneratedScenario
        do {
            let generator = blockUnits.map { ScenarioGenerator(joinedBlockUnits: $0, seed: seed) }
                ?? ScenarioGenerator(scale: scale ?? .county, seed: seed)
            generated = try generator.write(to: out)
        } catch {
            Terminal.error("error: \(error)\n")
            throw ExitStatus.internalError
        }
        print("wrote \(out)/\(ScenarioGenerator.scenarioFileName) and \(ScenarioGenerator.unitTableFileName): \(generated.units) units, \(generated.counties) counties, \(generated.townships) townships, \(generated.regions) regions")
    }
}

extension ScenarioGenerator.Scale: ExpressibleByArgument {}
