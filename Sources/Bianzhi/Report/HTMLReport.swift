/// The report as one self-contained HTML file: inline CSS and SVG, no scripts, no network;
/// every text from the scenario escaped; a CJK font stack; A4 print layout.
public struct HTMLReport: Sendable {
    /// The figures.
    public var model: ReportModel
    /// The explanation of the same solve (why this allocation, or the conflict and the ways
    /// out), shown in words in the report's language when given.
    public var explanation: Explanation?

    /// Creates a report.
    public init(model: ReportModel, explanation: Explanation? = nil) {
        self.model = model
        self.explanation = explanation
    }

    /// Creates a report of a result.
    public init(result: SolveResult) {
        self.model = ReportModel(result: result)
    }

    // i18n-exempt: CSS (font names)
    static let style = """
        :root { --gain: #2e7d32; --cut: #c62828; --ink: #212121; --muted: #616161; --line: #e0e0e0; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
               color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; line-height: 1.5; background: #fff; }
        header.title { text-align: center; margin-bottom: 12px; }
        h1 { font-size: 26px; margin: 0 0 6px; }
        .issuer { font-size: 15px; margin: 0; }
        h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 15px; margin: 16px 0 4px; }
        .meta { color: var(--muted); font-size: 13px; margin: 0 0 12px; }
        .status { display: inline-block; padding: 2px 10px; border-radius: 10px; font-size: 13px; font-weight: 600; }
        .status.ok { background: #e8f5e9; color: var(--gain); }
        .status.warn { background: #fff3e0; color: #e65100; }
        .status.bad { background: #ffebee; color: var(--cut); }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 16px 0; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
        .card .label { color: var(--muted); font-size: 13px; }
        .card .value { font-size: 24px; font-weight: 700; white-space: nowrap; }
        .card .note { color: var(--muted); font-size: 12px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #fafafa; font-weight: 600; white-space: nowrap; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.name { white-space: nowrap; }
        td.bound { min-width: 14em; }
        .pos { color: var(--gain); font-weight: 600; }
        .neg { color: var(--cut); font-weight: 600; }
        figure { margin: 8px 0 16px; }
        figcaption { color: var(--muted); font-size: 12px; }
        svg text { font-family: inherit; }
        section.why li { margin: 2px 0; }
        .lead { font-size: 14px; }
        .appendix dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; font-size: 13px; }
        .appendix dt { color: var(--muted); }
        .appendix dd { margin: 0; word-break: break-all; }
        footer { color: var(--muted); font-size: 12px; margin-top: 32px; }
        @page { size: A4; margin: 14mm; }
        @page wide { size: A4 landscape; margin: 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11px; }
          h2, h3, p.meta { break-after: avoid; }
          figure, .card, tr, svg, .chart, .appendix { break-inside: avoid; }
          thead { display: table-header-group; }
          .cards { grid-template-columns: repeat(4, 1fr); }
          section.wide { page: wide; }
          section.wide table { font-size: 10px; }
          .appendix { break-before: page; }
        }
        """

    private func say(_ text: ReportText) -> String { text.text(model.language) }

