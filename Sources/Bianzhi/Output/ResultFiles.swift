import Foundation
import Spreadsheet
import Synchronization

/// The files `solve --out` writes: `result.json`, `allocation.csv`, `transfers.csv`.
public enum ResultFiles {
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
        "result.json", "allocation.csv", "transfers.csv", "explanation.json", "allocation.xlsx",
    ] + ReportFiles.allNames

    /// The standard file set of a solve: `result.json`, `allocation.csv` (in `language`),
    /// `transfers.csv` and `allocation.xlsx` (left out, with nothing else changed, when the
    /// result has more units than an Excel sheet holds — see ``AllocationWorkbook/maximumUnits``).
    /// The renderings are independent and, on a province, each takes a large share of a
    /// second, so they run concurrently.
    public static func fileSet(_ result: SolveResult, language: Language = .en) throws(OutputError) -> AtomicFileSet {
        let renderers: [@Sendable (SolveResult) -> String] = [json, { allocationCSV($0, language: language) }, { transfersCSV($0, language: language) }]
        let texts = Mutex<[String]>(Array(repeating: "", count: renderers.count))
        let workbook = Mutex<Result<Data?, SpreadsheetError>>(.success(nil))
        DispatchQueue.concurrentPerform(iterations: renderers.count + 1) { i in
            guard i < renderers.count else {
                let bytes = Result { () throws(SpreadsheetError) -> Data? in try AllocationWorkbook.data(result) }
                workbook.withLock { $0 = bytes }
                return
            }
            let text = renderers[i](result)
            texts.withLock { $0[i] = text }
        }
        let rendered = texts.withLock { $0 }
        var files = AtomicFileSet()
        files.owns(ownedNames)
        files.add("result.json", text: rendered[0])
        files.add("allocation.csv", text: rendered[1])
        files.add("transfers.csv", text: rendered[2])
        switch workbook.withLock({ $0 }) {
        case .success(let bytes?): files.add(workbookName, data: bytes)
        case .success(nil): break
        case .failure(let error): throw OutputError(path: workbookName, reason: .workbook(detail: error.description))
        }
        return files
    }

    /// The file set of a scenario without an allocation (infeasible): `result.json` alone (the
    /// reports are added beside it); the set owns every name of ``ownedNames``, so the
    /// allocation files of an earlier run in the folder do not survive beside it.
    public static func conflictSet(_ result: SolveResult) -> AtomicFileSet {
        var files = AtomicFileSet()
        files.owns(ownedNames)
        files.add("result.json", text: json(result))
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
