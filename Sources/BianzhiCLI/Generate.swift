import ArgumentParser
import Bianzhi

/// `bianzhi generate --scale county|city|province --seed N --out DIR`: synthetic data.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a synthetic county, city or province scenario (scenario.yaml + units.csv) with realistic proportions.",
        discussion: "The same scale and seed always give the same bytes. The data is made up; the structure follows real counties.")

    @Option(name: .long, help: "county (~400 units), city (~5,000) or province (~60,000).")
    var scale: ScenarioGenerator.Scale

    @Option(name: .long, help: "Seed of the random data.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Folder to write scenario.yaml and units.csv into (created if needed).")
    var out: String

    func validate() throws {
        if out.isEmpty { throw ValidationError("--out must name a folder.") }
    }

    func run() throws {
        let generated: GeneratedScenario
        do {
            generated = try ScenarioGenerator(scale: scale, seed: seed).write(to: out)
        } catch {
            throw ScenarioReporting.outputFailed(error)
        }
        print("wrote \(out)/\(ScenarioGenerator.scenarioFileName) and \(ScenarioGenerator.unitTableFileName): \(generated.units) units, \(generated.counties) counties, \(generated.townships) townships, \(generated.regions) regions")
    }
}

extension ScenarioGenerator.Scale: ExpressibleByArgument {}
