import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads one worksheet of an Excel workbook (.xlsx) as rows of text cells, so a register kept
/// in Excel is a unit table without "Save as CSV".
///
/// An .xlsx file is a zip of XML parts (ECMA-376): `xl/workbook.xml` names the sheets,
/// `xl/_rels/workbook.xml.rels` says which part holds each, `xl/sharedStrings.xml` holds the
/// texts cells refer to by index, and each sheet lists its non-empty cells with references
/// such as `C7`. Cells are read as Excel shows them unformatted: shared and inline strings as
/// text, numbers as written in the file, booleans as TRUE/FALSE; missing cells are empty.
/// Dates are not needed by any column and are read as their serial numbers.
public enum XLSXSheetReader {
    /// Why a file could not be read as a workbook; `message` says it in a planner's words.
    public struct ReadError: Error, Sendable, Equatable {
        /// What is wrong.
        public var message: RegisterMessage
        /// What to do.
        public var fix: RegisterFix
    }

    /// A worksheet: its name and its rows (Excel's row numbers as `line`, cells by column).
    public struct Sheet: Sendable, Equatable {
        /// The sheet's name as the tab shows it.
        public var name: String
        /// Non-empty rows in order; a row's `line` is the number Excel shows at its left.
        public var rows: [CSVTable.Record]
    }

    /// Whether the bytes start like a zip archive (every .xlsx does).
    public static func looksLikeZip(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// Reads the sheet named `sheet`, or the first sheet when `sheet` is `nil`.
    public static func read(data: Data, sheet wanted: String? = nil) throws(ReadError) -> Sheet {
        let notXLSX = ReadError(message: .notWorkbook, fix: .resaveWorkbook)
        guard looksLikeZip(data) else { throw notXLSX }
        // Read from a temporary file, not with `Archive(data:)`: ZIPFoundation 0.9.20's
        // in-memory reader traps ("Range requires lowerBound <= upperBound") when a damaged
        // directory points past the end of the bytes; its file reader returns an error.
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("bianzhi-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).xlsx")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw ReadError(message: .temporaryCopyFailed(folder: temporary.deletingLastPathComponent().path), fix: .temporaryFolderWritable)
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        let archive: Archive
        do {
            archive = try Archive(url: temporary, accessMode: .read, pathEncoding: nil)
        } catch {
            throw notXLSX
        }

        func part(_ path: String) -> Data? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            } catch {
                return nil
            }
            // Parts are UTF-8 XML. FoundationXML traps on a name that is not valid UTF-8
            // (a damaged part), so such a part counts as missing.
            guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
            return bytes
        }

        guard let workbookXML = part("xl/workbook.xml") else { throw notXLSX }
        let workbook = ElementCollector(data: workbookXML, elements: ["sheet"])
        let sheets = workbook.elements.map { (name: $0.attributes["name"] ?? "", rid: relationshipID($0.attributes)) }
        guard !sheets.isEmpty else {
            throw ReadError(message: .noWorksheet, fix: .addUnitSheet)
        }
        let chosen: (name: String, rid: String)
        if let wanted {
            guard let found = sheets.first(where: { $0.name == wanted }) else {
                throw ReadError(message: .noSheetNamed(wanted), fix: .useSheets(sheets.map(\.name)))
            }
            chosen = found
        } else {
            chosen = sheets[0]
        }

        // The sheet's part: by relationship id, falling back to Excel's usual naming.
        var target = "xl/worksheets/sheet\((sheets.firstIndex { $0.rid == chosen.rid } ?? 0) + 1).xml"  // i18n-exempt: part name
        if let relsXML = part("xl/_rels/workbook.xml.rels") {
            let rels = ElementCollector(data: relsXML, elements: ["Relationship"])  // i18n-exempt: XML element
            if let rel = rels.elements.first(where: { $0.attributes["Id"] == chosen.rid }), let path = rel.attributes["Target"] {  // i18n-exempt: XML attributes
                target = path.hasPrefix("/") ? String(path.dropFirst()) : "xl/" + path
            }
        }
        guard let sheetXML = part(target) else {
            throw ReadError(message: .sheetPartMissing(sheet: chosen.name, part: target), fix: .resaveWorkbook)
        }
        let sharedStrings = part("xl/sharedStrings.xml").map { SharedStringsParser(data: $0).strings } ?? []
        let parser = SheetParser(data: sheetXML, sharedStrings: sharedStrings)
        if let problem = parser.problem {
            let message: RegisterMessage
            switch problem {
            case .damaged: message = .sheetDamaged(sheet: chosen.name)
            case .badReference(let reference): message = .badCellReference(sheet: chosen.name, reference: reference)
            case .missingSharedString(let cell): message = .missingSharedString(sheet: chosen.name, cell: cell)
            }
            throw ReadError(message: message, fix: .resaveWorkbook)
        }
        return Sheet(name: chosen.name, rows: parser.rows)
    }

    /// The zero-based column of a cell reference such as `AB12` (A = 0); `nil` if malformed.
    static func columnIndex(ofReference reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            column = column * 26 + Int(scalar.value - 64)
            letters += 1
        }
        // Excel's last column is XFD (16,384 columns).
        guard letters > 0, letters <= 3, column <= 16_384 else { return nil }
        return column - 1
    }

    /// An element's name without its namespace prefix (`x:row` → `row`): some writers prefix
    /// the SpreadsheetML namespace.
    static func localName(_ qualified: String) -> String {
        qualified.split(separator: ":").last.map(String.init) ?? qualified
    }

    /// The relationship id of a `<sheet>`: `r:id`, whatever prefix the writer gave the
    /// relationships namespace.
    static func relationshipID(_ attributes: [String: String]) -> String {
        attributes["r:id"] ?? attributes.keys.sorted().first { $0.hasSuffix(":id") }.flatMap { attributes[$0] } ?? ""
    }

    /// Excel's name of a zero-based column: 0 → A, 26 → AA.
    public static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
