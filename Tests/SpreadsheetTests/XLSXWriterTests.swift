import Foundation
import Spreadsheet
import Testing
import ZIPFoundation

/// The `.xlsx` files the writer makes, read back part by part with an independent unzip.
@Suite("XLSX writer")
struct XLSXWriterTests {
    /// The XML parts of an `.xlsx` file, by path inside the archive.
    static func parts(of data: Data) throws -> [String: String] {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [String: String] = [:]
        for entry in archive where entry.path.hasSuffix(".xml") {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
        }
        return parts
    }

    static let book = Workbook(sheets: [
        Sheet(name: "调整方案", columns: [
            .init(header: "名称"), .init(header: "编制数", format: .integer),
            .init(header: "增减", format: .signedInteger), .init(header: "占比", format: .percent(1)),
        ], rows: [
            [.text("城关镇党政综合办公室"), .number(24), .number(-2), .number(0.375)],
            [.text("=HYPERLINK(\"x\")"), .number(7), .empty, .number(0)],
        ]),
        Sheet(name: "汇总", columns: [.init(header: "维度")], rows: [[.text("部门")]]),
    ], title: "清河县2026年机构编制统筹调配", author: "清河县委编办")

    @Test func sheetsHeadersCellsAndFormatsAreInTheFile() throws {
        let parts = try Self.parts(of: try XLSXWriter.data(Self.book))
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains("name=\"调整方案\"") && workbook.contains("name=\"汇总\""))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        // The header row stays in view and carries an autofilter over the whole table.
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:D3\"/>"))
        // Numbers are numbers; the empty cell is absent.
        #expect(sheet.contains("<v>24</v>") && sheet.contains("<v>-2</v>") && sheet.contains("<v>0.375</v>"))
        #expect(!sheet.contains("r=\"C3\""))
        // A formula-looking name is a string, never a formula.
        #expect(!sheet.contains("<f>"))
        // Strings are written inline (constant-memory mode: rows go straight to disk).
        #expect(sheet.contains("<is><t>城关镇党政综合办公室</t></is>") && sheet.contains("=HYPERLINK(\"x\")"))
        let styles = try #require(parts["xl/styles.xml"])
        #expect(styles.contains("formatCode=\"+0;-0;0\"") && styles.contains("formatCode=\"0.0%\""))
        // Column widths fit the CJK name (10 wide characters = 20 columns, plus margin).
        #expect(sheet.contains("<col min=\"1\" max=\"1\" width=\"22.7109375\""))
        let core = try #require(parts["docProps/core.xml"])
        #expect(core.contains("<dc:title>清河县2026年机构编制统筹调配</dc:title>") && core.contains("清河县委编办"))
    }

    @Test func controlCharactersNeverReachTheXML() throws {
        let book = Workbook(sheets: [Sheet(name: "s", columns: [.init(header: "a")], rows: [[.text("x\u{1B}]0;title\u{07}y\u{0}")]])])
        let strings = try #require(try Self.parts(of: try XLSXWriter.data(book))["xl/worksheets/sheet1.xml"])
        #expect(strings.contains("x\u{FFFD}]0;title\u{FFFD}y\u{FFFD}"))
        #expect(!strings.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" })
    }

    @Test(arguments: [
        (Workbook(sheets: []), SpreadsheetError.noSheets),
        (Workbook(sheets: [Sheet(name: "a/b", columns: [.init(header: "x")])]), .invalidSheetName("a/b")),
        (Workbook(sheets: [Sheet(name: String(repeating: "长", count: 32), columns: [.init(header: "x")])]), .invalidSheetName(String(repeating: "长", count: 32))),
        (Workbook(sheets: [Sheet(name: "A", columns: [.init(header: "x")]), Sheet(name: "a", columns: [.init(header: "x")])]), .duplicateSheetName("a")),
        (Workbook(sheets: [Sheet(name: "A", columns: [])]), .invalidColumnCount(sheet: "A", count: 0)),
        (Workbook(sheets: [Sheet(name: "A", columns: [.init(header: "x")], rows: [[.number(1), .number(2)]])]), .rowTooWide(sheet: "A", row: 1, cells: 2, columns: 1)),
        (Workbook(sheets: [Sheet(name: "A", columns: [.init(header: "x")], rows: [[.number(.nan)]])]), .nonFiniteNumber(sheet: "A", row: 1)),
    ])
    func invalidWorkbooksAreRefusedBeforeTheLibrarySeesThem(book: Workbook, error: SpreadsheetError) {
        #expect(throws: error) { try XLSXWriter.data(book) }
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let first = try XLSXWriter.data(Self.book)
        let core = try #require(try Self.parts(of: first)["docProps/core.xml"])
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>"))
        #expect(try XLSXWriter.data(Self.book) == first)
    }

    @Test func noTemporaryFilesAreLeftBehind() throws {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-writer-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: temp) }
        _ = try XLSXWriter.data(Self.book, temporaryDirectory: temp)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.path).isEmpty)
    }
}
