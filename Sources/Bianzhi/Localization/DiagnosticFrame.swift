/// The words around a diagnostic's parts: severity, field, value, message and fix, as
/// `error: field: "value" — message. Fix: fix` or `错误：field：“value” — message。改法：fix`.
public struct DiagnosticFrame: Localizable, Equatable {
    public var severity: Diagnostic.Severity
    public var field: String
    public var value: String?
    /// The message, already in the language being rendered.
    public var message: String
    /// The fix, already in the language being rendered.
    public var fix: String

    public init(severity: Diagnostic.Severity, field: String, value: String?, message: String, fix: String) {
        self.severity = severity
        self.field = field
        self.value = value
        self.message = message
        self.fix = fix
    }

    public var bilingual: Bilingual {
        var zh = severity == .error ? "错误：" : "警告："
        var en = "\(severity.rawValue): "
        if !field.isEmpty {
            zh += field
            en += field
            if let value {
                zh += "：“\(value)”"
                en += ": \"\(value)\""
            }
            zh += " — "
            en += " — "
        } else if let value {
            zh += "“\(value)” — "
            en += "\"\(value)\" — "
        }
        zh += message + "。改法：" + fix
        en += message + ". Fix: " + fix
        return Bilingual(zh: zh, en: en)
    }
}
