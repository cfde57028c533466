/// The 空编/超编 tables of the terminal summary and the list of units the plan leaves below
/// their people in post, relying on declared departures.
///
/// User-facing strings of this feature are kept here together (Chinese first, English beside).
enum StaffingTables {
    /// "12 → 8".
    static func beforeAfter(_ before: Int, _ after: Int) -> String { "\(before) → \(after)" }

    /// Headline: "空编 (vacancies) 120 → 80; 超编 (over quota) 30 → 28".
    static func headline(_ t: SolveResult.Totals) -> String {
        "空编 (vacancies) \(beforeAfter(t.staffing.vacancyBefore, t.staffing.vacancyAfter)); "
            + "超编 (over quota) \(beforeAfter(t.staffing.overQuotaBefore, t.staffing.overQuotaAfter))"
            + (t.departuresRelied > 0 ? "; relying on \(t.departuresRelied) departures (预计减员) to end below people in post" : "")
    }

    /// 空编/超编 by pool and level (all), then by department and region (those whose figures
    /// change, at most `limit` each).
    static func groups(_ groups: [StaffingGroup], limit: Int) -> String {
        var table = TextTable(
            headers: ["空编/超编 by", "Group", "Units", "Headcount", "Quota", "空编 vacancies", "超编 over quota"],
            alignments: [.left, .left, .right, .right, .right, .right, .right])
        var omitted = 0
        for by in [StaffingGroup.Dimension.pool, .level, .department, .region] {
            var rows = groups.filter { $0.by == by }
            if by == .department || by == .region {
                rows = rows.filter { $0.staffing.vacancyBefore != $0.staffing.vacancyAfter || $0.staffing.overQuotaBefore != $0.staffing.overQuotaAfter }
                omitted += max(0, rows.count - limit)
                rows = Array(rows.prefix(limit))
            }
            for g in rows {
                table.append([
                    "\(by.chineseName) \(by.rawValue)", g.name, String(g.units), String(g.headcount), beforeAfter(g.quotaBefore, g.quotaAfter),
                    beforeAfter(g.staffing.vacancyBefore, g.staffing.vacancyAfter), beforeAfter(g.staffing.overQuotaBefore, g.staffing.overQuotaAfter),
                ])
            }
        }
        return table.render() + (omitted > 0 ? "… and \(omitted) more departments and regions (see result.json)\n" : "")
    }

    /// Units whose new quota is below their people in post because departures were declared.
    static func departures(_ units: [SolveResult.UnitResult], limit: Int) -> String {
        let relying = units.filter { $0.departuresRelied > 0 }
        guard !relying.isEmpty else { return "" }
        var table = TextTable(
            headers: ["Unit", "Headcount", "New", "Departures relied on (依靠减员)", "Attrition declared (预计减员)"],
            alignments: [.left, .right, .right, .right, .right])
        for u in relying.prefix(limit) {
            table.append([u.name, String(u.headcount), String(u.newQuota), String(u.departuresRelied), String(u.attrition)])
        }
        return "Below people in post, relying on departures (低于实有人数，依靠自然减员消化) (\(relying.count)):\n" + table.render()
            + (relying.count > limit ? "… and \(relying.count - limit) more (see allocation.csv)\n" : "")
    }

    /// The planner's note beside a bound set by a lock or a unit's own min/max.
    static func note(_ u: SolveResult.UnitResult) -> String {
        guard let reason = u.reason else { return "" }
        return " — \(reason)"
    }
}
