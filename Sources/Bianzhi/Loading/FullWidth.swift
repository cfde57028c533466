/// Full-width characters that Chinese input methods type instead of ASCII: digits ０–９, the
/// full-width full stop ． and minus －, and the ideographic space. A number written with them
/// is unambiguous, so number cells accept them.
enum FullWidth {
    /// The text with full-width digits, `．`, `－` and `　` replaced by their ASCII forms.
    static func asciiDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x3000 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: result.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0E: result.append(".")
            case 0xFF0D: result.append("-")
            case 0x3000: result.append(" ")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}

extension FullWidth {
    /// Keys followed by a full-width colon `：` instead of `: ` (an input method left in Chinese
    /// mode): `horizon：1`, `- id：admin`, `{id：admin, …}`. YAML reads such a line as plain
    /// text, and libyaml's message never mentions the colon, so the loader looks for it first.
    /// Only an ASCII key before `：` counts: a Chinese value may well contain `：`.
    static func keyColonProblems(in yaml: String, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var i = 0
            var keyStart: Int? = nil   // where the current key began
            var expectingKey = true     // at the line's start, or after `{` or `,` in a flow mapping
            var column = 0
            while i < scalars.count {
                let c = scalars[i]
                if c == "#" { break }
                if expectingKey, keyStart == nil, !" -{[,\t".unicodeScalars.contains(c) {
                    keyStart = i
                }
                if c == "：", let start = keyStart {
                    let key = String(String.UnicodeScalarView(scalars[start..<i])).trimmingWhitespace
                    if !key.isEmpty, key.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }) {
                        column = i + 1
                        problems.append(.error(
                            at: SourceLocation(file: file, line: index + 1, column: column), field: key,
                            value: String(line).trimmingWhitespace,
                            message: .register(.fullWidthColon(key: key)), fix: .register(.asciiColon(key: key))))
                    }
                    break
                }
                if c == "{" || c == "," {
                    keyStart = nil
                    expectingKey = true
                }
                if c == ":" {   // a value follows: its text may hold `：`
                    keyStart = nil
                    expectingKey = false
                }
                if c == "\"" || c == "'" { break }
                i += 1
            }
        }
        return problems
    }
}
