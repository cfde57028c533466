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

    /// A whole number from `minimum` to ``maximum``; "12.0" is accepted (spreadsheets export
    /// it), "12.5" is not.
    static func int(_ text: String, minimum: Int) -> Result<Int, IntProblem> {
        let trimmed = text.trimmingWhitespace
        if let value = Int(trimmed) {
            guard value <= maximum else { return .failure(.aboveMaximum) }
            return value >= minimum ? .success(value) : .failure(.belowMinimum)
        }
        if let value = Double(trimmed), value.isFinite {
            guard value == value.rounded(), abs(value) < 1e15 else { return .failure(.fractional) }
            guard value <= Double(maximum) else { return .failure(.aboveMaximum) }
            return Int(value) >= minimum ? .success(Int(value)) : .failure(.belowMinimum)
        }
        return .failure(.notANumber)
    }

    /// A finite number from 0 to ``maximum`` (YAML's `.nan` and `.inf` are rejected; a weight
    /// or need of 1e308 would make the objective infinite, and GLPK's answer meaningless).
    static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace
        guard let value = Double(trimmed), value.isFinite, value >= 0, value <= Double(maximum) else { return nil }
        return value
    }

    /// The problem of a value ``number(_:)`` rejects, as the loader words it.
    static func numberProblem(_ key: String, _ text: String) -> DiagnosticMessage {
        if let value = Double(text.trimmingWhitespace), value.isFinite, value > Double(maximum) {
            return .numberAbove(key: key, maximum: maximum)
        }
        return .numberBelowZero(key: key)
    }

    /// Tags separated by `;`, `,` or what Chinese input methods produce: `；`, `，` and the
    /// list separator `、` (派出所、基层一线).
    static func tags(_ text: String) -> [String] {
        text.split(whereSeparator: { ";；、,，".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
