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
        #expect(markdown.contains("### What one quota more or less is worth\n\n- 示例县 行政编制: one quota more: the objective falls by 49.9 (better), it goes to 西河乡党政办"))
    }

    /// `solve --out` writes the explanation of its own solve as explanation.json — the same
    /// explanation `explain` gives with the same limits — and `report` reads it from the
    /// result's folder, wherever that folder has moved and without the scenario.
    @Test func reportReadsTheExplanationOfTheSolveWithoutTheScenario() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-why-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let solved = dir.appendingPathComponent("solved").path
        let (status, _, err) = try BuiltTool.run(["solve", "Scenarios/small.yaml", "--out", solved, "--threads", "1"], directory: Fixtures.root)
        #expect(status == 0, "\(err)")
        let written = try JSONDecoder().decode(Explanation.self, from: Data(contentsOf: URL(fileURLWithPath: solved + "/explanation.json")))
        let scenario = try Repository.load("Scenarios/small.yaml")
        let units = scenario.units.count
        // In the language of the solve (Chinese without --lang or locale): its rules that bind.
        #expect(written == (try ReportFiles.explainer(units: units, threads: 1, language: .zh).explain(scenario)))
        #expect(written.bindingRules.contains { $0.message.contains("规则起限制作用") })

        // Moved away from the repository: the scenario path in result.json no longer resolves.
        let moved = dir.appendingPathComponent("elsewhere").path
        try FileManager.default.moveItem(atPath: solved, toPath: moved)
        try FileManager.default.removeItem(atPath: moved + "/report.md")
        let chinese = try BuiltTool.run(["report", "result.json"], directory: URL(fileURLWithPath: moved))
        #expect(chinese.0 == 0, "\(chinese.2)")
        #expect(try String(contentsOfFile: moved + "/report.md", encoding: .utf8).contains("## 为什么这样调整"))
        let report = try BuiltTool.run(["report", "result.json", "--lang", "en"], directory: URL(fileURLWithPath: moved))
        #expect(report.0 == 0, "\(report.2)")
        #expect(!report.2.contains("note:"))
        let markdown = try String(contentsOfFile: moved + "/report.md", encoding: .utf8)
        #expect(markdown.contains("## Why this allocation"))
        // The same figure as `explain` in Chinese (LanguageCLITests): with need protection on, one
        // more 行政编制 quota goes to 西河乡党政办.
        #expect(markdown.contains("- 示例县 行政编制: one quota more: the objective falls by 49.9 (better), it goes to 西河乡党政办; one quota less: not possible"))
    }
}

/// Report tables stop at ``ReportFiles/tableRowLimit`` rows and point to the CSV file.
@Suite("Report tables of large results")
struct ReportTableLimitTests {
    @Test func aLongTableEndsWithAPointerToTheCSV() {
        #expect(ReportFiles.tableRowLimit == 1_000)
        #expect(ReportFiles.moreRowsNote(1_000, file: "allocation.csv") == nil)
        #expect(ReportFiles.moreRowsNote(1_500, file: "allocation.csv") == "… 500 more rows (1500 in all): see allocation.csv")
        #expect(ReportFiles.moreRowsNote(1_500, file: "allocation.csv", language: .zh) == "……另有 500 行（共 1500 行），见 allocation.csv")
    }
}
