@testable import Bianzhi
import Foundation
import Testing

@Suite("Reports: headline figures, escaping, CSV, terminal alignment")
struct ReportTests {
    typealias F = Fixtures

    /// A county with a township, two priority classes and hostile names.
    static func scenario(hostile: Bool = false) -> Scenario {
        let evil = "<script>alert('x')</script>"
        return F.county(
            units: [
                F.unit("A", quota: 10, headcount: 4, need: 4, department: hostile ? evil : "县委办"),
                OrgUnit(id: "B", name: hostile ? "\(evil) & \"B\"" : "县民政局", department: "县民政局", region: "c", kind: "admin",
                     quota: 2, headcount: 2, attrition: 0, need: 6, tags: ["民生短板"]),
                F.unit("C", quota: 2, headcount: 2, need: 6, region: "t1", department: "东镇", tags: ["基层一线"]),
            ],
            rules: Rules(maxChange: ChangeLimit(atMost: 3)),
            priorities: [PriorityClass(tag: "基层一线", name: hostile ? "<b>基层</b>" : "基层一线", weight: 3), PriorityClass(tag: "民生短板")],
            extraRegions: hostile ? [Region(id: "x", name: "<img src=x onerror=alert(1)>", level: .township, parent: "c")] : [])
    }

    /// A gives 3 (change ≤ 3): C (weight 3) gets all three → A 7, B 2, C 5 (hand-worked).
    @Test func reportsCarryTheHeadlineFigures() throws {
        let result = try solve(Self.scenario()).result
        #expect(result.units.map(\.newQuota) == [7, 2, 5])
        let model = ReportModel(result: result)
        #expect(model.kinds.map { "\($0.name) \($0.before)→\($0.after) \($0.unchanged)" } == ["行政编制 14→14 true"])
        #expect(model.quotasMoved == 3)
        #expect(model.departmentChanges.map { "\($0.label)\(NumberFormat.signed($0.value))" } == ["东镇+3", "县委办-3"])
        let share = try #require(model.levelShares.first)
        #expect(abs(share.grassroots.before - 2.0 / 14) < 1e-12 && abs(share.grassroots.after - 5.0 / 14) < 1e-12)
        #expect(model.coverage.map(\.name) == ["基层一线", "民生短板"])
        #expect(model.flowsByDepartment.from == ["县委办"] && model.flowsByDepartment.to == ["东镇"] && model.flowsByDepartment.amounts == [[3]])

        let md = MarkdownReport(model: model).render()
        let html = HTMLReport(model: model).render()
        for doc in [md, html] {
            #expect(doc.contains("测试县"))
            #expect(doc.contains("proven optimal"))
            #expect(doc.contains("unchanged (fixed total)"))
            #expect(doc.contains("14.3%"))   // grassroots share before: 2 / 14
            #expect(doc.contains("35.7%"))   // after: 5 / 14
        }
        // Shortfall before: B 4 + C 4 = 8; after: B 4 + C 1 = 5; covered 3 (37.5 %).
        #expect(md.contains("| shortfall | 8 | 5 | covered 3 (37.5%) |"))
        // In Chinese: the same figures in planner words, no English labels.
        let zhModel = ReportModel(result: result, language: .zh)
        let zhMarkdown = MarkdownReport(model: zhModel).render()
        let zhHTML = HTMLReport(model: zhModel).render()
        #expect(zhMarkdown.hasPrefix("# 测试县\n"))
        #expect(zhMarkdown.contains("| 缺口 | 8 | 5 | 填补 3 (37.5%) |"))
        #expect(zhMarkdown.contains("| 行政编制总量 | 14 | 14 | 总量不变 |"))
        #expect(zhHTML.contains("<html lang=\"zh-CN\">") && zhHTML.contains("已证明最优"))
        for doc in [zhMarkdown, zhHTML] {
            for english in ["Headline", "Change per department", "Transfers", "proven optimal", "shortfall", "Quota moved", "Allocation (",
                            "Vacancies", "vacancies", "over quota", "Over quota", "locked", "Appendix", "digest"] {
                #expect(!doc.contains(english), "\(english) in the Chinese report")
            }
        }
        #expect(html.contains("8 → 5 (37.5%)"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("Noto Sans CJK SC") && html.contains("@page { size: A4"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 5)
    }

