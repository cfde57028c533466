import Foundation
import Spreadsheet
import Synchronization

/// The files `solve --out` writes: `result.json`, `allocation.csv`, `transfers.csv`, and
/// `explanation.json` (the explanation of the same solve, which the reports read).
public enum ResultFiles {
    /// Name of the explanation file of a result set.
    public static let explanationFileName = "explanation.json"

    /// JSON of a result: sorted keys and pretty-printed so files diff well and are byte-stable.
    /// The bytes are those of `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
    /// .withoutEscapingSlashes]` plus a final newline, written by ``ResultJSONWriter`` (about
    /// ten times faster on a province).
    public static func json(_ result: SolveResult) -> String {
        ResultJSONWriter.render(result)
    }

    /// Reads a result written by ``json(_:)``, validated like a scenario
    /// (``ResultFileCheck``): a hand-edited file that no solve writes is refused with every
    /// problem located.
    public static func read(path: String) throws(ResultReadError) -> SolveResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path)
        }
        switch ResultFileCheck.decode(data) {
        case .result(let result): return result
        case .problems(let problems): throw ResultReadError(path: path, problems: problems)
        }
    }

    /// One row per unit, in scenario order. English gives the stable machine headers and rule
    /// codes; Chinese gives planner headers (``AllocationColumn``), levels, rules and locks in
    /// words, and reads back as next year's unit table (its `编制数` is the new quota; its
    /// 锁定, 下限, 上限 and 备注 are the unit's own settings, carried over). After the fixed
    /// columns come the drivers of needs derived from standards (在校生数, 床位数, …); in
    /// Chinese a derived need's 需求 is left empty so the same standards derive it again.
    public static func allocationCSV(_ result: SolveResult, language: Language = .en) -> String {
        let drivers = result.standardDrivers
        var csv = CSVWriter(header: AllocationColumn.allCases.map { $0.text(language) } + drivers)
        func reason(_ raw: String) -> String {
            language == .en ? raw : BoundReason(rawValue: raw)?.text(language) ?? raw
        }
        func flag(_ value: Bool) -> String { language == .en ? String(value) : YesNo.of(value).text(language) }
        for u in result.units {
            let need: String = language == .zh && u.needIsDerived ? "" : u.need.map { NumberFormat.plain($0, decimals: 6) } ?? ""
            let driverCells: [String] = drivers.map { u.driverValue($0).map { NumberFormat.plain($0, decimals: 6) } ?? "" }
            csv.append([
                u.id, u.name, u.department, u.region, language == .en ? u.level.rawValue : u.level.text(language), u.kind, u.pool,
                String(u.quota), String(u.headcount), String(u.attrition), need,
                String(u.newQuota), String(u.change), NumberFormat.plain(u.shortfallBefore, decimals: 6),
                NumberFormat.plain(u.shortfallAfter, decimals: 6), String(u.lowerBound), reason(u.lowerReason),
                String(u.upperBound), reason(u.upperReason), u.tags.joined(separator: ";"),
                String(u.staffing.vacancyBefore), String(u.staffing.vacancyAfter),
                String(u.staffing.overQuotaBefore), String(u.staffing.overQuotaAfter), String(u.departuresRelied),
                flag(u.locked), u.minQuota.map(String.init) ?? "", u.maxQuota.map(String.init) ?? "", u.reason ?? "",
                u.needBasis?.text(language) ?? "",
            ] + driverCells)
        }
        return csv.text
    }

    /// One row per transfer, in plan order.
    public static func transfersCSV(_ result: SolveResult, language: Language = .en) -> String {
        var csv = CSVWriter(header: TransferColumn.allCases.map { $0.text(language) })
        for t in result.transfers {
            csv.append([
                t.kind, t.from, t.fromName, t.to, t.toName, String(t.amount), t.lane.rawValue, t.lane.text(language),
                t.via.joined(separator: ";"),
            ])
        }
        return csv.text
    }

    /// Every file a result folder may hold (a file added to the set of `solve --out` belongs
    /// here too): an old one of these names never survives beside a new result, even when the
    /// new run does not write it.
    public static let ownedNames = [
        "result.json", "allocation.csv", "transfers.csv", explanationFileName, workbookName,
        "plan-by-year.csv", "transfers-by-year.csv",
    ] + ReportFiles.allNames

    /// One file of a set: its name and how to render it (`nil`: the file is left out).
    typealias Renderer = (name: String, render: @Sendable () throws(OutputError) -> Data?)

    /// The standard file set of a solve: `result.json`, `allocation.csv` (in `language`),
    /// `transfers.csv` (with `plan-by-year.csv` and `transfers-by-year.csv` for a multi-year
    /// plan) and `allocation.xlsx` (left out, with nothing else changed, when the
    /// result has more units than an Excel sheet holds — see ``AllocationWorkbook/maximumUnits``).
    /// The renderings are independent and, on a province, each takes a large share of a
    /// second, so they run concurrently.
    public static func fileSet(
        _ result: SolveResult, language: Language = .en, workbook policy: WorkbookPolicy = .auto
    ) throws(OutputError) -> AtomicFileSet {
        try render(standard(result, language: language, workbook: policy)).files
    }

    /// Everything `solve --out` writes: the standard set, `explanation.json` (when the
    /// explanation could be built) and the two reports carrying it, all rendered
    /// concurrently in `language`; with the bytes of result.json, which `--format json` also
    /// prints (bytes, not text: a country's result.json is about 1 GB).
    public static func completeSet(
        _ result: SolveResult, explanation: Explanation?, language: Language = .en, workbook policy: WorkbookPolicy = .auto
    ) throws(OutputError) -> (files: AtomicFileSet, json: Data) {
        let model = ReportModel(result: result, language: language)
        var renderers = standard(result, language: language, workbook: policy)
        if let explanation { renderers.append((explanationFileName, { Data(ExplanationRenderer.json(explanation).utf8) })) }
        renderers.append(("report.md", { Data(MarkdownReport(model: model, explanation: explanation).render().utf8) }))
        renderers.append(("report.html", { Data(HTMLReport(model: model, explanation: explanation).render().utf8) }))
        let (files, rendered) = try render(renderers)
        return (files, rendered[0] ?? Data())
    }

    /// The renderers of the standard set, result.json first; the workbook's gives no file when
    /// `policy` leaves it out.
    static func standard(_ result: SolveResult, language: Language, workbook policy: WorkbookPolicy) -> [Renderer] {
        [
            ("result.json", { ResultJSONWriter.data(result) }),
            ("allocation.csv", { Data(allocationCSV(result, language: language).utf8) }),
            ("transfers.csv", { Data(transfersCSV(result, language: language).utf8) }),
            // A multi-year plan only: the plan and the transfers year by year.
            ("plan-by-year.csv", { planByYearCSV(result).map { Data($0.utf8) } }),
            ("transfers-by-year.csv", { transfersByYearCSV(result).map { Data($0.utf8) } }),
            (workbookName, { () throws(OutputError) -> Data? in
                guard policy.writes(units: result.units.count) else { return nil }
                do throws(SpreadsheetError) {
                    return try AllocationWorkbook.data(result)
                } catch {
                    throw OutputError(path: workbookName, reason: .workbook(detail: error.description))
                }
            }),
        ]
    }

    /// Renders the files on up to as many threads as there are files; added in the order
    /// given, with the rendered bytes in that order. The set owns every name of
    /// ``ownedNames``.
    static func render(_ renderers: [Renderer]) throws(OutputError) -> (files: AtomicFileSet, data: [Data?]) {
        let rendered = try WorkQueue.map(renderers.count, threads: renderers.count) { (i: Int) throws(OutputError) -> Data? in
            try renderers[i].render()
        }
        var files = AtomicFileSet()
        files.owns(ownedNames)
        for (renderer, data) in zip(renderers, rendered) {
            if let data { files.add(renderer.name, data: data) }
        }
        return (files, rendered)
    }

    /// The file set of a scenario without an allocation (infeasible): `result.json` and the
    /// explanation of the conflict, `explanation.json`, which `report` reads (the reports are
    /// added beside them); the set owns every name of ``ownedNames``, so the allocation files
    /// of an earlier run in the folder do not survive beside it.
    public static func conflictSet(_ result: SolveResult, explanation: Explanation) -> AtomicFileSet {
        var files = AtomicFileSet()
        files.owns(ownedNames)
        files.add("result.json", text: json(result))
        files.add(explanationFileName, text: ExplanationRenderer.json(explanation))
        return files
    }

    /// The Excel workbook's file name in a result set.
    public static let workbookName = "allocation.xlsx"
}

/// A result file could not be read, or holds what no solve writes.
public struct ResultReadError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// Every problem found, each with its field path, value and fix (catalogue entries).
    public var problems: [Diagnostic]

    /// A file with problems.
    public init(path: String, problems: [Diagnostic]) {
        self.path = path
        self.problems = problems
    }

    /// A file that could not be read at all.
    static func unreadable(_ path: String) -> ResultReadError {
        ResultReadError(path: path, problems: [ResultFileCheck.problem("", .unreadable)])
    }

    /// `path: error: field: "value" — message. Fix: …`, one line per problem, in English.
    public var description: String { rendered(.en) }

    /// ``description`` in `language`.
    public func rendered(_ language: Language) -> String {
        problems.map { "\(SafeText.escaped(path)): \($0.rendered(language))" }.joined(separator: "\n")
    }
}
