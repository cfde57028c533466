import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi report RESULT`: report.md and report.html for people.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write report.md and report.html (self-contained, charts inline) for a result.",
        discussion: "RESULT is a result.json written by `solve`, or a scenario file solved on the fly.")

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
        let explanation = ReportFiles.explanation(of: loaded)
        if explanation == nil {
            Terminal.error("note: \(loaded.scenario.path) is missing or changed since the solve: the report has no explanation section.\n")
        }
        var files = AtomicFileSet()
        files.owns(ReportFiles.names)
        ReportFiles.add(loaded, explanation: explanation, to: &files)
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
            throw ScenarioReporting.outputFailed(error)
        }
        Terminal.error("wrote \(files.names.joined(separator: ", ")) to \(folder)\n")
    }
}
