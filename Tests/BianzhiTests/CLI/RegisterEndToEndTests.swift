import Bianzhi
import Foundation
import Testing

/// The register as a planner gets it — GBK CSV, UTF-8 CSV with BOM, .xlsx; extra columns, a 合计
/// row, empty trailing columns — through `bianzhi init` and `bianzhi solve` with no hand edits:
/// every encoding gives the same, hand-worked allocation (see ``RegisterFixture``).
@Suite("Register to allocation")
struct RegisterEndToEndTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-register-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// new_quota by unit id from allocation.csv.
    static func allocation(_ csv: Data) throws -> [String: Int] {
        let table = try CSVTable(text: try #require(TextDecoding.decode(csv)?.text))
        let header = try #require(table.header?.fields)
        let id = try #require(header.firstIndex(of: "id")), new = try #require(header.firstIndex(of: "new_quota"))
        var result: [String: Int] = [:]
        for record in table.records { result[record.fields[id]] = Int(record.fields[new]) }
        return result
    }

    @Test("GBK, UTF-8 with BOM and xlsx registers give the same allocation", arguments: ["gbk.csv", "bom.csv", "book.xlsx"])
    func initThenSolve(file: String) throws {
        let dir = try Self.folder()
        let data: Data
        switch file {
        case "gbk.csv": data = RegisterFixture.gbk
        case "bom.csv": data = RegisterFixture.utf8BOM
        default: data = try RegisterFixture.xlsx()
        }
        try data.write(to: dir.appendingPathComponent(file))
        let (initStatus, initOut, initErr) = try BuiltTool.run(["init", file, "--out", "scenario.yaml", "--lang", "en"], directory: dir)
        #expect(initStatus == 0, "\(initErr)")
        #expect(initOut.contains("  所在区域/乡镇 → region\n") && initOut.contains("  核定需求 → need\n"))
        #expect(initErr.contains("序号, 空编数 — column(s) not used by the format, ignored"))  // 备注 is read: the unit's reason
        #expect(initErr.contains("total row(s) (`合计`, `总计`, `小计`) skipped"))
        #expect(initErr.contains("read as GB18030/GBK") == (file == "gbk.csv"))
        let readAs = ["gbk.csv": "gbk.csv (GB18030/GBK)", "bom.csv": "bom.csv (UTF-8 (BOM))", "book.xlsx": "book.xlsx[编制台账] (Excel)"][file]!
        #expect(initOut.hasPrefix("register read: \(readAs)\n"))
        #expect(initOut.contains("columns mapped:\n"))

        let (status, _, solveErr) = try BuiltTool.run(["solve", "scenario.yaml", "--out", "result", "--threads", "1", "--lang", "en"], directory: dir)
        #expect(status == 0, "\(solveErr)")
        let csv = try Data(contentsOf: dir.appendingPathComponent("result/allocation.csv"))
        #expect(try Self.allocation(csv) == RegisterFixture.expected)

        // Refuses to overwrite without --force; replaces with it.
        let (again, _, againErr) = try BuiltTool.run(["init", file, "--out", "scenario.yaml", "--lang", "en"], directory: dir)
        #expect(again == 2 && againErr.contains("already exists"))
        #expect(try BuiltTool.run(["init", file, "--out", "scenario.yaml", "--force", "--lang", "en"], directory: dir).0 == 0)
        // Never over the register itself, even with --force.
        let (own, _, ownErr) = try BuiltTool.run(["init", file, "--out", "./\(file)", "--force", "--lang", "en"], directory: dir)
        #expect(own == 2 && ownErr.contains("--out names the register itself"))
        #expect(try Data(contentsOf: dir.appendingPathComponent(file)) == data)
    }

    @Test("allocation.xlsx's 调整方案 sheet reads back as next year's unit table: same units, new quotas, nothing to move")
    func workbookReadsBack() throws {
        let dir = try Self.folder()
        try RegisterFixture.utf8BOM.write(to: dir.appendingPathComponent("register.csv"))
        #expect(try BuiltTool.run(["init", "register.csv", "--out", "scenario.yaml"], directory: dir).0 == 0)
        #expect(try BuiltTool.run(["solve", "scenario.yaml", "--out", "result", "--threads", "1", "--lang", "en"], directory: dir).0 == 0)
        let yaml = try String(contentsOf: dir.appendingPathComponent("scenario.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "units: \"register.csv\"", with: "units: {file: \"result/allocation.xlsx\", sheet: \"调整方案\"}")
        try yaml.write(to: dir.appendingPathComponent("next.yaml"), atomically: true, encoding: .utf8)
        let next = try ScenarioLoader.load(path: dir.appendingPathComponent("next.yaml").path)
        #expect(Dictionary(uniqueKeysWithValues: next.units.map { ($0.id, $0.quota) }) == RegisterFixture.expected)
        let (status, out, err) = try BuiltTool.run(["solve", "next.yaml", "--out", "again", "--threads", "1", "--lang", "en"], directory: dir)
        #expect(status == 0, "\(err)")
        #expect(out.contains("0 units change"))
    }

    @Test("the draft references the register, declares kinds and regions, and writes the rules out")
    func draftText() throws {
        let draft = try ScenarioDraft.draft(
            registerPath: "in/台账.csv", data: RegisterFixture.utf8BOM, sheet: nil, outputPath: "in/scenario.yaml")
        #expect(draft.yaml.contains("""
            kinds:
              - {id: "admin", name: "行政编制"}
              - {id: "inst", name: "事业编制"}
            """))
        #expect(draft.yaml.contains("""
            regions:
              - {id: "清河县", name: "清河县", level: county}
              - {id: "城关镇", name: "城关镇", level: township, parent: "清河县"}
              - {id: "东关镇", name: "东关镇", level: township, parent: "清河县"}
            """))
        #expect(draft.yaml.contains("units: \"台账.csv\"\n"))
        #expect(draft.yaml.contains("  noDismissals: true "))
        #expect(draft.yaml.contains("weights: {shortfall: 10, excess: 1, moves: 0.1, penalties: 1, channels: 1}"))
        #expect(draft.mappedColumns.map(\.key) == ["name", "department", "region", "level", "kind", "quota", "headcount", "need", "tags", "reason"])
        let book = try ScenarioDraft.draft(
            registerPath: "a/台账.xlsx", data: try RegisterFixture.xlsx(), sheet: nil, outputPath: "b/scenario.yaml")
        #expect(book.yaml.contains("units: {file: \"../a/台账.xlsx\", sheet: \"编制台账\"}\n"))
    }

    @Test("a file that is not a register is refused with a located error and exit 65")
    func notARegister() throws {
        let dir = try Self.folder()
        try Data([0x50, 0x4B, 0x03, 0x04, 9, 9]).write(to: dir.appendingPathComponent("bad.xlsx"))
        let (status, _, err) = try BuiltTool.run(["init", "bad.xlsx", "--out", "s.yaml", "--lang", "en"], directory: dir)
        #expect(status == 65)
        #expect(err.hasPrefix("bad.xlsx:1: error: the file is not a valid .xlsx workbook"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("s.yaml").path))
    }

    @Test("--version exits 0")
    func version() throws {
        let (status, out, _) = try BuiltTool.run(["--version"])
        #expect(status == 0 && out == BianzhiVersion.current + "\n")
    }
}

extension RegisterEndToEndTests {
    @Test("the completion script the README documents is generated and knows init")
    func completionScript() throws {
        let (status, out, _) = try BuiltTool.run(["--generate-completion-script", "bash"])
        #expect(status == 0 && out.contains("init") && out.contains("--sheet"))
    }
}
