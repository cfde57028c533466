/// The 空编/超编 and people-in-post parts of the Markdown and HTML reports, as plain rows that
/// each renderer escapes and lays out.
///
/// Its words are the catalogue's (``StaffingReportText``, ``StaffingText``), in the report's language.
enum StaffingReport {
    /// Section title, note and headers of the group table.
    static func groups(_ language: Language) -> (title: String, note: String, headers: [String]) {
        let headers = [StaffingText.groupedBy, .group].map { $0.text(language) }
            + [StaffingReportText.units, .headcount, .quota].map { $0.text(language) }
            + [StaffingText.vacancies, .overQuota].map { $0.text(language) }
        return (StaffingReportText.groupsTitle.text(language), StaffingReportText.groupsNote.text(language), headers)
    }

    /// Section title, note and headers of the departures list.
    static func departures(_ language: Language) -> (title: String, note: String, headers: [String]) {
        let headers = [StaffingReportText.unit, .headcount, .newQuota].map { $0.text(language) }
            + [StaffingText.departuresRelied, .attritionDeclared].map { $0.text(language) }
        return (StaffingReportText.departuresTitle.text(language), StaffingReportText.departuresNote.text(language), headers)
    }

    /// Which group-table columns are numbers (right-aligned).
    static let groupNumeric = [false, false, true, true, true, true, true]

    /// One row per group: pools, levels, departments, regions.
    static func groupRows(_ r: SolveResult, _ language: Language) -> [[String]] {
        let order: [StaffingGroup.Dimension] = [.pool, .level, .department, .region]
        return order.flatMap { by in
            r.staffing.filter { $0.by == by }.map { g in
                [StaffingText.dimension(by).text(language), g.name, String(g.units), String(g.headcount), arrow(g.quotaBefore, g.quotaAfter),
                 arrow(g.staffing.vacancyBefore, g.staffing.vacancyAfter), arrow(g.staffing.overQuotaBefore, g.staffing.overQuotaAfter)]
            }
        }
    }

    /// Units the plan leaves below their people in post.
    static func departureRows(_ r: SolveResult) -> [[String]] {
        r.units.filter { $0.departuresRelied > 0 }.map { u in
            [u.name, String(u.headcount), String(u.newQuota), String(u.departuresRelied), String(u.attrition)]
        }
    }

    /// Headline figures: (label, before, after).
    static func headline(_ t: SolveResult.Totals, _ language: Language) -> [(String, Int, Int)] {
        [(StaffingText.vacancies.text(language), t.staffing.vacancyBefore, t.staffing.vacancyAfter),
         (StaffingText.overQuota.text(language), t.staffing.overQuotaBefore, t.staffing.overQuotaAfter)]
    }

    /// The allocation table's extra cells for a unit: 空编, 超编, and the planner's note.
    static func unitCells(_ u: SolveResult.UnitResult, _ language: Language) -> [String] {
        [arrow(u.staffing.vacancyBefore, u.staffing.vacancyAfter), arrow(u.staffing.overQuotaBefore, u.staffing.overQuotaAfter),
         note(u, language)]
    }

    /// Headers of those cells.
    static func unitHeaders(_ language: Language) -> [String] {
        [StaffingText.vacancies, .overQuota].map { $0.text(language) } + [StaffingReportText.note.text(language)]
    }

    /// "锁定 · reason", "下限 8 · reason": the planner's own bounds and why.
    static func note(_ u: SolveResult.UnitResult, _ language: Language) -> String {
        var parts: [String] = []
        if u.locked { parts.append(StaffingReportText.locked.text(language)) }
        if let minimum = u.minQuota { parts.append(StaffingBoundNote.minimum(minimum).text(language)) }
        if let maximum = u.maxQuota { parts.append(StaffingBoundNote.maximum(maximum).text(language)) }
        if let reason = u.reason { parts.append(reason) }
        return parts.joined(separator: " · ")
    }

    static func arrow(_ before: Int, _ after: Int) -> String { before == after ? String(before) : "\(before) → \(after)" }
}
