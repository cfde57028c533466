/// The report as Markdown: the same figures as the HTML report, charts given as tables.
public struct MarkdownReport: Sendable {
    /// The figures.
    public var model: ReportModel
    /// The explanation of the same solve, shown in words when given.
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

    private func say(_ text: ReportText) -> String { text.text(model.language) }
    private func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    /// The document, worded in the model's language, in the order of the HTML report.
    public func render() -> String {
        let m = model
        let e = MarkdownEscaping.cell
        let r = m.result
        let names = DisplayNames(r)
        let staffing = StaffingReport(language: m.language)
        var out = "# \(e(m.scenarioName))\n\n"
        let issuer = [m.office, m.date].compactMap { $0 }
        if !issuer.isEmpty { out += issuer.map(e).joined(separator: "\u{3000}") + "\n\n" }
        out += "**\(e(m.verdict))**\n\n"

        if m.noAllocation {
            out += say(.infeasibleLead) + "\n\n## \(say(.conflictAndWaysOut))\n\n" + why()
            out += kindSummary()
            return out + appendix()
        }

        out += "## \(say(.headline))\n\n" + row([say(.figure), say(.before), say(.after), say(.note)]) + "|---|--:|--:|---|\n"
        for k in m.kinds {
            out += row([e(say(.totalQuota(kind: k.name))), String(k.before), String(k.after), k.unchanged ? say(.unchanged) : NumberFormat.signed(k.after - k.before)])
        }
        let t = m.totals
        for (label, before, after) in staffing.headline(t) {
            out += row([label, String(before), String(after), NumberFormat.signed(after - before)])
        }
        let covered = t.shortfallBefore - t.shortfallAfter
        let share = t.shortfallBefore > 0 ? " (\(NumberFormat.percent(covered / t.shortfallBefore)))" : ""
        out += row([say(.shortfall), NumberFormat.plain(t.shortfallBefore, decimals: 1), NumberFormat.plain(t.shortfallAfter, decimals: 1),
                    say(.covered(amount: NumberFormat.plain(covered, decimals: 1))) + share])
        for share in m.levelShares where share.levels.contains(where: { $0.level == .township }) {
            let g = share.grassroots
            out += row([e(say(.grassrootsShare(kind: share.kind))), NumberFormat.percent(g.before), NumberFormat.percent(g.after), ""])
        }
        if t.departuresRelied > 0 {
            out += row([StaffingText.departuresRelied.text(m.language), "", String(t.departuresRelied), say(.seeBelow)])
        }
        out += row([say(.changedUnits), "", String(t.unitsChanged), say(.ofUnits(count: r.units.count))])
        out += "\n- " + say(.movedBreakdown(gained: t.gained, cut: t.cut, reserve: t.reserveHeld, cancelled: t.cancelled)) + "\n\n"
        out += kindSummary()

        out += "## \(say(.changePerDepartment))\n\n"
        for kind in m.departmentChangesByKind {
            out += "### \(e(say(.departmentChangeOfKind(kind: kind.kind))))\n\n"
            if kind.bars.isEmpty {
                out += e(say(.departmentChangeNone(kind: kind.kind))) + "\n\n"
            } else {
                out += row([say(.department), say(.change)]) + "|---|--:|\n"
                for bar in kind.bars { out += row([e(bar.label), NumberFormat.signed(bar.value)]) }
                out += "\n"
            }
        }

        out += Self.table(staffing.groupsTitle, staffing.groupsNote, staffing.groupHeaders, StaffingReport.groupNumeric, staffing.groupRows(r))
        let departures = StaffingReport.departureRows(r)
        if !departures.isEmpty {
            out += Self.table(staffing.departuresTitle, staffing.departuresNote, staffing.departureHeaders, [false, true, true, true, true], departures)
        }

        out += "## \(say(.why))\n\n\(say(.whyLead))\n\n" + why()

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

        out += "## \(say(.transferFlows))\n\n"
        for flows in [m.flowsByDepartment, m.flowsByRegion] where !flows.from.isEmpty {
            out += "### \(e(flows.title))\n\n" + row([e(say(.fromTo))] + flows.to.map(e))
            out += "|---|" + flows.to.map { _ in "--:|" }.joined() + "\n"
            for (i, from) in flows.from.enumerated() {
                out += row([e(from)] + flows.amounts[i].map { $0 == 0 ? "" : String($0) })
            }
            out += "\n"
        }

        out += "## \(say(.allocation(units: r.units.count)))\n\n"
        out += row([say(.unit), say(.department), say(.region), say(.kind), say(.quota), say(.headcount), say(.need), say(.newQuota), say(.change),
                    say(.bound)] + staffing.unitHeaders)
        out += "|---|---|---|---|--:|--:|--:|--:|--:|---|--:|--:|---|\n"
        for u in r.units.prefix(ReportFiles.tableRowLimit) {
            out += row([e(u.name), e(u.department), e(names.region(u.region)), e(names.kind(u.kind)), String(u.quota), String(u.headcount),
                        u.need.map { NumberFormat.plain($0, decimals: 1) } ?? "—", String(u.newQuota), NumberFormat.signed(u.change), e(staffing.bound(u))]
                       + staffing.unitCells(u).map(e))
        }
        out += ReportFiles.moreRowsNote(r.units.count, file: "allocation.csv", language: m.language).map { "\n\($0)\n" } ?? ""
        out += "\n## \(say(.transfers(count: r.transfers.count)))\n\n"
        if r.transfers.isEmpty {
            out += say(.noTransfers) + "\n\n"
        } else {
            out += row([say(.from), say(.to), say(.kind), say(.amount), say(.lane)]) + "|---|---|---|--:|---|\n"
            for tr in r.transfers.prefix(ReportFiles.tableRowLimit) {
                out += row([e(tr.fromName), e(tr.toName), e(names.kind(tr.kind)), String(tr.amount), tr.lane.text(m.language)])
            }
            out += (ReportFiles.moreRowsNote(r.transfers.count, file: "transfers.csv", language: m.language).map { "\n\($0)\n" } ?? "") + "\n"
        }
        return out + appendix()
    }

