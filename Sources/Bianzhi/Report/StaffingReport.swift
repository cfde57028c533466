/// The 空编/超编 and people-in-post parts of the Markdown and HTML reports, as plain rows that
/// each renderer escapes and lays out; every word from the catalogue (``ReportText``,
/// ``StaffingText``) in the report's language.
struct StaffingReport {
    /// The report's language.
    var language: Language

    private func say(_ text: ReportText) -> String { text.text(language) }

    /// Section title of the group table.
    var groupsTitle: String { say(.staffingTitle) }
    /// What the figures mean.
    var groupsNote: String { say(.staffingNote) }
    /// Section title of the departures list.
    var departuresTitle: String { say(.departuresTitle) }
    /// What the list means.
    var departuresNote: String { say(.departuresNote) }

    /// Headers of the group table.
    var groupHeaders: [String] {
        [StaffingText.groupedBy.text(language), StaffingText.group.text(language), say(.unitsCount), say(.headcount), say(.quota),
         say(.vacancyLabel), say(.overQuotaLabel)]
    }
    /// Which group-table columns are numbers (right-aligned).
    static let groupNumeric = [false, false, true, true, true, true, true]

    /// One row per group: pools, levels, departments, regions.
    func groupRows(_ r: SolveResult) -> [[String]] {
        let order: [StaffingGroup.Dimension] = [.pool, .level, .department, .region]
        return order.flatMap { by in
            r.staffing.filter { $0.by == by }.map { g in
                [StaffingText.dimension(by).text(language), g.name, String(g.units), String(g.headcount), Self.arrow(g.quotaBefore, g.quotaAfter),
                 Self.arrow(g.staffing.vacancyBefore, g.staffing.vacancyAfter), Self.arrow(g.staffing.overQuotaBefore, g.staffing.overQuotaAfter)]
            }
        }
    }

    /// Headers of the departures list.
    var departureHeaders: [String] {
        [say(.unit), say(.headcount), say(.newQuota), StaffingText.departuresRelied.text(language), StaffingText.attritionDeclared.text(language)]
    }

    /// Units the plan leaves below their people in post.
    static func departureRows(_ r: SolveResult) -> [[String]] {
        r.units.filter { $0.departuresRelied > 0 }.map { u in
            [u.name, String(u.headcount), String(u.newQuota), String(u.departuresRelied), String(u.attrition)]
        }
    }

    /// Headline figures: (label, before, after).
    func headline(_ t: SolveResult.Totals) -> [(String, Int, Int)] {
        [(say(.vacancyLabel), t.staffing.vacancyBefore, t.staffing.vacancyAfter),
         (say(.overQuotaLabel), t.staffing.overQuotaBefore, t.staffing.overQuotaAfter)]
    }

    /// The allocation table's extra cells for a unit: 空编, 超编, and the planner's note.
    func unitCells(_ u: SolveResult.UnitResult) -> [String] {
        [Self.arrow(u.staffing.vacancyBefore, u.staffing.vacancyAfter), Self.arrow(u.staffing.overQuotaBefore, u.staffing.overQuotaAfter),
         note(u)]
    }

    /// Headers of those cells.
    var unitHeaders: [String] { [say(.vacancyLabel), say(.overQuotaLabel), say(.note)] }

    /// "锁定 · 下限 8 · reason": the planner's own bounds and why.
    func note(_ u: SolveResult.UnitResult) -> String {
        var parts: [String] = []
        if u.locked { parts.append(say(.unitLocked)) }
        if let minimum = u.minQuota { parts.append(say(.unitMinimum(value: minimum))) }
        if let maximum = u.maxQuota { parts.append(say(.unitMaximum(value: maximum))) }
        if let reason = u.reason { parts.append(reason) }
        return parts.joined(separator: " · ")
    }

    /// The bound a changed unit sits at, in the planners' words ("下限：保障需求：不从缺编单位调出");
    /// empty for a unit that did not change or is between its bounds. A reason this bianzhi
    /// does not know (a hand-edited result) is left out rather than shown as a code.
    func bound(_ u: SolveResult.UnitResult) -> String {
        guard u.change != 0 else { return "" }
        if u.newQuota == u.upperBound, let reason = BoundReason(rawValue: u.upperReason) { return say(.atUpper(reason: reason.text(language))) }
        if u.newQuota == u.lowerBound, let reason = BoundReason(rawValue: u.lowerReason) { return say(.atLower(reason: reason.text(language))) }
        return ""
    }

    static func arrow(_ before: Int, _ after: Int) -> String { before == after ? String(before) : "\(before) → \(after)" }
}
