import Bianzhi
import Foundation
import Testing

/// The report a director reads (issue 9, item 5): Chinese by default with no English labels,
/// title, office and date from the scenario, charts per kind, bound reasons in words, the
/// solver's details in an appendix, a print layout that keeps names readable, and a report
/// for an infeasible scenario too.
@Suite("Reports: a briefing for a director")
struct ReportBriefingTests {
    /// The county solved once, its reports in Chinese (with the explanation) and English.
    static let county: (zhMD: String, zhHTML: String, enHTML: String, result: SolveResult) = {
        let scenario = try! Repository.load("Scenarios/county.yaml")
        let result = try! solve(scenario).result
        let explanation = try! Explainer(threads: 1, measureLimit: 2, language: .zh).explain(scenario)
        let zh = ReportModel(result: result, language: .zh)
        return (MarkdownReport(model: zh, explanation: explanation).render(), HTMLReport(model: zh, explanation: explanation).render(),
                HTMLReport(model: ReportModel(result: result, language: .en)).render(), result)
    }()

    @Test func chineseReportHasTheBriefingSectionsInOrderAndTheAppendixLast() throws {
        let c = Self.county
        for doc in [c.zhMD, c.zhHTML] {
            let headings = ["主要数据", "分类汇总", "各部门编制增减", "空编与超编", "为什么这样调整", "编制分配明细", "调剂明细", "附录：技术信息"]
            let positions = try headings.map { heading in try #require(doc.range(of: heading), "\(heading) missing").lowerBound }
            #expect(positions == positions.sorted(), "sections in briefing order")
            // Solver details only in the appendix: the digest, the objective and the model size.
            let appendix = try #require(doc.range(of: "附录：技术信息")).lowerBound
            for detail in [c.result.scenario.digest, "目标函数", "非零系数", "求解用时"] {
                let first = try #require(doc.range(of: detail), "\(detail) missing").lowerBound
                #expect(first > appendix, "\(detail) before the appendix")
            }
        }
        // No "中文 English" label pairs: none of the report's own labels in English. (The
        // explanation's sentences are written in the run's language by the explainer.)
        let plain = HTMLReport(model: ReportModel(result: c.result, language: .zh)).render()
        for english in ["Vacancies", "over quota", "locked", "Headline", "Appendix", "digest", "objective", "solve ", "Why", "Unit"] {
            #expect(!plain.contains(english), "\(english) in the Chinese report")
        }
    }

    @Test func theWhySectionIsInPlainChinese() throws {
        let why = try #require(Self.county.zhMD.components(separatedBy: "## 为什么这样调整").last?.components(separatedBy: "\n## ").first)
        #expect(why.contains("### 起作用的规则\n\n- "))
        #expect(why.contains("### 多 1 名或少 1 名编制的影响\n\n- 清河县 行政编制：多 1 名编制，目标值降低 "))
        for english in ["objective", "LP", "dual", "goes to", "quota"] {
            #expect(!why.contains(english), "\(english) in the Chinese explanation")
        }
    }

    @Test func boundReasonsAreWordsNeverRuleCodes() {
        let c = Self.county
        for reason in BoundReason.allCases where reason != .zero && reason != .locked {
            #expect(!c.zhMD.contains(reason.rawValue) && !c.zhHTML.contains(reason.rawValue), "raw rule code \(reason.rawValue)")
        }
        // 县教育局 is cut to its need-protection floor: said in the planners' words.
        #expect(c.zhMD.contains("| 县教育局 | 县教育局 | 清河县 | 行政编制 | 22 | 17 | 18.3 | 19 | -3 | 下限：保障需求: 不从缺编单位调出 |"))
    }

    @Test func departmentChartsArePerKindAndNeverNetKindsTogether() {
        let c = Self.county
        // 县教育局: 行政编制 −3, 事业编制 +38; one chart netting them would show +35.
        #expect(c.zhMD.contains("### 各部门行政编制增减\n\n| 主管部门 | 增减 |\n|---|--:|\n| 南河镇 | +3 |"))
        let admin = c.zhMD.components(separatedBy: "### 各部门行政编制增减")[1].components(separatedBy: "###")[0]
        let institutions = c.zhMD.components(separatedBy: "### 各部门事业编制增减")[1].components(separatedBy: "##")[0]
        #expect(admin.contains("| 县教育局 | -3 |") && institutions.contains("| 县教育局 | +38 |"))
        #expect(!c.zhMD.contains("+35"))
        for kind in ["行政编制", "政法专项编制", "事业编制"] {
            #expect(c.zhHTML.contains("<h3>各部门\(kind)增减</h3>"))
            #expect(c.zhHTML.contains("aria-label=\"各部门\(kind)增减\""), "a chart of \(kind)")
        }
        #expect(c.zhMD.contains("| 事业编制 | 100 | 5853 | 5853 | 0 | 42 | 42 | 36 | 137 → 139 | 55 → 57 |"), "summary by kind")
    }

    @Test func officeAndDateFromTheScenarioAreShownUnderTheTitle() throws {
        let c = Self.county
        #expect(c.result.scenario.office == "清河县委机构编制委员会办公室" && c.result.scenario.date == "2026-03-01")
        #expect(c.zhHTML.contains("<p class=\"issuer\">清河县委机构编制委员会办公室\u{3000}2026年3月1日</p>"))
        #expect(c.zhMD.hasPrefix("# 清河县2026年机构编制统筹调配\n\n清河县委机构编制委员会办公室\u{3000}2026年3月1日\n\n"))
        #expect(c.enHTML.contains("<p class=\"issuer\">清河县委机构编制委员会办公室\u{3000}1 March 2026</p>"))
        // result.json carries them, so `report RESULT` has them without the scenario.
        let json = ResultFiles.json(c.result)
        #expect(json.contains("\"date\" : \"2026-03-01\"") && json.contains("\"office\" : \"清河县委机构编制委员会办公室\""))
    }

    @Test func withoutOfficeOrDateTheReportSaysNothingOfThem() throws {
        let result = try solve(try Repository.load("Scenarios/small.yaml")).result
        #expect(result.scenario.office == nil && result.scenario.date == nil)
        let html = HTMLReport(model: ReportModel(result: result, language: .zh)).render()
        let md = MarkdownReport(model: ReportModel(result: result, language: .zh)).render()
        #expect(!html.contains("class=\"issuer\""))
        #expect(!html.contains("月") || !html.contains("日</p>"))
        #expect(md.hasPrefix("# \(result.scenario.name)\n\n**"), "the title, then the status: no date line")
        #expect(!ResultFiles.json(result).contains("\"office\"") && !ResultFiles.json(result).contains("\"date\""))
    }

    @Test func aDateThatIsNotADayIsALocatedError() {
        for bad in ["2026-02-30", "2026/3/1", "2026-3-1", "明年"] {
            let yaml = baseYAML.replacingOccurrences(of: "scenario: {name: 测试县}", with: "scenario: {name: 测试县, date: \"\(bad)\"}")
            #expect(problems(yaml) == [
                "test.yaml:1:29: error: scenario.date: \"\(bad)\" — `date` is not a valid date (write year-month-day, e.g. 2026-03-01). "
                    + "Fix: write `date: 2026-03-01` (four-digit year, two-digit month and day), or delete it (the report then shows no date).",
            ], "\(bad)")
        }
        let leap = baseYAML.replacingOccurrences(of: "scenario: {name: 测试县}", with: "scenario: {name: 测试县, date: 2028-02-29, office: 测试县委编办}")
        #expect(problems(leap).isEmpty)
    }

    @Test func printLayoutKeepsNamesReadableAndChartsWhole() {
        let html = Self.county.zhHTML
        #expect(html.contains("@page { size: A4; margin: 14mm; }"))
        #expect(html.contains("@page wide { size: A4 landscape;") && html.contains("section.wide { page: wide; }"))
        #expect(html.contains("<section class=\"wide\">\n<h2>编制分配明细（215）</h2>"), "the wide unit table on landscape pages")
        #expect(html.contains("td.name { white-space: nowrap; }"))
        #expect(html.contains("<tr><td class=\"name\">城关镇党政综合办公室</td>"), "unit names never wrap")
        #expect(html.contains("figure, .card, tr, svg, .chart, .appendix { break-inside: avoid; }"))
        #expect(html.contains("thead { display: table-header-group; }"), "headers repeated on every printed page")
    }

    @Test func anInfeasibleScenarioGetsAReportWithTheConflictAndTheWaysOut() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-infeasible-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (status, _, err) = try BuiltTool.run(["solve", "Scenarios/infeasible.yaml", "--out", dir, "--threads", "1"], directory: Fixtures.root)
        #expect(status == 1, "exit status stays 1: \(err)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(names == ["explanation.json", "report.html", "report.md", "result.json"], "no allocation to tabulate")
        let json = try String(contentsOfFile: dir + "/result.json", encoding: .utf8)
        #expect(json.contains("\"status\" : \"infeasible\""))
        let md = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
        #expect(md.hasPrefix("# 北岭县乡镇编制占比（不可行示例）\n\n**无可行方案"))
        #expect(md.contains(ReportText.infeasibleLead.text(.zh)))
        #expect(md.contains("## 冲突与解决办法\n\n### 未通过的检查\n\n- "))
        // Two overlapping conflicts, each with its rules and its two ways out (re-solved).
        #expect(md.contains("### 冲突 1/2 及其解决办法（每项都已重新求解验证，任选其一即可解决这个冲突）\n\n- 在北岭县 行政编制的控制总数内，以下规则无法同时满足："))
        #expect(md.contains("### 冲突 2/2 及其解决办法"))
        #expect(md.contains("\n- 办法1：让北岭县 行政编制低于不裁减在编人员的下限 4 名：县委办 −4"))
        #expect(md.contains("\n- 办法2：把占比下限“乡镇行政编制占比”降低 4 名，从 30 到 26"))
        #expect(!md.contains("办法3"), "ways out numbered per conflict")
        #expect(md.contains("乡镇行政编制占比"), "the conflicting share floor is named")
        #expect(md.contains("## 附录：技术信息"))
        #expect(!md.contains("编制分配明细"), "no allocation table")
        let html = try String(contentsOfFile: dir + "/report.html", encoding: .utf8)
        #expect(html.contains("<span class=\"status bad\">") && html.contains("<h3>冲突 2/2 及其解决办法"))
    }

    @Test func reportBilingualWritesTheOtherLanguageBeside() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-bilingual-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try BuiltTool.run(["solve", "Scenarios/small.yaml", "--out", dir, "--threads", "1"], directory: Fixtures.root).0 == 0)
        let (status, _, err) = try BuiltTool.run(["report", dir + "/result.json", "--bilingual"], directory: Fixtures.root)
        #expect(status == 0, "\(err)")
        let zh = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
        let en = try String(contentsOfFile: dir + "/report.en.md", encoding: .utf8)
        #expect(zh.contains("## 主要数据\n") && !zh.contains("Headline figures"))
        #expect(en.contains("## Headline figures\n") && !en.contains("主要数据"))
        #expect(FileManager.default.fileExists(atPath: dir + "/report.en.html"))
        // Without --bilingual the translation of the earlier run goes.
        #expect(try BuiltTool.run(["report", dir + "/result.json"], directory: Fixtures.root).0 == 0)
        #expect(!FileManager.default.fileExists(atPath: dir + "/report.en.md"))
    }
}
