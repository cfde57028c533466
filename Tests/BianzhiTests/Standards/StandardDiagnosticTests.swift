import Foundation
import Testing
@testable import Bianzhi

/// Every problem with standards and drivers, located (file, line, field, value) with its fix.
@Suite("Standards: diagnostics")
struct StandardDiagnosticTests {
    /// A valid scenario with one standard and one school; tests replace lines to break it.
    static let yaml = StandardFixture.scenario(standards: [StandardFixture.primary], units: """
        units:
          - {id: s1, name: 甲小学, region: cs, kind: inst, quota: 20, headcount: 20, tags: [小学], drivers: {在校生数: 380}}

        """)

    static func with(_ old: String, _ new: String) -> String {
        precondition(yaml.contains(old))
        return yaml.replacingOccurrences(of: old, with: new)
    }

    @Test func validAsWritten() {
        #expect(problems(Self.yaml) == [])
    }

    @Test("two formulas, or none")
    func formulaCount() {
        #expect(problems(Self.with("ratio: 19}", "ratio: 19, perDriver: 1.3}")) == [
            "test.yaml:7:5: error: standards[0] — the standard may have one formula only, this one has ratio, perDriver. Fix: write exactly one of `ratio: 19` (driver ÷ 19, e.g. 1 staff per 19 pupils), `perDriver: 1.3` (driver × 1.3, e.g. 1.3 staff per bed), `per10000: 12` (12 per 10,000 people).",
        ])
        #expect(problems(Self.with(", ratio: 19}", "}")) == [
            "test.yaml:7:5: error: standards[0] — the standard has no formula. Fix: write exactly one of `ratio: 19` (driver ÷ 19, e.g. 1 staff per 19 pupils), `perDriver: 1.3` (driver × 1.3, e.g. 1.3 staff per bed), `per10000: 12` (12 per 10,000 people).",
        ])
    }

    @Test("a factor of 0 or below")
    func factorNotPositive() {
        #expect(problems(Self.with("ratio: 19}", "ratio: 0}")) == [
            "test.yaml:7:53: error: standards[0].ratio: \"0\" — ratio must be above 0. Fix: write a number above 0, e.g. `ratio: 19`.",
        ])
        #expect(problems(Self.with("ratio: 19}", "ratio: -19}")) == [
            "test.yaml:7:53: error: standards[0].ratio: \"-19\" — ratio must be a number ≥ 0. Fix: write a number above 0, e.g. `ratio: 19`.",
        ])
    }

    @Test("a standard that selects nothing by tag or level")
    func noSelection() {
        #expect(problems(Self.with("tag: 小学, ", "")) == [
            "test.yaml:7:5: error: standards[0] — the standard does not say which units it applies to. Fix: add `tag: 小学` (and `level` or `kind` if needed) naming the units the standard applies to.",
        ])
    }

    @Test("a standard of an unknown kind")
    func unknownKind() {
        #expect(problems(Self.with("tag: 小学,", "tag: 小学, kind: 事业,")) == [
            "test.yaml:7:5: error: standards[0].kind: \"事业\" — no kind has this id or name (did you mean `事业编制`?). Fix: use one of: inst.",
        ])
    }

    @Test("a unit selected by two standards")
    func twoStandards() {
        let text = Self.with("ratio: 19}\n", "ratio: 19}\n  - {name: 初中教职工编制标准, level: county, driver: 在校生数, ratio: 13.5}\n")
        #expect(problems(text) == [
            "test.yaml:10:5: error: units[0].tags: \"小学\" — the unit is selected by two standards, \"小学教职工编制标准\" and \"初中教职工编制标准\". Fix: let one standard select the unit: change the unit's tags or the standards' `tag`/`level`/`kind`, or type the unit's need.",
        ])
    }

    @Test("a selected unit without its driver: an error, unless it has a need of its own")
    func driverMissing() {
        #expect(problems(Self.with(", drivers: {在校生数: 380}", "")) == [
            "test.yaml:9:5: error: units[0].drivers.在校生数 — the unit falls under \"小学教职工编制标准\" but has no value for 在校生数 and no need of its own. Fix: fill in the unit's 在校生数 (the unit table's column, or `drivers: {在校生数: 1140}`), or type its need.",
        ])
        #expect(problems(Self.with(", drivers: {在校生数: 380}", ", need: 21")) == [])
    }

    @Test("drivers must be finite numbers ≥ 0")
    func driverValues() {
        #expect(problems(Self.with("{在校生数: 380}", "{在校生数: -380}")) == [
            "test.yaml:9:103: error: units[0].drivers.在校生数: \"-380\" — 在校生数 must be a number ≥ 0. Fix: write 在校生数 as a number ≥ 0, e.g. 1140.",
        ])
        #expect(problems(Self.with("{在校生数: 380}", "{在校生数: .inf}")) == [
            "test.yaml:9:103: error: units[0].drivers.在校生数: \".inf\" — 在校生数 must be a decimal number ≥ 0 (not hex, inf or nan). Fix: write 在校生数 as a number ≥ 0, e.g. 1140.",
        ])
        #expect(problems(Self.with("{在校生数: 380}", "{在校生数: 很多}")) == [
            "test.yaml:9:103: error: units[0].drivers.在校生数: \"很多\" — 在校生数 must be a decimal number ≥ 0 (not hex, inf or nan). Fix: write 在校生数 as a number ≥ 0, e.g. 1140.",
        ])
        #expect(problems(Self.with("drivers: {在校生数: 380}", "drivers: 380")) == [
            "test.yaml:9:96: error: units[0].drivers: \"380\" — must be a mapping of keys. Fix: write the entry as keys and values, e.g. `{在校生数: 1140}`.",
        ])
    }

    @Test("a driver no standard uses is a typo")
    func undeclaredDriver() {
        #expect(problems(Self.with("{在校生数: 380}", "{在校人数: 380}")) == [
            "test.yaml:9:97: error: units[0].drivers.在校人数: \"在校人数\" — no standard uses this driver (did you mean `在校生数`?). Fix: use a known driver: 在校生数, 床位数, 服务人口; or add a standard that uses this one.",
        ])
    }

    @Test("a standard selecting no unit is a warning")
    func selectsNoUnit() throws {
        let s = try ScenarioLoader.load(yaml: Self.with("tag: 小学,", "tag: 中学,"), path: "test.yaml")
        #expect(s.source.warnings.map(\.description) == [
            "test.yaml:7:5: warning: standards[0]: \"小学教职工编制标准\" — the standard \"小学教职工编制标准\" selects no unit. Fix: check the standard's `tag`, `level` and `kind` against the units' tags, levels and kinds.",
        ])
    }

    @Test("a derived need beyond the format's maximum")
    func derivedTooLarge() {
        #expect(problems(Self.with("{在校生数: 380}", "{在校生数: 1000000000}").replacingOccurrences(of: "ratio: 19", with: "perDriver: 1000")) == [
            "test.yaml:9:5: error: units[0].drivers.在校生数: \"1000000000\" — the need derived by \"小学教职工编制标准\" is above 1000000000. Fix: check the driver's value and the standard's factor.",
        ])
    }

    @Test("in a unit table: a bad driver cell, a driver column twice (学生数 is 在校生数) and a missing driver, by file, row and column")
    func tableProblems() {
        let yaml = Self.yaml.replacingOccurrences(
            of: "units:\n  - {id: s1, name: 甲小学, region: cs, kind: inst, quota: 20, headcount: 20, tags: [小学], drivers: {在校生数: 380}}\n",
            with: "units: units.csv\n")
        let csv = """
            名称,区域,编制类型,编制数,实有人数,标签,在校生数
            甲小学,cs,inst,20,20,小学,三百八
            乙小学,cs,inst,20,20,小学,

            """
        #expect(problems(yaml, files: ["units.csv": csv]) == [
            "units.csv:2: error: 在校生数: \"三百八\" — 在校生数 must be a decimal number ≥ 0 (not hex, inf or nan). Fix: write 在校生数 as a number ≥ 0, e.g. 1140.",
        ])
        let twice = csv.replacingOccurrences(of: "在校生数\n", with: "在校生数,学生数\n").replacingOccurrences(of: "小学,三百八\n", with: "小学,380,380\n")
            .replacingOccurrences(of: "小学,\n", with: "小学,,\n")
        #expect(problems(yaml, files: ["units.csv": twice]) == [
            "units.csv:1: error: 学生数 — column `在校生数` appears twice. Fix: keep one of the two columns.",
        ])
        let fixed = csv.replacingOccurrences(of: "三百八", with: "380")
        #expect(problems(yaml, files: ["units.csv": fixed]) == [
            "units.csv:3: error: 在校生数 — the unit falls under \"小学教职工编制标准\" but has no value for 在校生数 and no need of its own. Fix: fill in the unit's 在校生数 (the unit table's column, or `drivers: {在校生数: 1140}`), or type its need.",
        ])
    }
}
