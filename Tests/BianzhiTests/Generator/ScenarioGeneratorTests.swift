import Bianzhi
import Foundation
import Testing

@Suite("Scenario generator")
struct ScenarioGeneratorTests {
    /// Writes a generated scenario into a fresh temporary folder and returns the YAML path.
    static func written(_ scale: ScenarioGenerator.Scale, seed: UInt64) throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("bianzhi-gen-\(UUID().uuidString)").path
        try ScenarioGenerator(scale: scale, seed: seed).write(to: dir)
        return dir + "/" + ScenarioGenerator.scenarioFileName
    }

    /// Removes the folder of a scenario written by ``written(_:seed:)``.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }

    @Test("same seed gives the same bytes, YAML and CSV")
    func sameSeedSameBytes() throws {
        let a = ScenarioGenerator(scale: .county, seed: 7).generate()
        let b = ScenarioGenerator(scale: .county, seed: 7).generate()
        #expect(a.yaml == b.yaml)
        #expect(a.unitTable == b.unitTable)
        // And on disk, through the atomic writer.
        let pathA = try Self.written(.county, seed: 7), pathB = try Self.written(.county, seed: 7)
        defer { Self.remove(pathA); Self.remove(pathB) }
        for file in [ScenarioGenerator.scenarioFileName, ScenarioGenerator.unitTableFileName] {
            let da = FileManager.default.contents(atPath: (pathA as NSString).deletingLastPathComponent + "/" + file)
            let db = FileManager.default.contents(atPath: (pathB as NSString).deletingLastPathComponent + "/" + file)
            #expect(da != nil && da == db)
        }
    }

    @Test("a joined block: one city whose 事业编制 pools form one block of at least the size asked")
    func joinedBlock() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-gen-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let generated = try ScenarioGenerator(joinedBlockUnits: 1_000, seed: 3).write(to: dir)
        let scenario = try ScenarioLoader.load(path: dir + "/" + ScenarioGenerator.scenarioFileName)
        #expect(ScenarioValidator.validate(scenario).errors.isEmpty)
        let data = ProblemData(scenario: scenario)
        let blocks = Decomposition(scenario: scenario, pools: data.pools, floors: data.floors).blocks
        let largest = try #require(blocks.max { $0.units.count < $1.units.count })
        let shiye = scenario.units.indices.filter { scenario.units[$0].kind == "shiye" }
        #expect(largest.units == shiye)
        #expect(shiye.count >= 1_000)
        #expect(generated.counties == scenario.regions.filter { $0.level == .county }.count)
        // Same size and seed, same bytes.
        #expect(ScenarioGenerator(joinedBlockUnits: 1_000, seed: 3).generate().unitTable == generated.unitTable)
    }

    @Test("a different seed gives different data")
    func differentSeedDifferentData() {
        let a = ScenarioGenerator(scale: .county, seed: 1).generate()
        let b = ScenarioGenerator(scale: .county, seed: 2).generate()
        #expect(a.yaml != b.yaml)
        #expect(a.unitTable != b.unitTable)
    }

    @Test("a county loads, validates without errors and solves to proven optimality", arguments: [1, 2, 3] as [UInt64])
    func countyValidAndOptimal(seed: UInt64) throws {
        let path = try Self.written(.county, seed: seed)
        defer { Self.remove(path) }
        let scenario = try ScenarioLoader.load(path: path)
        let report = ScenarioValidator.validate(scenario)
        #expect(report.errors.isEmpty, "\(report.errors.map(\.description))")
        let output = try solve(scenario, threads: 2)
        #expect(output.run.status == .optimal)
        #expect(output.plan != nil)
    }

    @Test("on a generated county the decomposed optimum equals the monolithic one, with 1 or 2 threads")
    func decomposedEqualsMonolithic() throws {
        let written = try Self.written(.county, seed: 4)
        defer { Self.remove(written) }
        let scenario = try ScenarioLoader.load(path: written)
        let split1 = try solve(scenario, threads: 1)
        let split2 = try solve(scenario, threads: 2)
        let whole = try solve(scenario, threads: 1, monolithic: true)
        #expect(whole.run.status == .optimal)
        #expect(abs(split1.objective - whole.objective) <= 1e-6 * max(1, abs(whole.objective)))
        #expect(ResultFiles.allocationCSV(split1.result) == ResultFiles.allocationCSV(split2.result))
    }

    @Test("county counts follow domain.md §5", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func countyProportions(seed: UInt64) throws {
        let path = try Self.written(.county, seed: seed)
        defer { Self.remove(path) }
        let scenario = try ScenarioLoader.load(path: path)
        let tree = RegionTree(regions: scenario.regions)
        #expect(scenario.kinds.count == 3)
        let townships = scenario.regions.filter { $0.level == .township }
        #expect((14...20).contains(townships.count))
        let county = try #require(scenario.regions.first { $0.level == .county })
        // One administrative unit per department of the county government.
        let departments = scenario.units.filter { $0.kind == "admin" && $0.region == county.id }
        #expect((30...37).contains(departments.count))
        let admin = scenario.units.filter { $0.kind == "admin" }.reduce(0) { $0 + $1.quota }
        #expect((750...1_100).contains(admin))
        let townshipAdmin = scenario.units.filter { $0.kind == "admin" && tree.level(of: $0.region) == .township }.reduce(0) { $0 + $1.quota }
        #expect(Double(townshipAdmin) >= 0.25 * Double(admin))
        let zhengfa = scenario.units.filter { $0.kind == "zhengfa" }.reduce(0) { $0 + $1.quota }
        #expect((700...1_000).contains(zhengfa))
        let institutions = scenario.units.filter { $0.kind == "shiye" }.count
        #expect((200...400).contains(institutions))
        #expect((200...600).contains(scenario.units.count))
        // Vacancies and over-quota units side by side; priority tags present.
        #expect(scenario.units.contains { $0.vacancy > 0 })
        #expect(scenario.units.contains { $0.overQuota > 0 })
        #expect(scenario.units.contains { $0.tags.contains("基层一线") })
        #expect(scenario.shareFloors.count == 2)
    }

    @Test("a city has about ten counties, channels from the city and about 5,000 units")
    func cityShape() throws {
        let generated = ScenarioGenerator(scale: .city, seed: 1).generate()
        #expect((8...12).contains(generated.counties))
        #expect((3_500...6_500).contains(generated.units))
        let path = try Self.written(.city, seed: 1)
        defer { Self.remove(path) }
        let scenario = try ScenarioLoader.load(path: path)
        #expect(scenario.channels.count == generated.counties)
        #expect(ScenarioValidator.validate(scenario).errors.isEmpty)
    }
}
