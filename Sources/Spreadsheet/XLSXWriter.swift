import CXlsxWriter
import Foundation

/// Writes a ``Workbook`` as an Office Open XML spreadsheet (`.xlsx`) with libxlsxwriter.
///
/// Every sheet gets a bold, shaded header row that stays in view (frozen) with an autofilter,
/// column widths fitted to the contents (CJK characters count double), and the column's number
/// format. Text is always written as text, so a unit named `=SUM(A1)` never runs as a formula.
///
/// Rows go straight to disk (libxlsxwriter's constant-memory mode, strings inline), which
/// halves the time and bounds the memory of a large table.
///
/// The workbook is validated first (sheet names, sizes, finite numbers) because the library
/// would otherwise write a file Excel refuses to open; the bytes are returned so that the caller
/// can put them in an atomic file set.
public enum XLSXWriter {
    /// The `.xlsx` bytes of `workbook`. The library writes through a private folder under
    /// `temporaryDirectory`, removed before returning.
    public static func data(
        _ workbook: Workbook, temporaryDirectory: URL = FileManager.default.temporaryDirectory
    ) throws(SpreadsheetError) -> Data {
        try validate(workbook)
        let folder = temporaryDirectory
            .appendingPathComponent("bianzhi-xlsx-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        } catch {
            throw .cannotWrite(reason: String(describing: error))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("book.xlsx").path
        try write(workbook, to: file, tmpdir: folder.path)
        guard let bytes = FileManager.default.contents(atPath: file) else {
            throw .cannotWrite(reason: "the written workbook could not be read back")
        }
        return bytes
    }

    /// The checks the library does not make (or makes by writing a broken file).
    static func validate(_ workbook: Workbook) throws(SpreadsheetError) {
        guard !workbook.sheets.isEmpty else { throw .noSheets }
        var seen: Set<String> = []
        for sheet in workbook.sheets {
            let name = sheet.name
            if name.isEmpty || name.count > 31 || name.contains(where: { "[]:*?/\\".contains($0) }) || name.hasPrefix("'") {
                throw .invalidSheetName(name)
            }
            guard seen.insert(name.lowercased()).inserted else { throw .duplicateSheetName(name) }
            guard !sheet.columns.isEmpty, sheet.columns.count <= Int(LXW_COL_MAX) else { throw .invalidColumnCount(sheet: name, count: sheet.columns.count) }
            guard sheet.rows.count < Int(LXW_ROW_MAX) else { throw .tooManyRows(sheet: name, rows: sheet.rows.count, limit: Int(LXW_ROW_MAX) - 1) }
            for (r, row) in sheet.rows.enumerated() {
                guard row.count <= sheet.columns.count else { throw .rowTooWide(sheet: name, row: r + 1, cells: row.count, columns: sheet.columns.count) }
                for cell in row {
                    if case .number(let v) = cell, !v.isFinite { throw .nonFiniteNumber(sheet: name, row: r + 1) }
                }
            }
        }
    }

    private static func write(_ workbook: Workbook, to file: String, tmpdir: String) throws(SpreadsheetError) {
        let book: UnsafeMutablePointer<lxw_workbook>? = tmpdir.withCString { dir in
            var options = lxw_workbook_options(constant_memory: 1, tmpdir: UnsafeMutablePointer(mutating: dir), use_zip64: 1)
            return workbook_new_opt(file, &options)
        }
        guard let book else { throw .cannotWrite(reason: "libxlsxwriter could not start a workbook") }
        var closed = false
        defer { if !closed { workbook_close(book) } }

        let header = workbook_add_format(book)
        format_set_bold(header)
        format_set_bg_color(header, 0xDDE6F0)
        format_set_border(header, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_text_wrap(header)
        format_set_align(header, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))

        for sheet in workbook.sheets {
            guard let ws = workbook_add_worksheet(book, sheet.name) else { throw .invalidSheetName(sheet.name) }
            let formats: [UnsafeMutablePointer<lxw_format>?] = sheet.columns.map { column in
                guard let pattern = column.format.excelFormat else { return nil }
                let format = workbook_add_format(book)
                format_set_num_format(format, pattern)
                return format
            }
            for (c, column) in sheet.columns.enumerated() {
                worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width(of: column, rows: sheet.rows, index: c), formats[c])
                try check(worksheet_write_string(ws, 0, lxw_col_t(c), clean(column.header), header), sheet: sheet.name)
            }
            worksheet_set_row(ws, 0, 30, nil)
            for (r, row) in sheet.rows.enumerated() {
                let rowIndex = lxw_row_t(r + 1)
                for (c, cell) in row.enumerated() {
                    switch cell {
                    case .empty:
                        continue
                    case .text(let text):
                        try check(worksheet_write_string(ws, rowIndex, lxw_col_t(c), clean(text), formats[c]), sheet: sheet.name)
                    case .number(let value):
                        try check(worksheet_write_number(ws, rowIndex, lxw_col_t(c), value, formats[c]), sheet: sheet.name)
                    }
                }
            }
            worksheet_freeze_panes(ws, 1, 0)
            worksheet_autofilter(ws, 0, 0, lxw_row_t(sheet.rows.count), lxw_col_t(sheet.columns.count - 1))
        }
        try setProperties(of: book, workbook)
        closed = true
        let status = workbook_close(book)
        guard status == LXW_NO_ERROR else {
            throw .cannotWrite(reason: String(cString: lxw_strerror(status)))
        }
    }

    /// The creation time written into every workbook (2000-01-01T00:00:00Z): the library would
    /// write the current time, and the same input must give the same bytes.
    public static let fixedCreationTime = 946_684_800

    private static func setProperties(of book: UnsafeMutablePointer<lxw_workbook>, _ workbook: Workbook) throws(SpreadsheetError) {
        let title = strdup(workbook.title.map(clean) ?? ""), author = strdup(workbook.author.map(clean) ?? "")
        defer { free(title); free(author) }
        var properties = lxw_doc_properties()
        properties.created = time_t(fixedCreationTime)
        if workbook.title != nil { properties.title = title }
        if workbook.author != nil { properties.author = author; properties.company = author }
        let status = workbook_set_properties(book, &properties)
        guard status == LXW_NO_ERROR else { throw .cannotWrite(reason: String(cString: lxw_strerror(status))) }
    }

    private static func check(_ status: lxw_error, sheet: String) throws(SpreadsheetError) {
        guard status == LXW_NO_ERROR else {
            throw .cannotWrite(reason: "sheet \(sheet): " + String(cString: lxw_strerror(status)))
        }
    }

    /// Text as XML can carry it: control characters (other than tab and line breaks), which
    /// would make the file unreadable, become U+FFFD; over-long text is cut at Excel's limit.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF {
                scalars.append("\u{FFFD}")
            } else {
                scalars.append(s)
            }
        }
        let cleaned = String(scalars)
        return cleaned.utf16.count <= 32_767 ? cleaned : String(cleaned.prefix(32_000))
    }

    /// A column width in Excel's character units that fits the header and the first rows.
    static func width(of column: Sheet.Column, rows: [[Sheet.Cell]], index: Int) -> Double {
        var widest = displayWidth(column.header)
        for row in rows.prefix(2_000) where index < row.count {
            switch row[index] {
            case .empty: continue
            case .text(let text): widest = max(widest, displayWidth(text))
            case .number(let value): widest = max(widest, String(format: "%.1f", value).count + 1)
            }
        }
        return Double(min(max(widest + 2, 6), 60))
    }

    /// Columns a text takes in a spreadsheet cell: East Asian wide characters count two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, s in
            let v = s.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}
