import Bianzhi
import Foundation
import Testing

/// The reports carry the explanation of the allocation (issue: "in the report of the report
/// issue when it exists").
@Suite("Reports explain the allocation")
struct ReportExplanationTests {
    static func hostileScenario() -> Scenario {
        Fixtures.county(units: [
            Fixtures.unit("A", quota: 10, headcount: 6, need: 6, department: "<script>alert(1)</script>"),
            Fixtures.unit("B", quota: 4, headcount: 4, need: 8),
        ])
    }

    @Test func htmlAndMarkdownHaveAWhySectionWithTheBindingRulesEscaped() throws {
        let scenario = Self.hostileScenario()
        let out = try solve(scenario)
        let explanation = try Explainer(threads: 1).explain(scenario)
        var files = AtomicFileSet()
        ReportFiles.add(out.result, explanation: explanation, to: &files)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-why-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try files.write(to: dir)
        let html = try String(contentsOfFile: dir + "/report.html", encoding: .utf8)
        let markdown = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
        #expect(html.contains("<h2>Why this allocation</h2>"))
        #expect(markdown.contains("## Why this allocation\n\n"))
        #expect(markdown.contains("### Rules that bind\n\n- "))
        #expect(html.contains("<h3>Rules that bind</h3>\n<ul>\n<li>"))
        #expect(!html.contains("<pre"), "the explanation is prose, not a monospace block")
        #expect(!html.contains("<script>"), "every name is escaped, in the explanation too")
    }

    @Test func withoutAnExplanationTheWhySectionSaysSo() throws {
        let out = try solve(Self.hostileScenario())
        var files = AtomicFileSet()
        ReportFiles.add(out.result, to: &files)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-why-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try files.write(to: dir)
        let html = try String(contentsOfFile: dir + "/report.html", encoding: .utf8)
        #expect(html.contains(ReportText.noExplanation.text(.en)))
        #expect(!html.contains("<h3>Rules that bind</h3>"))
    }

    @Test func solveOutWritesTheExplanationIntoTheReports() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-why-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let (status, _, err) = try BuiltTool.run(["solve", "Scenarios/small.yaml", "--out", dir, "--threads", "1", "--lang", "en"], directory: Fixtures.root)
        #expect(status == 0, "\(err)")
        let markdown = try String(contentsOfFile: dir + "/report.md", encoding: .utf8)
        #expect(markdown.contains("### What one quota more or less is worth\n\n- 示例县 行政编制: one quota more lowers the objective by 49.9 (goes to 西河乡党政办)"))
    }
}
