@testable import Bianzhi
import Foundation
import Testing

/// The measured value of one quota more or less (pool totals and channel caps moved by one,
/// the block re-solved) against the LP duals, on the shipped scenarios; and the infeasible
/// scenario's conflict and ways out, each checked by re-solving.
@Suite("Explain: measured one quota more or less, shipped scenarios")
struct ExplainMarginalTests {
    typealias F = Fixtures

    func explain(_ path: String, threads: Int = 1, measureLimit: Int = 200) throws -> (Scenario, Explanation) {
        let scenario = try Repository.load(path)
        return (scenario, try Explainer(threads: threads, measureLimit: measureLimit).explain(scenario))
    }

    static func close(_ a: Double?, _ b: Double) -> Bool {
        guard let a else { return false }
        return abs(a - b) < 1e-9
    }

    /// small.yaml: the 行政编制 LP dual is −49.9, the left end of [−49.9, −10.1]. One quota more
    /// goes to 县发改局 (−10 shortfall, −0.1 move); one quota less comes from 西河乡党政办
    /// (+30 shortfall, +20 soft floor, −0.1 move).
    @Test func smallAdminPoolIsMeasuredBothWays() throws {
        let (_, e) = try explain("Scenarios/small.yaml")
        let admin = try #require(e.poolValues.first { $0.pool == "admin@sx" })
        #expect(admin.dual == -49.9)
        let more = try #require(admin.plusOne), less = try #require(admin.minusOne)
        #expect(Self.close(more.objectiveChange, -10.1))
        #expect(more.shifts == [QuotaShift(kind: .unit, id: "sx-fgj", name: "县发改局", amount: 1)])
        #expect(more.summary == "goes to 县发改局")
        #expect(Self.close(less.objectiveChange, 49.9))
        #expect(less.shifts == [QuotaShift(kind: .unit, id: "xh-dzb", name: "西河乡党政办", amount: -1)])
        #expect(less.summary == "taken from 西河乡党政办")
        let (left, right) = admin.differences
        #expect(Self.close(left, -49.9) && Self.close(right, -10.1))
        #expect(admin.dualWithinDifferences == true)
        #expect(admin.meaning.hasPrefix("one quota more lowers the objective by 10.1 (goes to 县发改局); one quota less raises the objective by 49.9 (taken from 西河乡党政办)"))
        #expect(e.poolValuesNote == nil)

        let text = ExplanationRenderer(e).render()
        #expect(text.contains("示例县 行政编制     +1      -10.1  goes to 县发改局"))
        #expect(text.contains("-1      +49.9  taken from 西河乡党政办    within [-49.9, -10.1]"))
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 100, "too wide: \(line)")
        }
    }

    /// The check: on county.yaml every pool's LP dual lies within the finite
    /// differences, and the block-only re-solve on adjusted data gives the same numbers as
    /// rebuilding and re-solving the whole scenario.
    @Test func countyDualsLieWithinMeasuredDifferences() throws {
        let (scenario, e) = try explain("Scenarios/county.yaml")
        #expect(e.poolValues.count == 3)
        let data = ProblemData(scenario: scenario)
        let base = try #require(try DualAnalysis.objective(data, poolTotal: 0, delta: 0))
        for (p, value) in e.poolValues.enumerated() {
            #expect(value.pool == ExplainNaming(data: data).poolKey(p))
            let (left, right) = value.differences
            let l = try #require(left, "\(value.pool): no left difference"), r = try #require(right, "\(value.pool): no right difference")
            #expect(l - 1e-6 <= value.dual && value.dual <= r + 1e-6, "\(value.pool): dual \(value.dual) outside [\(l), \(r)]")
            #expect(value.dualWithinDifferences == true)
            for delta in [-1, 1] {
                let whole = try #require(try DualAnalysis.objective(data, poolTotal: p, delta: delta))
                let measured = delta > 0 ? r : -l
                #expect(abs((whole - base) - measured) < 1e-6, "\(value.pool) \(delta): whole \(whole - base) vs block \(measured)")
                // The adjusted data is the rebuilt data, bound for bound.
                let fast = try #require(data.movingPoolTotal(p, by: delta))
                let rebuilt = try #require(DualAnalysis.withPoolTotal(data, pool: p, delta: delta))
                #expect(fast.bounds == rebuilt.bounds)
                #expect(fast.pools.pools.map(\.total) == rebuilt.pools.pools.map(\.total))
            }
            // Where the quota goes is one unit (or the reserve), not a reshuffle of ties.
            #expect(value.plusOne?.shifts.count == 1)
            #expect(value.minusOne?.shifts.count == 1)
        }
        let text = ExplanationRenderer(e).render()
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= 100, "too wide: \(line)")
        }
    }

    /// With a cap of one pool, only the pool with the largest |dual| is measured, and the
    /// explanation says so.
    @Test func measuringIsCapped() throws {
        let (_, e) = try explain("Scenarios/small.yaml", measureLimit: 1)
        #expect(e.poolValues.map { $0.plusOne != nil } == [true, false])
        #expect(e.poolValues[1].minusOne == nil)
        #expect(e.poolValuesNote == "measured for the 1 of 2 pools with the largest |LP dual|; the others show the LP dual only")
        let text = ExplanationRenderer(e).render()
        #expect(text.contains("not measured"))
        #expect(text.contains("Measured: measured for the 1 of 2 pools"))
    }

    /// JSON carries the measured numbers, round-trips and is the same with one thread or two.
    @Test func jsonCarriesMeasuredNumbersDeterministically() throws {
        let (_, one) = try explain("Scenarios/small.yaml", threads: 1)
        let (_, two) = try explain("Scenarios/small.yaml", threads: 2)
        let json = ExplanationRenderer.json(one)
        #expect(json == ExplanationRenderer.json(two))
        #expect(json.contains("\"objectiveChange\" : -10.1"))
        #expect(json.contains("\"objectiveChange\" : 49.9"))
        let back = try JSONDecoder().decode(Explanation.self, from: Data(json.utf8))
        #expect(back == one)
    }

    /// A channel at its cap: one more quota of cap sends one more from C (5 above need) to T
    /// (4 short): shortfall −10, excess −1, moves +0.2 → −10.8; one less undoes it.
    @Test func channelCapIsMeasured() throws {
        let s = F.county(
            units: [F.unit("C", quota: 10, headcount: 5, need: 5), F.unit("T", quota: 2, headcount: 2, need: 6, region: "t1")],
            pools: [PoolSpec(kind: "admin", scope: "c"), PoolSpec(kind: "admin", scope: "t1")],
            channels: [Channel(kind: "admin", from: "c", to: "t1", cap: 1)])
        let e = try Explainer(threads: 1).explain(s)
        let channel = try #require(e.channelValues.first)
        #expect(channel.flow == 1 && channel.cap == 1)
        #expect(Self.close(channel.plusOne?.objectiveChange, -10.8))
        #expect(Self.close(channel.minusOne?.objectiveChange, 10.8))
        #expect(channel.plusOne?.shifts.map(\.amount) == [1, 1, -1])
        let rc = channel.reducedCost
        #expect(rc >= -10.8 - 1e-6 && rc <= -10.8 + 1e-6)
        #expect(channel.meaning.hasPrefix("at its cap; one quota of cap more lowers the objective by 10.8"))
        #expect(ExplanationRenderer(e).render().contains("Value of one quota more or less of cap per channel:"))
    }

    /// infeasible.yaml: the three rule groups and the ways out by 4, each enough alone (and 3
    /// not enough), checked by re-solving with the rule relaxed by the amount.
    @Test func infeasibleScenarioNamesTheConflictAndWaysOutThatWork() throws {
        let scenario = try Repository.load("Scenarios/infeasible.yaml")
        let e = try Explainer(threads: 1).explain(scenario)
        #expect(!e.feasible)
        // The exact share-floor check already proves it (floor 30 + other floors 48 > 74).
        #expect(e.checks.map(\.kind) == [.shareFloorExceedsTotal])
        #expect(e.checks.first?.shortBy == 4)
        #expect(e.conflicts.count == 1)
        let groups = e.conflicts[0].groups
        #expect(groups.map(\.kind) == [.noDismissals, .priorityFloor, .shareFloor])
        #expect(groups.map(\.id) == ["admin@bl", "重点领域", "乡镇行政编制占比"])
        #expect(groups.map(\.name) == [
            "the no-dismissal floors of 北岭县 行政编制 (不裁减在编人员)",
            "the priority floors of 重点领域 (needFloor 1, 重点保障下限)",
            "the share floor 乡镇行政编制占比 (≥ 30 quotas)",
        ])
        let rules = e.waysOut.filter { !$0.changesTotals }
        #expect(rules.count == 3)
        #expect(rules.allSatisfy { $0.relax.count == 1 && $0.relax[0].amount == 4 && $0.quotas == 4 })
        #expect(Set(rules.map { $0.relax[0].group.kind }) == [.noDismissals, .priorityFloor, .shareFloor])
        let totals = e.waysOut.filter(\.changesTotals)
        #expect(totals.count == 1 && totals[0].quotas == 4)

        func feasible(_ s: Scenario) throws -> Bool { try Explainer(threads: 1).explain(s).feasible }
        // The share floor lowered to 30 − k quotas, through the share the advice prints.
        let floorWay = try #require(rules.first { $0.relax[0].group.kind == .shareFloor })
        #expect(floorWay.relax[0].advice.contains("from 30 to 26 (floor ≤ 0.3513 of 74)"))
        func withFloor(_ share: Double) -> Scenario {
            var s = scenario
            s.shareFloors[0].floor = .share(share)
            return s
        }
        #expect(try feasible(withFloor(0.3513)))          // ⌈0.3513 × 74⌉ = 26
        #expect(try !feasible(withFloor(27.0 / 74.0)))    // 27: one short

        // 县应急管理局's priority floor ⌈needFloor × 12⌉ lowered from 12 by k.
        let priorityWay = try #require(rules.first { $0.relax[0].group.kind == .priorityFloor })
        #expect(priorityWay.relax[0].units == [UnitAmount(id: "bl-yjj", name: "县应急管理局", amount: -4)])
        func withPriorityFloor(_ quotas: Int) -> Scenario {
            var s = scenario
            let i = s.priorities.firstIndex { $0.tag == "重点领域" }!
            s.priorities[i].needFloor = Double(quotas) / 12
            return s
        }
        #expect(try feasible(withPriorityFloor(8)))
        #expect(try !feasible(withPriorityFloor(9)))

        // 县委办 4 below its no-dismissal floor: as the advice says, through expected attrition.
        let dismissalWay = try #require(rules.first { $0.relax[0].group.kind == .noDismissals })
        #expect(dismissalWay.relax[0].units == [UnitAmount(id: "bl-xwb", name: "县委办", amount: -4)])
        func withAttrition(_ k: Int) -> Scenario {
            var s = scenario
            let u = s.units.firstIndex { $0.id == "bl-xwb" }!
            s.units[u].attrition = k
            return s
        }
        #expect(try feasible(withAttrition(4)))
        #expect(try !feasible(withAttrition(3)))

        // Outside the rules: 4 more quotas of total (a what-if at the model level).
        let data = ProblemData(scenario: scenario)
        #expect(try DualAnalysis.objective(data, poolTotal: 0, delta: 4) != nil)
        #expect(try DualAnalysis.objective(data, poolTotal: 0, delta: 3) == nil)

        let text = ExplanationRenderer(e).render()
        #expect(text.contains("Conflict 1 of 1 (block 1: admin@bl):\n  these 3 rule groups cannot all hold together"))
        #expect(text.contains("3. lower the share floor 乡镇行政编制占比 by 4 quotas, from 30 to 26"))
        #expect(text.components(separatedBy: "北岭县乡镇编制占比（不可行示例）").count == 2)
        #expect(!ExplanationRenderer(e).render(showingScenario: false).contains("北岭县乡镇编制占比（不可行示例）"))
    }
}
