/// The terminal summary of a solve: verdict, objective parts, quotas moved, shortfall by
/// priority class, the units that change and the transfers.
public struct SolveSummary: Sendable {
    /// The result to summarise.
    public var result: SolveResult
    /// At most this many unit and transfer rows (the files hold all of them).
    public var rowLimit: Int
    /// Colours (the change column), off unless stdout is a terminal.
    public var style: TerminalStyle

    /// Creates a summary.
    public init(result: SolveResult, rowLimit: Int = 60, style: TerminalStyle = .plain) {
        self.result = result
        self.rowLimit = rowLimit
        self.style = style
    }

    /// The verdict in words.
    public static func verdict(_ result: SolveResult) -> String {
        switch result.status {
        case "optimal": return "proven optimal (最优)"
        case "feasible":
            let gap = result.gap.map { "gap \(NumberFormat.percent($0))" } ?? "gap unknown"
            return "stopped at the time limit, NOT proven optimal (\(gap))"
        case "infeasible": return "infeasible: the rules cannot all hold (无可行方案)"
        case "noSolution": return "no allocation found within the time limit"
        default: return "solver failure"
        }
    }

    /// The text.
    public func render() -> String {
        let r = result
        var out = ""
        let stats = r.statistics
        out += "\(r.scenario.name)\n"
        out += "Status: \(Self.verdict(r)) in \(NumberFormat.seconds(stats.seconds["total"] ?? 0)) "
        out += "(solve \(NumberFormat.seconds(stats.seconds["solve"] ?? 0)); \(Self.count(stats.units, "unit")), \(Self.count(stats.blocks, "block")), "
        out += "\(stats.rows) rows × \(stats.columns) columns, \(Self.count(stats.threads, "thread")))\n"
        guard r.status == "optimal" || r.status == "feasible" else { return out }

        let o = r.objective
        out += "Objective \(NumberFormat.plain(o.total)) = shortfall \(NumberFormat.plain(o.shortfall)) + excess \(NumberFormat.plain(o.excess))"
        out += " + moves \(NumberFormat.plain(o.moves)) + penalties \(NumberFormat.plain(o.penalties)) + channels \(NumberFormat.plain(o.channels))\n"
        let t = r.totals
        out += "Quotas moved: \(t.cut) cut from units, \(t.gained) given to units, \(t.reserveHeld) held in reserve (周转池), \(t.cancelled) cancelled (核减); \(t.unitsChanged) units change\n"
        out += "Shortfall (缺口) against need: \(NumberFormat.plain(t.shortfallBefore)) → \(NumberFormat.plain(t.shortfallAfter))\n"
        out += StaffingTables.headline(t) + "\n\n"

        var kinds = TextTable(headers: ["Kind", "Before", "After"], alignments: [.left, .right, .right])
        for k in t.byKind { kinds.append([k.name, String(k.before), String(k.after)]) }
        out += kinds.render() + "\n"

        if !r.priorityClasses.isEmpty {
            var classes = TextTable(headers: ["Priority class", "Units", "Weight", "Floor", "Shortfall before", "after"],
                                    alignments: [.left, .right, .right, .right, .right, .right])
            for c in r.priorityClasses {
                classes.append([c.name, String(c.units), NumberFormat.plain(c.weight), c.needFloor.map { NumberFormat.percent($0) } ?? "—",
                                NumberFormat.plain(c.shortfallBefore), NumberFormat.plain(c.shortfallAfter)])
            }
            out += classes.render() + "\n"
        }
        if !r.channels.isEmpty {
            var channels = TextTable(headers: ["Channel (跨池调配)", "Kind", "Carried", "Cap", "Cost"],
                                     alignments: [.left, .left, .right, .right, .right])
            for c in r.channels {
                channels.append(["\(regionName(c.from)) → \(regionName(c.to))", kindName(c.kind), String(c.amount),
                                 String(c.cap) + (c.amount == c.cap ? " (full)" : ""), NumberFormat.plain(c.cost)])
            }
            out += channels.render() + "\n"
        }
        if !r.shareFloors.isEmpty {
            var floors = TextTable(headers: ["Share floor", "Kind", "Required", "Before", "After", "Share", "Short"],
                                   alignments: [.left, .left, .right, .right, .right, .right, .right])
            for f in r.shareFloors {
                floors.append([f.name + (f.hard ? "" : " (soft)"), kindName(f.kind), String(f.required), String(f.before), String(f.after),
                               "\(NumberFormat.percent(f.shareBefore)) → \(NumberFormat.percent(f.shareAfter))", String(f.short)])
            }
            out += floors.render() + "\n"
        }

        if !r.staffing.isEmpty { out += StaffingTables.groups(r.staffing, limit: rowLimit) + "\n" }

        let changed = r.units.filter { $0.change != 0 }
        out += "Units that change (\(changed.count)):\n"
        var units = TextTable(headers: ["Unit", "Department", "Region", "Kind", "Quota", "Headcount", "Need", "New", "Change", "空编", "超编", "Bound"],
                              alignments: [.left, .left, .left, .left, .right, .right, .right, .right, .right, .right, .right, .left],
                              maximumCellWidth: 72)
        for u in changed.prefix(rowLimit) {
            let bound = u.newQuota == u.upperBound ? "at most: \(Self.reason(u.upperReason))"
                : u.newQuota == u.lowerBound ? "at least: \(Self.reason(u.lowerReason))" : ""
            units.append([u.name, u.department, regionName(u.region), kindName(u.kind), String(u.quota), String(u.headcount),
                          u.need.map { NumberFormat.plain($0, decimals: 1) } ?? "—", String(u.newQuota), style.signed(NumberFormat.signed(u.change), sign: Double(u.change)),
                          StaffingTables.beforeAfter(u.staffing.vacancyBefore, u.staffing.vacancyAfter),
                          StaffingTables.beforeAfter(u.staffing.overQuotaBefore, u.staffing.overQuotaAfter),
                          bound.isEmpty ? "" : bound + StaffingTables.note(u)])
        }
        out += units.render()
        if changed.count > rowLimit { out += "… and \(changed.count - rowLimit) more (see allocation.csv)\n" }
        let departures = StaffingTables.departures(r.units, limit: rowLimit)
        if !departures.isEmpty { out += "\n" + departures }

        out += "\nTransfers (\(r.transfers.count)):\n"
        var transfers = TextTable(headers: ["From", "To", "Kind", "Amount", "Lane"], alignments: [.left, .left, .left, .right, .left])
        for tr in r.transfers.prefix(rowLimit) {
            transfers.append([tr.fromName, tr.toName, kindName(tr.kind), String(tr.amount), tr.lane.chineseName])
        }
        out += transfers.render()
        if r.transfers.count > rowLimit { out += "… and \(r.transfers.count - rowLimit) more (see transfers.csv)\n" }
        return out
    }

    private func kindName(_ id: String) -> String { result.scenario.kinds.first { $0.id == id }?.name ?? id }
    private func regionName(_ id: String) -> String { result.scenario.regions.first { $0.id == id }?.name ?? id }

    /// "1 block", "3 blocks".
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    /// A bound's rule in words ("change limit (调整幅度限制)"); unknown keys from other
    /// versions print as they are.
    static func reason(_ raw: String) -> String {
        guard let reason = BoundReason(rawValue: raw) else { return raw }
        return "\(reason.englishDescription) (\(reason.chineseDescription))"
    }
}
