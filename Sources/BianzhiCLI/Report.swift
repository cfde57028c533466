import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi report RESULT`: report.md and report.html for people.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write report.md and report.html (self-contained, charts inline) for a result.",
        discussion: "RESULT is a result.json written by `solve` (its explanation is read from the explanation.json beside it; the scenario is not read again), or a scenario file solved on the fly. Exit status: 0 written; 1 a scenario without allocation; 65 unreadable or invalid input; 70 the files could not be written.")

    @Argument(help: "result.json, or a scenario (YAML).")
    var result: String

    @Option(name: .long, help: "Folder for report.md and report.html (default: the folder of RESULT).")
    var out: String?

    func validate() throws {
        if out?.isEmpty == true { throw ValidationError("--out must name a folder.") }
    }

    func run() throws {
        let loaded = try ResultLoading.load(result, with: ResultSource())
        let folder = out ?? {
            let parent = (result as NSString).deletingLastPathComponent
            return parent.isEmpty ? "." : parent
        }()
        // The explanation `solve --out` wrote beside the result; the scenario is not read again.
        let explanation = ResultSource.isResultFile(result) ? ReportFiles.explanation(besideResult: result) : nil
        if explanation == nil {
            Terminal.error("note: no \(ResultFiles.explanationFileName) beside \(result): the report has no explanation section (`bianzhi solve SCENARIO --out DIR` writes one).\n")
        }
        var files = AtomicFileSet()
        ReportFiles.add(loaded, explanation: explanation, to: &files)
        do {
            try files.write(to: folder)
        } catch {
            Terminal.error("error: \(error)\n")
            throw ExitStatus.internalError
        }
        Terminal.error("wrote \(files.names.joined(separator: ", ")) to \(folder)\n")
    }
}
