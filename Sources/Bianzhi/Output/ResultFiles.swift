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

    /// Reads a result written by ``json(_:)``.
    public static func read(path: String) throws(ResultReadError) -> SolveResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ResultReadError(path: path, reason: "cannot read the file")
        }
        let result: SolveResult
        do {
            result = try JSONDecoder().decode(SolveResult.self, from: data)
        } catch {
            throw ResultReadError(path: path, reason: "not a Bianzhi result file (\(error))")
        }
        guard result.formatVersion == SolveResult.currentFormatVersion else {
            throw ResultReadError(
                path: path,
                reason: "result format version \(result.formatVersion), this bianzhi reads version \(SolveResult.currentFormatVersion); solve the scenario again with this version")
        }
        if let problem = implausibleNumber(result) {
            throw ResultReadError(path: path, reason: "not a result written by bianzhi solve (\(problem)); solve the scenario again")
        }
        return result
    }

    /// The first whole number of a hand-edited result that no solve writes: reports and diffs
    /// sum and subtract these, and an `Int.max` would trap. A unit's figures, transfers and
    /// channels stay within the loader's limit; aggregates within 10^15.
    static func implausibleNumber(_ r: SolveResult) -> String? {
        let unitLimit = ScalarParsing.maximum, sumLimit = 1_000_000_000_000_000
        func bad(_ values: [Int], _ limit: Int) -> Bool { values.contains { $0 < -limit || $0 > limit } }
        for u in r.units where bad([u.quota, u.headcount, u.attrition, u.newQuota, u.change, u.lowerBound, u.upperBound], unitLimit) {
            return "unit \(u.id): a figure beyond ±\(unitLimit)"
        }
        for t in r.transfers where bad([t.amount], unitLimit) { return "transfer \(t.from) → \(t.to): amount \(t.amount)" }
        for c in r.channels where bad([c.cap, c.amount], unitLimit) { return "channel \(c.from) → \(c.to): a figure beyond ±\(unitLimit)" }
        let aggregates = r.pools.flatMap { [$0.currentTotal, $0.total, $0.allocated, $0.reserveHeld, $0.cancelled, $0.sent, $0.received, $0.units] }
            + r.shareFloors.flatMap { [$0.required, $0.before, $0.after, $0.short] }
            + r.totals.byKind.flatMap { [$0.before, $0.after] }
            + [r.totals.unitsChanged, r.totals.gained, r.totals.cut, r.totals.reserveHeld, r.totals.cancelled]
        if bad(aggregates, sumLimit) { return "a total beyond ±\(sumLimit)" }
        return nil
    }

    /// One row per unit, in scenario order.
    public static func allocationCSV(_ result: SolveResult) -> String {
        var csv = CSVWriter(header: [
            "id", "name", "department", "region", "level", "kind", "pool", "quota", "headcount", "attrition",
            "need", "new_quota", "change", "shortfall_before", "shortfall_after", "lower_bound", "lower_reason",
            "upper_bound", "upper_reason", "tags",
        ])
        for u in result.units {
            csv.append([
                u.id, u.name, u.department, u.region, u.level.rawValue, u.kind, u.pool, String(u.quota),
                String(u.headcount), String(u.attrition), u.need.map { NumberFormat.plain($0, decimals: 6) } ?? "",
                String(u.newQuota), String(u.change), NumberFormat.plain(u.shortfallBefore, decimals: 6),
                NumberFormat.plain(u.shortfallAfter, decimals: 6), String(u.lowerBound), u.lowerReason,
                String(u.upperBound), u.upperReason, u.tags.joined(separator: ";"),
            ])
        }
        return csv.text
    }

    /// One row per transfer, in plan order.
    public static func transfersCSV(_ result: SolveResult) -> String {
        var csv = CSVWriter(header: ["kind", "from", "from_name", "to", "to_name", "amount", "lane", "lane_name", "via"])
        for t in result.transfers {
            csv.append([
                t.kind, t.from, t.fromName, t.to, t.toName, String(t.amount), t.lane.rawValue, t.lane.chineseName,
                t.via.joined(separator: ";"),
            ])
        }
        return csv.text
    }

    /// One file of a set: its name and how to render it (`nil`: the file is left out).
    typealias Renderer = (name: String, render: @Sendable () throws(OutputError) -> Data?)

    /// The standard file set of a solve: `result.json`, `allocation.csv`, `transfers.csv` and
    /// `allocation.xlsx` (left out, with nothing else changed, when the result has more units than
    /// an Excel sheet holds — see ``AllocationWorkbook/maximumUnits``). The renderings are
    /// independent and, on a province, each takes a large share of a second, so they run
    /// concurrently.
    public static func fileSet(_ result: SolveResult) throws(OutputError) -> AtomicFileSet {
        try render(standard(result)).files
    }

    /// Everything `solve --out` writes: the standard set, `explanation.json` (when the
    /// explanation could be built) and the two reports carrying it, all rendered
    /// concurrently; with the text of result.json, which `--format json` also prints.
    public static func completeSet(_ result: SolveResult, explanation: Explanation?) throws(OutputError) -> (files: AtomicFileSet, json: String) {
        let model = ReportModel(result: result)
        let why = explanation.map { ExplanationRenderer($0).render(showingScenario: false) }
        var renderers = standard(result)
        if let explanation { renderers.append((explanationFileName, { Data(ExplanationRenderer.json(explanation).utf8) })) }
        renderers.append(("report.md", { Data(MarkdownReport(model: model, explanation: why).render().utf8) }))
        renderers.append(("report.html", { Data(HTMLReport(model: model, explanation: why).render().utf8) }))
        let (files, rendered) = try render(renderers)
        return (files, String(decoding: rendered[0] ?? Data(), as: UTF8.self))
    }

    /// The renderers of the standard set, result.json first.
    static func standard(_ result: SolveResult) -> [Renderer] {
        [
            ("result.json", { Data(json(result).utf8) }),
            ("allocation.csv", { Data(allocationCSV(result).utf8) }),
            ("transfers.csv", { Data(transfersCSV(result).utf8) }),
            (workbookName, { () throws(OutputError) -> Data? in
                do throws(SpreadsheetError) {
                    return try AllocationWorkbook.data(result)
                } catch {
                    throw OutputError(path: workbookName, reason: error.description)
                }
            }),
        ]
    }

    /// Renders the files on up to as many threads as there are files; added in the order
    /// given, with the rendered bytes in that order.
    static func render(_ renderers: [Renderer]) throws(OutputError) -> (files: AtomicFileSet, data: [Data?]) {
        let rendered = try WorkQueue.map(renderers.count, threads: renderers.count) { (i: Int) throws(OutputError) -> Data? in
            try renderers[i].render()
        }
        var files = AtomicFileSet()
        for (renderer, data) in zip(renderers, rendered) {
            if let data { files.add(renderer.name, data: data) }
        }
        return (files, rendered)
    }

    /// The Excel workbook's file name in a result set.
    public static let workbookName = "allocation.xlsx"
}

/// A result file could not be read.
public struct ResultReadError: Error, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// Why.
    public var reason: String
    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}
