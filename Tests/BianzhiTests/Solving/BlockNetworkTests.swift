import Bianzhi
import Foundation
import LinearProgramming
import Testing

/// A block solved as a min-cost flow must give the optimum the MIP gives: the same objective
/// on every scenario, and the flow only where it is exact.
@Suite("Blocks solved as flows")
struct BlockNetworkTests {
    /// Solves with one strategy and returns the pipeline output.
    static func solve(_ scenario: Scenario, _ strategy: MIPStrategy, threads: Int = 1) throws -> PipelineOutput {
        try SolvePipeline(options: SolveOptions(threads: threads, mipStrategy: strategy)).run(scenario: scenario)
    }

    /// Both strategies prove the same optimum; returns (flow blocks, blocks).
    @discardableResult
    static func sameOptimum(_ scenario: Scenario) throws -> (flows: Int, blocks: Int) {
        let flow = try solve(scenario, .relaxationFirst)
        let mip = try solve(scenario, .branchAndCut)
        #expect(flow.run.status == .optimal)
        #expect(mip.run.status == .optimal)
        #expect(abs(flow.run.objectiveValue - mip.run.objectiveValue) <= 1e-6 * max(1, abs(mip.run.objectiveValue)))
        #expect(abs(flow.result.objective.total - mip.result.objective.total) <= 1e-6 * max(1, abs(mip.result.objective.total)))
        #expect(!mip.run.outcomes.contains { $0.solvedAsFlow })
        // Every quota within its bounds and every pool balanced, whichever way it was found.
        for (u, bound) in flow.data.bounds.enumerated() {
            let quota = try #require(flow.quota(flow.data.scenario.units[u].id))
            #expect(quota >= bound.lower && quota <= bound.upper)
        }
        return (flow.run.outcomes.count { $0.solvedAsFlow }, flow.run.outcomes.count)
    }

    static func generated(_ generator: ScenarioGenerator) throws -> Scenario {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-flow-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try generator.write(to: dir)
        return try ScenarioLoader.load(path: dir + "/" + ScenarioGenerator.scenarioFileName)
    }

    @Test("shipped scenarios: the flow proves the MIP's optimum", arguments: ["county.yaml", "city.yaml", "small.yaml"])
    func shipped(name: String) throws {
        try Self.sameOptimum(try ScenarioLoader.load(path: Fixtures.scenarioPath(name)))
    }

    @Test("generated county and city, and a joined block: every block is a flow, same optimum", arguments: [1, 2] as [UInt64])
    func generatedScenarios(seed: UInt64) throws {
        for generator in [ScenarioGenerator(scale: .county, seed: seed), ScenarioGenerator(scale: .city, seed: seed),
                          ScenarioGenerator(joinedBlockUnits: 700, seed: seed)] {
            let result = try Self.sameOptimum(try Self.generated(generator))
            #expect(result.flows == result.blocks)
        }
    }

    @Test("need protection, hard, soft or off: every block of the county is a flow, same optimum as the MIP",
          arguments: [NeedProtection.hard, .soft(penalty: 5), .off])
    func needProtection(_ protection: NeedProtection) throws {
        var scenario = try Self.generated(ScenarioGenerator(scale: .county, seed: 5))
        scenario.rules.protectNeed = protection
        let result = try Self.sameOptimum(scenario)
        #expect(result.flows == result.blocks)
    }

    @Test("lexicographic tiers are not a single flow: the simplex solves them")
    func tiersUseTheSimplex() throws {
        var scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("county.yaml"))
        scenario.objective = ObjectiveSpec(tiers: [[.shortfall], [.moves]])
        let out = try Self.solve(scenario, .relaxationFirst)
        #expect(out.run.status == .optimal)
        #expect(!out.run.outcomes.contains { $0.solvedAsFlow })
    }

    /// Two soft floors over overlapping sets (A, B) and (B, C) are not nested: no flow node can
    /// stand for both, so the block goes to the simplex, with the same optimum.
    ///
    /// Hand-worked: total 30, needs A 10, B 10, C 10 all met by the current quotas 10/10/10
    /// (change limit 3): the optimum keeps them (objective 0) and both floors hold.
    @Test("overlapping share floors fall back to the simplex")
    func overlappingFloors() throws {
        let units = [
            Fixtures.unit("A", quota: 10, headcount: 10, need: 10, region: "t1", tags: ["x"]),
            Fixtures.unit("B", quota: 10, headcount: 10, need: 10, region: "t1", tags: ["x", "y"]),
            Fixtures.unit("C", quota: 10, headcount: 10, need: 10, region: "t2", tags: ["y"]),
        ]
        let floors = [
            ShareFloor(name: "x", scope: "c", kind: "admin", selector: UnitSelector(tag: "x"), floor: .share(0.6), hard: false),
            ShareFloor(name: "y", scope: "c", kind: "admin", selector: UnitSelector(tag: "y"), floor: .share(0.6), hard: false),
        ]
        let scenario = Fixtures.county(units: units, rules: Rules(maxChange: ChangeLimit(atMost: 3)), shareFloors: floors)
        try Self.sameOptimum(scenario)
        let out = try Self.solve(scenario, .relaxationFirst)
        #expect(!out.run.outcomes.contains { $0.solvedAsFlow })
        #expect(out.objective == 0)
        #expect(["A", "B", "C"].map { out.quota($0) } == [10, 10, 10])
    }

    /// Nested floors (the township units inside the whole county) are a flow. Hand-worked:
    /// A (county, quota 10, need 4) and T (township, quota 4, need 10), change limit 6,
    /// hard floor: township share ≥ current (4). Moving 6 from A to T costs moves 6 + 6 and
    /// removes shortfall 6 and excess 6: the optimum moves all 6 (A 4, T 10).
    @Test("a nested hard floor is a flow and gives the hand-worked optimum")
    func nestedFloor() throws {
        let units = [
            Fixtures.unit("A", quota: 10, headcount: 4, need: 4),
            Fixtures.unit("T", quota: 4, headcount: 4, need: 10, region: "t1"),
        ]
        let floors = [ShareFloor(name: "乡镇", scope: "c", kind: "admin", selector: UnitSelector(level: .township), floor: .current)]
        let scenario = Fixtures.county(units: units, rules: Rules(maxChange: ChangeLimit(atMost: 6)), shareFloors: floors)
        try Self.sameOptimum(scenario)
        let out = try Self.solve(scenario, .relaxationFirst)
        #expect(out.run.outcomes.allSatisfy { $0.solvedAsFlow })
        #expect(out.quota("A") == 4)
        #expect(out.quota("T") == 10)
    }
}
