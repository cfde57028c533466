/// A CSV table as exported by a spreadsheet (RFC 4180: quoted fields, doubled quotes, commas
/// and line breaks inside quotes, CRLF or LF, an optional UTF-8 byte-order mark).
///
/// Hand-written rather than taken from a library because every message about a unit row must
/// name the physical line the planner sees in a text editor, and a quoted field may span
/// several lines; general CSV libraries do not report where a record starts.
public struct CSVTable: Sendable, Equatable {
    /// One record (row) of the table.
    public struct Record: Sendable, Equatable {
        /// The fields, unquoted, in column order.
        public var fields: [String]
        /// One-based physical line on which the record starts.
        public var line: Int

        /// Creates a record.
        public init(fields: [String], line: Int) {
            self.fields = fields
            self.line = line
        }
    }

    /// A malformed table: where and why.
    public struct ParseError: Error, Sendable, Equatable {
        /// One-based physical line where the problem starts.
        public var line: Int
        /// What is wrong (a catalogue entry).
        public var message: DiagnosticMessage
    }

    /// The first record: column names.
    public var header: Record?
    /// All following records, blank lines skipped.
    public var records: [Record]

    /// A table from rows read elsewhere (an Excel sheet): the first row is the header.
    public init(rows: [Record]) {
        header = rows.first
        records = Array(rows.dropFirst())
    }

    /// Parses CSV text; fails only on a quote that is never closed.
    public init(text: String) throws(ParseError) {
        var all: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldStarted = false   // a quoted field was seen, so even `""` is a record

        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }

        func endRecord() {
            fields.append(field)
            field = ""
            // A blank line or a row of empty cells is spreadsheet padding, not a record.
            if fieldStarted || fields.contains(where: { !$0.isEmpty }) {
                all.append(Record(fields: fields, line: recordLine))
            }
            fields = []
            fieldStarted = false
        }

        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if c == "\n" { line += 1 }
                    // A CR before LF inside quotes counts once, on the LF.
                    if c == "\r", !(i + 1 < scalars.count && scalars[i + 1] == "\n") { line += 1 }
                    field.unicodeScalars.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteLine = line
                fieldStarted = true
            case ",":
                fields.append(field)
                field = ""
            case "\r", "\n":
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        if inQuotes {
            throw ParseError(line: quoteLine, message: .unclosedQuote)
        }
        if !field.isEmpty || !fields.isEmpty || fieldStarted { endRecord() }

        header = all.first
        records = Array(all.dropFirst())
    }
}