    /// The summary by kind: one row per kind.
    private func kindSummary() -> String {
        let headers: [ReportText] = [.kind, .unitsCount, .before, .after, .change, .gainedLabel, .cutLabel, .changedUnits, .vacancyLabel, .overQuotaLabel]
        var out = "## \(say(.summaryByKind))\n\n" + row(headers.map(say)) + "|---|" + String(repeating: "--:|", count: 9) + "\n"
        for k in model.kindSummaries {
            out += row([MarkdownEscaping.cell(k.name), String(k.units), String(k.before), String(k.after), NumberFormat.signed(k.after - k.before),
                        String(k.gained), String(k.cut), String(k.changedUnits), StaffingReport.arrow(k.staffing.vacancyBefore, k.staffing.vacancyAfter),
                        StaffingReport.arrow(k.staffing.overQuotaBefore, k.staffing.overQuotaAfter)])
        }
        return out + "\n"
    }

    /// The explanation in words: titled lists, or a note that there is none.
    private func why() -> String {
        guard let explanation else { return say(.noExplanation) + "\n\n" }
        var out = ""
        for section in ReportExplanation(explanation, language: model.language).sections {
            out += "### \(section.title)\n\n" + section.items.map { "- \(MarkdownEscaping.cell($0))\n" }.joined() + "\n"
        }
        return out
    }

    /// The appendix: the solver's details.
    private func appendix() -> String {
        var out = "## \(say(.appendix))\n\n\(say(.appendixLead))\n\n" + row([say(.figure), say(.value)]) + "|---|---|\n"
        for (label, value) in ReportAppendix(model: model).rows { out += row([MarkdownEscaping.cell(label), MarkdownEscaping.cell(value)]) }
        return out
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
