import Bianzhi
import Foundation
import Testing

/// Decomposition and threads change how the work is done, never the answer.
@Suite("Decomposition and threads")
struct DecompositionTests {
    @Test func decomposedOptimumEqualsMonolithicOnTheCountyScenario() throws {
        let scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("county.yaml"))
        let decomposed = try solve(scenario, threads: 2)
        let monolithic = try solve(scenario, threads: 1, monolithic: true)
        #expect(decomposed.result.status == "optimal")
        #expect(monolithic.result.status == "optimal")
        #expect(decomposed.run.outcomes.count > 1)
        #expect(monolithic.run.outcomes.count == 1)
        #expect(abs(decomposed.run.objectiveValue - monolithic.run.objectiveValue) < 1e-6)
        #expect(abs(decomposed.result.objective.total - monolithic.result.objective.total) < 1e-6)
    }

    @Test func oneThreadAndTwoThreadsWriteIdenticalBytes() throws {
        let scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("county.yaml"))
        let one = try solve(scenario, threads: 1).result
        let two = try solve(scenario, threads: 2).result
        #expect(ResultFiles.allocationCSV(one) == ResultFiles.allocationCSV(two))
        #expect(ResultFiles.transfersCSV(one) == ResultFiles.transfersCSV(two))
        var a = one, b = two
        a.statistics = b.statistics
        #expect(ResultFiles.json(a) == ResultFiles.json(b))
    }

    @Test func transferPlanReconcilesWithTheCountyAllocation() throws {
        let out = try solve(try ScenarioLoader.load(path: Fixtures.scenarioPath("county.yaml")), threads: 2)
        #expect(out.plan!.discrepancies(with: out.allocation!, data: out.data).isEmpty)
        let moved = out.result.transfers.reduce(0) { $0 + $1.amount }
        #expect(moved == out.result.totals.cut)
        #expect(out.result.totals.byKind.allSatisfy { $0.after <= $0.before })
    }
}
