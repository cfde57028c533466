import Foundation
import Yams

/// Reads typed values out of a composed YAML node tree and collects a diagnostic for every
/// problem instead of stopping at the first.
///
/// Walking `Node`s by hand (rather than decoding with `Codable`) is what gives every message
/// a line and column, and what lets unknown keys be reported instead of silently ignored.
struct YAMLNodeReader {
    /// File name used in every location.
    let file: String
    /// Everything found so far, in file order.
    var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// The keys of one mapping, looked up by name; built only after the keys were checked.
    struct Fields {
        /// The mapping node itself (its mark is the entry's position).
        var node: Node
        /// Path of the mapping, e.g. `units[3]`.
        var path: String
        /// Values by key, null values removed (`key:` with nothing means "not given").
        var values: [String: Node]

        subscript(_ key: String) -> Node? { values[key] }
        func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    }

    func location(_ node: Node?) -> SourceLocation? {
        guard let mark = node?.mark else { return nil }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func error(_ node: Node?, _ field: String, value: String? = nil, _ message: DiagnosticMessage, fix: DiagnosticFix) {
        diagnostics.append(.error(at: location(node), field: field, value: value, message: message, fix: fix))
    }

    /// An error whose words are not in the catalogue yet (kept so other branches merge).
    @available(*, deprecated, message: "add the message and fix to the catalogue (Localization/DiagnosticMessage.swift)")  // i18n-exempt: for developers
    mutating func error(_ node: Node?, _ field: String, value: String? = nil, _ message: String, fix: String) {
        error(node, field, value: value, .untranslated(message), fix: .untranslated(fix))
    }

    /// The text of a scalar, `nil` for mappings and sequences.
    static func text(_ node: Node) -> String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }

