/// Why a scenario file could not be turned into a ``Scenario``.
public enum ScenarioLoadError: Error, Sendable, CustomStringConvertible {
    /// The YAML file itself could not be read (missing, unreadable, neither UTF-8 nor GB18030 text).
    case unreadable(path: String, reason: String)
    /// The file was read but has problems; the report lists all of them.
    case invalid(ValidationReport)

    /// The report of an invalid file; `nil` when the file could not be read at all.
    public var report: ValidationReport? {
        if case .invalid(let report) = self { return report }
        return nil
    }

    /// A message ready to print.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): error: cannot read the scenario file — \(reason). Fix: check the path; the file must be text in UTF-8 or GB18030/GBK."
        case .invalid(let report):
            return report.description
        }
    }
}
