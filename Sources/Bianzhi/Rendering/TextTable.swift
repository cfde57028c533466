import Foundation

/// A plain-text table for terminals whose columns line up with Chinese text.
public struct TextTable: Sendable {
    /// How a column is aligned.
    public enum Alignment: Sendable {
        /// Text: left.
        case left
        /// Numbers: right.
        case right
    }

    /// Column headers.
    public var headers: [String]
    /// Alignment per column.
    public var alignments: [Alignment]
    /// The rows; each as many cells as headers.
    public private(set) var rows: [[String]] = []
    /// Widest a cell may be before it is cut with `…`.
    public var maximumCellWidth: Int

    /// Creates an empty table.
    public init(headers: [String], alignments: [Alignment]? = nil, maximumCellWidth: Int = 40) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
        self.maximumCellWidth = maximumCellWidth
    }

    /// Appends a row.
    public mutating func append(_ row: [String]) {
        rows.append(row.map { DisplayWidth.truncate($0.replacingOccurrences(of: "\n", with: " "), to: maximumCellWidth) })
    }

    /// The table as lines of text: header, a rule, the rows; two spaces between columns.
    public func render() -> String {
        let widths = headers.indices.map { c in
            ([headers[c]] + rows.map { c < $0.count ? $0[c] : "" }).map(DisplayWidth.of).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            headers.indices.map { c in
                DisplayWidth.pad(c < cells.count ? cells[c] : "", to: widths[c], alignRight: alignments[c] == .right)
            }.joined(separator: "  ").replacingTrailingSpaces()
        }
        var lines = [line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func replacingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
