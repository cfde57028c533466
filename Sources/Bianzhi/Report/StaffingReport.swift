/// The 空编/超编 and people-in-post parts of the Markdown and HTML reports, as plain rows that
/// each renderer escapes and lays out.
///
/// User-facing strings of this feature are kept here together (Chinese first, English beside).
enum StaffingReport {
    /// Section title of the group table.
    static let groupsTitle = "空编与超编 Vacancies and over-quota"
    /// What the figures mean.
    static let groupsNote = "空编 = max(0, 编制数 − 实有人数)，超编 = max(0, 实有人数 − 编制数)，按单位计算后加总。Vacancies and over-quota per unit, summed per group."
    /// Section title of the departures list.
    static let departuresTitle = "依靠自然减员 Relying on departures"
    /// What the list means.
    static let departuresNote = "这些单位调整后编制低于实有人数，依靠已申报的预计减员消化。These units end below their people in post, relying on the departures declared."

    /// Headers of the group table.
    static let groupHeaders = ["分组 By", "名称 Group", "单位数 Units", "实有 Headcount", "编制数 Quota", "空编 Vacancies", "超编 Over quota"]
    /// Which group-table columns are numbers (right-aligned).
    static let groupNumeric = [false, false, true, true, true, true, true]

    /// One row per group: pools, levels, departments, regions.
    static func groupRows(_ r: SolveResult) -> [[String]] {
        let order: [StaffingGroup.Dimension] = [.pool, .level, .department, .region]
        return order.flatMap { by in
            r.staffing.filter { $0.by == by }.map { g in
                ["\(by.chineseName) \(by.rawValue)", g.name, String(g.units), String(g.headcount), arrow(g.quotaBefore, g.quotaAfter),
                 arrow(g.staffing.vacancyBefore, g.staffing.vacancyAfter), arrow(g.staffing.overQuotaBefore, g.staffing.overQuotaAfter)]
            }
        }
    }

    /// Headers of the departures list.
    static let departureHeaders = ["单位 Unit", "实有 Headcount", "调整后 New", "依靠减员 Departures relied on", "预计减员 Attrition declared"]

    /// Units the plan leaves below their people in post.
    static func departureRows(_ r: SolveResult) -> [[String]] {
        r.units.filter { $0.departuresRelied > 0 }.map { u in
            [u.name, String(u.headcount), String(u.newQuota), String(u.departuresRelied), String(u.attrition)]
        }
    }

    /// Headline figures: (label, before, after).
    static func headline(_ t: SolveResult.Totals) -> [(String, Int, Int)] {
        [("空编 vacancies", t.staffing.vacancyBefore, t.staffing.vacancyAfter),
         ("超编 over quota", t.staffing.overQuotaBefore, t.staffing.overQuotaAfter)]
    }

    /// The allocation table's extra cells for a unit: 空编, 超编, and the planner's note.
    static func unitCells(_ u: SolveResult.UnitResult) -> [String] {
        [arrow(u.staffing.vacancyBefore, u.staffing.vacancyAfter), arrow(u.staffing.overQuotaBefore, u.staffing.overQuotaAfter),
         note(u)]
    }

    /// Headers of those cells.
    static let unitHeaders = ["空编 Vacancies", "超编 Over quota", "备注 Note"]

    /// "锁定 · reason", "下限 8 · reason": the planner's own bounds and why.
    static func note(_ u: SolveResult.UnitResult) -> String {
        var parts: [String] = []
        if u.locked { parts.append("锁定 locked") }
        if let minimum = u.minQuota { parts.append("下限 min \(minimum)") }
        if let maximum = u.maxQuota { parts.append("上限 max \(maximum)") }
        if let reason = u.reason { parts.append(reason) }
        return parts.joined(separator: " · ")
    }

    /// The bound a changed unit sits at, in the planners' words ("下限 保障需求: 不从缺编单位调出").
    static func bound(_ u: SolveResult.UnitResult) -> String {
        func said(_ raw: String) -> String { BoundReason(rawValue: raw)?.chineseDescription ?? raw }
        guard u.change != 0 else { return "" }
        if u.newQuota == u.upperBound { return "上限 \(said(u.upperReason))" }
        if u.newQuota == u.lowerBound { return "下限 \(said(u.lowerReason))" }
        return ""
    }

    static func arrow(_ before: Int, _ after: Int) -> String { before == after ? String(before) : "\(before) → \(after)" }
}
