import Bianzhi
import Foundation
import Testing

@Suite("diff and report through the command line", .enabled(if: BuiltTool.path != nil, "the bianzhi executable is not built"))
struct DiffCommandTests {
    static let scenario = """
        scenario: {name: 命令行测试县}
        kinds: [{id: admin, name: 行政编制}]
        regions:
          - {id: c, name: 测试县, level: county}
          - {id: t, name: 东镇, level: township, parent: c}
        units:
          - {id: a, name: 县委办, department: 县委办, region: c, kind: admin, quota: 10, headcount: 6, attrition: 0, need: 6}
          - {id: b, name: 东镇党政办, department: 东镇, region: t, kind: admin, quota: 4, headcount: 4, attrition: 0, need: 8}
        """

    static func folder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-diff-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func resultAgainstItselfPrintsNoDifferencesAndExitsZero() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.scenario.write(toFile: dir + "/s.yaml", atomically: true, encoding: .utf8)
        let (solved, _, _) = try BuiltTool.run(["solve", dir + "/s.yaml", "--out", dir + "/out"])
        #expect(solved == 0)
        for name in ["result.json", "allocation.csv", "transfers.csv", "report.md", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: dir + "/out/" + name), "\(name) missing")
        }
        let (status, out, _) = try BuiltTool.run(["diff", dir + "/out/result.json", dir + "/out/result.json"])
        #expect(status == 0)
        #expect(out.contains("两个方案没有差异"), "Chinese without a locale")
        // A result against its own scenario (solved on the fly): the same allocation.
        let (status2, out2, _) = try BuiltTool.run(["diff", dir + "/out/result.json", dir + "/s.yaml", "--lang", "en"])
        #expect(status2 == 0)
        #expect(out2.contains("no differences"))

        let (reported, _, _) = try BuiltTool.run(["report", dir + "/out/result.json", "--out", dir + "/rep"])
        #expect(reported == 0)
        #expect(FileManager.default.fileExists(atPath: dir + "/rep/report.html"))
    }

    @Test func changedRuleShowsInEveryFormat() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.scenario.write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
        try (Self.scenario + "\nrules:\n  maxChange: {atMost: 2}\n").write(toFile: dir + "/b.yaml", atomically: true, encoding: .utf8)
        let (status, text, _) = try BuiltTool.run(["diff", dir + "/a.yaml", dir + "/b.yaml"])
        #expect(status == 0)
        #expect(text.contains("rules.maxChange.atMost") && text.contains("县委办") && !text.contains("\u{1B}["))
        let (_, md, _) = try BuiltTool.run(["diff", dir + "/a.yaml", dir + "/b.yaml", "--format", "md"])
        #expect(md.contains("| 县委办 |"))
        let (_, csv, _) = try BuiltTool.run(["diff", dir + "/a.yaml", dir + "/b.yaml", "--format", "csv"])
        #expect(csv.hasPrefix("\u{FEFF}section,"))
        let (_, json, _) = try BuiltTool.run(["diff", dir + "/a.yaml", dir + "/b.yaml", "--format", "json"])
        #expect(json.contains("\"identical\" : false"))
    }

    @Test func infeasibleAndInvalidSidesExitWithTheirCodes() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.scenario.write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
        // The township may not hold less than 90 % of 14 = 13, but the county office keeps
        // its 6 people: at most 8 can reach the township.
        let infeasible = Self.scenario + """

            shareFloors:
              - {name: 乡镇占比, scope: c, kind: admin, level: township, floor: 0.9}
            """
        try infeasible.write(toFile: dir + "/inf.yaml", atomically: true, encoding: .utf8)
        try (Self.scenario + "\nbogus: 1\n").write(toFile: dir + "/bad.yaml", atomically: true, encoding: .utf8)
        let (infeasibleStatus, _, infeasibleErr) = try BuiltTool.run(["diff", dir + "/a.yaml", dir + "/inf.yaml"])
        #expect(infeasibleStatus == 1, "\(infeasibleErr)")
        let (invalidStatus, _, _) = try BuiltTool.run(["diff", dir + "/bad.yaml", dir + "/a.yaml"])
        #expect(invalidStatus == 65)
        try "{ not json".write(toFile: dir + "/broken.json", atomically: true, encoding: .utf8)
        let (brokenStatus, _, _) = try BuiltTool.run(["diff", dir + "/broken.json", dir + "/a.yaml"])
        #expect(brokenStatus == 65)
    }

    /// A hand-edited result.json with Int.max quotas used to trap on overflow summing them in
    /// the report; it is now refused like any other unreadable result (65), before any sum.
    @Test func handEditedResultWithHugeNumbersIsRefusedNotATrap() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let json = try Self.solvedResultJSON(in: dir).replacingOccurrences(of: #""newQuota" : \d+"#, with: #""newQuota" : 9223372036854775807"#, options: .regularExpression)
        try json.write(toFile: dir + "/edited.json", atomically: true, encoding: .utf8)
        for arguments in [["report", dir + "/edited.json", "--out", dir + "/rep"], ["diff", dir + "/edited.json", dir + "/s.yaml"]] {
            let (status, _, err) = try BuiltTool.run(arguments)
            #expect(status == 65, "\(arguments[0]): \(err)")
            #expect(err.contains("edited.json: 错误：units[0].newQuota：“9223372036854775807” — 超出结果文件中任何数字的范围（±2^53）。改法：请使用 `bianzhi solve --out` 写出的 result.json，或重新求解方案。"), "\(err)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/rep/report.html"))
    }

    @Test func resultOfAnotherFormatVersionIsRefused() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let json = try Self.solvedResultJSON(in: dir)
            .replacingOccurrences(of: "\"formatVersion\" : \(SolveResult.currentFormatVersion)", with: #""formatVersion" : 99"#)
        try json.write(toFile: dir + "/future.json", atomically: true, encoding: .utf8)
        let (status, _, err) = try BuiltTool.run(["report", dir + "/future.json", "--out", dir + "/rep", "--lang", "en"])
        #expect(status == 65)
        #expect(err.contains("future.json") && err.contains("formatVersion: \"99\" — this bianzhi reads result format version \(SolveResult.currentFormatVersion)"), "\(err)")
    }

    /// Solves the test scenario (written to `dir/s.yaml`) into `dir/out` and returns its
    /// result.json, for tests that tamper with it.
    static func solvedResultJSON(in dir: String) throws -> String {
        try scenario.write(toFile: dir + "/s.yaml", atomically: true, encoding: .utf8)
        #expect(try BuiltTool.run(["solve", dir + "/s.yaml", "--out", dir + "/out"]).0 == 0)
        return try String(contentsOfFile: dir + "/out/result.json", encoding: .utf8)
    }
}
