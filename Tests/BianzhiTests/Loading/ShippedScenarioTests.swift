import Foundation
import Testing
@testable import Bianzhi

@Suite("Shipped scenarios load and validate")
struct ShippedScenarioTests {
    @Test("small.yaml: 8 inline units, 2 kinds, 3 regions, 2 default pools, no problems")
    func small() throws {
        let scenario = try Repository.load("Scenarios/small.yaml")
        #expect(scenario.units.count == 8)
        #expect(scenario.kinds.count == 2)
        #expect(scenario.regions.count == 3)
        #expect(PoolIndex(scenario: scenario).pools.count == 2)
        #expect(ScenarioValidator.validate(scenario).diagnostics.isEmpty)
        #expect(scenario.units[2].location == SourceLocation(file: "Scenarios/small.yaml", line: 51, column: 5))
    }

    @Test("small.yaml: the bounds the hand-worked optimum relies on")
    func smallBounds() throws {
        let scenario = try Repository.load("Scenarios/small.yaml")
        let bounds = UnitBounds.compute(for: scenario, pools: PoolIndex(scenario: scenario))
        #expect(bounds.map(\.lower) == [7, 8, 8, 6, 40, 20, 12, 7])
        #expect(bounds.map(\.lowerReason) == [.changeLimit, .needProtection, .priorityFloor, .priorityFloor, .noDismissals, .priorityFloor, .needProtection, .changeLimit])
        #expect(bounds.map(\.upper) == [13, 10, 8, 7, 40, 26, 15, 13])
    }

    @Test("county.yaml: 215 CSV units, 3 kinds, 18 regions, 3 pools, no problems")
    func county() throws {
        let scenario = try Repository.load("Scenarios/county.yaml")
        #expect(scenario.units.count == 215)
        #expect(scenario.kinds.count == 3)
        #expect(scenario.regions.count == 18)
        let pools = PoolIndex(scenario: scenario)
        #expect(pools.pools.map(\.key) == ["admin@qh", "zhengfa@qh", "inst@qh"])
        #expect(pools.pools[0].reserveLimit == 10)
        #expect(ScenarioValidator.validate(scenario).diagnostics.isEmpty)
        #expect(scenario.units[0].location == SourceLocation(file: "Scenarios/county-units.csv", line: 2))
        #expect(scenario.units.first { $0.id == "qh-jsfz" }?.name == "县教师发展中心(教研室, 电教馆)")
        #expect(scenario.units.first { $0.id == "chengguan-pcs" }?.tags == ["派出所", "基层一线"])
    }

    @Test("infeasible.yaml passes validation: only the solver can find its conflict")
    func infeasible() throws {
        let scenario = try Repository.load("Scenarios/infeasible.yaml")
        #expect(scenario.units.count == 6)
        #expect(PoolIndex(scenario: scenario).pools.count == 1)
        #expect(!ScenarioValidator.validate(scenario).hasErrors)
        // The conflict: townships can reach at most 24 + (74 − Σ county lower 48 − 24) = 26 < 30.
        let tree = RegionTree(regions: scenario.regions)
        #expect(ShareFloorSelection.amount(of: scenario.shareFloors[0], in: scenario, tree: tree) == 30)
        let bounds = UnitBounds.compute(for: scenario, pools: PoolIndex(scenario: scenario))
        #expect(bounds[0..<3].reduce(0) { $0 + $1.lower } == 48)
    }

    @Test("the digest is stable and covers the CSV table")
    func digest() throws {
        let first = try Repository.load("Scenarios/county.yaml")
        let again = try Repository.load("Scenarios/county.yaml")
        #expect(first.source.digest.count == 16)
        #expect(first.source.digest == again.source.digest)

        let yaml = String(decoding: Repository.read("Scenarios/county.yaml")!, as: UTF8.self)
        var csv = String(decoding: Repository.read("Scenarios/county-units.csv")!, as: UTF8.self)
        csv = csv.replacingOccurrences(of: "qh-xwb,县委办,县委办,qh,admin,26,", with: "qh-xwb,县委办,县委办,qh,admin,25,")
        let changed = try ScenarioLoader.load(yaml: yaml, path: "Scenarios/county.yaml") { path in
            path.hasSuffix(".csv") ? Data(csv.utf8) : nil
        }
        #expect(changed.units[0].quota == 25)
        #expect(changed.source.digest != first.source.digest)
    }

    @Test("FNV-1a 64 matches the published test vectors")
    func fnvVectors() {
        var empty = FNV1a()
        empty.update([UInt8]())
        #expect(empty.hex == "cbf29ce484222325")
        var a = FNV1a()
        a.update(Array("a".utf8))
        #expect(a.hex == "af63dc4c8601ec8c")
    }
}
