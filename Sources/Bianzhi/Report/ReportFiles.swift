import Foundation

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
    /// Scenarios up to this many units get a full explanation with their result: the LP
    /// values of the same solve (``explainsWithDuals(units:)``), ±1 of up to
    /// ``explanationMeasureLimit`` pools and channels and binding checked by re-solving.
    /// Larger ones get the units at a bound and the share floors met exactly, from the solve
    /// itself: the LP values would cost a second LP per block, and `solve --out` must stay
    /// within 1.3 × `solve` on a province (BENCHMARKS.md).
    public static let fullExplanationUnits = 5_000

    /// Whether `solve --out` asks the solve for LP duals (the explanation's pool values).
    public static func explainsWithDuals(units: Int) -> Bool { units <= fullExplanationUnits }
    /// Pools (and channels) whose ±1 effect the explanation of a result measures.
    public static let explanationMeasureLimit = 20
    /// Units at a bound whose rule the explanation of a result checks for binding.
    public static let explanationCheckLimit = 200

    /// The explainer `solve --out` uses for a scenario of `units` units.
    public static func explainer(units: Int, threads: Int, language: Language = .en) -> Explainer {
        let full = units <= fullExplanationUnits
        return Explainer(
            threads: threads, measureLimit: full ? explanationMeasureLimit : 0, checkLimit: full ? explanationCheckLimit : 0,
            language: language)
    }

    /// Most rows of a report's unit and transfer tables: a briefing of a province lists the
    /// first ones and points to the CSV files, which hold every row (a 63,000-row HTML table
    /// helps nobody and cost most of `solve --out`'s time).
    public static let tableRowLimit = 1_000

    /// "… 62,479 more rows: see allocation.csv", or `nil` when the table is complete.
    public static func moreRowsNote(_ count: Int, file: String, language: Language = .en) -> String? {
        count > tableRowLimit ? ReportText.moreRows(more: count - tableRowLimit, total: count, file: file).text(language) : nil
    }

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

    /// The explanation `solve --out` wrote beside the result file at `resultPath`
    /// (`explanation.json` in the same folder); `nil` when there is none or it cannot be read.
    /// The scenario is never read again: the explanation is the solve's own.
    public static func explanation(besideResult resultPath: String) -> Explanation? {
        let folder = (resultPath as NSString).deletingLastPathComponent
        let path = ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(ResultFiles.explanationFileName)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(Explanation.self, from: data)
    }
}
