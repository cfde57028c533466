import Foundation
import Yams

/// Readers of the rule values that are more than a plain scalar: `protectNeed`,
/// `noDismissals: strict`, a share floor's `base`, and a unit's `locked`.
extension YAMLNodeReader {
    /// `protectNeed: true | false | {penalty: P}`.
    mutating func needProtection(_ f: Fields, _ key: String) -> NeedProtection? {
        guard let node = f[key] else { return nil }
        if case .mapping = node {
            guard let g = fields(of: node, at: f.path(key), known: ["penalty"], required: ["penalty"], example: "{penalty: 50}"),
                  let penalty = number(g, "penalty", fix: .plannerRule(.protectNeed))
            else { return nil }
            return .soft(penalty: penalty)
        }
        let written = Self.text(node) ?? Self.shape(node)
        switch written.lowercased() {
        case "true": return .hard
        case "false": return .off
        default:
            error(node, f.path(key), value: written, .plannerRule(.protectNeedValue), fix: .plannerRule(.protectNeed))
            return nil
        }
    }

    /// `noDismissals: true | false | strict` as (on, strict).
    mutating func dismissals(_ f: Fields, _ key: String) -> (on: Bool, strict: Bool)? {
        guard let node = f[key] else { return nil }
        let written = Self.text(node) ?? Self.shape(node)
        switch written.lowercased() {
        case "true": return (true, false)
        case "false": return (false, false)
        case "strict": return (true, true)
        default:
            error(node, f.path(key), value: written, .plannerRule(.noDismissalsValue), fix: .plannerRule(.noDismissals))
            return nil
        }
    }

    /// A share floor's `base: new | current`.
    mutating func shareBase(_ f: Fields, _ key: String) -> ShareFloor.Base? {
        guard let node = f[key] else { return nil }
        let written = Self.text(node) ?? Self.shape(node)
        if let base = ShareFloor.Base(rawValue: written.trimmingWhitespace) { return base }
        error(node, f.path(key), value: written, .plannerRule(.baseValue), fix: .plannerRule(.base))
        return nil
    }

    /// A yes/no value written `true`/`false` or `是`/`否`, as in the CSV column.
    mutating func flag(_ f: Fields, _ key: String) -> Bool? {
        guard let node = f[key] else { return nil }
        let written = Self.text(node) ?? Self.shape(node)
        if let value = ScalarParsing.flag(written) { return value }
        error(node, f.path(key), value: written, .plannerRule(.notAFlag(key: key)), fix: .plannerRule(.locked))
        return nil
    }
}
