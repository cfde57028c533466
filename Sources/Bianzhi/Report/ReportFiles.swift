/// The report files `solve --out` and `report` write: `report.md` and `report.html`.
public enum ReportFiles {
    /// Names of the files, in the order written.
    public static let names = ["report.md", "report.html"]

    /// Adds the report files of `result` to `files` (so they are written atomically with
    /// the other result files).
    public static func add(_ result: SolveResult, to files: inout AtomicFileSet) {
        let model = ReportModel(result: result)
        files.add("report.md", text: MarkdownReport(model: model).render())
        files.add("report.html", text: HTMLReport(model: model).render())
    }
}
