import Foundation
import Testing

/// `explain`, `validate` and `bench` as a planner runs them: one exit status for a conflict
/// whichever command finds it, JSON that names each conflict's block, and no crash on a
/// scenario without allocation.
@Suite("Command line: explain, validate and bench")
struct ExplainCommandTests {
    typealias CLI = CommandLineTests

    /// Two blocks, one conflict each, both proven by the exact checks (see
    /// ExplainShapeTests.twoBlocks for the arithmetic).
    static let twoBlocks = """
        scenario: {name: 两个冲突测试县}
        kinds:
          - {id: admin, name: 行政编制}
          - {id: police, name: 政法专项编制}
        regions:
          - {id: c, name: 测试县, level: county}
          - {id: t1, name: 东镇, level: township, parent: c}
        units:
          - {id: C1, name: 县委办, region: c, kind: admin, quota: 50, headcount: 50, attrition: 0}
          - {id: T1, name: 东镇办, region: t1, kind: admin, quota: 50, headcount: 0, need: 60, tags: [重点]}
          - {id: P1, name: 县公安局, region: c, kind: police, quota: 30, headcount: 30, attrition: 0}
          - {id: P2, name: 东镇派出所, region: t1, kind: police, quota: 20, headcount: 20, attrition: 0}
        pools:
          - {kind: police, scope: c, total: 45}
        priorities:
          - {tag: 重点, needFloor: 1.0}

        """

    /// Two hard share floors (60 + 50) over a total of 100: no exact check sees it, the
    /// solver does.
    static let floors = """
        scenario: {name: 两个占比冲突县}
        kinds:
          - {id: admin, name: 行政编制}
        regions:
          - {id: c, name: 测试县, level: county}
          - {id: t1, name: 东镇, level: township, parent: c}
        units:
          - {id: C1, name: 县公安局, region: c, kind: admin, quota: 50, headcount: 0, tags: [police]}
          - {id: T1, name: 东镇办, region: t1, kind: admin, quota: 50, headcount: 0}
        shareFloors:
          - {name: 乡镇占比, scope: c, kind: admin, level: township, floor: 0.6}
          - {name: 派出所占比, scope: c, kind: admin, tag: police, floor: 0.5}

        """

    /// Writes `yaml` into a new folder, runs `body` with its path, removes the folder.
    func withScenario<T>(_ yaml: String, _ body: (String) throws -> T) throws -> T {
        let dir = CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("scenario.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return try body(path)
    }

    @Test func anExactConflictExitsOneFromEveryCommand() throws {
        try withScenario(Self.twoBlocks) { path in
            let validate = try CLI.run(["validate", path, "--lang", "en"])
            #expect(validate.status == 1, "\(validate.stderr)")
            #expect(validate.stderr.contains("scenario.yaml:14:5: error: pools[0]: \"50\" — the hard floors of the units of 测试县 政法专项编制 add up to 50, 5 more"))
            #expect(validate.stderr.contains("2 conflict(s): the rules cannot all hold"))
            let solve = try CLI.run(["solve", path, "--threads", "1", "--lang", "en"])
            #expect(solve.status == 1, "\(solve.stderr)")
            #expect(solve.stdout.contains("Conflict 2 of 2 (block 2: police@c)"))
            let explain = try CLI.run(["explain", path, "--threads", "1", "--lang", "en"])
            #expect(explain.status == 1, "\(explain.stderr)")
            #expect(explain.stdout.contains("Conflict 1 of 2 (block 1: admin@c)"))
        }
    }

    @Test func explainJSONNamesEachConflictsBlockAndPools() throws {
        try withScenario(Self.twoBlocks) { path in
            let run = try CLI.run(["explain", path, "--format", "json", "--threads", "1"])
            #expect(run.status == 1)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let conflicts = try #require(object["conflicts"] as? [[String: Any]])
            #expect(conflicts.compactMap { $0["block"] as? Int } == [0, 1])
            #expect(conflicts.compactMap { $0["pools"] as? [String] } == [["admin@c"], ["police@c"]])
            let ways = try #require(object["waysOut"] as? [[String: Any]])
            #expect(ways.compactMap { $0["conflict"] as? Int } == [0, 0, 0, 1, 1])
            let kinds = ways.compactMap { ($0["relax"] as? [[String: Any]])?.first?["group"] as? [String: Any] }.compactMap { $0["kind"] as? String }
            // Ways of one size by amount, then by rule name; the one changing totals last.
            #expect(kinds == ["noDismissals", "priorityFloor", "poolTotal", "noDismissals", "poolTotal"])
        }
    }

    @Test func explainOfAFeasibleScenarioExitsZeroAndAnUnknownUnitTwo() throws {
        let run = try CLI.run(["explain", "Scenarios/small.yaml", "--threads", "1", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("An allocation exists"))
        let unknown = try CLI.run(["explain", "Scenarios/small.yaml", "--unit", "no-such-unit", "--lang", "en"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no-such-unit"))
    }

    @Test func benchOfAnInfeasibleScenarioReportsItWithoutCrashing() throws {
        try withScenario(Self.floors) { path in
            let json = try CLI.run(["bench", path, "--runs", "1", "--format", "json", "--threads", "1"])
            #expect(json.status == 0, "\(json.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let scenario = try #require((object["scenarios"] as? [[String: Any]])?.first)
            #expect(scenario["status"] as? String == "infeasible")
            #expect(scenario["objective"] == nil)
            let text = try CLI.run(["bench", path, "--runs", "1", "--threads", "1"])
            #expect(text.status == 0)
            #expect(text.stdout.contains("status infeasible (0/1 runs optimal), objective none"))
        }
    }
}
