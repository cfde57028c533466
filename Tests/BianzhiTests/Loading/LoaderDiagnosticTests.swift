import Foundation
import Testing
@testable import Bianzhi

/// Each problem the loader finds, with the exact text a planner reads.
@Suite("Loader diagnostics")
struct LoaderDiagnosticTests {
    @Test("a misspelt key is an error that suggests the known key")
    func unknownKeyWithSuggestion() {
        let yaml = baseYAML.replacingOccurrences(of: "quota: 6, headcount: 6}", with: "quota: 6, headcont: 6}")
        #expect(problems(yaml) == [
            "test.yaml:9:63: error: units[1].headcont — unknown key (did you mean `headcount`?). Fix: rename it to `headcount`.",
            "test.yaml:9:5: error: units[1].headcount — required key is missing. Fix: add `headcount: …` to this entry.",
        ])
    }

    @Test("a fractional quota is an error naming the value")
    func fractionalQuota() {
        let yaml = baseYAML.replacingOccurrences(of: "quota: 10,", with: "quota: 12.5,")
        #expect(problems(yaml) == [
            "test.yaml:8:58: error: units[0].quota: \"12.5\" — quota must be a whole number ≥ 0. Fix: write the approved quota, e.g. 12.",
        ])
    }

    @Test("a negative headcount is an error")
    func negativeHeadcount() {
        let yaml = baseYAML.replacingOccurrences(of: "headcount: 8}", with: "headcount: -2}")
        #expect(problems(yaml) == [
            "test.yaml:8:73: error: units[0].headcount: \"-2\" — headcount must be a whole number ≥ 0. Fix: write the number of people in post, e.g. 10.",
        ])
    }

    @Test("text where a number is needed is an error")
    func textForNumber() {
        let yaml = baseYAML.replacingOccurrences(of: "quota: 10,", with: "quota: 十,")
        #expect(problems(yaml) == [
            "test.yaml:8:58: error: units[0].quota: \"十\" — quota must be a whole number ≥ 0. Fix: write the approved quota, e.g. 12.",
        ])
    }

    @Test("a quota too large to sum (Int.max) is an error, not an overflow trap in the pool sums")
    func hugeQuota() {
        let inline = baseYAML.replacingOccurrences(of: "quota: 10,", with: "quota: 9223372036854775807,")
            .replacingOccurrences(of: "quota: 6,", with: "quota: 9223372036854775807,")
        #expect(problems(inline).map { $0.contains("quota must be a whole number ≤ 1000000000") } == [true, true])
    }

    @Test("a unit without an id is an error at the unit")
    func missingId() {
        let yaml = baseYAML.replacingOccurrences(of: "{id: u2, ", with: "{")
        #expect(problems(yaml) == [
            "test.yaml:9:5: error: units[1].id — required key is missing. Fix: add `id: …` to this entry.",
        ])
    }

    @Test("a bad level name suggests the nearest level")
    func badLevel() {
        let yaml = baseYAML.replacingOccurrences(of: "level: township", with: "level: twonship")
        #expect(problems(yaml) == [
            "test.yaml:6:32: error: regions[1].level: \"twonship\" — unknown level (did you mean `township`?). Fix: write one of: country/全国/国家/国家级, province/省/省级, city/市/市级/地级市, county/县/县级/区/县级市/县区, township/乡镇/乡/镇/街道/乡镇级/乡级/镇级/乡镇（街道）/乡镇(街道).",
        ])
    }

    @Test("a bad reserve and a bad floor are errors")
    func badReserveAndFloor() {
        let yaml = baseYAML + """
            pools:
              - {kind: admin, scope: cs, reserve: lots}
            shareFloors:
              - {name: 乡镇占比, scope: cs, kind: admin, level: township, floor: 三成}

            """
        #expect(problems(yaml) == [
            "test.yaml:11:39: error: pools[0].reserve: \"lots\" — reserve must be none, a whole number ≥ 0 or unlimited. Fix: write e.g. `reserve: 10`, or `reserve: none` to redistribute everything.",
            "test.yaml:13:66: error: shareFloors[0].floor: \"三成\" — floor must be a share between 0 and 1 or `current`. Fix: write e.g. `floor: 0.3`, or `floor: current` to keep the current share.",
        ])
    }

    @Test("a weight of 1e308 is an error: it made the objective infinite and the JSON writer trap")
    func hugeWeight() {
        let yaml = baseYAML + """
            objective:
              weights: {shortfall: 1e308, excess: 2}

            """
        #expect(problems(yaml).count == 1)
        #expect(problems(yaml).first?.contains("objective.weights.shortfall: \"1e308\" — shortfall must be a number ≤ 1000000000.") == true)
    }

    @Test("tiers naming an unknown term are an error")
    func unknownTierTerm() {
        let yaml = baseYAML + """
            objective:
              tiers: [[shortfall], [excesss]]

            """
        #expect(problems(yaml) == [
            "test.yaml:11:25: error: objective.tiers[1][0]: \"excesss\" — unknown objective term (did you mean `excess`?). Fix: use one of: shortfall, excess, moves, penalties, channels.",
        ])
    }

    @Test("a unit table that does not exist is an error naming the resolved path")
    func missingCSV() {
        let yaml = baseYAML.components(separatedBy: "units:")[0] + "units: units.csv\n"
        #expect(problems(yaml, path: "Scenarios/test.yaml") == [
            "Scenarios/test.yaml:7:8: error: units: \"units.csv\" — the unit table Scenarios/units.csv does not exist or cannot be read. Fix: check the file name; a relative path is relative to the folder of Scenarios/test.yaml.",
        ])
    }

    @Test("a YAML syntax error is reported with the line the parser gives")
    func syntaxError() {
        let yaml = baseYAML.replacingOccurrences(of: "kinds:\n  - {id: admin, name: 行政编制}", with: "kinds:\n  - {id: admin, name: 行政编制\n")
        #expect(problems(yaml) == [
            "test.yaml:5:8: error: YAML syntax error: did not find expected ',' or '}' (while parsing a flow mapping that starts at line 3, column 5). Fix: check the indentation and the quoting on this line or the one above (YAML uses spaces, not tabs; quote values containing `: `).",
        ])
    }

    @Test("all problems of a file are reported at once")
    func threeProblemsAtOnce() {
        let yaml = baseYAML
            .replacingOccurrences(of: "quota: 10,", with: "quota: 12.5,")
            .replacingOccurrences(of: "level: township", with: "level: village")
            .replacingOccurrences(of: "scenario: {name: 测试县}", with: "scenario: {name: 测试县, horizn: 2}")
        #expect(problems(yaml) == [
            "test.yaml:1:23: error: scenario.horizn — unknown key (did you mean `horizon`?). Fix: rename it to `horizon`.",
            "test.yaml:6:32: error: regions[1].level: \"village\" — unknown level. Fix: write one of: country/全国/国家/国家级, province/省/省级, city/市/市级/地级市, county/县/县级/区/县级市/县区, township/乡镇/乡/镇/街道/乡镇级/乡级/镇级/乡镇（街道）/乡镇(街道).",
            "test.yaml:8:58: error: units[0].quota: \"12.5\" — quota must be a whole number ≥ 0. Fix: write the approved quota, e.g. 12.",
        ])
    }
}

