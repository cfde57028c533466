import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi export SCENARIO --mps FILE`: the monolithic model in free MPS, for other solvers.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.export.text(CLILanguage.help),
        discussion: HelpText.exportDiscussion.text(CLILanguage.help))

    @Argument(help: ArgumentHelp(HelpText.scenarioFile.text(CLILanguage.help)))
    var scenario: String

    @Option(name: .long, help: ArgumentHelp(HelpText.exportMPS.text(CLILanguage.help)))
    var mps: String

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if mps.isEmpty || mps.hasSuffix("/") { throw ValidationError(CLIMessage.nameAFile(option: "--mps", example: "model.mps").text(language.language)) }
    }

    func run() throws {
        let loaded = try ScenarioReporting.loadValid(scenario, language.language)
        let export: ModelExport
        do {
            export = try ModelExport(data: ProblemData(scenario: loaded))
        } catch {
            throw ScenarioReporting.internalError("\(error)", language.language)
        }
        let files = export.fileSet(name: (mps as NSString).lastPathComponent)
        do {
            try files.writeEach(in: (mps as NSString).deletingLastPathComponent.isEmpty ? "." : (mps as NSString).deletingLastPathComponent)
        } catch {
            throw ScenarioReporting.outputFailed(error, language.language)
        }
        let m = export.model
        print(CLIMessage.exported(file: mps, rows: m.constraints.count, columns: m.variables.count, nonzeros: m.numberOfNonzeros).text(language.language))
    }
}
