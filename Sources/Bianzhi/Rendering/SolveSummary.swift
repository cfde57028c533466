/// The terminal summary of a solve: verdict, objective parts, quotas moved, shortfall by
/// priority class, the units that change and the transfers.
public struct SolveSummary: Sendable {
    /// The result to summarise.
    public var result: SolveResult
    /// At most this many unit and transfer rows (the files hold all of them).
    public var rowLimit: Int
    /// Colours (the change column), off unless stdout is a terminal.
    public var style: TerminalStyle
    /// The language of the words (names from the scenario stay as written).
    public var language: Language

    /// Creates a summary.
    public init(result: SolveResult, rowLimit: Int = 60, style: TerminalStyle = .plain, language: Language = .en) {
        self.result = result
        self.rowLimit = rowLimit
        self.style = style
        self.language = language
    }

    /// The verdict in words.
    public static func verdict(_ result: SolveResult, language: Language = .en) -> String {
        switch result.status {
        case "optimal": return SummaryText.optimal.text(language)
        case "feasible": return SummaryText.stoppedAtLimit(gap: result.gap.map { NumberFormat.percent($0) }).text(language)
        case "infeasible": return SummaryText.infeasible.text(language)
        case "noSolution": return SummaryText.noSolution.text(language)
        default: return SummaryText.solverFailure.text(language)
        }
    }

    private func say(_ text: SummaryText) -> String { text.text(language) }
    private var staffing: StaffingTables { StaffingTables(language: language, limit: rowLimit) }
    private func headers(_ columns: [SummaryColumn]) -> [String] { columns.map { $0.text(language) } }

