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
        let export = ModelExport(data: ProblemData(scenario: loaded))
        var files = AtomicFileSet()
        let name = (mps as NSString).lastPathComponent
        files.add(name, text: export.document.text)
        files.add(name + ".labels.tsv", text: export.document.labelMapText)
        do {
            try files.write(to: (mps as NSString).deletingLastPathComponent.isEmpty ? "." : (mps as NSString).deletingLastPathComponent)
        } catch {
            Terminal.say(.error(detail: "\(error)"), language.language)
            throw ExitStatus.internalError
        }
        let m = export.model
        print(CLIMessage.exported(file: mps, rows: m.constraints.count, columns: m.variables.count, nonzeros: m.numberOfNonzeros).text(language.language))
    }
}
