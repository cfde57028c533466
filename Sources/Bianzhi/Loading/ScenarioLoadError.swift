/// Why a scenario file could not be turned into a ``Scenario``.
public enum ScenarioLoadError: Error, Sendable, CustomStringConvertible {
    /// The YAML file itself could not be read (missing, unreadable, not UTF-8).
    case unreadable(path: String, reason: DiagnosticMessage)
    /// The file was read but has problems; the report lists all of them.
    case invalid(ValidationReport)

    /// The report of an invalid file; `nil` when the file could not be read at all.
    public var report: ValidationReport? {
        if case .invalid(let report) = self { return report }
        return nil
    }

    /// A message ready to print, in `language`.
    public func rendered(_ language: Language) -> String {
        switch self {
        case .unreadable(let path, let reason):
            let frame = DiagnosticFrame(severity: .error, field: "", value: nil, message: reason.text(language), fix: DiagnosticFix.checkPath.text(language))
            return "\(path): " + frame.text(language)
        case .invalid(let report):
            return report.rendered(language)
        }
    }

    /// The message in English.
    public var description: String { rendered(.en) }
}
