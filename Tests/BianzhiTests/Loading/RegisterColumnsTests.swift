@testable import Bianzhi
import Foundation
import Testing

/// Register exports as they come: extra columns, totals, blank columns, Chinese separators,
/// names instead of ids, input-method characters.
@Suite("Register tables")
struct RegisterColumnsTests {
    static let yaml = """
        scenario: {name: t}
        kinds: [{id: admin, name: 行政编制}]
        regions: [{id: sx, name: 示例县, level: county}, {id: cg, name: 城关镇, level: 镇, parent: sx}]
        units: units.csv
        """

    static func load(_ csv: String, yaml: String = yaml) throws(ScenarioLoadError) -> Scenario {
        try ScenarioLoader.load(yaml: yaml, path: "s.yaml") { $0 == "units.csv" ? Data(csv.utf8) : nil }
    }

    static func errors(_ csv: String, yaml: String = yaml) -> [String] {
        do {
            _ = try load(csv, yaml: yaml)
            return []
        } catch {
            return error.report?.errors.map(\.description) ?? ["\(error)"]
        }
    }

    @Test("unused columns: one warning naming them, no harmful suggestion; totals and blank columns skipped")
    func unusedColumns() throws {
        let csv = """
            序号,单位名称,所在区域/乡镇,编制类型,编制数,实有人数,空编数,备注,,
            1,县政府办,示例县,行政编制,１２,8,4,,,
            2,城关镇政府,城关镇,行政编制,20,20,0,偏远,,
            合计,,,,32,28,4,,,
            """
        let scenario = try Self.load(csv)
        #expect(scenario.units.map(\.id) == ["县政府办", "城关镇政府"])
        #expect(scenario.units.map(\.region) == ["sx", "cg"], "regions matched by name")
        #expect(scenario.units.map(\.kind) == ["admin", "admin"], "kinds matched by name")
        #expect(scenario.units.map(\.quota) == [12, 20], "full-width digits read")
        #expect(ScenarioValidator.validate(scenario).warnings.map(\.description) == [
            "units.csv:1: warning: 序号, 空编数 — column(s) not used by the format, ignored. Fix: nothing to do; delete them from the table to silence this warning.",
            "units.csv:1: warning: I, J — empty column(s) without a header, skipped. Fix: nothing to do; delete the empty columns in the spreadsheet to silence this warning.",
            "units.csv:4: warning: \"4\" — total row(s) (`合计`, `总计`, `小计`) skipped. Fix: nothing to do; totals are computed from the units.",
        ])
    }

    @Test("total rows: 合计 first, a numbered 全县合计, 乡镇小计, 合 计：; a unit is not one")
    func totalRows() {
        #expect(UnitTableColumns.isTotalRow(["合计", "", "32"]))
        #expect(UnitTableColumns.isTotalRow(["8", "全县合计", "32"]))
        #expect(UnitTableColumns.isTotalRow(["", "乡镇小计", "12"]))
        #expect(UnitTableColumns.isTotalRow(["合 计：", "32"]))
        #expect(UnitTableColumns.isTotalRow(["总计"]))
        #expect(!UnitTableColumns.isTotalRow(["1", "县统计局", "行政编制", "12"]))
        #expect(!UnitTableColumns.isTotalRow(["", "", ""]))
    }

    @Test("ids without an id column: name, name/kind, region/name, region/name/kind")
    func derivedIDs() throws {
        let csv = """
            单位名称,所在区域,编制类型,编制数,实有人数
            县政府办,示例县,行政编制,10,8
            县医院,示例县,行政编制,2,2
            县医院,示例县,事业编制,90,90
            党政办,示例县,行政编制,5,5
            党政办,城关镇,行政编制,6,6
            便民中心,城关镇,行政编制,1,1
            便民中心,城关镇,事业编制,3,3
            便民中心,示例县,事业编制,4,4
            """
        #expect(try Self.load(csv).units.map(\.id) == [
            "县政府办", "县医院/行政编制", "县医院/事业编制", "示例县/党政办", "城关镇/党政办",
            "便民中心/行政编制", "城关镇/便民中心/事业编制", "示例县/便民中心",
        ])
    }

    @Test("a near-miss of a required column is an error with the suggestion")
    func nearMiss() {
        #expect(Self.errors("""
            编号,名称,区域,编制类型,编制素,实有人数
            u1,县政府办,sx,admin,12,8
            """) == [
            "units.csv:1: error: 编制素 — unknown column (did you mean `编制数`?). Fix: rename the column to `编制数`.",
        ])
        #expect(Self.errors("""
            id,name,region,kind,quota,headcuont
            u1,县政府办,sx,admin,12,8
            """) == [
            "units.csv:1: error: headcuont — unknown column (did you mean `headcount`?). Fix: rename the column to `headcount`.",
        ])
    }

    @Test("a headerless column with data is an error naming its letter")
    func headerlessData() {
        #expect(Self.errors("""
            编号,名称,区域,编制类型,编制数,实有人数,
            u1,县政府办,sx,admin,12,8,备用
            """) == [
            "units.csv:1: error: G — the column has data but no header. Fix: write a header (e.g. `备注`) or delete the column.",
        ])
    }

    @Test("tags split on ; ； 、 , and ，")
    func tagSeparators() throws {
        let csv = """
            编号,名称,区域,编制类型,编制数,实有人数,标签
            u1,派出所,sx,admin,12,8,"派出所、基层一线；重点,政法，窗口;"
            """
        #expect(try Self.load(csv).units[0].tags == ["派出所", "基层一线", "重点", "政法", "窗口"])
    }

    @Test("levels: 乡, 镇, 街道 and 乡镇 are townships; an unknown level lists every accepted form")
    func levels() throws {
        for written in ["乡", "镇", "街道", "乡镇", "township"] {
            #expect(Level(written: written) == .township, "\(written)")
        }
        #expect(Level(written: "区") == .county && Level(written: "县级") == .county)
        let bad = Self.yaml.replacingOccurrences(of: "level: 镇", with: "level: 村")
        #expect(Self.errors("编号,名称,区域,编制类型,编制数,实有人数\nu1,a,sx,admin,1,1\n", yaml: bad) == [
            "s.yaml:3:74: error: regions[1].level: \"村\" — unknown level. Fix: write one of: country/全国/国家/国家级, province/省/省级, city/市/市级/地级市, county/县/县级/区/县级市/县区, township/乡镇/乡/镇/街道/乡镇级/乡级/镇级/乡镇（街道）/乡镇(街道).",
        ])
    }

    @Test("a full-width colon after a key is named, with the fix")
    func fullWidthColon() {
        let yaml = """
            scenario:
              name: 示例县：2026
              horizon：1
            kinds: [{id：admin, name: 行政编制}]
            """
        #expect(Self.errors("", yaml: yaml) == [
            "s.yaml:3:10: error: horizon: \"horizon：1\" — full-width colon `：` after the key `horizon` (an input method in Chinese mode). Fix: write `horizon: ` with an ASCII colon followed by a space.",
            "s.yaml:4:12: error: id: \"kinds: [{id：admin, name: 行政编制}]\" — full-width colon `：` after the key `id` (an input method in Chinese mode). Fix: write `id: ` with an ASCII colon followed by a space.",
        ])
    }

    @Test("full-width digits in YAML numbers are read")
    func fullWidthYAMLNumbers() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "scenario: {name: t}", with: "scenario: {name: t, horizon: ２}")
        let scenario = try Self.load("编号,名称,区域,编制类型,编制数,实有人数\nu1,a,sx,admin,1,1\n", yaml: yaml)
        #expect(scenario.metadata.horizonYears == 2)
    }
}

extension RegisterColumnsTests {
    @Test("a title row above the header is skipped; headers with line breaks and units in brackets are read")
    func titleRowsAndDecoratedHeaders() throws {
        let csv = """
            清河县机构编制台账,,,,,
            单位名称,所在区域,编制类型,"编制数
            （名）",实有 人数,核定需求(人)
            县政府办,示例县,行政编制,12,8,10
            """
        let scenario = try Self.load(csv)
        #expect(scenario.units.map(\.quota) == [12] && scenario.units.map(\.need) == [10])
        #expect(scenario.units.first?.location == SourceLocation(file: "units.csv", line: 4))
        #expect(ScenarioValidator.validate(scenario).warnings.map(\.description) == [
            "units.csv:1: warning: \"清河县机构编制台账\" — title row(s) above the header skipped. Fix: nothing to do; the header is read from line 2.",
        ])
    }
}
