/// Writes CSV the way Excel reads Chinese text correctly: UTF-8 with a byte-order mark, CRLF
/// line ends, one header row, fields quoted only when needed, numbers unformatted.
public struct CSVWriter: Sendable {
    private var lines: [String] = []

    /// Starts a table with its header row.
    public init(header: [String]) {
        lines.append(Self.line(header))
    }

    /// Appends one record; text that Excel would run as a formula is neutralised.
    public mutating func append(_ fields: [String]) {
        lines.append(Self.line(fields.map(Self.neutralized)))
    }

    /// A cell Excel would take for a formula (`=…`, `@…`, `+…` or `-…` that is not a number, or
    /// one starting with a tab or carriage return) gets a leading `'`, so a unit named
    /// `=HYPERLINK(…)` shows as text instead of running. Numbers such as `-3` or `+2` are left alone.
    ///
    /// Only for files people open in a spreadsheet: scenario files Bianzhi reads back are
    /// written with ``escape(_:)`` alone.
    public static func neutralized(_ field: String) -> String {
        guard let first = field.unicodeScalars.first else { return field }
        switch first {
        case "=", "@", "\t", "\r":
            return "'" + field
        case "-", "+":
            return Double(field) == nil ? "'" + field : field
        default:
            return field
        }
    }

    /// The document, BOM included.
    public var text: String { "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n" }

    /// Quotes a field when it holds a comma, a quote, a line break or leading/trailing space.
    public static func escape(_ field: String) -> String {
        // Bytes, not Characters: faster on 60,000-row tables, and "\r\n" is one Character
        // that a Character comparison with "\n" would miss.
        let bytes = field.utf8
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            || bytes.first == UInt8(ascii: " ") || bytes.last == UInt8(ascii: " ")
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",")
    }
}

import Foundation
