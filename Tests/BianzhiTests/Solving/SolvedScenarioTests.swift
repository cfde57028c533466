import Bianzhi
import Testing

/// The shipped scenarios solve to the answers written in them.
@Suite("Shipped scenarios")
struct SolvedScenarioTests {
    /// The optimum worked by hand in the comment of `Scenarios/small.yaml`.
    @Test func smallScenarioReachesTheHandWorkedOptimum() throws {
        let out = try solve(try ScenarioLoader.load(path: Fixtures.scenarioPath("small.yaml")))
        #expect(out.result.status == "optimal")
        let expected = [
            "县政府办": 7, "县发改局": 7, "东关镇党政办": 8, "西河乡党政办": 7,
            "县第一中学": 40, "东关镇中心学校": 24, "西河乡卫生院": 11, "县文化馆": 7,
        ]
        #expect(Dictionary(uniqueKeysWithValues: out.result.units.map { ($0.name, $0.newQuota) }) == expected)
        #expect(abs(out.objective - 126.6) < 1e-9)
        #expect(abs(out.result.objective.shortfall - 120) < 1e-9)
        #expect(abs(out.result.objective.excess - 5) < 1e-9)
        #expect(abs(out.result.objective.moves - 1.6) < 1e-9)
        // The county offices' 4 quotas can reach the two townships in several equally cheap
        // ways (each lane is "downward"); what is fixed is who gives and who gets how many.
        var given: [String: Int] = [:], received: [String: Int] = [:]
        for t in out.result.transfers {
            given[t.fromName, default: 0] += t.amount
            received[t.toName, default: 0] += t.amount
            #expect(t.lane == (t.fromName == "西河乡卫生院" ? .sameLevel : .downward))
        }
        #expect(given == ["县政府办": 3, "县发改局": 1, "县文化馆": 3, "西河乡卫生院": 1])
        #expect(received == ["东关镇党政办": 2, "西河乡党政办": 2, "东关镇中心学校": 4])
    }

    /// The county keeps every kind's total ("严控总量") and holds the hard police-station floor.
    @Test func countyScenarioKeepsTotalsAndHardFloors() throws {
        let out = try solve(try ScenarioLoader.load(path: Fixtures.scenarioPath("county.yaml")), threads: 2)
        #expect(out.result.status == "optimal")
        #expect(out.result.provenOptimal)
        for kind in out.result.totals.byKind { #expect(kind.after + out.result.totals.reserveHeld * (kind.kind == "admin" ? 1 : 0) == kind.before) }
        for floor in out.result.shareFloors where floor.hard { #expect(floor.after >= floor.required) }
        #expect(out.result.totals.shortfallAfter < out.result.totals.shortfallBefore)
    }

    /// The infeasible scenario is infeasible, not invalid: only the solver can see it.
    @Test func infeasibleScenarioPassesValidationButHasNoAllocation() throws {
        let scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("infeasible.yaml"))
        #expect(!ScenarioValidator.validate(scenario).hasErrors)
        let out = try SolvePipeline(options: SolveOptions(threads: 1)).run(scenario: scenario)
        #expect(out.result.status == "infeasible")
        #expect(out.allocation == nil)
    }
}
