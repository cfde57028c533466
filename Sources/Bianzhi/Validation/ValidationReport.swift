/// Everything found wrong with a scenario, in the order found (file order, then rule order).
public struct ValidationReport: Sendable, Equatable, CustomStringConvertible {
    /// All diagnostics, errors and warnings interleaved in file order.
    public var diagnostics: [Diagnostic]

    /// Creates a report.
    public init(diagnostics: [Diagnostic] = []) {
        self.diagnostics = diagnostics
    }

    /// The diagnostics that block solving.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The diagnostics that do not block solving.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// Whether the scenario must be fixed before it can be solved.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// One diagnostic per line, then a count, in `language`.
    public func rendered(_ language: Language) -> String {
        var lines = diagnostics.map { $0.rendered(language) }
        lines.append(CLIMessage.problemCount(errors: errors.count, warnings: warnings.count).text(language))
        return lines.joined(separator: "\n")
    }

    /// The report in English.
    public var description: String { rendered(.en) }
}