    /// `key:`, `key: ~` and `key: null` all mean "not given".
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)  // i18n-exempt: YAML null spellings
    }

    /// A short rendering of a non-scalar value for messages.
    static func shape(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .mapping: return "{…}"
        case .sequence: return "[…]"
        case .alias: return "*alias"
        }
    }

    /// Checks a mapping's keys: unknown keys (with a suggestion), missing required keys and
    /// required keys without a value.
    mutating func fields(
        of node: Node, at path: String, known: [String], required: [String], example: String
    ) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error(node, path, value: Self.shape(node), .notMapping, fix: .writeAsMapping(example: example))
            return nil
        }
        var values: [String: Node] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = Self.text(keyNode) else {
                error(keyNode, path, value: Self.shape(keyNode), .keyNotText, fix: .useOneOf(known))
                continue
            }
            let fieldPath = path.isEmpty ? key : "\(path).\(key)"
            guard known.contains(key) else {
                if let suggestion = KeySuggestion.closest(to: key, in: known) {
                    error(keyNode, fieldPath, .unknownKey(suggestion: suggestion), fix: .renameKey(to: suggestion))
                } else {
                    error(keyNode, fieldPath, .unknownKey(suggestion: nil), fix: .removeKey(known: known))
                }
                continue
            }
            if Self.isNull(valueNode) {
                if required.contains(key) {
                    error(keyNode, fieldPath, .requiredValueEmpty, fix: .writeValue(key: key))
                }
                continue
            }
            values[key] = valueNode
        }
        for key in required where !mapping.keys.contains(where: { Self.text($0) == key }) {
            let fieldPath = path.isEmpty ? key : "\(path).\(key)"
            error(node, fieldPath, .requiredKeyMissing, fix: .addKey(key: key))
        }
        return Fields(node: node, path: path, values: values)
    }

    /// A list; `nil` (with an error) when the value is not a sequence.
    mutating func list(_ node: Node, at path: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error(node, path, value: Self.shape(node), .notList, fix: .oneEntryPerLine)
            return nil
        }
        return Array(sequence)
    }

    /// Non-empty text (numbers are accepted as text: `id: 101` is the id "101").
    mutating func text(_ f: Fields, _ key: String) -> String? {
        guard let node = f[key] else { return nil }
        guard let text = Self.text(node) else {
            error(node, f.path(key), value: Self.shape(node), .notText(key: key), fix: .writeSingleValue(key: key))
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            error(node, f.path(key), value: text, .blank(key: key), fix: .writeValue(key: key))
            return nil
        }
        return trimmed
    }

    /// Free text, blank allowed (a description); a mapping or list is an error, not "".
    mutating func freeText(_ f: Fields, _ key: String) -> String? {
        guard let node = f[key] else { return nil }
        guard let text = Self.text(node) else {
            error(node, f.path(key), value: Self.shape(node), .notText(key: key), fix: .robustness(.writeTextOnOneLine(key: key)))
            return nil
        }
        return text
    }

    /// A calendar date written `YYYY-MM-DD` (full-width digits accepted), returned in that
    /// form; a date that does not exist (2026-02-30) is refused like a malformed one.
    mutating func date(_ f: Fields, _ key: String) -> String? {
        guard let node = f[key] else { return nil }
        let written = Self.text(node) ?? Self.shape(node)
        let ascii = FullWidth.asciiDigits(written).trimmingCharacters(in: .whitespaces)
        if let date = ScalarParsing.calendarDate(ascii) { return date }
        error(node, f.path(key), value: written, .notADate(key: key), fix: .writeDate(key: key))
        return nil
    }

    /// A whole number ≥ `minimum`.
    mutating func int(_ f: Fields, _ key: String, minimum: Int = 0, fix: DiagnosticFix) -> Int? {
        guard let node = f[key] else { return nil }
        let written = Self.text(node) ?? Self.shape(node)
        switch ScalarParsing.int(FullWidth.asciiDigits(written), minimum: minimum) {
        case .success(let value): return value
        case .failure(.aboveMaximum):
            error(node, f.path(key), value: written, .wholeNumberAbove(key: key, maximum: ScalarParsing.maximum), fix: fix)
            return nil
        case .failure:
            error(node, f.path(key), value: written, .wholeNumberBelow(key: key, minimum: minimum), fix: fix)
            return nil
        }
    }

    /// A finite number ≥ 0.
    mutating func number(_ f: Fields, _ key: String, fix: DiagnosticFix) -> Double? {
        guard let node = f[key] else { return nil }
        let written = Self.text(node) ?? Self.shape(node)
        guard let value = ScalarParsing.number(FullWidth.asciiDigits(written)) else {
            error(node, f.path(key), value: written, ScalarParsing.numberProblem(key, written), fix: fix)
            return nil
        }
        return value
    }

    /// `true` or `false`.
    mutating func bool(_ f: Fields, _ key: String) -> Bool? {
        guard let node = f[key] else { return nil }
        let written = Self.text(node) ?? Self.shape(node)
        switch written.lowercased() {
        case "true": return true
        case "false": return false
        default:
            error(node, f.path(key), value: written, .notBool(key: key), fix: .writeTrueOrFalse(key: key))
            return nil
        }
    }

    /// A level name: `province`, `city`, `county`, `township` (or 省/市/县/乡镇).
    mutating func level(_ f: Fields, _ key: String) -> Level? {
        guard let node = f[key] else { return nil }
        let written = Self.text(node) ?? Self.shape(node)
        if let level = Level(written: FullWidth.asciiDigits(written)) {
            return level
        }
        let names = Level.allCases.map(\.rawValue)
        let suggestion = written.unicodeScalars.allSatisfy(\.isASCII) ? KeySuggestion.closest(to: written, in: names) : nil
        error(
            node, f.path(key), value: written, .unknownLevel(suggestion: suggestion),
            fix: .writeOneOf(Level.allCases.map { $0.acceptedForms.joined(separator: "/") }))
        return nil
    }

    /// Tags: a list of texts, or one text separated by `;`, `；`, `、`, `,` or `，`.
    mutating func tags(_ f: Fields, _ key: String) -> [String] {
        guard let node = f[key] else { return [] }
        if let text = Self.text(node) { return ScalarParsing.tags(text) }
        guard let items = list(node, at: f.path(key)) else { return [] }
        var tags: [String] = []
        for (i, item) in items.enumerated() {
            if let text = Self.text(item) {
                tags.append(contentsOf: ScalarParsing.tags(text))
            } else {
                error(item, "\(f.path(key))[\(i)]", value: Self.shape(item), .tagNotText, fix: .writeTagName)
            }
        }
        return tags
    }
}