/// The CSV unit table: columns, rows and the physical lines messages point at.
@Suite("Unit table (CSV)")
struct UnitTableTests {
    let yaml = baseYAML.components(separatedBy: "units:")[0] + "units: units.csv\n"

    @Test("English and Chinese headers, quoted commas, fullwidth tag separators")
    func headers() throws {
        let csv = "\u{FEFF}编号,名称,department,区域,kind,编制数,headcount,tags\r\nu1,\"县政府办, 综合\",县政府办,cs,admin,10,8,基层一线；重点领域\r\n"
        let scenario = try ScenarioLoader.load(yaml: yaml, path: "s/x.yaml") { $0 == "s/units.csv" ? Data(csv.utf8) : nil }
        #expect(scenario.units == [OrgUnit(
            id: "u1", name: "县政府办, 综合", department: "县政府办", region: "cs", kind: "admin", quota: 10,
            headcount: 8, tags: ["基层一线", "重点领域"], location: SourceLocation(file: "s/units.csv", line: 2))])
    }

    @Test("a quota cell too large to sum is an error, not an overflow trap")
    func hugeQuotaCell() {
        let csv = "id,name,region,kind,quota,headcount\nu1,县政府办,cs,admin,4611686018427387904,8\n"
        #expect(problems(yaml, files: ["units.csv": csv]) == [
            "units.csv:2: error: quota: \"4611686018427387904\" — quota must be a whole number ≤ 1000000000. Fix: write the approved quota, e.g. 12.",
        ])
    }

    @Test("a need cell of 1e300 is an error, not an infinite objective")
    func hugeNeedCell() {
        let csv = "id,name,region,kind,quota,headcount,need\nu1,县政府办,cs,admin,10,8,1e300\n"
        #expect(problems(yaml, files: ["units.csv": csv]) == [
            "units.csv:2: error: need: \"1e300\" — need must be a number ≤ 1000000000. Fix: write the workload-derived need, e.g. 14.5, or leave it empty when unknown.",
        ])
    }

    @Test("a near-miss of a known column is an error with a suggestion")
    func unknownColumn() {
        let csv = "id,name,region,kind,quota,headcount,needs\nu1,县政府办,cs,admin,10,8,3\n"
        #expect(problems(yaml, files: ["units.csv": csv]) == [
            "units.csv:1: error: needs — unknown column (did you mean `need`?). Fix: rename the column to `need`.",
        ])
    }

    @Test("a missing required column is an error")
    func missingColumn() {
        let csv = "id,name,region,kind,quota\nu1,县政府办,cs,admin,10\n"
        #expect(problems(yaml, files: ["units.csv": csv]) == [
            "units.csv:1: error: headcount — required column is missing. Fix: add a column `实有人数` (or `headcount`; also accepted: `在编人数`, `实有在编人数`).",
        ])
    }

    @Test("a bad row names the CSV file and its physical line, after a multi-line quoted field")
    func rowErrorLine() {
        let csv = "编号,名称,区域,编制类型,编制数,实有人数\nu1,\"县政府办\n（含督查室）\",cs,admin,10,8\nu2,张庄镇党政办,zz,admin,6.5,6\n"
        #expect(problems(yaml, files: ["units.csv": csv]) == [
            "units.csv:4: error: 编制数: \"6.5\" — quota must be a whole number ≥ 0. Fix: write the approved quota, e.g. 12.",
        ])
    }

    @Test("CSVTable records where each record starts, across CRLF and quoted line breaks")
    func csvLines() throws {
        let table = try CSVTable(text: "a,b\r\n\"x\r\ny\",\"say \"\"hi\"\"\"\r\n\r\n3,4")
        #expect(table.header?.fields == ["a", "b"])
        #expect(table.records == [
            CSVTable.Record(fields: ["x\r\ny", "say \"hi\""], line: 2),
            CSVTable.Record(fields: ["3", "4"], line: 5),
        ])
    }

    @Test("an unclosed quote is an error at the line it opens")
    func unclosedQuote() {
        let csv = "id,name,region,kind,quota,headcount\nu1,\"县政府办,cs,admin,10,8\n"
        #expect(problems(yaml, files: ["units.csv": csv]) == [
            "units.csv:2: error: a quoted field opened here is never closed. Fix: close the quoted field with `\"`; a quote inside a quoted field is written `\"\"`.",
        ])
    }
}