    /// The document, worded in the model's language: title, office and date; the headline
    /// figures and the summary by kind; charts per kind; 空编/超编; why; the full tables; and
    /// the solver's details in an appendix.
    public func render() -> String {
        let m = model
        let e = HTMLEscaping.escape
        let l = m.language
        let staffing = StaffingReport(language: l)
        var h = "<!DOCTYPE html>\n<html lang=\"\(l == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>\(e(m.scenarioName))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
        h += "<header class=\"title\"><h1>\(e(m.scenarioName))</h1>\n"
        let issuer = [m.office, m.date].compactMap { $0 }
        if !issuer.isEmpty { h += "<p class=\"issuer\">\(issuer.map(e).joined(separator: "\u{3000}"))</p>\n" }
        h += "</header>\n"
        let statusClass = m.noAllocation ? "bad" : m.provenOptimal ? "ok" : "warn"
        h += "<p><span class=\"status \(statusClass)\">\(e(m.verdict))</span></p>\n"

        if m.noAllocation {
            h += "<p class=\"lead\">\(e(say(.infeasibleLead)))</p>\n"
            h += "<h2>\(e(say(.conflictAndWaysOut)))</h2>\n" + why()
            h += kindSummary()
            h += appendix()
            return h + "<footer>\(e(say(.footer)))</footer>\n</body>\n</html>\n"
        }

        h += "<h2>\(e(say(.headline)))</h2>\n<div class=\"cards\">\n"
        for k in m.kinds {
            let note = k.unchanged ? say(.unchanged) : NumberFormat.signed(k.after - k.before)
            h += card(say(.totalQuota(kind: k.name)), "\(k.before) → \(k.after)", note)
        }
        let t = m.totals
        h += card(say(.changedUnits), String(t.unitsChanged), say(.ofUnits(count: m.result.units.count)))
        h += card(say(.gainedLabel), String(t.gained), "")
        h += card(say(.cutLabel), String(t.cut), "")
        h += card(say(.reserveLabel), String(t.reserveHeld), say(.reserveNote))
        h += card(say(.cancelledLabel), String(t.cancelled), say(.cancelledNote))
        for (label, before, after) in staffing.headline(t) {
            h += card(label, "\(before) → \(after)", NumberFormat.signed(after - before))
        }
        let covered = t.shortfallBefore - t.shortfallAfter
        let coverage = t.shortfallBefore > 0 ? NumberFormat.percent(covered / t.shortfallBefore) : "—"
        h += card(say(.shortfallCovered), NumberFormat.plain(covered, decimals: 1),
                  "\(NumberFormat.plain(t.shortfallBefore, decimals: 1)) → \(NumberFormat.plain(t.shortfallAfter, decimals: 1)) (\(coverage))")
        for share in m.levelShares where share.levels.contains(where: { $0.level == .township }) {
            let g = share.grassroots
            h += card(say(.grassrootsShare(kind: share.kind)), NumberFormat.percent(g.after), say(.beforeValue(value: NumberFormat.percent(g.before))))
        }
        if t.departuresRelied > 0 {
            h += card(StaffingText.departuresRelied.text(l), String(t.departuresRelied), say(.unitsBelowPeopleInPost))
        }
        h += "</div>\n"
        h += kindSummary()

        if m.result.years != nil {
            let years = YearReport(language: l)
            h += table(years.title, years.note, years.headers, YearReport.numeric, years.rows(m.result))
            h += figure(years.chart(m.result), years.note)
        }

        // One chart per kind, each kept on one page with its title (the section's title with the first).
        for (index, kind) in m.departmentChangesByKind.enumerated() {
            let title = say(.departmentChangeOfKind(kind: kind.kind))
            h += "<div class=\"chart\">\n"
            if index == 0 { h += "<h2>\(e(say(.changePerDepartment)))</h2>\n<p class=\"meta\">\(e(say(.departmentCaption)))</p>\n" }
            h += "<h3>\(e(title))</h3>\n"
            if kind.bars.isEmpty {
                h += "<p>\(e(say(.departmentChangeNone(kind: kind.kind))))</p>\n"
            } else {
                h += "<figure>\(SVGChart.divergingBars(kind.bars.map { ($0.label, $0.value) }, title: title, language: l))</figure>\n"
            }
            h += "</div>\n"
        }

        h += table(staffing.groupsTitle, staffing.groupsNote, staffing.groupHeaders, StaffingReport.groupNumeric, staffing.groupRows(m.result), names: 2)
        let departures = StaffingReport.departureRows(m.result)
        if !departures.isEmpty {
            h += table(staffing.departuresTitle, staffing.departuresNote, staffing.departureHeaders, [false, true, true, true, true], departures, names: 1)
        }

        h += "<h2>\(e(say(.why)))</h2>\n<p class=\"meta\">\(e(say(.whyLead)))</p>\n" + why()

        h += "<h2>\(e(say(.shareByLevel)))</h2>\n"
        let levels = Level.allCases.filter { level in m.levelShares.contains { $0.levels.contains { $0.level == level } } }
        let levelNames = levels.map { $0.text(l) }
        var shareRows: [(label: String, parts: [Int])] = []
        for share in m.levelShares {
            func parts(_ pick: (Level, Int, Int) -> Int) -> [Int] {
                levels.map { level in share.levels.first { $0.level == level }.map { pick($0.level, $0.before, $0.after) } ?? 0 }
            }
            shareRows.append((say(.kindBefore(kind: share.kind)), parts { _, b, _ in b }))
            shareRows.append((say(.kindAfter(kind: share.kind)), parts { _, _, a in a }))
        }
        h += figure(SVGChart.shareBars(shareRows, parts: levelNames, title: say(.shareByLevel), language: l), say(.levelCaption))

        if !m.coverage.isEmpty {
            h += "<h2>\(e(say(.coverageByClass)))</h2>\n"
            let coverageRows = m.coverage.map { c in
                (label: c.name, before: c.before, after: c.after, note: say(.covered(amount: NumberFormat.percent(c.covered))))
            }
            h += figure(SVGChart.beforeAfterBars(coverageRows, title: say(.coverageByClass), language: l), say(.coverageCaption))
        }

        if !m.derivedNeeds.isEmpty {
            h += table(StandardText.derivedNeeds.text(m.language), StandardText.derivedNeedsLead.text(m.language),
                       StandardText.derivedNeedColumns(m.language), [false, false], m.derivedNeeds.map { [$0.unit, $0.derivation] }, names: 1)
        }

        h += "<h2>\(e(say(.transferFlows)))</h2>\n"
        for flows in [m.flowsByDepartment, m.flowsByRegion] {
            h += "<h3>\(e(flows.title))</h3>\n"
            h += figure(SVGChart.heatMatrix(from: flows.from, to: flows.to, amounts: flows.amounts, title: flows.title, language: l),
                        say(.flowCaption(total: flows.total)))
        }

        h += allocationTable(m.result, staffing)
        h += transferTable(m.result)
        h += appendix()
        h += "<footer>\(e(say(.footer)))</footer>\n</body>\n</html>\n"
        return h
    }

