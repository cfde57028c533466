import Foundation
/// Parsing of single values shared by the YAML and CSV readers, so "12.5" is rejected the same
/// way in both.
enum ScalarParsing {
    /// Why a value is not a whole number in range.
    enum IntProblem: Error { case notANumber, fractional, belowMinimum, aboveMaximum }

    /// The largest whole number a scenario may hold. Sums over a pool then stay far inside
    /// `Int` and are exact as the doubles GLPK computes with; a larger quota would overflow
    /// the sums (a trap) or lose units silently.
    static let maximum = 1_000_000_000

    /// The smallest magnitude a non-zero number of a scenario may have (weights, costs,
    /// penalties, shares, need): below it GLPK's scaling misjudges or aborts (a subnormal
    /// weight such as 5e-324 made it abort the process), and no planner means 0.0000001.
    static let smallest = 1e-6

    /// A number as people and spreadsheets write it: an optional sign, digits with an
    /// optional decimal point, an optional exponent (`12`, `-0.5`, `3e2`). Rejects what
    /// `Double` would also take: hex (`0x10`, `0x1p3`), `inf`, `nan`, `infinity`.
    static func decimal(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace
        var bytes = trimmed.utf8.makeIterator()
        var digits = 0, sawPoint = false, sawExponent = false, exponentDigits = 0, position = 0
        var previous: UInt8 = 0
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawExponent { exponentDigits += 1 } else { digits += 1 }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let afterExponent = previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E")
                guard position == 0 || afterExponent else { return nil }
            case UInt8(ascii: "."):
                guard !sawPoint, !sawExponent else { return nil }
                sawPoint = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard !sawExponent, digits > 0 else { return nil }
                sawExponent = true
            default:
                return nil
            }
            previous = byte
            position += 1
        }
        guard digits > 0, !sawExponent || exponentDigits > 0 else { return nil }
        return Double(trimmed)
    }

    /// A whole number from `minimum` to ``maximum``; "12.0" is accepted (spreadsheets export
    /// it), "12.5" is not, nor is hex.
    static func int(_ text: String, minimum: Int) -> Result<Int, IntProblem> {
        let trimmed = text.trimmingWhitespace
        if let value = Int(trimmed) {
            guard value <= maximum else { return .failure(.aboveMaximum) }
            return value >= minimum ? .success(value) : .failure(.belowMinimum)
        }
        if let value = decimal(trimmed), value.isFinite {
            guard value == value.rounded(), abs(value) < 1e15 else { return .failure(.fractional) }
            guard value <= Double(maximum) else { return .failure(.aboveMaximum) }
            return Int(value) >= minimum ? .success(Int(value)) : .failure(.belowMinimum)
        }
        return .failure(.notANumber)
    }

    /// Whether a finite number's magnitude is one a scenario may hold: 0, or from
    /// ``smallest`` to ``maximum``.
    static func isScalable(_ value: Double) -> Bool {
        value == 0 || (abs(value) >= smallest && abs(value) <= Double(maximum))
    }

    /// A finite number from 0 to ``maximum``, 0 or at least ``smallest`` (YAML's `.nan` and
    /// `.inf` are rejected; a weight or need of 1e308 would make the objective infinite, and
    /// GLPK's answer meaningless).
    static func number(_ text: String) -> Double? {
        guard let value = decimal(text), value.isFinite, value >= 0, isScalable(value) else { return nil }
        return value
    }

    /// The problem of a value ``number(_:)`` rejects, as the loader words it.
    static func numberProblem(_ key: String, _ text: String) -> DiagnosticMessage {
        guard let value = decimal(text) else { return .robustness(.numberNotDecimal(key: key)) }
        if value.isFinite, value > Double(maximum) { return .numberAbove(key: key, maximum: maximum) }
        if value > 0, value < smallest { return .robustness(.numberTooSmall(key: key, smallest: rangeText.lowerBound)) }
        return .numberBelowZero(key: key)
    }

    /// ``smallest`` and ``maximum`` as the messages write them.
    static let rangeText = (lowerBound: "0.000001", upperBound: "1000000000")

    /// Tags separated by `;`, `,` or what Chinese input methods produce: `；`, `，` and the
    /// list separator `、` (派出所、基层一线).
    static func tags(_ text: String) -> [String] {
        text.split(whereSeparator: { ";；、,，".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// A yes/no cell: `true`/`false`, `是`/`否`, `yes`/`no`, `1`/`0` (spreadsheets write all of them).
    static func flag(_ text: String) -> Bool? {
        switch text.trimmingWhitespace.lowercased() {
        case "true", "是", "yes", "1": return true  // i18n-exempt: accepted input tokens, not output
        case "false", "否", "no", "0": return false  // i18n-exempt: accepted input tokens, not output
        default: return nil
        }
    }

    /// A calendar date `YYYY-MM-DD` (years 1000–9999) that exists, given back as written;
    /// `nil` for any other form (`2026/3/1`, `2026-3-1`) or a day the month does not have.
    static func calendarDate(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              year >= 1000, (1...12).contains(month), day >= 1
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days ? text : nil
    }
}
