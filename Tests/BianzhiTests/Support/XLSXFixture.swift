import Foundation
import Testing
import ZIPFoundation

/// Builds small .xlsx workbooks in tests, the parts Excel writes (content types, workbook,
/// relationships, shared strings, sheets), so the reader is tested on real zip archives
/// without committing binary fixtures.
struct XLSXFixture {
    /// A cell as Excel stores it.
    enum Cell {
        /// Text in the shared-string table (what Excel writes for typed text).
        case shared(String)
        /// Text inline in the sheet (what many exporters write).
        case inline(String)
        /// A number as written in the file.
        case number(String)
        /// TRUE / FALSE.
        case bool(Bool)
        /// No cell element at all (a gap).
        case none
    }

    /// Sheets in tab order: name and rows (row 1 first); a row of `nil` is left out of the file.
    var sheets: [(name: String, rows: [[Cell]?])]
    /// A namespace prefix for the worksheet's elements (`x:row`), as some writers emit.
    var prefix: String = ""
    /// Parts written with these bytes instead of the generated XML (damaged parts).
    var replacedParts: [String: Data] = [:]

    /// The workbook's bytes.
    func data() throws -> Data {
        var shared: [String] = []
        var sharedIndex: [String: Int] = [:]
        func index(_ text: String) -> Int {
            if let i = sharedIndex[text] { return i }
            shared.append(text)
            sharedIndex[text] = shared.count - 1
            return shared.count - 1
        }
        var parts: [(String, String)] = []
        var sheetEntries = "", rels = "", overrides = ""
        for (s, sheet) in sheets.enumerated() {
            var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            for (r, row) in sheet.rows.enumerated() {
                guard let row else { continue }
                xml += #"<row r="\#(r + 1)">"#
                for (c, cell) in row.enumerated() {
                    let ref = XLSXFixture.column(c) + String(r + 1)
                    switch cell {
                    case .shared(let text): xml += #"<c r="\#(ref)" t="s"><v>\#(index(text))</v></c>"#
                    case .inline(let text): xml += #"<c r="\#(ref)" t="inlineStr"><is><t>\#(Self.escape(text))</t></is></c>"#
                    case .number(let text): xml += #"<c r="\#(ref)"><v>\#(text)</v></c>"#
                    case .bool(let value): xml += #"<c r="\#(ref)" t="b"><v>\#(value ? 1 : 0)</v></c>"#
                    case .none: break
                    }
                }
                xml += "</row>"
            }
            xml += "</sheetData></worksheet>"
            if !prefix.isEmpty {
                for element in ["worksheet", "sheetData", "row", "c", "v", "is", "t"] {
                    xml = xml.replacingOccurrences(of: "<\(element)>", with: "<\(prefix):\(element)>")
                        .replacingOccurrences(of: "<\(element) ", with: "<\(prefix):\(element) ")
                        .replacingOccurrences(of: "</\(element)>", with: "</\(prefix):\(element)>")
                }
                xml = xml.replacingOccurrences(of: "xmlns=", with: "xmlns:\(prefix)=")
            }
            parts.append(("xl/worksheets/sheet\(s + 1).xml", xml))
            sheetEntries += #"<sheet name="\#(Self.escape(sheet.name))" sheetId="\#(s + 1)" r:id="rId\#(s + 1)"/>"#
            rels += #"<Relationship Id="rId\#(s + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(s + 1).xml"/>"#
            overrides += #"<Override PartName="/xl/worksheets/sheet\#(s + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        let sst = #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(shared.count)" uniqueCount="\#(shared.count)">"#
            + shared.map { "<si><t>\(Self.escape($0))</t></si>" }.joined() + "</sst>"
        parts.append(("xl/sharedStrings.xml", sst))
        parts.append(("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\#(sheetEntries)</sheets></workbook>"#))
        parts.append(("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(rels)<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#))
        parts.append(("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#))
        parts.append(("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\#(overrides)</Types>"#))

        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.0 < $1.0 }) {
            let bytes = replacedParts[path] ?? Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    static func column(_ index: Int) -> String {
        var n = index + 1, name = ""
        while n > 0 { name = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + name; n = (n - 1) / 26 }
        return name
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
