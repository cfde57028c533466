/// The 空编/超编 tables of the terminal summary and the list of units the plan leaves below
/// their people in post, relying on declared departures (words from ``StaffingText``).
struct StaffingTables {
    /// The language of the words.
    var language: Language
    /// At most this many department and region rows, and departure rows.
    var limit: Int

    /// "12 → 8", or "12" when unchanged.
    static func beforeAfter(_ before: Int, _ after: Int) -> String { before == after ? String(before) : "\(before) → \(after)" }

    private func say(_ text: StaffingText) -> String { text.text(language) }

    /// Headline: vacancies and over-quota before → after, and the departures relied on.
    func headline(_ t: SolveResult.Totals) -> String {
        say(.headline(
            vacancyBefore: t.staffing.vacancyBefore, vacancyAfter: t.staffing.vacancyAfter,
            overQuotaBefore: t.staffing.overQuotaBefore, overQuotaAfter: t.staffing.overQuotaAfter, departuresRelied: t.departuresRelied))
    }

    /// 空编/超编 by pool and level (all), then by department and region (those whose figures
    /// change, at most `limit` each).
    func groups(_ groups: [StaffingGroup]) -> String {
        let columns: [SummaryColumn] = [.units, .headcount, .quota]
        var table = TextTable(
            headers: [say(.groupedBy), say(.group)] + columns.map { $0.text(language) } + [say(.vacancies), say(.overQuota)],
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
                    say(.dimension(by)), g.name, String(g.units), String(g.headcount), Self.beforeAfter(g.quotaBefore, g.quotaAfter),
                    Self.beforeAfter(g.staffing.vacancyBefore, g.staffing.vacancyAfter),
                    Self.beforeAfter(g.staffing.overQuotaBefore, g.staffing.overQuotaAfter),
                ])
            }
        }
        return table.render() + (omitted > 0 ? say(.moreGroups(count: omitted)) + "\n" : "")
    }

    /// Units whose new quota is below their people in post because departures were declared.
    func departures(_ units: [SolveResult.UnitResult]) -> String {
        let relying = units.filter { $0.departuresRelied > 0 }
        guard !relying.isEmpty else { return "" }
        let columns: [SummaryColumn] = [.unit, .headcount, .newQuota]
        var table = TextTable(
            headers: columns.map { $0.text(language) } + [say(.departuresRelied), say(.attritionDeclared)],
            alignments: [.left, .right, .right, .right, .right])
        for u in relying.prefix(limit) {
            table.append([u.name, String(u.headcount), String(u.newQuota), String(u.departuresRelied), String(u.attrition)])
        }
        return say(.belowPeopleInPost(count: relying.count)) + "\n" + table.render()
            + (relying.count > limit ? SummaryText.more(count: relying.count - limit, file: "allocation.csv").text(language) + "\n" : "")
    }

    /// The planner's note beside a bound set by a lock or a unit's own min/max.
    static func note(_ u: SolveResult.UnitResult) -> String {
        guard let reason = u.reason else { return "" }
        return " — \(reason)"
    }
}
