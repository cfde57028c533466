/// ANSI colours for terminal output, used only when standard output is a terminal and
/// `NO_COLOR` is unset (https://no-color.org); otherwise every method returns its text
/// unchanged. ``DisplayWidth`` skips the escape sequences, so coloured cells still align.
public struct TerminalStyle: Sendable, Equatable {
    /// Whether colours are emitted.
    public var enabled: Bool

    /// Creates a style.
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// No colours.
    public static let plain = TerminalStyle(enabled: false)

    /// The style for a stream: colour only on a terminal without `NO_COLOR` in `environment`.
    public static func detect(isTerminal: Bool, environment: [String: String]) -> TerminalStyle {
        TerminalStyle(enabled: isTerminal && environment["NO_COLOR"] == nil)
    }

    /// Green (gains).
    public func positive(_ text: String) -> String { wrap(text, "32") }
    /// Red (cuts).
    public func negative(_ text: String) -> String { wrap(text, "31") }
    /// Bold (headings).
    public func bold(_ text: String) -> String { wrap(text, "1") }

    /// A signed number coloured by its sign: green above zero, red below, plain at zero.
    public func signed(_ text: String, sign: Double) -> String {
        sign > 0 ? positive(text) : sign < 0 ? negative(text) : text
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
