/// The report files `solve --out` and `report` write: `report.md` and `report.html`.
public enum ReportFiles {
    /// Names of the files, in the order written.
    public static let names = ["report.md", "report.html"]
    /// Pools whose ±1 effect a report's explanation measures (the rest show the LP dual), so
    /// that writing a report stays quick on a city or province.
    public static let explanationMeasureLimit = 20

    /// Adds the report files of `result` to `files` (so they are written atomically with
    /// the other result files); with an explanation of the same scenario, the reports carry
    /// it as a section ("为什么这样调整", why this allocation). The reports are worded in `language`.
    public static func add(_ result: SolveResult, explanation: Explanation? = nil, language: Language = .en, to files: inout AtomicFileSet) {
        let model = ReportModel(result: result, language: language)
        files.add("report.md", text: MarkdownReport(model: model, explanation: explanation).render())
        files.add("report.html", text: HTMLReport(model: model, explanation: explanation).render())
    }

    /// The explanation of the scenario `result` came from, when that file is still where the
    /// solve read it and unchanged (same digest); `nil` otherwise, or when explaining fails.
    public static func explanation(of result: SolveResult, threads: Int = SolveOptions.defaultThreads) -> Explanation? {
        guard let scenario = try? ScenarioLoader.load(path: result.scenario.path),
              scenario.source.digest == result.scenario.digest
        else { return nil }
        return try? Explainer(threads: threads, measureLimit: explanationMeasureLimit).explain(scenario)
    }
}
