@testable import Bianzhi
import Foundation
import Testing

@Suite("bianzhi init: regions and kinds")
struct ScenarioDraftTests {
    static func draft(_ csv: String) throws(ScenarioDraft.Failure) -> ScenarioDraft {
        try ScenarioDraft.draft(registerPath: "r.csv", data: Data(csv.utf8), sheet: nil, outputPath: "s.yaml")
    }

    static func regionLines(_ yaml: String) -> [String] {
        yaml.split(separator: "\n").filter { $0.hasPrefix("  - {id: ") && $0.contains("level:") }.map(String.init)
    }

    @Test("without a level column, levels come from the names; the one county is the root")
    func levelsFromNames() throws {
        let draft = try Self.draft("""
            单位名称,所在乡镇,编制类型,编制数,实有人数
            县政府办,清河县,行政编制,10,8
            城关镇党政办,城关镇,行政编制,6,6
            北山乡党政办,北山乡,行政编制,5,5
            新华街道办,新华街道,行政编制,4,4
            """)
        #expect(Self.regionLines(draft.yaml) == [
            "  - {id: \"清河县\", name: \"清河县\", level: county}",
            "  - {id: \"城关镇\", name: \"城关镇\", level: township, parent: \"清河县\"}",
            "  - {id: \"北山乡\", name: \"北山乡\", level: township, parent: \"清河县\"}",
            "  - {id: \"新华街道\", name: \"新华街道\", level: township, parent: \"清河县\"}",
        ])
        #expect(draft.notes.isEmpty)
    }

    @Test("townships only: a county root 全县 is added; 县直/乡镇 level cells are read")
    func syntheticRoot() throws {
        let draft = try Self.draft("""
            单位名称,所在区域,层级,编制类型,编制数,实有人数
            甲镇党政办,甲镇,乡镇,行政编制,6,6
            乙乡党政办,乙乡,乡,行政编制,5,5
            """)
        #expect(Self.regionLines(draft.yaml) == [
            "  - {id: \"全县\", name: \"全县\", level: county}",
            "  - {id: \"甲镇\", name: \"甲镇\", level: township, parent: \"全县\"}",
            "  - {id: \"乙乡\", name: \"乙乡\", level: township, parent: \"全县\"}",
        ])
        #expect(DraftRegions.level(written: "县直") == .county && DraftRegions.level(written: "市本级") == .city)
        #expect(DraftRegions.level(written: "村") == nil)
    }

    @Test("rows without a region sit in the root: `units: {file, region}`, and the draft loads")
    func emptyRegionCells() throws {
        let csv = """
            单位名称,所在区域/乡镇,层级,编制类型,编制数,实有人数
            县政府办,,县,行政编制,10,8
            城关镇党政办,城关镇,乡镇,行政编制,6,6
            县财政局,,县,行政编制,9,9
            """
        let draft = try Self.draft(csv)
        #expect(Self.regionLines(draft.yaml) == [
            "  - {id: \"全县\", name: \"全县\", level: county}",
            "  - {id: \"城关镇\", name: \"城关镇\", level: township, parent: \"全县\"}",
        ])
        #expect(draft.yaml.contains("units: {file: \"r.csv\", region: \"全县\"}\n"))
        #expect(draft.notes.map(\.description) == [
            "r.csv:2: warning: region — 2 unit(s) without a region were placed in 全县 (`units: {…, region: 全县}`). Fix: fill in the region in the register, or change `region` under `units` in the scenario.",
        ])
        let scenario = try ScenarioLoader.load(yaml: draft.yaml, path: "s.yaml") { _ in Data(csv.utf8) }
        #expect(scenario.units.map(\.region) == ["全县", "城关镇", "全县"])
    }

    @Test("unusual kinds keep their names as ids; usual ones get short ids in a fixed order")
    func kinds() throws {
        let draft = try Self.draft("""
            单位名称,所在区域,编制类型,编制数,实有人数
            县医院,清河县,事业编制,10,8
            县公安局,清河县,政法专项编制,20,20
            县政府办,清河县,行政编制,10,8
            县机关后勤,清河县,后勤服务编制,3,3
            """)
        #expect(draft.yaml.contains("""
            kinds:
              - {id: "admin", name: "行政编制"}
              - {id: "zhengfa", name: "政法专项编制"}
              - {id: "inst", name: "事业编制"}
              - {id: "后勤服务编制", name: "后勤服务编制"}
            """))
    }

    @Test("a register with row errors gives every error and no draft")
    func rowErrors() {
        do {
            _ = try Self.draft("单位名称,所在区域,编制类型,编制数,实有人数\n县政府办,清河县,行政编制,十,8\n县医院,清河县,,3,3\n")
            Issue.record("a draft was made")
        } catch {
            guard case .unreadable(let diagnostics) = error else { Issue.record("\(error)"); return }
            #expect(diagnostics.map(\.description) == [
                "r.csv:2: error: 编制数: \"十\" — quota must be a whole number ≥ 0. Fix: write the approved quota, e.g. 12.",
                "r.csv:3: error: 编制类型 — required cell is empty. Fix: fill in the 编制类型 of this unit.",
            ])
        }
    }
}
