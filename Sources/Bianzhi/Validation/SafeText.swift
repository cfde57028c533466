/// Text from input files made safe to print on a terminal: a value quoted in a message may
/// hold anything a file holds (NUL, ANSI colour codes, an OSC sequence that retitles the
/// window, a whole line of /etc/passwd), so it is quoted as a short, escaped excerpt.
enum SafeText {
    /// Characters of a value quoted in a message; longer values end in `…`.
    static let excerptLimit = 60

    /// `text` with every control character escaped, cut to `limit` characters.
    static func excerpt(_ text: String, limit: Int = excerptLimit) -> String {
        var result = ""
        var count = 0
        for character in text {
            if count == limit { return result + "…" }
            result += escaped(character)
            count += 1
        }
        return result
    }

    /// `text` with every control character escaped (for our own messages, which embed names
    /// from the file), not shortened.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return text.map(escaped).joined()
    }

    /// Whether a scalar must not reach a terminal raw: C0 controls (tab and newline too —
    /// a message is one line), DEL, C1 controls (0x9B is a one-byte CSI), line and paragraph
    /// separators, and the bidirectional overrides that reorder what is shown.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    private static func escaped(_ character: Character) -> String {
        guard character.unicodeScalars.contains(where: isUnsafe) else { return String(character) }
        return character.unicodeScalars.map { scalar in
            guard isUnsafe(scalar) else { return String(scalar) }
            switch scalar {
            case "\n": return "\\n"
            case "\t": return "\\t"
            case "\r": return "\\r"
            default: return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"  // i18n-exempt: escape syntax
            }
        }.joined()
    }
}
