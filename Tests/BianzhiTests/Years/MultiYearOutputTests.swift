import Bianzhi
import Foundation
import Spreadsheet
import Testing

/// What a planner sees of a multi-year plan: the files, the summary, the reports, `diff` and
/// `explain` (Scenarios/three-years.yaml; figures from its hand-worked header).
@Suite("Multi-year plans in the outputs")
struct MultiYearOutputTests {
    @Test func planByYearCSVHoldsEveryYearAndUnit() throws {
        let out = try MultiYearTests.shipped()
        let csv = try #require(ResultFiles.planByYearCSV(out.result))
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.count == 1 + 3 * 4)
        #expect(lines[0].hasSuffix("year,id,name,quota,change,departures,people_in_post,recruitment_ceiling,vacancy,over_quota"))
        #expect(lines[4] == "1,sx-yjj,县应急管理局,6,0,1,7,0,0,1")
        #expect(lines[12] == "3,sx-yjj,县应急管理局,9,3,1,9,4,0,0")
        let transfers = try #require(ResultFiles.transfersByYearCSV(out.result))
        #expect(transfers.contains("3,admin,sx-zfb,县政府办,sx-yjj,县应急管理局,2,sameRegion"))
        let files = try ResultFiles.fileSet(out.result)
        #expect(files.names.contains("plan-by-year.csv") && files.names.contains("transfers-by-year.csv"))

        let book = try #require(AllocationWorkbook.workbook(out.result))
        let sheet = try #require(book.sheets.last)
        #expect(sheet.name == "分年度计划")
        #expect(sheet.rows.count == 12)
        #expect(sheet.rows[11] == [.number(3), .text("sx-yjj"), .text("县应急管理局")] + [9, 3, 1, 9, 4, 0, 0].map { .number(Double($0)) })

        let one = try solve(Fixtures.county(units: [Fixtures.unit("A", quota: 3, headcount: 3)]))
        #expect(AllocationWorkbook.workbook(one.result)?.sheets.count == 4)
        #expect(ResultFiles.planByYearCSV(one.result) == nil)
        #expect(try !ResultFiles.fileSet(one.result).names.contains("plan-by-year.csv"))
    }

    @Test func resultJSONRoundTripsTheYears() throws {
        let out = try MultiYearTests.shipped()
        let dir = CommandLineTests.temporaryDirectory()
        let path = dir.appendingPathComponent("result.json").path
        try ResultFiles.json(out.result).write(toFile: path, atomically: true, encoding: .utf8)
        let back = try ResultFiles.read(path: path)
        #expect(back.years == out.result.years)
        #expect(try JSONEncoder().encode(out.result).count > 0)
    }

    /// A hand-edited `years` that no solve writes is refused with its field, not summed.
    @Test func implausibleYearFiguresAreRefused() throws {
        var result = try MultiYearTests.shipped().result
        result.years![1].units[2].peopleInPost = -4
        result.years![2].totals.quota = Int.max
        result.years![0].transfers[0].toName = "东关镇\u{1B}[2J"
        let dir = CommandLineTests.temporaryDirectory()
        let path = dir.appendingPathComponent("result.json").path
        try ResultFiles.json(result).write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try ResultFiles.read(path: path)
            Issue.record("an implausible result was read")
        } catch {
            let fields = error.problems.map(\.description)
            #expect(fields.contains { $0.contains("years[1].units[2].peopleInPost") })
            #expect(fields.contains { $0.contains("years[2].totals") })
            #expect(fields.contains { $0.contains("years[0].transfers[0].toName") })
        }
    }

    @Test func summaryShowsTheYearTotalsAndTheAbsorptionPath() throws {
        let out = try MultiYearTests.shipped()
        let en = SolveSummary(result: out.result, language: .en).render()
        #expect(en.contains("Plan by year (3 years):"))
        #expect(en.contains("Over-quota absorption: Today 4 (2 units) → Year 1 1 (1 units) → Year 2 0 (0 units) → Year 3 0 (0 units)"))
        let row = try #require(en.split(separator: "\n").first { $0.hasPrefix("Year 1 ") })
        #expect(row.split(separator: " ", omittingEmptySubsequences: true).map(String.init) == ["Year", "1", "31", "2", "2", "4", "32", "2", "0", "1", "1"])
        let zh = SolveSummary(result: out.result, language: .zh).render()
        #expect(zh.contains("超编消化：现在 4 人（2 个单位） → 第1年 1 人（1 个单位）"))
    }

    @Test func reportsChartThePathOverTheYears() throws {
        let out = try MultiYearTests.shipped()
        let html = HTMLReport(model: ReportModel(result: out.result, language: .zh)).render()
        #expect(html.contains("分年度编制、实有人数与超编"))
        // Today's quota 31, people 34, over quota 4; year 1: 31, 32, 1.
        for value in ["31", "34", "32"] { #expect(html.contains(">\(value)</text>")) }
        let md = MarkdownReport(model: ReportModel(result: out.result, language: .zh)).render()
        #expect(md.contains("| 第1年 | 31 | 2 | 2 | 4 | 32 | 2 | 0 | 1 | 1 |"))
        let en = MarkdownReport(result: out.result).render()
        #expect(en.contains("## Quota, people in post and over-quota by year"))
        #expect(en.contains("| Year 3 | 31 | 3 | 3 | 4 | 31 | 4 | 0 | 0 | 0 |"))
    }

    @Test func diffSaysItComparesTheFinalYears() throws {
        let three = try MultiYearTests.shipped()
        var scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("three-years.yaml"))
        scenario.metadata.horizonYears = 1
        let one = try solve(scenario)
        let diff = AllocationDiff(a: one.result, b: three.result)
        #expect(diff.yearsA == nil && diff.yearsB == 3)
        let text = DiffRenderer(diff: diff).text()
        #expect(text.contains("Multi-year plans: comparing the final years (year 1 before, year 3 after)."))
        #expect(diff.units.first { $0.id == "sx-yjj" }.map { ($0.a, $0.b) } ?? (nil, nil) == (6, 9))
        #expect(diff.negated().yearsA == 3)
        let json = DiffRenderer(diff: diff).json()
        #expect(json.contains("\"yearsB\" : 3") && !json.contains("yearsA"))
        let zh = DiffRenderer(diff: diff, language: .zh).text()
        #expect(zh.contains("多年度方案：比较的是最后一年（前者第1年，后者第3年）。"))
    }

    @Test func explainShowsTheUnitsPath() throws {
        let scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("three-years.yaml"))
        let explanation = try Explainer(threads: 1).explain(scenario, unitID: "sx-yjj")
        #expect(explanation.unit?.years?.map(\.quota) == [6, 6, 9])
        let text = ExplanationRenderer(explanation).render()
        #expect(text.contains("by year: Year 1 quota 6, in post 7, recruit 0; Year 2 quota 6, in post 6, recruit 0; Year 3 quota 9, in post 9, recruit 4"))
        // The rest explains one round with the three years' departures (3 for 应急局).
        #expect(explanation.unit?.attrition == 3)
    }
}
