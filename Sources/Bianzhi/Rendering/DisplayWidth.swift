/// Terminal column width of text: East Asian wide and fullwidth characters (汉字, fullwidth
/// punctuation) take two columns, combining marks none.
///
/// Why not `count`: a Chinese name of 5 characters occupies 10 columns, and tables that count
/// characters come out ragged.
public enum DisplayWidth {
    /// Columns `text` occupies in a monospaced terminal; ANSI colour sequences
    /// (`ESC [ … m`) take none.
    public static func of(_ text: String) -> Int {
        guard text.contains("\u{1B}") else { return text.reduce(0) { $0 + width(of: $1) } }
        var total = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
                continue
            }
            if character == "\u{1B}" { inEscape = true; continue }
            total += width(of: character)
        }
        return total
    }

    /// Columns one grapheme cluster occupies.
    public static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let v = scalar.value
        if v == 0 || (v < 32) || (0x7F..<0xA0).contains(v) { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return 0 }
        if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        return isWide(v) ? 2 : 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Pads `text` with spaces to `width` columns, on the right (left-aligned) or the left.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - of(text)))
        return alignRight ? fill + text : text + fill
    }

    /// Cuts `text` to at most `width` columns, ending with `…` when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let w = self.width(of: character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }
}
