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

    /// Reads a result written by ``json(_:)``.
    public static func read(path: String) throws(ResultReadError) -> SolveResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ResultReadError(path: path, reason: .unreadable)
        }
        // The version first, so a file of another version is refused for that reason rather
        // than for the fields it lacks.
        struct Version: Decodable { var formatVersion: Int }
        if let version = try? JSONDecoder().decode(Version.self, from: data), version.formatVersion != SolveResult.currentFormatVersion {
            throw ResultReadError(
                path: path,
                reason: .formatVersion(found: version.formatVersion, expected: SolveResult.currentFormatVersion))
        }
        let result: SolveResult
        do {
            result = try JSONDecoder().decode(SolveResult.self, from: data)
        } catch {
            throw ResultReadError(path: path, reason: .notAResult(detail: "\(error)"))
        }
        guard result.formatVersion == SolveResult.currentFormatVersion else {
            throw ResultReadError(
                path: path, reason: .formatVersion(found: result.formatVersion, expected: SolveResult.currentFormatVersion))
        }
        if let problem = implausibleNumber(result) {
            throw ResultReadError(path: path, reason: .implausible(problem))
        }
        return result
    }

    /// The first whole number of a hand-edited result that no solve writes: reports and diffs
    /// sum and subtract these, and an `Int.max` would trap. A unit's figures, transfers and
    /// channels stay within the loader's limit; aggregates within 10^15.
    static func implausibleNumber(_ r: SolveResult) -> ImplausibleFigure? {
        let unitLimit = ScalarParsing.maximum, sumLimit = 1_000_000_000_000_000
        func bad(_ values: [Int], _ limit: Int) -> Bool { values.contains { $0 < -limit || $0 > limit } }
        for u in r.units where bad([u.quota, u.headcount, u.attrition, u.newQuota, u.change, u.lowerBound, u.upperBound, u.departuresRelied, u.staffing.vacancyBefore, u.staffing.vacancyAfter, u.staffing.overQuotaBefore, u.staffing.overQuotaAfter], unitLimit) {
            return .unit(id: u.id, limit: unitLimit)
        }
        for t in r.transfers where bad([t.amount], unitLimit) { return .transfer(from: t.from, to: t.to, amount: t.amount) }
        for c in r.channels where bad([c.cap, c.amount], unitLimit) { return .channel(from: c.from, to: c.to, limit: unitLimit) }
        let aggregates = r.pools.flatMap { [$0.currentTotal, $0.total, $0.allocated, $0.reserveHeld, $0.cancelled, $0.sent, $0.received, $0.units] }
            + r.shareFloors.flatMap { [$0.required, $0.before, $0.after, $0.short] }
            + r.totals.byKind.flatMap { [$0.before, $0.after] }
            + [r.totals.unitsChanged, r.totals.gained, r.totals.cut, r.totals.reserveHeld, r.totals.cancelled]
        if bad(aggregates, sumLimit) { return .total(limit: sumLimit) }
        return nil
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

    /// The Excel workbook's file name in a result set.
    public static let workbookName = "allocation.xlsx"
}

/// A result file could not be read.
public struct ResultReadError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// Why.
    public var reason: ResultReadProblem
    /// `path: reason` in `language`.
    public func rendered(_ language: Language) -> String { "\(path): \(reason.text(language))" }
    /// `path: reason` in English.
    public var description: String { rendered(.en) }
}
