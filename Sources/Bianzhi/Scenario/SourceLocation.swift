/// A position in an input file, for messages that tell the planner where to look.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// File path as the user gave it (the YAML or the CSV unit table).
    public var file: String
    /// One-based line number (for CSV files, the physical line of the row).
    public var line: Int
    /// One-based column, when known.
    public var column: Int?

    /// Creates a location.
    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line` or `file:line:column`, the form editors jump to.
    public var description: String {
        if let column { return "\(file):\(line):\(column)" }
        return "\(file):\(line)"
    }
}
