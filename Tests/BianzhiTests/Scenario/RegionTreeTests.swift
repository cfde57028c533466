import Testing
@testable import Bianzhi
import SeededRandom

@Suite("Region tree")
struct RegionTreeTests {
    /// `nearestAtOrAbove` (one pass over all regions) answers as a walk per region does, on
    /// random forests with unknown parents; regions on or above a cycle get an answer too
    /// (never a hang), which the validator's cycle error makes moot.
    @Test func nearestAtOrAboveMatchesAWalkPerRegion() {
        var random = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let count = random.int(1...40)
            let regions = (0..<count).map { i in
                Region(
                    id: "r\(i)", name: "r\(i)", level: random.pick(Level.allCases),
                    parent: random.chance(0.15) ? nil : "r\(random.int(0...(count + 2)))", location: nil)
            }
            let tree = RegionTree(regions: regions)
            let wanted = random.pick(Level.allCases)
            let answers = tree.nearestAtOrAbove { regions[$0].level == wanted }
            for (i, region) in regions.enumerated() {
                let chain = tree.selfAndAncestors(of: region.id)
                let onCycle = chain.last.flatMap { tree.region($0)?.parent }.map { parent in chain.contains(parent) } ?? false
                guard !onCycle else { continue }
                #expect(answers[i].map { regions[$0].id } == tree.nearest(wanted, atOrAbove: region.id))
            }
        }
    }
}
