/// The report as one self-contained HTML file: inline CSS and SVG, no scripts, no network;
/// every text from the scenario escaped; a CJK font stack; A4 print layout.
public struct HTMLReport: Sendable {
    /// The figures.
    public var model: ReportModel
    /// The text of `bianzhi explain` for the same scenario, shown as its own section when given.
    public var explanation: String?

    /// Creates a report.
    public init(model: ReportModel, explanation: String? = nil) {
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
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        .meta { color: var(--muted); font-size: 13px; margin: 0 0 16px; }
        .status { display: inline-block; padding: 2px 10px; border-radius: 10px; font-size: 13px; font-weight: 600; }
        .status.ok { background: #e8f5e9; color: var(--gain); }
        .status.warn { background: #fff3e0; color: #e65100; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 16px 0; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
        .card .label { color: var(--muted); font-size: 13px; }
        .card .value { font-size: 24px; font-weight: 700; }
        .card .note { color: var(--muted); font-size: 12px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #fafafa; font-weight: 600; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .pos { color: var(--gain); font-weight: 600; }
        .neg { color: var(--cut); font-weight: 600; }
        figure { margin: 8px 0 16px; }
        figcaption { color: var(--muted); font-size: 12px; }
        svg text { font-family: inherit; }
        footer { color: var(--muted); font-size: 12px; margin-top: 32px; }
        pre.explain { font-family: "Noto Sans Mono CJK SC", "Noto Sans CJK SC", monospace; font-size: 12px; white-space: pre-wrap;
                      background: #fafafa; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11px; }
          h2 { break-after: avoid; }
          figure, .card, tr { break-inside: avoid; }
          thead { display: table-header-group; }
          .cards { grid-template-columns: repeat(3, 1fr); }
        }
        """

    private func say(_ text: ReportText) -> String { text.text(model.language) }

    /// The document, worded in the model's language.
    public func render() -> String {
        let m = model
        let e = HTMLEscaping.escape
        let l = m.language
        var h = "<!DOCTYPE html>\n<html lang=\"\(l == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>\(e(m.scenarioName)) — \(e(say(.reportTitle)))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
        h += "<h1>\(e(m.scenarioName))</h1>\n"
        h += "<p class=\"meta\">\(e(say(.reportTitle))) · \(e(say(.horizon(years: m.horizonYears, scenario: m.scenarioPath, digest: m.digest))))</p>\n"
        h += "<p><span class=\"status \(m.provenOptimal ? "ok" : "warn")\">\(e(m.verdict))</span> "
        h += "<span class=\"meta\">\(e(say(.solveTime(solve: NumberFormat.seconds(m.solveSeconds, language: m.language), total: NumberFormat.seconds(m.totalSeconds, language: m.language)))))</span></p>\n"

        h += "<h2>\(e(say(.headline)))</h2>\n<div class=\"cards\">\n"
        for k in m.kinds {
            let note = k.unchanged ? say(.unchanged) : NumberFormat.signed(k.after - k.before)
            h += card(say(.beforeToAfter(kind: k.name)), "\(k.before) → \(k.after)", note)
        }
        let t = m.totals
        h += card(say(.quotasMovedLabel), String(m.quotasMoved), say(.movedBreakdown(gained: t.gained, cut: t.cut, reserve: t.reserveHeld, cancelled: t.cancelled)))
        h += card(say(.unitsChanged), String(t.unitsChanged), say(.ofUnits(count: m.result.units.count)))
        let covered = t.shortfallBefore - t.shortfallAfter
        let coverage = t.shortfallBefore > 0 ? NumberFormat.percent(covered / t.shortfallBefore) : "—"
        h += card(say(.shortfallCovered), NumberFormat.plain(covered, decimals: 1),
                  "\(NumberFormat.plain(t.shortfallBefore, decimals: 1)) → \(NumberFormat.plain(t.shortfallAfter, decimals: 1)) (\(coverage))")
        for share in m.levelShares where share.levels.contains(where: { $0.level == .township }) {
            let g = share.grassroots
            h += card(say(.grassrootsShare(kind: share.kind)), NumberFormat.percent(g.after), say(.beforeValue(value: NumberFormat.percent(g.before))))
        }
        for (label, before, after) in StaffingReport.headline(t, m.language) {
            h += card(label, "\(before) → \(after)", NumberFormat.signed(after - before))
        }
        if t.departuresRelied > 0 {
            h += card(StaffingText.departuresRelied.text(l), String(t.departuresRelied), say(.unitsBelowPeopleInPost))
        }
        let gapText = m.provenOptimal ? say(.provenOptimal) : say(.gap(value: m.gap.map { NumberFormat.percent($0) }))
        h += card(say(.solve), NumberFormat.seconds(m.solveSeconds, language: m.language), gapText)
        h += "</div>\n"

        if m.result.years != nil {
            let years = YearReport(language: l)
            h += table(years.title, years.note, years.headers, YearReport.numeric, years.rows(m.result))
            h += figure(years.chart(m.result), years.note)
        }

        h += "<h2>\(e(say(.changePerDepartment)))</h2>\n"
        h += figure(SVGChart.divergingBars(m.departmentChanges.map { ($0.label, $0.value) }, title: say(.changePerDepartment), language: l),
                    say(.departmentCaption))

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

        h += "<h2>\(e(say(.coverageByClass)))</h2>\n"
        let coverageRows = m.coverage.map { c in
            (label: c.name, before: c.before, after: c.after, note: say(.covered(amount: NumberFormat.percent(c.covered))))
        }
        h += figure(SVGChart.beforeAfterBars(coverageRows, title: say(.coverageByClass), language: l), say(.coverageCaption))

        if !m.derivedNeeds.isEmpty {
            h += table(StandardText.derivedNeeds.text(m.language), StandardText.derivedNeedsLead.text(m.language),
                       StandardText.derivedNeedColumns(m.language), [false, false], m.derivedNeeds.map { [$0.unit, $0.derivation] })
        }
        let groups = StaffingReport.groups(m.language), relying = StaffingReport.departures(m.language)
        h += table(groups.title, groups.note, groups.headers, StaffingReport.groupNumeric, StaffingReport.groupRows(m.result, m.language))
        let departures = StaffingReport.departureRows(m.result)
        if !departures.isEmpty {
            h += table(relying.title, relying.note, relying.headers, [false, true, true, true, true], departures)
        }

        h += "<h2>\(e(say(.transferFlows)))</h2>\n"
        for flows in [m.flowsByDepartment, m.flowsByRegion] {
            h += "<h3>\(e(flows.title))</h3>\n"
            h += figure(SVGChart.heatMatrix(from: flows.from, to: flows.to, amounts: flows.amounts, title: flows.title, language: l),
                        say(.flowCaption(total: flows.total)))
        }

        h += "<h2>\(e(say(.objective)))</h2>\n<table><thead><tr><th>\(e(say(.part)))</th><th class=\"n\">\(e(say(.value)))</th></tr></thead><tbody>\n"
        let o = m.objective
        let parts: [(ReportText, Double)] = [
            (.total, o.total), (.shortfall, o.shortfall), (.excess, o.excess), (.moves, o.moves), (.penalties, o.penalties),
            (.channels, o.channels), (.transferCost, o.transferCost),
        ]
        for (name, value) in parts {
            h += "<tr><td>\(e(say(name)))</td><td class=\"n\">\(e(NumberFormat.plain(value)))</td></tr>\n"
        }
        h += "</tbody></table>\n"

        if let explanation {
            h += "<h2>\(e(say(.why)))</h2>\n<pre class=\"explain\">\(e(explanation))</pre>\n"
        }
        h += allocationTable(m.result)
        h += transferTable(m.result)
        h += "<footer>\(e(say(.footer)))</footer>\n</body>\n</html>\n"
        return h
    }

    private func card(_ label: String, _ value: String, _ note: String) -> String {
        let e = HTMLEscaping.escape
        return "<div class=\"card\"><div class=\"label\">\(e(label))</div><div class=\"value\">\(e(value))</div><div class=\"note\">\(e(note))</div></div>\n"
    }

    private func figure(_ svg: String, _ caption: String) -> String {
        "<figure>\(svg)<figcaption>\(HTMLEscaping.escape(caption))</figcaption></figure>\n"
    }

    /// A titled section holding one table (cells escaped here).
    private func table(_ title: String, _ note: String, _ headers: [String], _ numeric: [Bool], _ rows: [[String]]) -> String {
        let e = HTMLEscaping.escape
        var h = "<h2>\(e(title))</h2>\n<p class=\"meta\">\(e(note))</p>\n<table><thead><tr>"
        for (header, n) in zip(headers, numeric) { h += "<th\(n ? " class=\"n\"" : "")>\(e(header))</th>" }
        h += "</tr></thead><tbody>\n"
        for row in rows {
            h += "<tr>" + zip(row, numeric).map { "<td\($1 ? " class=\"n\"" : "")>\(e($0))</td>" }.joined() + "</tr>\n"
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

    private func allocationTable(_ r: SolveResult) -> String {
        let e = HTMLEscaping.escape
        let names = DisplayNames(r)
        var h = "<h2>\(e(say(.allocation(units: r.units.count))))</h2>\n"
        h += headerRow([(.unit, false), (.department, false), (.region, false), (.kind, false), (.quota, true), (.headcount, true),
                        (.need, true), (.newQuota, true), (.change, true), (.bound, false)], extra: StaffingReport.unitHeaders(model.language).enumerated().map { ($1, $0 < 2) })
        func reason(_ raw: String) -> String { BoundReason(rawValue: raw)?.text(model.language) ?? raw }
        for u in r.units.prefix(ReportFiles.tableRowLimit) {
            let bound = u.newQuota == u.upperBound && u.change != 0 ? say(.atUpper(reason: reason(u.upperReason)))
                : u.newQuota == u.lowerBound && u.change != 0 ? say(.atLower(reason: reason(u.lowerReason))) : ""
            h += "<tr><td>\(e(u.name))</td><td>\(e(u.department))</td><td>\(e(names.region(u.region)))</td><td>\(e(names.kind(u.kind)))</td>"
            h += "<td class=\"n\">\(u.quota)</td><td class=\"n\">\(u.headcount)</td><td class=\"n\">\(u.need.map { e(NumberFormat.plain($0, decimals: 1)) } ?? "—")</td>"
            let cells = StaffingReport.unitCells(u, model.language)
            h += "<td class=\"n\">\(u.newQuota)</td>\(signedCell(u.change))<td>\(e(bound))</td>"
            h += "<td class=\"n\">\(e(cells[0]))</td><td class=\"n\">\(e(cells[1]))</td><td>\(e(cells[2]))</td></tr>\n"
        }
        return h + "</tbody></table>\n" + (ReportFiles.moreRowsNote(r.units.count, file: "allocation.csv", language: model.language).map { "<p>\(e($0))</p>\n" } ?? "")
    }

    private func transferTable(_ r: SolveResult) -> String {
        let e = HTMLEscaping.escape
        let names = DisplayNames(r)
        var h = "<h2>\(e(say(.transfers(count: r.transfers.count))))</h2>\n"
        if r.transfers.isEmpty { return h + "<p>\(e(say(.noTransfers)))</p>\n" }
        h += headerRow([(.from, false), (.to, false), (.kind, false), (.amount, true), (.lane, false)])
        for t in r.transfers.prefix(ReportFiles.tableRowLimit) {
            h += "<tr><td>\(e(t.fromName))</td><td>\(e(t.toName))</td><td>\(e(names.kind(t.kind)))</td><td class=\"n\">\(t.amount)</td><td>\(e(t.lane.text(model.language)))</td></tr>\n"
        }
        return h + "</tbody></table>\n" + (ReportFiles.moreRowsNote(r.transfers.count, file: "transfers.csv", language: model.language).map { "<p>\(e($0))</p>\n" } ?? "")
    }
}
