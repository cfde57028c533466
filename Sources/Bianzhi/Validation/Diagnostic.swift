/// One problem found in a scenario, told the way a planner can act on it: where it is, which
/// field, the value as written, what is wrong and what to do.
///
/// Diagnostics are collected, never thrown one by one, so a planner fixes a whole file in one
/// pass instead of one error per run.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Equatable, Comparable {
        /// The scenario cannot be solved as written.
        case error
        /// The scenario can be solved but probably does not say what the planner meant.
        case warning

        /// Errors sort before warnings.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// Error or warning.
    public var severity: Severity
    /// Where to look; `nil` when the problem has no place in a file (a scenario built in code).
    public var location: SourceLocation?
    /// The field concerned, as a path (`units[3].quota`) or a CSV column name (`编制数`).
    public var field: String
    /// The offending value as written, when there is one.
    public var value: String?
    /// What is wrong (a catalogue entry, rendered without a final full stop).
    public var message: DiagnosticMessage
    /// What to do about it (a catalogue entry, rendered as a sentence).
    public var fix: DiagnosticFix

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, at location: SourceLocation?, field: String, value: String? = nil,
        message: DiagnosticMessage, fix: DiagnosticFix
    ) {
        self.severity = severity
        self.location = location
        self.field = field
        self.value = value
        self.message = message
        self.fix = fix
    }

    /// A diagnostic whose words are not in the catalogue yet (same text in both languages).
    @available(*, deprecated, message: "add the message and fix to the catalogue (Localization/DiagnosticMessage.swift)")  // i18n-exempt: for developers
    public init(
        _ severity: Severity, at location: SourceLocation?, field: String, value: String? = nil, message: String, fix: String
    ) {
        self.init(severity, at: location, field: field, value: value, message: .untranslated(message), fix: .untranslated(fix))
    }

    /// An error.
    public static func error(
        at location: SourceLocation?, field: String, value: String? = nil, message: DiagnosticMessage, fix: DiagnosticFix
    ) -> Diagnostic {
        Diagnostic(.error, at: location, field: field, value: value, message: message, fix: fix)
    }

    /// A warning.
    public static func warning(
        at location: SourceLocation?, field: String, value: String? = nil, message: DiagnosticMessage, fix: DiagnosticFix
    ) -> Diagnostic {
        Diagnostic(.warning, at: location, field: field, value: value, message: message, fix: fix)
    }

    /// An error whose texts are not in the catalogue yet (shown the same in both languages).
    @available(*, deprecated, message: "add the message and fix to the catalogue (Localization/DiagnosticMessage.swift)")  // i18n-exempt: for developers
    public static func error(
        at location: SourceLocation?, field: String, value: String? = nil, message: String, fix: String
    ) -> Diagnostic {
        Diagnostic(.error, at: location, field: field, value: value, message: .untranslated(message), fix: .untranslated(fix))
    }

    /// A warning whose texts are not in the catalogue yet (shown the same in both languages).
    @available(*, deprecated, message: "add the message and fix to the catalogue (Localization/DiagnosticMessage.swift)")  // i18n-exempt: for developers
    public static func warning(
        at location: SourceLocation?, field: String, value: String? = nil, message: String, fix: String
    ) -> Diagnostic {
        Diagnostic(.warning, at: location, field: field, value: value, message: .untranslated(message), fix: .untranslated(fix))
    }

    /// `file:line:column: error: field: "value" — message. Fix: fix` in `language`
    /// (`…: 错误：field：“value” — message。改法：fix`).
    ///
    /// Compiler-style so editors and terminals turn the location into a link; the value is
    /// quoted so blanks and look-alike characters (全角 digits) stay visible. Everything taken
    /// from the file is escaped (``SafeText``): no control character reaches the terminal, and
    /// a value is quoted as at most a short excerpt.
    public func rendered(_ language: Language) -> String {
        var text = ""
        if let location { text += "\(SafeText.escaped(location.description)): " }
        let parts = DiagnosticFrame(
            severity: severity, field: SafeText.excerpt(field, limit: 2 * SafeText.excerptLimit),
            value: value.map { SafeText.excerpt($0) }, message: SafeText.escaped(message.text(language)),
            fix: SafeText.escaped(fix.text(language)))
        text += parts.text(language)
        return text
    }

    /// The diagnostic in English.
    public var description: String { rendered(.en) }
}
