import Bianzhi
import Testing

/// The reports carry 空编/超编, the units relying on departures, the bound a unit sits at in
/// the planners' words and the planner's own notes (checked on the shipped county).
@Suite("Reports: vacancies, over-quota, departures and notes")
struct StaffingReportTests {
    @Test func countyReportsCarryTheStaffingFigures() throws {
        let result = try solve(try Repository.load("Scenarios/county.yaml")).result
        let model = ReportModel(result: result, language: .zh)
        let md = MarkdownReport(model: model).render()
        #expect(md.contains("| 空编 | 281 | 283 | +2 |"))
        #expect(md.contains("| 超编 | 79 | 81 | +2 |"))
        #expect(md.contains("## 空编与超编\n"))
        #expect(md.contains("| 编制池 | 清河县 行政编制 | 78 | 818 | 892 | 96 | 22 |"))
        #expect(md.contains("## 依靠自然减员消化的单位\n"))
        #expect(md.contains("| 县职业中专 | 121 | 118 | 2 | 3 |"))
        #expect(md.contains("| 县教育局 | 县教育局 | 清河县 | 行政编制 | 22 | 17 | 18.3 | 19 | -3 | 下限：保障需求: 不从缺编单位调出 | 5 → 2 | 0 |  |"))
        #expect(md.contains("| 88 | 84 | 86 | 88 | 0 |  | 4 | 0 | 锁定 · 省以下法院人财物省级统一管理，编制不在县内调剂 |"))
        let html = HTMLReport(model: model).render()
        #expect(html.contains("<h2>空编与超编</h2>"))
        #expect(html.contains("<td class=\"bound\">下限：保障需求: 不从缺编单位调出</td>"))
        #expect(html.contains("<div class=\"value\">281 → 283</div>"))
        #expect(html.contains("锁定 · 省以下法院人财物省级统一管理，编制不在县内调剂"))
    }
}
