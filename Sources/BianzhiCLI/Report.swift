import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi report RESULT`: report.md and report.html for people.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.report.text(CLILanguage.help),
        discussion: HelpText.reportDiscussion.text(CLILanguage.help))

    @Argument(help: ArgumentHelp(HelpText.reportResult.text(CLILanguage.help)))
    var result: String

    @Option(name: .long, help: ArgumentHelp(HelpText.reportOut.text(CLILanguage.help)))
    var out: String?

    @Flag(name: .long, help: ArgumentHelp(HelpText.reportBilingual.text(CLILanguage.help)))
    var bilingual = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if out?.isEmpty == true { throw ValidationError(CLIMessage.nameAFolder(option: "--out").text(language.language)) }
    }

    func run() throws {
        let loaded = try ResultLoading.load(result, with: ResultSource(), language.language)
        let folder = out ?? {
            let parent = (result as NSString).deletingLastPathComponent
            return parent.isEmpty ? "." : parent
        }()
        // The explanation `solve --out` wrote beside the result; the scenario is not read again.
        let explanation = ResultSource.isResultFile(result) ? ReportFiles.explanation(besideResult: result) : nil
        if explanation == nil {
            Terminal.say(.reportWithoutExplanation(result: result), language.language)
        }
        var files = AtomicFileSet()
        files.owns(ReportFiles.allNames)
        let l = language.language
        ReportFiles.add(loaded, explanation: explanation, language: l, alsoIn: bilingual ? (l == .zh ? .en : .zh) : nil, to: &files)
        do {
            // The report files join a result folder (that of a result.json, or --out), which is
            // replaced as a whole; beside a scenario solved on the fly, and in the current folder
            // (which cannot be replaced under the shell), each file is replaced on its own.
            let resultFolder = out != nil || ResultSource.isResultFile(result)
            if !resultFolder || AtomicFileSet.holdsCurrentFolder(folder) {
                try files.writeEach(in: folder)
            } else {
                try files.write(to: folder)
            }
        } catch {
            throw ScenarioReporting.outputFailed(error, language.language)
        }
        Terminal.say(.wrote(files: files.names, folder: folder), language.language)
    }
}
