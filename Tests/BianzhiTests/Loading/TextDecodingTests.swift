@testable import Bianzhi
import Foundation
import Testing

@Suite("Text encodings")
struct TextDecodingTests {
    @Test("UTF-8 with and without BOM, GBK through iconv, binary refused")
    func detection() throws {
        let text = "编号,名称\r\nu1,城关镇政府\r\n"
        #expect(TextDecoding.decode(Data(text.utf8))?.encoding == .utf8)
        let bom = try #require(TextDecoding.decode(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)))
        #expect(bom.encoding == .utf8WithBOM && bom.text == text)
        let gbk = try #require(TextDecoding.gb18030Bytes(text))
        // 编 is B1E0 in GBK: the bytes really are GBK, not UTF-8.
        #expect(Array(gbk.prefix(2)) == [0xB1, 0xE0])
        let decoded = try #require(TextDecoding.decode(gbk))
        #expect(decoded.encoding == .gb18030 && decoded.text == text)
        #expect(TextDecoding.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF])) == nil)
        #expect(TextDecoding.decode(Data([0x81])) == nil, "a lone GBK lead byte is not text")
    }

    @Test("a UTF-16 table and a binary file get errors that say what they are")
    func unreadableTables() {
        func message(_ data: Data) -> String? {
            if case .failure(let problem) = UnitTableFile.read(data: data, path: "t.csv", sheet: nil) { return problem.diagnostic.description }
            return nil
        }
        #expect(message(Data([0xFF, 0xFE, 0x16, 0x7F])) == "t.csv:1: error: the file is UTF-16 text (Excel's `Unicode 文本`, tab-separated), not CSV. Fix: save the sheet as `CSV UTF-8 (逗号分隔)` or as an .xlsx workbook.")
        #expect(message(Data([0x00, 0x01, 0xFF])) == "t.csv:1: error: the unit table is neither UTF-8 nor GB18030/GBK text (nor an .xlsx workbook). Fix: save the table from the spreadsheet as `CSV UTF-8`, `CSV` or `Excel 工作簿 (*.xlsx)`.")
    }

    @Test("a GBK scenario YAML loads, with a note naming the encoding")
    func gbkYAML() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-gbk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let yaml = """
            scenario: {name: 示例县}
            kinds: [{id: admin, name: 行政编制}]
            regions: [{id: sx, name: 示例县, level: 县}]
            units:
              - {id: u1, name: 县政府办, region: 示例县, kind: 行政编制, quota: 10, headcount: 8}

            """
        let path = dir.appendingPathComponent("s.yaml").path
        try #require(TextDecoding.gb18030Bytes(yaml)).write(to: URL(fileURLWithPath: path))
        let scenario = try ScenarioLoader.load(path: path)
        #expect(scenario.units.map(\.region) == ["sx"] && scenario.units.map(\.kind) == ["admin"])
        let report = ScenarioValidator.validate(scenario)
        #expect(report.warnings.map(\.description) == [
            "\(path):1: warning: \"GB18030/GBK\" — the file is not UTF-8; read as GB18030/GBK. Fix: nothing to do if the Chinese text reads correctly; save as `CSV UTF-8` to silence this note.",
        ])
    }
}
