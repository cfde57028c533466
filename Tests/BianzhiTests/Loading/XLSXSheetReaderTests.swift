@testable import Bianzhi
import Foundation
import Testing

@Suite("Excel sheets")
struct XLSXSheetReaderTests {
    @Test("shared and inline strings, numbers, booleans and gaps land in their columns")
    func cellKinds() throws {
        let data = try XLSXFixture(sheets: [
            ("封面", [[.shared("不是这张")]]),
            ("名册", [
                [.shared("名称"), .inline("编制数"), .shared("标志")],
                nil,   // row 2 absent from the file
                [.shared("县政府办"), .number("12"), .bool(true)],
                [.none, .none, .bool(false), .none, .inline("E列")],
            ]),
        ]).data()
        let sheet = try XLSXSheetReader.read(data: data, sheet: "名册")
        #expect(sheet.name == "名册")
        #expect(sheet.rows == [
            CSVTable.Record(fields: ["名称", "编制数", "标志"], line: 1),
            CSVTable.Record(fields: ["县政府办", "12", "TRUE"], line: 3),
            CSVTable.Record(fields: ["", "", "FALSE", "", "E列"], line: 4),
        ])
        #expect(try XLSXSheetReader.read(data: data).name == "封面", "the first sheet by default")
    }

    @Test("prefixed SpreadsheetML elements (x:row, x:c) read the same")
    func prefixedElements() throws {
        var book = XLSXFixture(sheets: [("S", [[.inline("名称"), .number("7")], [.none, .shared("城关镇")]])])
        book.prefix = "x"
        #expect(try XLSXSheetReader.read(data: book.data()).rows == [
            CSVTable.Record(fields: ["名称", "7"], line: 1), CSVTable.Record(fields: ["", "城关镇"], line: 2),
        ])
    }

    @Test("column letters past Z")
    func columnLetters() {
        #expect(XLSXSheetReader.columnIndex(ofReference: "A1") == 0)
        #expect(XLSXSheetReader.columnIndex(ofReference: "Z9") == 25)
        #expect(XLSXSheetReader.columnIndex(ofReference: "AA10") == 26)
        #expect(XLSXSheetReader.columnIndex(ofReference: "AB3") == 27)
        #expect(XLSXSheetReader.columnName(27) == "AB" && XLSXSheetReader.columnName(0) == "A")
        #expect(XLSXSheetReader.columnIndex(ofReference: "12") == nil)
        #expect(XLSXSheetReader.columnIndex(ofReference: "XFD1") == 16_383)
        #expect(XLSXSheetReader.columnIndex(ofReference: "XFE1") == nil, "past Excel's last column")
    }

    @Test("a missing sheet names the sheets there are; a non-workbook is refused clearly")
    func errors() throws {
        let data = try XLSXFixture(sheets: [("Sheet1", [[.shared("a")]]), ("汇总", [])]).data()
        #expect(throws: XLSXSheetReader.ReadError(message: .noSheetNamed("名册"), fix: .useSheets(["Sheet1", "汇总"]))) {
            try XLSXSheetReader.read(data: data, sheet: "名册")
        }
        #expect(throws: XLSXSheetReader.ReadError.self) { try XLSXSheetReader.read(data: Data("编号,名称\n".utf8)) }
        do {
            _ = try XLSXSheetReader.read(data: Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]))
            Issue.record("a truncated zip was read")
        } catch {
            #expect(error == XLSXSheetReader.ReadError(message: .notWorkbook, fix: .resaveWorkbook))
        }
    }

    @Test("a unit table in a workbook, by sheet name, with located rows")
    func scenarioReadsWorkbook() throws {
        let book = try XLSXFixture(sheets: [
            ("说明", [[.shared("本表说明")]]),
            ("名册", [
                [.shared("编号"), .shared("名称"), .shared("区域"), .shared("编制类型"), .shared("编制数"), .shared("实有人数")],
                [.shared("u1"), .shared("县政府办"), .shared("sx"), .shared("admin"), .number("10"), .number("8")],
                [.shared("u2"), .shared("城关镇"), .shared("sx"), .shared("admin"), .inline("十"), .number("8")],
            ]),
        ]).data()
        let yaml = """
            scenario: {name: t}
            kinds: [{id: admin, name: 行政编制}]
            regions: [{id: sx, name: 示例县, level: county}]
            units: {file: book.xlsx, sheet: 名册}
            """
        do {
            _ = try ScenarioLoader.load(yaml: yaml, path: "d/s.yaml") { $0 == "d/book.xlsx" ? book : nil }
            Issue.record("十 was accepted")
        } catch {
            #expect(error.report?.errors.map(\.description) == [
                "d/book.xlsx[名册]:3: error: 编制数: \"十\" — quota must be a whole number ≥ 0. Fix: write the approved quota, e.g. 12.",
            ])
        }
        let wrongSheet = yaml.replacingOccurrences(of: "sheet: 名册", with: "sheet: 名单")
        #expect(throws: ScenarioLoadError.self) { try ScenarioLoader.load(yaml: wrongSheet, path: "d/s.yaml") { _ in book } }
        let notBook = yaml.replacingOccurrences(of: "book.xlsx", with: "book-bad.xlsx")
        do {
            _ = try ScenarioLoader.load(yaml: notBook, path: "d/s.yaml") { _ in Data("not a zip".utf8) }
        } catch {
            #expect(error.report?.errors.map(\.description) == [
                "d/book-bad.xlsx:1: error: sheet: \"名册\" — the file is not a valid .xlsx workbook (not a zip archive of Excel parts). Fix: open it in Excel or WPS and save it again as `Excel 工作簿 (*.xlsx)`, or save the sheet as CSV.",
            ])
        }
    }
}

extension XLSXSheetReaderTests {
    @Test("damaged workbooks (bytes overwritten, truncated) are refused or read, never a crash")
    func damagedWorkbooks() throws {
        let good = try RegisterFixture.xlsx()
        var refused = 0
        for step in 1...60 {
            var bytes = [UInt8](good)
            let offset = (step * 7919) % bytes.count
            if step % 3 == 0 {
                bytes = Array(bytes.prefix(offset))
            } else {
                bytes[offset] ^= UInt8(truncatingIfNeeded: step * 37 + 1)
            }
            do {
                let sheet = try XLSXSheetReader.read(data: Data(bytes))
                #expect(sheet.rows.count <= RegisterFixture.rows.count + 1)
            } catch {
                refused += 1
                #expect(!error.message.text(.en).isEmpty && error.fix == .resaveWorkbook || error.message == .noWorksheet)
            }
        }
        #expect(refused > 0, "damage inside the compressed parts must be noticed (CRC)")
    }

    @Test("a part that is not UTF-8 is refused (FoundationXML would trap on it)")
    func partNotUTF8() throws {
        var book = XLSXFixture(sheets: [("S", [[.shared("名称")]])])
        book.replacedParts["xl/sharedStrings.xml"] = Data("<sst uniqu".utf8) + Data([0xE9]) + Data("Count=\"1\"><si><t>a</t></si></sst>".utf8)
        #expect(throws: XLSXSheetReader.ReadError(message: .missingSharedString(sheet: "S", cell: "A1"), fix: .resaveWorkbook)) {
            try XLSXSheetReader.read(data: book.data())
        }
    }
}
