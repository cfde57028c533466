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

    static func problem(
        _ location: SourceLocation, field: String, value: String? = nil, _ message: DiagnosticMessage, fix: DiagnosticFix
    ) -> Result<Contents, ReadProblem> {
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
                return problem(fileLocation, field: sheet == nil ? "" : "sheet", value: sheet, .register(error.message), fix: .register(error.fix))
            }
        }
        if sheet != nil {
            return problem(fileLocation, field: "sheet", value: sheet, .register(.sheetOnText), fix: .register(.removeSheet))
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            return problem(fileLocation, field: "", .register(.tableIsUTF16), fix: .register(.saveUTF16AsCSV))
        }
        guard let (text, encoding) = TextDecoding.decode(data) else {
            return problem(fileLocation, field: "", .register(.tableNotText), fix: .register(.saveAsCSVOrWorkbook))
        }
        do {
            return .success(Contents(table: try CSVTable(text: text), file: path, isWorkbook: false, encoding: encoding))
        } catch {
            return problem(SourceLocation(file: path, line: error.line), field: "", .unclosedQuote, fix: .closeQuote)
        }
    }

    /// The note a planner sees when a file was not UTF-8, so a wrong guess is visible.
    static func encodingNote(_ encoding: TextEncoding, file: String) -> Diagnostic {
        .warning(
            at: SourceLocation(file: file, line: 1), field: "", value: encoding.displayName,
            message: .register(.readAs(encoding)), fix: .register(.checkEncoding))
    }
}
