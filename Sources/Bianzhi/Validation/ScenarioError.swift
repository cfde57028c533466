/// Thrown when a scenario has validation errors and therefore cannot be solved; carries the
/// whole report so the caller can print every problem, not just the first.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// The report with at least one error.
    public var report: ValidationReport

    /// Wraps a report.
    public init(report: ValidationReport) {
        self.report = report
    }

    /// The report, one diagnostic per line.
    public var description: String { report.description }
}