    /// The summary by kind: one row per kind.
    private func kindSummary() -> String {
        let rows = model.kindSummaries.map { k in
            [k.name, String(k.units), String(k.before), String(k.after), NumberFormat.signed(k.after - k.before), String(k.gained), String(k.cut),
             String(k.changedUnits), StaffingReport.arrow(k.staffing.vacancyBefore, k.staffing.vacancyAfter),
             StaffingReport.arrow(k.staffing.overQuotaBefore, k.staffing.overQuotaAfter)]
        }
        let headers: [ReportText] = [.kind, .unitsCount, .before, .after, .change, .gainedLabel, .cutLabel, .changedUnits, .vacancyLabel, .overQuotaLabel]
        return table(say(.summaryByKind), nil, headers.map(say), [false] + Array(repeating: true, count: 9), rows, names: 1)
    }

    /// The explanation in words: titled lists, or a note that there is none.
    private func why() -> String {
        let e = HTMLEscaping.escape
        guard let explanation else { return "<p class=\"meta\">\(e(say(.noExplanation)))</p>\n" }
        var h = "<section class=\"why\">\n"
        for section in ReportExplanation(explanation, language: model.language).sections {
            h += "<h3>\(e(section.title))</h3>\n<ul>\n" + section.items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
        }
        return h + "</section>\n"
    }

    /// The solver's details: input file and digest, status, times, objective parts, model size.
    private func appendix() -> String {
        let e = HTMLEscaping.escape
        var h = "<section class=\"appendix\">\n<h2>\(e(say(.appendix)))</h2>\n<p class=\"meta\">\(e(say(.appendixLead)))</p>\n<dl>\n"
        for (label, value) in ReportAppendix(model: model).rows {
            h += "<dt>\(e(label))</dt><dd>\(e(value))</dd>\n"
        }
        return h + "</dl>\n</section>\n"
    }

    private func card(_ label: String, _ value: String, _ note: String) -> String {
        let e = HTMLEscaping.escape
        return "<div class=\"card\"><div class=\"label\">\(e(label))</div><div class=\"value\">\(e(value))</div><div class=\"note\">\(e(note))</div></div>\n"
    }

    private func figure(_ svg: String, _ caption: String) -> String {
        "<figure>\(svg)<figcaption>\(HTMLEscaping.escape(caption))</figcaption></figure>\n"
    }

