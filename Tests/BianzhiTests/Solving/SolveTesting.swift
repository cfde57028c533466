import Bianzhi
import Testing

/// Runs the whole pipeline on an in-memory scenario and fails the test on invalid input.
func solve(_ scenario: Scenario, threads: Int = 1, monolithic: Bool = false) throws -> PipelineOutput {
    do {
        return try SolvePipeline(options: SolveOptions(threads: threads, monolithic: monolithic)).run(scenario: scenario)
    } catch {
        switch error {
        case .unreadable(let failure):
            Issue.record("scenario unreadable: \(failure)")
        case .invalidScenario(let report):
            Issue.record("scenario invalid: \(report.diagnostics.map(\.description).joined(separator: "\n"))")
        case .solver(let failure):
            Issue.record("solver failed: \(failure)")
        }
        throw error
    }
}

extension PipelineOutput {
    /// New quota by unit id.
    func quota(_ id: String) -> Int? {
        result.units.first { $0.id == id }?.newQuota
    }

    /// The objective total.
    var objective: Double { result.objective.total }
}
