import Testing
@testable import Bianzhi

/// Which pool each unit belongs to.
@Suite("Pool index")
struct PoolIndexTests {
    let regions = [
        Region(id: "city", name: "示例市", level: .city),
        Region(id: "a", name: "甲县", level: .county, parent: "city"),
        Region(id: "a1", name: "甲县一镇", level: .township, parent: "a"),
        Region(id: "b", name: "乙县", level: .county, parent: "city"),
        Region(id: "b1", name: "乙县一镇", level: .township, parent: "b"),
    ]
    let kinds = [QuotaKind(id: "admin", name: "行政编制"), QuotaKind(id: "inst", name: "事业编制")]

    func unit(_ id: String, _ region: String, _ kind: String = "admin", quota: Int = 10) -> OrgUnit {
        OrgUnit(id: id, name: id, department: "", region: region, kind: kind, quota: quota, headcount: quota)
    }

    @Test("without declarations every county and the city level get default pools")
    func defaultPools() {
        let scenario = Scenario(
            metadata: .init(name: "t"), kinds: kinds, regions: regions,
            units: [unit("b1u", "b1"), unit("cu", "city"), unit("a1u", "a1", "inst"), unit("au", "a"), unit("a1v", "a1")])
        let index = PoolIndex(scenario: scenario)
        #expect(index.pools.map(\.key) == ["admin@city", "admin@a", "admin@b", "inst@a"])
        #expect(index.poolOfUnit == [2, 0, 3, 1, 1])
        #expect(index.pools[1].units == [3, 4])
        #expect(index.pools[1].currentTotal == 20)
        #expect(index.pools[1].spec == nil)
        #expect(index.pools[1].reserveLimit == 0)
    }

    @Test("the nearest declared scope at or above the unit wins")
    func nearestDeclaredScope() {
        let scenario = Scenario(
            metadata: .init(name: "t"), kinds: kinds, regions: regions,
            units: [unit("a1u", "a1"), unit("au", "a"), unit("b1u", "b1"), unit("cu", "city")],
            pools: [
                PoolSpec(kind: "admin", scope: "city", reserve: .unlimited),
                PoolSpec(kind: "admin", scope: "a1", total: 9, reserve: .upTo(2)),
            ])
        let index = PoolIndex(scenario: scenario)
        #expect(index.pools.map(\.key) == ["admin@city", "admin@a1"])
        // 乙县 has no pool of its own: the city's declared pool covers it.
        #expect(index.poolOfUnit == [1, 0, 0, 0])
        #expect(index.pools[0].reserveLimit == nil)
        #expect(index.pools[1].total == 9)
        #expect(index.pools[1].reserveLimit == 2)
    }

    @Test("the region tree answers levels, ancestors and subtrees, and survives a cycle")
    func regionTree() {
        let tree = RegionTree(regions: regions + [
            Region(id: "x", name: "x", level: .township, parent: "y"),
            Region(id: "y", name: "y", level: .county, parent: "x"),
        ])
        #expect(tree.ancestors(of: "a1") == ["a", "city"])
        #expect(tree.isInSubtree("b1", of: "city"))
        #expect(!tree.isInSubtree("b1", of: "a"))
        #expect(tree.level(of: "b") == .county)
        #expect(tree.ancestors(of: "x") == ["y"])
    }
}
