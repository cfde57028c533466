import Foundation
import Testing
@testable import Bianzhi

/// Input that once crashed, hung, leaked or was silently taken: each is now refused with a
/// located, bounded, escaped message.
@Suite("Hostile input")
struct HostileInputTests {
    @Test("hex numbers are refused in YAML and CSV")
    func hex() {
        let yaml = baseYAML.replacingOccurrences(of: "headcount: 8}", with: "headcount: 0x10, need: 0x1p3}")
        #expect(problems(yaml) == [
            "test.yaml:8:73: error: units[0].headcount: \"0x10\" — headcount must be a whole number ≥ 0. Fix: write the number of people in post, e.g. 10.",
            "test.yaml:8:85: error: units[0].need: \"0x1p3\" — need must be a decimal number ≥ 0 (not hex, inf or nan). Fix: write the workload-derived need, e.g. 14.5, or leave it empty when unknown.",
        ])
        let csvYAML = baseYAML.replacingOccurrences(of: #"""
            units:
              - {id: u1, name: 县政府办, region: cs, kind: admin, quota: 10, headcount: 8}
              - {id: u2, name: 张庄镇党政办, region: zz, kind: admin, quota: 6, headcount: 6}
            """#, with: "units: units.csv")
        let csv = "id,name,region,kind,quota,headcount,need\nu1,县政府办,cs,admin,0x10,8,0x1p3\n"
        #expect(problems(csvYAML, files: ["units.csv": csv]) == [
            "units.csv:2: error: quota: \"0x10\" — quota must be a whole number ≥ 0. Fix: write the approved quota, e.g. 12.",
            "units.csv:2: error: need: \"0x1p3\" — need must be a decimal number ≥ 0 (not hex, inf or nan). Fix: write the workload-derived need, e.g. 14.5, or leave it empty when unknown.",
        ])
    }

    @Test("subnormal and tiny weights and costs are refused with the range")
    func magnitudes() throws {
        let yaml = baseYAML + """
            objective: {weights: {moves: 5e-324, excess: 0.0000001}}
            lanes: {upward: 1e-320}
            """
        #expect(problems(yaml) == [
            "test.yaml:10:46: error: objective.weights.excess: \"0.0000001\" — excess must be 0 or at least 0.000001 (GLPK cannot scale smaller numbers). Fix: write a weight ≥ 0, e.g. 1, or 0 to ignore the term.",
            "test.yaml:10:30: error: objective.weights.moves: \"5e-324\" — moves must be 0 or at least 0.000001 (GLPK cannot scale smaller numbers). Fix: write a weight ≥ 0, e.g. 1, or 0 to ignore the term.",
            "test.yaml:11:17: error: lanes.upward: \"1e-320\" — upward must be 0 or at least 0.000001 (GLPK cannot scale smaller numbers). Fix: write a cost per quota ≥ 0, e.g. 2.",
        ])
        // A scenario built in code meets the same range in the validator.
        var scenario = try ScenarioLoader.load(yaml: baseYAML, path: "test.yaml")
        scenario.objective.weights[.moves] = .leastNonzeroMagnitude
        #expect(ScenarioValidator.validate(scenario).errors.map(\.description) == [
            "error: objective.weights.moves: \"5e-324\" — must be 0 or between 0.000001 and 1000000000 (GLPK cannot scale numbers outside this range). Fix: write 0 to switch it off, or a value in the range (e.g. 0.001 instead of 1e-9).",
        ])
    }

    @Test("a description given a map or a list is an error, not \"\"")
    func wrongType() {
        for (written, shape) in [("{a: 1}", "{…}"), ("[1, 2]", "[…]")] {
            let yaml = baseYAML.replacingOccurrences(of: "scenario: {name: 测试县}", with: "scenario: {name: 测试县, description: \(written)}")
            #expect(problems(yaml) == [
                "test.yaml:1:36: error: scenario.description: \"\(shape)\" — description must be text. Fix: write the text on one line after `description:`, or as a `|` block.",
            ])
        }
    }

    @Test("two root regions are an error: the regions form one tree")
    func forest() {
        let yaml = baseYAML.replacingOccurrences(of: "level: township, parent: cs}", with: "level: county}")
        #expect(problems(yaml) == [
            "test.yaml:6:5: error: regions[1].parent: \"zz\" — a second root region: cs (regions[0]) has no parent either, and the regions must form one tree. Fix: give zz a parent (e.g. `parent: cs`), or solve the two areas as two scenarios.",
        ])
    }

    @Test("control characters never reach the terminal; long values are cut")
    func escaping() {
        let attack = "\u{1B}]0;pwned\u{07}\u{1B}[31m" + String(repeating: "x", count: 100)
        let yaml = baseYAML.replacingOccurrences(of: "quota: 10,", with: "quota: \"\(attack.replacingOccurrences(of: "\u{1B}", with: "\\e").replacingOccurrences(of: "\u{07}", with: "\\a"))\",")
        let messages = problems(yaml)
        #expect(messages.count == 1)
        let message = messages[0]
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        let excerpt = #"units[0].quota: "\u{1B}]0;pwned\u{7}\u{1B}[31m"# + String(repeating: "x", count: 45) + "…\" — quota must"
        #expect(message.contains(excerpt), "\(message)")
        // A name with a control character is refused (it would reach every output).
        let named = baseYAML.replacingOccurrences(of: "name: 县政府办", with: "name: \"县政府办\\0\"")
        #expect(problems(named) == [
            #"test.yaml:8:5: error: units[0].name: "县政府办\u{0}" — name contains a control character (shown escaped). Fix: remove it: ids and names are plain text."#,
        ])
    }

    /// Files on disk: the YAML names the unit table by an absolute path.
    static func loadProblems(units path: String) throws -> [String] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let yaml = baseYAML.components(separatedBy: "units:")[0] + "units: \(path)\n"
        try yaml.write(toFile: dir + "/s.yaml", atomically: true, encoding: .utf8)
        do {
            _ = try ScenarioLoader.load(path: dir + "/s.yaml")
            return []
        } catch {
            return (error.report?.diagnostics.map(\.description) ?? [error.description]).map {
                $0.replacingOccurrences(of: dir, with: "DIR")
            }
        }
    }

    @Test("a unit table that is not a regular text file is refused without showing it")
    func unitTableFiles() throws {
        let environ = try Self.loadProblems(units: "/proc/self/environ")
        #expect(environ == ["DIR/s.yaml:7:8: error: units: \"/proc/self/environ\" — the unit table must be a regular file (this is a system file whose size changes as it is read). Fix: give the path of the CSV or Excel unit table."])
        let passwd = try Self.loadProblems(units: "/etc/passwd")
        #expect(passwd == ["/etc/passwd:1: error: the first line names none of the unit table's columns: this does not look like a unit table (its content is not shown). Fix: check the `units:` path; the table starts with a header row: id,name,department,region,kind,quota,headcount,…"])
        #expect(try Self.loadProblems(units: "/tmp") == ["DIR/s.yaml:7:8: error: units: \"/tmp\" — the unit table must be a regular file (this is a folder, device or pipe). Fix: give the path of the CSV or Excel unit table."])
        let binary = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-binary-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: binary) }
        try Data([0x69, 0x64, 0x2C, 0x00, 0x53, 0x45, 0x43, 0x52, 0x45, 0x54]).write(to: URL(fileURLWithPath: binary))
        let refused = try Self.loadProblems(units: binary)
        #expect(refused.count == 1 && refused[0].contains("binary content") && !refused[0].contains("SECRET"))
    }

    /// Validation stays linear: a 5,000-region parent chain and 60,000 units naming one of
    /// three unknown regions. Counted, not timed: each region is stepped from once, and "did
    /// you mean" is searched once per distinct unknown value.
    @Test func validationIsLinearInTheScenario() {
        var regions = [Region(id: "r0", name: "r0", level: .province, parent: nil, location: nil)]
        for i in 1..<5_000 {
            regions.append(Region(id: "r\(i)", name: "r\(i)", level: .township, parent: "r\(i - 1)", location: nil))
        }
        let units = (0..<60_000).map { i in
            OrgUnit(id: "u\(i)", name: "u\(i)", department: "", region: i < 3 ? "r4999" : "nowhere\(i % 3)", kind: "admin",
                    quota: 5, headcount: 5, attrition: nil, need: nil, tags: [], location: nil)
        }
        let scenario = Scenario(
            metadata: .init(name: "chain", horizonYears: 1, description: ""),
            kinds: [QuotaKind(id: "admin", name: "行政编制", shrinkOnly: false, location: nil)],
            regions: regions, units: units, pools: [], channels: [], rules: Rules(), priorities: [],
            shareFloors: [], objective: ObjectiveSpec(), lanes: LaneCosts())
        var statistics = ValidationStatistics()
        let report = ScenarioValidator.validate(scenario, statistics: &statistics)
        #expect(report.errors.filter { $0.field.hasSuffix(".region") }.count == 59_997)
        #expect(statistics.suggestionSearches == 3)
        #expect(statistics.parentSteps == 5_000)
    }
}

/// Result files read by `report` and `diff` are validated like scenarios.
@Suite("Result file validation")
struct ResultFileValidationTests {
    /// The small scenario's result as a JSON tree, to break one field at a time.
    static func resultTree() throws -> [String: Any] {
        let output = try solve(try Repository.load("Scenarios/small.yaml"))
        let data = Data(ResultFiles.json(output.result).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func problems(_ tree: [String: Any]) throws -> [String] {
        let data = try JSONSerialization.data(withJSONObject: tree)
        switch ResultFileCheck.decode(data) {
        case .result: return []
        case .problems(let problems): return problems.map(\.description)
        }
    }

    static func editUnit(_ tree: inout [String: Any], _ index: Int, _ edit: (inout [String: Any]) -> Void) {
        var units = tree["units"] as! [[String: Any]]
        edit(&units[index])
        tree["units"] = units
    }

    @Test func anUntouchedResultIsValid() throws {
        #expect(try Self.problems(Self.resultTree()) == [])
    }

    @Test func handEditedResultsAreRefusedWithFieldValueAndFix() throws {
        let fix = "Fix: use the result.json that `bianzhi solve --out` wrote, or solve the scenario again."
        var tree = try Self.resultTree()
        Self.editUnit(&tree, 0) { $0["newQuota"] = -3; $0["change"] = -3 - ($0["quota"] as! Int) }
        #expect(try Self.problems(tree) == ["error: units[0].newQuota: \"-3\" — must be a whole number from 0 to 1000000000. \(fix)"])

        tree = try Self.resultTree()
        let units = tree["units"] as! [[String: Any]]
        tree["units"] = units + [units[1]]
        let id = units[1]["id"] as! String
        #expect(try Self.problems(tree) == ["error: units[\(units.count)].id: \"\(id)\" — unit listed twice (also units[1]). \(fix)"])

        tree = try Self.resultTree()
        tree["status"] = "banana"
        #expect(try Self.problems(tree) == ["error: status: \"banana\" — unknown status; a result has one of: optimal, feasible, infeasible, noSolution, failed. \(fix)"])

        tree = try Self.resultTree()
        Self.editUnit(&tree, 2) { $0["quota"] = 2.5 }
        #expect(try Self.problems(tree) == ["error: units[2].quota: \"2.5\" — must be a whole number. \(fix)"])

        tree = try Self.resultTree()
        Self.editUnit(&tree, 0) { $0["name"] = "\u{1B}]0;x\u{07}" }
        #expect(try Self.problems(tree) == [#"error: units[0].name: "\u{1B}]0;x\u{7}" — contains a control character (shown escaped). "# + fix])

        tree = try Self.resultTree()
        Self.editUnit(&tree, 0) { $0["name"] = 7 }
        #expect(try Self.problems(tree) == ["error: units[0].name — must be text. \(fix)"])

        tree = try Self.resultTree()
        Self.editUnit(&tree, 0) { $0.removeValue(forKey: "region") }
        #expect(try Self.problems(tree) == ["error: units[0].region — required key is missing. \(fix)"])

        #expect(ResultFileCheck.decode(Data("{\"units\": [".utf8)).problemTexts == ["error: the file is not valid JSON. \(fix)"])
    }

    /// The same problems in Chinese (the default language): the field path and the value stay
    /// as written, the message and the fix are the catalogue's.
    @Test func resultFileProblemsReadInChinese() throws {
        let fix = "改法：请使用 `bianzhi solve --out` 写出的 result.json，或重新求解方案。"
        var tree = try Self.resultTree()
        Self.editUnit(&tree, 0) { $0["newQuota"] = -3; $0["change"] = -3 - ($0["quota"] as! Int) }
        var data = try JSONSerialization.data(withJSONObject: tree)
        guard case .problems(let problems) = ResultFileCheck.decode(data) else { Issue.record("accepted"); return }
        #expect(problems.map { $0.rendered(.zh) } == ["错误：units[0].newQuota：“-3” — 必须是 0 到 1000000000 之间的整数。\(fix)"])

        tree = try Self.resultTree()
        tree["formatVersion"] = 99
        data = try JSONSerialization.data(withJSONObject: tree)
        let error = ResultReadError(path: "r.json", problems: try #require(ResultFileCheck.decode(data).problems))
        #expect(error.rendered(.zh) == "r.json: 错误：formatVersion：“99” — 本版 bianzhi 读取的结果文件格式版本为 \(SolveResult.currentFormatVersion)。改法：请用本版本重新求解方案。")
    }

    /// ``ResultFileCheck/wholeNumberPaths`` is exactly the set of `Int` fields: every number
    /// of a real result, set to 0.5, fails to decode precisely when its path is listed.
    @Test func theWholeNumberPathsAreTheIntegerFields() throws {
        let tree = try Self.resultTree()
        var checked = 0
        func visit(_ node: Any, pattern: String, replace: (Any) -> [String: Any]) throws {
            if let object = node as? [String: Any] {
                for key in object.keys.sorted() {
                    try visit(object[key]!, pattern: pattern.isEmpty ? key : "\(pattern).\(key)") { value in
                        var copy = object
                        copy[key] = value
                        return replace(copy)
                    }
                }
            } else if let array = node as? [Any], let first = array.first {
                try visit(first, pattern: "\(pattern)[]") { value in
                    var copy = array
                    copy[0] = value
                    return replace(copy)
                }
            } else if node is NSNumber, !(node is Bool), !pattern.hasPrefix("statistics.seconds") {
                let data = try JSONSerialization.data(withJSONObject: replace(0.5))
                let fails = (try? JSONDecoder().decode(SolveResult.self, from: data)) == nil
                #expect(fails == ResultFileCheck.wholeNumberPaths.contains(pattern), "\(pattern)")
                checked += 1
            }
        }
        try visit(tree, pattern: "") { $0 as! [String: Any] }
        #expect(checked > 40)
    }
}

extension ResultFileCheck.Outcome {
    /// The problems, or nil for a valid result.
    var problems: [Diagnostic]? {
        if case .problems(let problems) = self { return problems }
        return nil
    }

    var problemTexts: [String] {
        if case .problems(let problems) = self { return problems.map(\.description) }
        return []
    }
}