/// The planner's own bounds and the new rule values, in YAML and in the CSV table.
@Suite("Loader: locks, unit bounds and rule values")
struct UnitBoundLoadingTests {
    @Test("锁定/下限/上限/备注 columns, Chinese or English, 是/否 or true/false")
    func csvColumns() throws {
        let yaml = baseYAML.components(separatedBy: "units:")[0] + "units: units.csv\n"
        let csv = "编号,名称,区域,编制类型,编制数,实有人数,锁定,下限,上限,备注\nu1,县法院,cs,admin,10,8,是,,,垂直管理\nu2,县医院,cs,admin,20,18,否,15,24,\n"
        let scenario = try ScenarioLoader.load(yaml: yaml, path: "x.yaml") { $0 == "units.csv" ? Data(csv.utf8) : nil }
        #expect(scenario.units.map(\.locked) == [true, false])
        #expect(scenario.units.map(\.minQuota) == [nil, 15])
        #expect(scenario.units.map(\.maxQuota) == [nil, 24])
        #expect(scenario.units.map(\.reason) == ["垂直管理", nil])
        let bad = "id,name,region,kind,quota,headcount,locked\nu1,县法院,cs,admin,10,8,maybe\n"
        #expect(problems(yaml, files: ["units.csv": bad]) == [
            "units.csv:2: error: locked: \"maybe\" — locked must be true or false (`是`/`否`). Fix: write true (or `是`) to keep the unit at its quota, false (or `否`) or nothing otherwise.",
        ])
    }

    @Test("protectNeed, noDismissals: strict, noCut and base are read; bad values are located")
    func ruleValues() throws {
        let yaml = baseYAML + """
            rules: {protectNeed: {penalty: 40}, noDismissals: strict}
            priorities:
              - {tag: 重点领域, noCut: true}
            shareFloors:
              - {name: 乡镇, scope: cs, kind: admin, level: township, floor: 0.3, base: current}

            """
        let scenario = try ScenarioLoader.load(yaml: yaml, path: "x.yaml") { _ in nil }
        #expect(scenario.rules.protectNeed == .soft(penalty: 40))
        #expect(scenario.rules.noDismissals && scenario.rules.strictNoDismissals)
        #expect(scenario.rules.attritionRate == 0)
        #expect(scenario.priorities[0].noCut)
        #expect(scenario.shareFloors[0].base == .current)
        let bad = baseYAML + "rules: {protectNeed: maybe, noDismissals: never}\nshareFloors:\n  - {name: 乡镇, scope: cs, kind: admin, level: township, floor: 0.3, base: old}\n"
        #expect(problems(bad) == [
            "test.yaml:10:43: error: rules.noDismissals: \"never\" — noDismissals must be true, false or strict. Fix: write `noDismissals: true` (attrition may absorb people in post), `noDismissals: strict` (never below headcount) or `noDismissals: false`.",
            "test.yaml:10:22: error: rules.protectNeed: \"maybe\" — protectNeed must be true, false or {penalty: P}. Fix: write `protectNeed: true` (never cut a unit below min(quota, ⌈need⌉)), `protectNeed: false`, or `protectNeed: {penalty: 50}` for a soft rule.",
            "test.yaml:12:75: error: shareFloors[0].base: \"old\" — base must be new or current. Fix: write `base: new` (the scope's new total, after cuts) or `base: current` (today's total).",
        ])
    }
}