    @Test func htmlIsSelfContainedAndEscapesEveryName() throws {
        let result = try solve(Self.scenario(hostile: true)).result
        let html = HTMLReport(result: result).render()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("&amp; &quot;B&quot;"))
        #expect(html.contains("&lt;b&gt;基层&lt;/b&gt;"))
        // No network: nothing is fetched; the only URL is the SVG namespace.
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("url("))
        #expect(html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http") == false)

        let md = MarkdownReport(result: result).render()
        #expect(!md.replacingOccurrences(of: "\\<", with: "").contains("<"))  // every < escaped
        #expect(md.contains("\\<script\\>"))

        let svg = SVGChart.divergingBars([("<script>", 2), ("a&b", -1)], title: "<t>")
        #expect(!svg.contains("<script>") && svg.contains("&lt;script&gt;") && svg.contains("a&amp;b") && svg.contains("&lt;t&gt;"))
        #expect(HTMLEscaping.escape("& < > \" '") == "&amp; &lt; &gt; &quot; &#39;")
    }

    @Test func reportFilesAreAddedToTheAtomicSet() throws {
        let result = try solve(Self.scenario()).result
        var files = try ResultFiles.fileSet(result)
        ReportFiles.add(result, to: &files)
        #expect(files.names == ["result.json", "allocation.csv", "transfers.csv", "allocation.xlsx", "report.md", "report.html"])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-report-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try files.write(to: dir)
        #expect(FileManager.default.fileExists(atPath: dir + "/report.html"))
    }

    @Test func allocationCSVRoundTrips() throws {
        var result = try solve(Self.scenario()).result
        result.units[0].name = "县委办, \"综合\"科\n二处"
        let text = ResultFiles.allocationCSV(result)
        #expect(text.hasPrefix("\u{FEFF}"))
        let table = try CSVTable(text: text)
        let header = try #require(table.header?.fields)
        #expect(header.first == "id" && header.contains("new_quota") && header.count == 30)
        #expect(Array(header[20...]) == [
            "vacancy_before", "vacancy_after", "over_quota_before", "over_quota_after", "departures_relied",
            "locked", "min", "max", "reason", "need_basis",
        ])
        let vacancyAfter = try #require(header.firstIndex(of: "vacancy_after"))
        #expect(table.records.map { Int($0.fields[vacancyAfter]) } == result.units.map { max(0, $0.newQuota - $0.headcount) })
        #expect(table.records.count == result.units.count)
        #expect(table.records[0].fields[1] == "县委办, \"综合\"科\n二处")
        let newQuota = header.firstIndex(of: "new_quota")!
        #expect(table.records.map { Int($0.fields[newQuota]) } == result.units.map(\.newQuota))
        // Numbers are unformatted: no thousands separators, no padding.
        #expect(table.records.allSatisfy { Int($0.fields[header.firstIndex(of: "quota")!]) != nil })
        let transfers = try CSVTable(text: ResultFiles.transfersCSV(result))
        #expect(transfers.header?.fields == ["kind", "from", "from_name", "to", "to_name", "amount", "lane", "lane_name", "via"])
    }

    /// In Chinese the headers are the unit table's own, with the NEW quota as 编制数: the file
    /// reads back as next year's unit table.
    @Test func chineseAllocationCSVReadsBackAsNextYearsUnitTable() throws {
        let result = try solve(Self.scenario()).result
        let table = try CSVTable(text: ResultFiles.allocationCSV(result, language: .zh))
        let header = try #require(table.header?.fields)
        #expect(header == ["编号", "名称", "部门", "区域", "层级", "编制类型", "总量控制范围", "原编制数", "实有人数", "预计减员", "需求",
                           "编制数", "增减", "调整前缺口", "调整后缺口", "规则下限", "规则下限依据", "规则上限", "规则上限依据", "标签",
                           "调整前空编", "调整后空编", "调整前超编", "调整后超编", "依靠减员", "锁定", "下限", "上限", "备注", "需求测算"])
        // Read back as it is: the extra columns (原编制数, 增减, …) are skipped with a warning.
        var reader = UnitTableReader(file: "next.csv")
        let units = reader.read(text: ResultFiles.allocationCSV(result, language: .zh))
        #expect(reader.diagnostics.allSatisfy { $0.severity == .warning }, "\(reader.diagnostics)")
        #expect(units.map(\.quota) == result.units.map(\.newQuota))
        #expect(units.map(\.headcount) == result.units.map(\.headcount))
        #expect(units.map(\.id) == result.units.map(\.id))
        let transfers = try CSVTable(text: ResultFiles.transfersCSV(result, language: .zh))
        #expect(transfers.header?.fields == ["编制类型", "调出单位编号", "调出单位", "调入单位编号", "调入单位", "数量", "方式代码", "调剂方式", "经由"])
        #expect(transfers.records.allSatisfy { !$0.fields[7].contains { $0.isASCII && $0.isLetter } })
        let lower = header.firstIndex(of: "规则下限依据")!
        #expect(table.records.allSatisfy { !$0.fields[lower].contains { $0.isASCII && $0.isLetter } }, "rules in words")
    }

    @Test func terminalTablesAlignChineseText() throws {
        for style in [TerminalStyle.plain, TerminalStyle(enabled: true)] {
            var table = TextTable(headers: ["单位", "Dept", "变化"], alignments: [.left, .left, .right])
            table.append(["县委办公室", "A", style.signed("+3", sign: 3)])
            table.append(["Office", "县人力资源和社会保障局", style.signed("-12", sign: -12)])
            table.append(["乡镇ab综合服务中心", "x", "0"])
            let lines = table.render().split(separator: "\n").map(String.init)
            let widths = Set(lines.map(DisplayWidth.of))
            #expect(widths.count == 1, "display widths differ: \(lines.map(DisplayWidth.of))")
        }
        #expect(DisplayWidth.of("\u{1B}[32m+3\u{1B}[0m") == 2)
        #expect(TerminalStyle.detect(isTerminal: true, environment: ["NO_COLOR": "1"]) == .plain)
        #expect(TerminalStyle.detect(isTerminal: false, environment: [:]) == .plain)
        #expect(TerminalStyle.detect(isTerminal: true, environment: [:]).enabled)
        #expect(TerminalStyle.plain.signed("+3", sign: 3) == "+3")
    }
}
