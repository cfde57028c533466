/// The report as Markdown: the same figures as the HTML report, charts given as tables.
public struct MarkdownReport: Sendable {
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

    private func say(_ text: ReportText) -> String { text.text(model.language) }
    private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    /// The document, worded in the model's language.
    public func render() -> String {
        let m = model
        let e = MarkdownEscaping.cell
        let r = m.result
        let names = DisplayNames(r)
        var out = "# \(e(m.scenarioName)) — \(say(.reportTitle))\n\n"
        out += "- \(say(.statusLine(verdict: e(m.verdict))))\n"
        out += "- \(say(.solveTime(solve: NumberFormat.seconds(m.solveSeconds, language: m.language), total: NumberFormat.seconds(m.totalSeconds, language: m.language))))\n"
        out += "- \(e(say(.horizon(years: m.horizonYears, scenario: m.scenarioPath, digest: m.digest))))\n\n"

        out += "## \(say(.headline))\n\n" + row([say(.figure), say(.before), say(.after), say(.note)]) + "|---|--:|--:|---|\n"
        for k in m.kinds {
            out += row([e(k.name), String(k.before), String(k.after), k.unchanged ? say(.unchanged) : NumberFormat.signed(k.after - k.before)])
        }
        let t = m.totals
        let covered = t.shortfallBefore - t.shortfallAfter
        let share = t.shortfallBefore > 0 ? " (\(NumberFormat.percent(covered / t.shortfallBefore)))" : ""
        out += row([say(.shortfall), NumberFormat.plain(t.shortfallBefore, decimals: 1), NumberFormat.plain(t.shortfallAfter, decimals: 1),
                    say(.covered(amount: NumberFormat.plain(covered, decimals: 1))) + share])
        for share in m.levelShares where share.levels.contains(where: { $0.level == .township }) {
            let g = share.grassroots
            out += row([e(say(.grassrootsShare(kind: share.kind))), NumberFormat.percent(g.before), NumberFormat.percent(g.after), ""])
        }
        for (label, before, after) in StaffingReport.headline(t, m.language) {
            out += row([label, String(before), String(after), NumberFormat.signed(after - before)])
        }
        if t.departuresRelied > 0 {
            out += row([StaffingText.departuresRelied.text(m.language), "", String(t.departuresRelied), say(.seeBelow)])
        }
        out += "\n- " + say(.quotasMoved(
            moved: m.quotasMoved, gained: t.gained, cut: t.cut, reserve: t.reserveHeld, cancelled: t.cancelled, unitsChanged: t.unitsChanged)) + "\n"
        let o = m.objective
        out += "- " + say(.objectiveLine(
            total: NumberFormat.plain(o.total), shortfall: NumberFormat.plain(o.shortfall), excess: NumberFormat.plain(o.excess),
            moves: NumberFormat.plain(o.moves), penalties: NumberFormat.plain(o.penalties), channels: NumberFormat.plain(o.channels))) + "\n\n"

        out += "## \(say(.changePerDepartment))\n\n"
        if m.departmentChanges.isEmpty {
            out += say(.noDepartmentChanges) + "\n\n"
        } else {
            out += row([say(.department), say(.change)]) + "|---|--:|\n"
            for bar in m.departmentChanges { out += row([e(bar.label), NumberFormat.signed(bar.value)]) }
            out += "\n"
        }

        out += "## \(say(.shareByLevel))\n\n" + row([say(.kind), say(.level), say(.before), say(.share), say(.after), say(.share)])
        out += "|---|---|--:|--:|--:|--:|\n"
        for share in m.levelShares {
            for l in share.levels {
                out += row([e(share.kind), l.level.text(m.language), String(l.before),
                            NumberFormat.percent(Double(l.before) / Double(max(1, share.totalBefore))), String(l.after),
                            NumberFormat.percent(Double(l.after) / Double(max(1, share.totalAfter)))])
            }
        }
        out += "\n"

        if !m.coverage.isEmpty {
            out += "## \(say(.coverageByClass))\n\n" + row([say(.priorityClass), say(.before), say(.after), say(.shortfallCovered)])
            out += "|---|--:|--:|--:|\n"
            for c in m.coverage {
                out += row([e(c.name), NumberFormat.plain(c.before, decimals: 1), NumberFormat.plain(c.after, decimals: 1), NumberFormat.percent(c.covered)])
            }
            out += "\n"
        }

        if !m.derivedNeeds.isEmpty {
            out += Self.table(StandardText.derivedNeeds.text(m.language), StandardText.derivedNeedsLead.text(m.language),
                              StandardText.derivedNeedColumns(m.language), [false, false], m.derivedNeeds.map { [$0.unit, $0.derivation] })
        }
        if r.years != nil {
            let years = YearReport(language: m.language)
            out += Self.table(years.title, years.note, years.headers, YearReport.numeric, years.rows(r))
        }
        let groups = StaffingReport.groups(m.language), relying = StaffingReport.departures(m.language)
        out += Self.table(groups.title, groups.note, groups.headers, StaffingReport.groupNumeric, StaffingReport.groupRows(r, m.language))
        let departures = StaffingReport.departureRows(r)
        if !departures.isEmpty {
            out += Self.table(relying.title, relying.note, relying.headers, [false, true, true, true, true], departures)
        }

        out += "## \(say(.transferFlows))\n\n"
        for flows in [m.flowsByDepartment, m.flowsByRegion] where !flows.from.isEmpty {
            out += "### \(e(flows.title))\n\n" + row([e(say(.fromTo))] + flows.to.map(e))
            out += "|---|" + flows.to.map { _ in "--:|" }.joined() + "\n"
            for (i, from) in flows.from.enumerated() {
                out += row([e(from)] + flows.amounts[i].map { $0 == 0 ? "" : String($0) })
            }
            out += "\n"
        }

        if let explanation {
            // A fence longer than any run of backticks in the text keeps it literal.
            var fence = "```"
            while explanation.contains(fence) { fence += "`" }
            out += "## \(say(.why))\n\n\(fence)text\n\(explanation)\(explanation.hasSuffix("\n") ? "" : "\n")\(fence)\n\n"  // i18n-exempt: fence info string
        }
        out += "## \(say(.allocation(units: r.units.count)))\n\n"
        out += row([say(.unit), say(.department), say(.region), say(.kind), say(.quota), say(.headcount), say(.need), say(.newQuota), say(.change),
                    say(.bound)] + StaffingReport.unitHeaders(m.language))
        out += "|---|---|---|---|--:|--:|--:|--:|--:|---|--:|--:|---|\n"
        func reason(_ raw: String) -> String { BoundReason(rawValue: raw)?.text(m.language) ?? raw }
        for u in r.units.prefix(ReportFiles.tableRowLimit) {
            let bound = u.newQuota == u.upperBound && u.change != 0 ? say(.atUpper(reason: reason(u.upperReason)))
                : u.newQuota == u.lowerBound && u.change != 0 ? say(.atLower(reason: reason(u.lowerReason))) : ""
            out += row([e(u.name), e(u.department), e(names.region(u.region)), e(names.kind(u.kind)), String(u.quota), String(u.headcount),
                        u.need.map { NumberFormat.plain($0, decimals: 1) } ?? "—", String(u.newQuota), NumberFormat.signed(u.change), e(bound)]
                       + StaffingReport.unitCells(u, m.language).map(e))
        }
        out += ReportFiles.moreRowsNote(r.units.count, file: "allocation.csv", language: m.language).map { "\n\($0)\n" } ?? ""
        out += "\n## \(say(.transfers(count: r.transfers.count)))\n\n"
        if r.transfers.isEmpty { return out + say(.noTransfers) + "\n" }
        out += row([say(.from), say(.to), say(.kind), say(.amount), say(.lane)]) + "|---|---|---|--:|---|\n"
        for tr in r.transfers.prefix(ReportFiles.tableRowLimit) {
            out += row([e(tr.fromName), e(tr.toName), e(names.kind(tr.kind)), String(tr.amount), tr.lane.text(m.language)])
        }
        return out + (ReportFiles.moreRowsNote(r.transfers.count, file: "transfers.csv", language: m.language).map { "\n\($0)\n" } ?? "")
    }

    /// A titled section holding one table (cells escaped here).
    static func table(_ title: String, _ note: String, _ headers: [String], _ numeric: [Bool], _ rows: [[String]]) -> String {
        let e = MarkdownEscaping.cell
        var out = "## \(title)\n\n\(note)\n\n| " + headers.map(e).joined(separator: " | ") + " |\n|"
        out += numeric.map { $0 ? "--:|" : "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.map(e).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }
}
