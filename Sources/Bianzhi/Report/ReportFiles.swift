/// The report files `solve --out` and `report` write: `report.md` and `report.html`.
public enum ReportFiles {
    /// Names of the files, in the order written.
    public static let names = ["report.md", "report.html"]
    /// Names of the reports in one language beside those of the run (`report --bilingual`):
    /// `report.en.md`, `report.en.html`.
    public static func names(in language: Language) -> [String] { ["report.\(language.rawValue).md", "report.\(language.rawValue).html"] }
    /// Every report name a folder may hold: a set that writes reports owns them all, so a
    /// translation of an earlier run never survives beside a new report.
    public static let allNames = names + Language.allCases.flatMap { names(in: $0) }
    /// Pools whose ±1 effect a report's explanation measures (the rest show the LP dual), so
    /// that writing a report stays quick on a city or province.
    public static let explanationMeasureLimit = 20

    /// Adds the report files of `result` to `files` (so they are written atomically with
    /// the other result files); with an explanation of the same scenario, the reports carry
    /// it as a section ("为什么这样调整", why this allocation). The reports are worded in `language`.
    /// With `alsoIn`, the same reports in that language are added too, under ``names(in:)``.
    public static func add(
        _ result: SolveResult, explanation: Explanation? = nil, language: Language = .en, alsoIn other: Language? = nil,
        to files: inout AtomicFileSet
    ) {
        var sets = [(language, names)]
        if let other, other != language { sets.append((other, names(in: other))) }
        for (language, names) in sets {
            let model = ReportModel(result: result, language: language)
            files.add(names[0], text: MarkdownReport(model: model, explanation: explanation).render())
            files.add(names[1], text: HTMLReport(model: model, explanation: explanation).render())
        }
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
