/// Escaping for Markdown table cells: characters with Markdown or HTML meaning are
/// backslash-escaped so a name like `<script>` or `a|b` shows as text.
public enum MarkdownEscaping {
    /// One table cell (or inline text): `\ | < > * _ [ ] \` #` escaped, line breaks joined.
    public static func cell(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\", "|", "<", ">", "*", "_", "[", "]", "`", "#": out.append("\\"); out.append(ch)
            case "\n", "\r", "\r\n": out.append(" ")
            default: out.append(ch)
            }
        }
        return out
    }
}
