/// Why a workbook could not be written.
public enum SpreadsheetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A workbook needs at least one sheet.
    case noSheets
    /// Empty, longer than 31 characters, or holding one of `[]:*?/\`.
    case invalidSheetName(String)
    /// Two sheets with the same name (Excel compares names without case).
    case duplicateSheetName(String)
    /// No columns, or more than Excel's 16,384.
    case invalidColumnCount(sheet: String, count: Int)
    /// More rows than Excel's limit.
    case tooManyRows(sheet: String, rows: Int, limit: Int)
    /// A row with more cells than the sheet has columns.
    case rowTooWide(sheet: String, row: Int, cells: Int, columns: Int)
    /// NaN or infinity: Excel has no such number.
    case nonFiniteNumber(sheet: String, row: Int)
    /// The library or the file system failed.
    case cannotWrite(reason: String)

    public var description: String {
        switch self {
        case .noSheets: return "a workbook needs at least one sheet"
        case .invalidSheetName(let name): return "invalid sheet name \"\(name)\" (1–31 characters, none of []:*?/\\)"
        case .duplicateSheetName(let name): return "two sheets named \"\(name)\""
        case .invalidColumnCount(let sheet, let count): return "sheet \(sheet): \(count) columns (1–16384 allowed)"
        case .tooManyRows(let sheet, let rows, let limit): return "sheet \(sheet): \(rows) rows, more than Excel's \(limit)"
        case .rowTooWide(let sheet, let row, let cells, let columns): return "sheet \(sheet), row \(row): \(cells) cells for \(columns) columns"
        case .nonFiniteNumber(let sheet, let row): return "sheet \(sheet), row \(row): a number that is not finite"
        case .cannotWrite(let reason): return "cannot write the workbook: \(reason)"
        }
    }
}
