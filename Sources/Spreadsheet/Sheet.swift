/// One worksheet: a header row (frozen, with an autofilter) and rows of cells.
public struct Sheet: Sendable, Equatable {
    /// How a column's numbers are shown; text columns ignore it.
    public enum NumberStyle: Sendable, Equatable {
        /// Plain text.
        case text
        /// Whole numbers: `0`.
        case integer
        /// Whole numbers with an explicit sign: `+3`, `-2`, `0`.
        case signedInteger
        /// Fixed decimals: `0.0` for 1.
        case decimal(Int)
        /// A fraction shown as a percentage with the given decimals: 0.375 → `37.5%`.
        case percent(Int)

        /// The Excel number format string.
        var excelFormat: String? {
            switch self {
            case .text: return nil
            case .integer: return "0"
            case .signedInteger: return "+0;-0;0"
            case .decimal(let n): return n <= 0 ? "0" : "0." + String(repeating: "0", count: n)
            case .percent(let n): return (n <= 0 ? "0" : "0." + String(repeating: "0", count: n)) + "%"
            }
        }
    }

    /// A column: its header and how its cells are shown.
    public struct Column: Sendable, Equatable {
        /// The header cell.
        public var header: String
        /// Number format of the column's cells.
        public var format: NumberStyle

        public init(header: String, format: NumberStyle = .text) {
            self.header = header
            self.format = format
        }
    }

    /// One cell.
    public enum Cell: Sendable, Equatable {
        /// An empty cell.
        case empty
        /// Text, written as a string (never as a formula).
        case text(String)
        /// A number, shown with the column's format.
        case number(Double)
    }

    /// Sheet name as shown on its tab (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// The columns, left to right.
    public var columns: [Column]
    /// The rows under the header.
    public var rows: [[Cell]]

    public init(name: String, columns: [Column], rows: [[Cell]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}
