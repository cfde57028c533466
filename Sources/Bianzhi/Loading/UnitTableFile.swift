import Foundation

/// Turns the bytes of a unit-table file into units: an Excel workbook (.xlsx, by its zip
/// signature, whatever its name) or CSV text in UTF-8 (with or without BOM) or GB18030/GBK.
/// Used by the scenario loader and by `bianzhi init`, so both read a register the same way.
public enum UnitTableFile {
    /// What was read: the table, the name its messages use, and notes (the encoding read).
    public struct Contents: Sendable {
        /// The rows, header first.
        public var table: CSVTable
        /// File name for locations: the path, or `path[sheet]` for a workbook.
        public var file: String
        /// Whether the rows came from Excel (short rows are padded, not errors).
        public var isWorkbook: Bool
        /// The encoding of a CSV file; `nil` for a workbook.
        public var encoding: TextEncoding?
    }

    /// A file that cannot be read as a unit table, told as a located diagnostic.
    public struct ReadProblem: Error, Sendable {
        /// The error to print.
        public var diagnostic: Diagnostic
    }

    static func problem(_ location: SourceLocation, field: String, value: String? = nil, _ message: String, fix: String) -> Result<Contents, ReadProblem> {
        .failure(ReadProblem(diagnostic: .error(at: location, field: field, value: value, message: message, fix: fix)))
    }

    /// Reads the table at `path` (used in messages) from `data`; `sheet` picks a worksheet by name.
    public static func read(data: Data, path: String, sheet: String?) -> Result<Contents, ReadProblem> {
        let fileLocation = SourceLocation(file: path, line: 1)
        if XLSXSheetReader.looksLikeZip(data) || path.lowercased().hasSuffix(".xlsx") {
            do {
                let read = try XLSXSheetReader.read(data: data, sheet: sheet)
                return .success(Contents(
                    table: CSVTable(rows: read.rows), file: "\(path)[\(read.name)]", isWorkbook: true, encoding: nil))
            } catch {
                return problem(fileLocation, field: sheet.map { "sheet \($0)" } ?? "", error.message, fix: error.fix)
            }
        }
        if sheet != nil {
            return problem(
                fileLocation, field: "sheet", value: sheet, "`sheet` applies to an .xlsx workbook, and this file is CSV text",
                fix: "remove `sheet:`, or point `file:` at the .xlsx workbook.")
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return problem(
                fileLocation, field: "", "the file is UTF-16 text (Excel's \"Unicode 文本\", tab-separated), not CSV",
                fix: "save the sheet as \"CSV UTF-8 (逗号分隔)\" or as an .xlsx workbook.")
        }
        guard let (text, encoding) = TextDecoding.decode(data) else {
            return problem(
                fileLocation, field: "", "the unit table is neither UTF-8 nor GB18030/GBK text (nor an .xlsx workbook)",
                fix: "save the table from the spreadsheet as \"CSV UTF-8\", \"CSV\" or \"Excel 工作簿 (*.xlsx)\".")
        }
        do {
            return .success(Contents(table: try CSVTable(text: text), file: path, isWorkbook: false, encoding: encoding))
        } catch {
            return problem(
                SourceLocation(file: path, line: error.line), field: "", error.message,
                fix: "close the quoted field with `\"`; a quote inside a quoted field is written `\"\"`.")
        }
    }

    /// The note a planner sees when a file was not UTF-8, so a wrong guess is visible.
    static func encodingNote(_ encoding: TextEncoding, file: String) -> Diagnostic {
        .warning(
            at: SourceLocation(file: file, line: 1), field: "", value: encoding.displayName,
            message: "the file is not UTF-8; read as \(encoding.displayName) (按 GB18030/GBK 编码读取)",
            fix: "nothing to do if the Chinese text reads correctly; save as \"CSV UTF-8\" to silence this note.")
    }
}