    /// A titled section holding one table (cells escaped here); the first `names` columns
    /// hold names and never wrap.
    private func table(_ title: String, _ note: String?, _ headers: [String], _ numeric: [Bool], _ rows: [[String]], names: Int = 0) -> String {
        let e = HTMLEscaping.escape
        func cls(_ column: Int, _ n: Bool) -> String { n ? " class=\"n\"" : column < names ? " class=\"name\"" : "" }
        var h = "<h2>\(e(title))</h2>\n" + (note.map { "<p class=\"meta\">\(e($0))</p>\n" } ?? "") + "<table><thead><tr>"
        for (header, n) in zip(headers, numeric) { h += "<th\(n ? " class=\"n\"" : "")>\(e(header))</th>" }
        h += "</tr></thead><tbody>\n"
        for row in rows {
            h += "<tr>" + zip(row, numeric).enumerated().map { "<td\(cls($0, $1.1))>\(e($1.0))</td>" }.joined() + "</tr>\n"
        }
        return h + "</tbody></table>\n"
    }

    private func signedCell(_ value: Int) -> String {
        let cls = value > 0 ? " pos" : value < 0 ? " neg" : ""
        return "<td class=\"n\(cls)\">\(NumberFormat.signed(value))</td>"
    }

    private func headerRow(_ columns: [(ReportText, Bool)], extra: [(String, Bool)] = []) -> String {
        let all = columns.map { (say($0.0), $0.1) } + extra
        return "<table><thead><tr>" + all.map { "<th\($0.1 ? " class=\"n\"" : "")>\(HTMLEscaping.escape($0.0))</th>" }.joined()
            + "</tr></thead><tbody>\n"
    }

    /// The unit table, on landscape pages in print (a named page): names never wrap.
    private func allocationTable(_ r: SolveResult, _ staffing: StaffingReport) -> String {
        let e = HTMLEscaping.escape
        let names = DisplayNames(r)
        var h = "<section class=\"wide\">\n<h2>\(e(say(.allocation(units: r.units.count))))</h2>\n"
        h += headerRow([(.unit, false), (.department, false), (.region, false), (.kind, false), (.quota, true), (.headcount, true),
                        (.need, true), (.newQuota, true), (.change, true), (.bound, false)], extra: staffing.unitHeaders.enumerated().map { ($1, $0 < 2) })
        for u in r.units.prefix(ReportFiles.tableRowLimit) {
            h += "<tr><td class=\"name\">\(e(u.name))</td><td class=\"name\">\(e(u.department))</td><td class=\"name\">\(e(names.region(u.region)))</td>"
            h += "<td class=\"name\">\(e(names.kind(u.kind)))</td>"
            h += "<td class=\"n\">\(u.quota)</td><td class=\"n\">\(u.headcount)</td><td class=\"n\">\(u.need.map { e(NumberFormat.plain($0, decimals: 1)) } ?? "—")</td>"
            let cells = staffing.unitCells(u)
            h += "<td class=\"n\">\(u.newQuota)</td>\(signedCell(u.change))<td class=\"bound\">\(e(staffing.bound(u)))</td>"
            h += "<td class=\"n\">\(e(cells[0]))</td><td class=\"n\">\(e(cells[1]))</td><td>\(e(cells[2]))</td></tr>\n"
        }
        let more = ReportFiles.moreRowsNote(r.units.count, file: "allocation.csv", language: model.language).map { "<p>\(e($0))</p>\n" } ?? ""
        return h + "</tbody></table>\n" + more + "</section>\n"
    }

    private func transferTable(_ r: SolveResult) -> String {
        let e = HTMLEscaping.escape
        let names = DisplayNames(r)
        var h = "<h2>\(e(say(.transfers(count: r.transfers.count))))</h2>\n"
        if r.transfers.isEmpty { return h + "<p>\(e(say(.noTransfers)))</p>\n" }
        h += headerRow([(.from, false), (.to, false), (.kind, false), (.amount, true), (.lane, false)])
        for t in r.transfers.prefix(ReportFiles.tableRowLimit) {
            h += "<tr><td class=\"name\">\(e(t.fromName))</td><td class=\"name\">\(e(t.toName))</td><td class=\"name\">\(e(names.kind(t.kind)))</td><td class=\"n\">\(t.amount)</td><td>\(e(t.lane.text(model.language)))</td></tr>\n"
        }
        return h + "</tbody></table>\n" + (ReportFiles.moreRowsNote(r.transfers.count, file: "transfers.csv", language: model.language).map { "<p>\(e($0))</p>\n" } ?? "")
    }
}