    /// The text.
    public func render() -> String {
        let r = result
        var out = ""
        let stats = r.statistics
        out += "\(r.scenario.name)\n"
        out += say(.status(
            verdict: Self.verdict(r, language: language), total: NumberFormat.seconds(stats.seconds["total"] ?? 0, language: language),
            solve: NumberFormat.seconds(stats.seconds["solve"] ?? 0, language: language), units: stats.units, blocks: stats.blocks,
            rows: stats.rows, columns: stats.columns, threads: stats.threads)) + "\n"
        guard r.status == "optimal" || r.status == "feasible" else { return out }

        let o = r.objective
        out += say(.objective(
            total: NumberFormat.plain(o.total), shortfall: NumberFormat.plain(o.shortfall), excess: NumberFormat.plain(o.excess),
            moves: NumberFormat.plain(o.moves), penalties: NumberFormat.plain(o.penalties), channels: NumberFormat.plain(o.channels))) + "\n"
        let t = r.totals
        out += say(.moved(cut: t.cut, gained: t.gained, reserve: t.reserveHeld, cancelled: t.cancelled, unitsChanged: t.unitsChanged)) + "\n"
        out += say(.shortfall(before: NumberFormat.plain(t.shortfallBefore), after: NumberFormat.plain(t.shortfallAfter))) + "\n"
        let bases = r.units.compactMap(\.needBasis)
        if !bases.isEmpty {
            let overridden = bases.filter { $0.explicitNeed != nil }.count
            out += StandardText.derivedCount(units: bases.count, overridden: overridden).text(language) + "\n"
        }
        out += staffing.headline(t) + "\n\n"
        let years = YearTables(language: language).render(r)
        if !years.isEmpty { out += years + "\n" }

        var kinds = TextTable(headers: headers([.kind, .before, .after]), alignments: [.left, .right, .right])
        for k in t.byKind { kinds.append([k.name, String(k.before), String(k.after)]) }
        out += kinds.render() + "\n"

        if !r.priorityClasses.isEmpty {
            var classes = TextTable(headers: headers([.priorityClass, .units, .weight, .floor, .shortfallBefore, .shortfallAfter]),
                                    alignments: [.left, .right, .right, .right, .right, .right])
            for c in r.priorityClasses {
                classes.append([c.name, String(c.units), NumberFormat.plain(c.weight), c.needFloor.map { NumberFormat.percent($0) } ?? "—",
                                NumberFormat.plain(c.shortfallBefore), NumberFormat.plain(c.shortfallAfter)])
            }
            out += classes.render() + "\n"
        }
        if !r.channels.isEmpty {
            var channels = TextTable(headers: headers([.channel, .kind, .carried, .cap, .cost]),
                                     alignments: [.left, .left, .right, .right, .right])
            for c in r.channels {
                channels.append(["\(regionName(c.from)) → \(regionName(c.to))", kindName(c.kind), String(c.amount),
                                 String(c.cap) + (c.amount == c.cap ? say(.full) : ""), NumberFormat.plain(c.cost)])
            }
            out += channels.render() + "\n"
        }
        if !r.shareFloors.isEmpty {
            var floors = TextTable(headers: headers([.shareFloor, .kind, .required, .before, .after, .share, .short]),
                                   alignments: [.left, .left, .right, .right, .right, .right, .right])
            for f in r.shareFloors {
                floors.append([f.name + (f.hard ? "" : say(.soft)), kindName(f.kind), String(f.required), String(f.before), String(f.after),
                               "\(NumberFormat.percent(f.shareBefore)) → \(NumberFormat.percent(f.shareAfter))", String(f.short)])
            }
            out += floors.render() + "\n"
        }

        if !r.staffing.isEmpty { out += staffing.groups(r.staffing) + "\n" }

        let changed = r.units.filter { $0.change != 0 }
        out += say(.unitsThatChange(count: changed.count)) + "\n"
        let unitHeaders = headers([.unit, .department, .region, .kind, .quota, .headcount, .need, .newQuota, .change])
            + [StaffingText.vacancies.text(language), StaffingText.overQuota.text(language)] + headers([.bound])
        var units = TextTable(headers: unitHeaders,
                              alignments: [.left, .left, .left, .left, .right, .right, .right, .right, .right, .right, .right, .left],
                              maximumCellWidth: 72)
        for u in changed.prefix(rowLimit) {
            let bound = u.newQuota == u.upperBound ? say(.atMost(reason: reason(u.upperReason)))
                : u.newQuota == u.lowerBound ? say(.atLeast(reason: reason(u.lowerReason))) : ""
            units.append([u.name, u.department, regionName(u.region), kindName(u.kind), String(u.quota), String(u.headcount),
                          u.need.map { NumberFormat.plain($0, decimals: 1) } ?? "—", String(u.newQuota), style.signed(NumberFormat.signed(u.change), sign: Double(u.change)),
                          StaffingTables.beforeAfter(u.staffing.vacancyBefore, u.staffing.vacancyAfter),
                          StaffingTables.beforeAfter(u.staffing.overQuotaBefore, u.staffing.overQuotaAfter),
                          bound.isEmpty ? "" : bound + StaffingTables.note(u)])
        }
        out += units.render()
        if changed.count > rowLimit { out += say(.more(count: changed.count - rowLimit, file: "allocation.csv")) + "\n" }
        let departures = staffing.departures(r.units)
        if !departures.isEmpty { out += "\n" + departures }

        out += "\n" + say(.transfers(count: r.transfers.count)) + "\n"
        var transfers = TextTable(headers: headers([.from, .to, .kind, .amount, .lane]), alignments: [.left, .left, .left, .right, .left])
        for tr in r.transfers.prefix(rowLimit) {
            transfers.append([tr.fromName, tr.toName, kindName(tr.kind), String(tr.amount), tr.lane.text(language)])
        }
        out += transfers.render()
        if r.transfers.count > rowLimit { out += say(.more(count: r.transfers.count - rowLimit, file: "transfers.csv")) + "\n" }
        return out
    }

    private func kindName(_ id: String) -> String { result.scenario.kinds.first { $0.id == id }?.name ?? id }
    private func regionName(_ id: String) -> String { result.scenario.regions.first { $0.id == id }?.name ?? id }

    /// A bound's rule in words; unknown keys from other versions print as they are.
    private func reason(_ raw: String) -> String {
        BoundReason(rawValue: raw)?.text(language) ?? raw
    }
}
