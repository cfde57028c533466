import Foundation
import Testing

/// Need from standards end to end through `bianzhi`: validate, solve, explain --unit.
@Suite("Command line: standards")
struct StandardCommandTests {
    static let yaml = StandardFixture.scenario(
        standards: [StandardFixture.primary, "{name: 乡镇卫生院编制标准, tag: 卫生院, driver: 床位数, perDriver: 1.3}"],
        units: "units: units.csv\n")
    /// The school: 228 ÷ 19 = 12 (2 short); the health centre: 20 × 1.3 = 26 (typed 24 overrides);
    /// the archive 4 above its typed need 6. The archive gives 2 to the school (see
    /// StandardSolveTests for the same pool worked by hand).
    static let csv = """
        名称,区域,编制类型,编制数,实有人数,需求,标签,在校生数,床位数
        县实验小学,cs,inst,10,8,,小学,228,
        县卫生院,cs,inst,24,24,24,卫生院,,20
        县档案馆,cs,inst,10,6,6,,,

        """

    static func folder(csv: String = csv) throws -> URL {
        let dir = CommandLineTests.temporaryDirectory()
        try Self.yaml.write(to: dir.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        try csv.write(to: dir.appendingPathComponent("units.csv"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func solveWritesTheDerivationAndExplainShowsIt() throws {
        let dir = try Self.folder()
        let scenario = dir.appendingPathComponent("s.yaml").path
        let out = dir.appendingPathComponent("out")
        let run = try CommandLineTests.run(["solve", scenario, "--out", out.path, "--threads", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("按编制标准测算需求的单位：2 个，其中 1 个以填写的需求为准（测算过程见 allocation.csv 的“需求测算”列）\n"))
        let csv = try String(contentsOf: out.appendingPathComponent("allocation.csv"), encoding: .utf8)
        let rows = csv.components(separatedBy: "\r\n")
        // Chinese by default: 需求 left empty where derived (the standard derives it again when the
        // file is read back), 编制数 12, 增减 +2; the derivation, then the drivers.
        #expect(rows[0].hasSuffix(",备注,需求测算,在校生数,床位数"))
        #expect(rows[1].hasPrefix("县实验小学,县实验小学,,cs,县,inst,cs,10,8,0,,12,2,"))
        #expect(rows[1].hasSuffix(",小学教职工编制标准：在校生数 228 ÷ 19 = 12.0,228,"))
        #expect(rows[2].hasPrefix("县卫生院,县卫生院,,cs,县,inst,cs,24,24,0,24,24,0,"))
        #expect(rows[2].hasSuffix(",乡镇卫生院编制标准：床位数 20 × 1.3 = 26.0；已填写需求 24，以填写的为准,,20"))
        #expect(rows[3].hasSuffix(",,,,"))
        let report = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(report.contains("| 县卫生院 | 乡镇卫生院编制标准：床位数 20 × 1.3 = 26.0；已填写需求 24，以填写的为准 |"), "\(report)")

        let explain = try CommandLineTests.run(["explain", scenario, "--unit", "县实验小学", "--threads", "1"])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("  需求测算：小学教职工编制标准：在校生数 228 ÷ 19 = 12.0\n"))
        let english = try CommandLineTests.run(["explain", scenario, "--unit", "县实验小学", "--threads", "1", "--lang", "en"])
        #expect(english.stdout.contains("  need from standard: 小学教职工编制标准: 在校生数 228 ÷ 19 = 12.0\n"))
    }

    @Test func validateNamesAMissingDriverWithItsRow() throws {
        let dir = try Self.folder(csv: Self.csv.replacingOccurrences(of: "小学,228,", with: "小学,,"))
        let run = try CommandLineTests.run(["validate", dir.appendingPathComponent("s.yaml").path, "--lang", "zh"])
        #expect(run.status == 65)
        #expect(run.stderr.contains(
            "units.csv:2: 错误：在校生数 — 该单位适用“小学教职工编制标准”，但没有填写在校生数，也没有填写需求。改法：填写该单位的在校生数（单位表的“在校生数”列，或 `drivers: {在校生数: 1140}`），或直接填写需求。"))
    }
}
