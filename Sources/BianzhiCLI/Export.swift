import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi export SCENARIO --mps FILE`: the monolithic model in free MPS, for other solvers.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the whole scenario as one integer program in free MPS (e.g. for glpsol --freemps).",
        discussion: "Rows and columns get ASCII names (R1…, C1…); FILE.labels.tsv maps them back to the scenario's names.")

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @Option(name: .long, help: "The MPS file to write.")
    var mps: String

    func validate() throws {
        if mps.isEmpty || mps.hasSuffix("/") { throw ValidationError("--mps must name a file, e.g. model.mps.") }
    }

    func run() throws {
        let loaded = try ScenarioReporting.loadValid(scenario)
        let export: ModelExport
        do {
            export = try ModelExport(data: ProblemData(scenario: loaded))
        } catch {
            throw ScenarioReporting.internalError("\(error)")
        }
        let files = export.fileSet(name: (mps as NSString).lastPathComponent)
        do {
            try files.writeEach(in: (mps as NSString).deletingLastPathComponent.isEmpty ? "." : (mps as NSString).deletingLastPathComponent)
        } catch {
            throw ScenarioReporting.outputFailed(error)
        }
        let m = export.model
        print("wrote \(mps): \(m.constraints.count) rows, \(m.variables.count) columns, \(m.numberOfNonzeros) non-zeros (labels in \(mps).labels.tsv)")
    }
}
