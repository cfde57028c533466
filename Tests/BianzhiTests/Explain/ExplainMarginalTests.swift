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

    /// small.yaml: every admin unit sits at its floor (Σ lower 29 = the total). One quota more
    /// goes to 西河乡党政办 (−30 shortfall, −20 soft floor, +0.1 move → −49.9); one quota less is
    /// impossible: need protection, the priority floors and the change limit hold every unit.
    /// The LP dual −49.9 lies within [−∞, −49.9].
    @Test func smallAdminPoolIsMeasuredBothWays() throws {
        let (_, e) = try explain("Scenarios/small.yaml")
        let admin = try #require(e.poolValues.first { $0.pool == "admin@sx" })
        #expect(admin.dual == -49.9)
        let more = try #require(admin.plusOne), less = try #require(admin.minusOne)
        #expect(Self.close(more.objectiveChange, -49.9))
        #expect(more.shifts == [QuotaShift(kind: .unit, id: "xh-dzb", name: "西河乡党政办", amount: 1)])
        #expect(more.summary == "goes to 西河乡党政办")
        #expect(less.objectiveChange == nil)
        #expect(less.summary == "not possible: the rules could not all hold")
        let (left, right) = admin.differences
        #expect(left == nil && Self.close(right, -49.9))
        #expect(admin.dualWithinDifferences == true)
        #expect(admin.meaning.hasPrefix("one quota more lowers the objective by 49.9 (goes to 西河乡党政办); one quota less: not possible"))
        #expect(e.poolValuesNote == nil)

        let text = ExplanationRenderer(e).render()
        #expect(text.contains("示例县 行政编制     +1      -49.9  goes to 西河乡党政办"))
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
                // Share floors on the new total move with it (⌈0.4 × (892 ± 1)⌉ …), as rebuilt.
                #expect(fast.floors == rebuilt.floors)
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
        #expect(json.contains("\"objectiveChange\" : -49.9"))
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

    /// infeasible.yaml, worked by hand with need protection on (the default). The county must
    /// end at ≤ 74 − 30 = 44 for the townships' floor ⌈0.4 × 74⌉ = 30. Floors at the county:
    /// 县委办 no dismissals 20 (need protection min(20, 16) = 16), 县政府办 no dismissals 16
    /// (need protection 15, change limit 16), 县应急管理局 priority floor 12 (need protection
    /// min(10, ⌈12⌉) = 10, no dismissals 8, change limit 8). Two minimal conflicts:
    /// - no dismissals + need protection + share floor: 20 + 16 + 10 = 46 > 44 (without no
    ///   dismissals 16 + 16 + 10 = 42 under the change limit; without need protection 36);
    /// - no dismissals + priority floor + share floor: 20 + 16 + 12 = 48 > 44.
    /// (Need protection + priority floor + share floor holds: 16 + 16 + 12 = 44.) The two share
    /// no dismissals and the share floor, so each one's ways out keep the other's rules:
    /// no dismissals by 4 (县委办 20 → 16: 16 + 16 + 12 = 44) or the share floor by 4, the same
    /// two for both; need protection or the priority floor alone frees nothing (the other one
    /// still holds 县应急管理局), so neither is a way out.
    @Test func infeasibleScenarioNamesTheConflictAndWaysOutThatWork() throws {
        let scenario = try Repository.load("Scenarios/infeasible.yaml")
        let e = try Explainer(threads: 1).explain(scenario)
        #expect(!e.feasible)
        // The exact share-floor check already proves it (floor 30 + other floors 48 > 74).
        #expect(e.checks.map(\.kind) == [.shareFloorExceedsTotal])
        #expect(e.checks.first?.shortBy == 4)
        #expect(e.conflicts.count == 2)
        #expect(e.conflicts.map(\.groups).map { $0.map(\.kind) } == [
            [.noDismissals, .needProtection, .shareFloor], [.noDismissals, .priorityFloor, .shareFloor],
        ])
        #expect(e.conflicts[1].groups.map(\.id) == ["admin@bl", "重点领域", "乡镇行政编制占比"])
        #expect(e.conflicts.map(\.groups).flatMap { $0.map(\.name) } == [
            "the no-dismissal floors of 北岭县 行政编制",
            "the need-protection floors of 北岭县 行政编制",
            "the share floor 乡镇行政编制占比 (≥ 30 quotas)",
            "the no-dismissal floors of 北岭县 行政编制",
            "the priority floors of 重点领域 (needFloor 1)",
            "the share floor 乡镇行政编制占比 (≥ 30 quotas)",
        ])
        let rules = e.waysOut.filter { !$0.changesTotals }
        #expect(rules.map(\.conflict) == [0, 0, 1, 1])
        #expect(rules.allSatisfy { $0.relax.count == 1 && $0.relax[0].amount == 4 && $0.quotas == 4 })
        for k in 0..<2 {
            #expect(Set(rules.filter { $0.conflict == k }.map { $0.relax[0].group.kind }) == [.noDismissals, .shareFloor])
        }
        let totals = e.waysOut.filter(\.changesTotals)
        // No larger total helps: the floor grows with the total it is measured on (base: new),
        // ⌈0.4 × (74 + k)⌉ ≤ 30 (the townships' change limits) needs k ≤ 1, the other units'
        // floors need k ≥ 6.
        #expect(totals.isEmpty)

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

        // 县应急管理局's priority floor lowered from 12 to 8: still infeasible, need protection
        // keeps it at min(10, ⌈12⌉) = 10; with protection off the same change is a way out.
        func withPriorityFloor(_ quotas: Int, protectNeed: NeedProtection = .hard) -> Scenario {
            var s = scenario
            let i = s.priorities.firstIndex { $0.tag == "重点领域" }!
            s.priorities[i].needFloor = Double(quotas) / 12
            s.rules.protectNeed = protectNeed
            return s
        }
        #expect(try !feasible(withPriorityFloor(8)))
        #expect(try feasible(withPriorityFloor(8, protectNeed: .off)))
        #expect(try !feasible(withPriorityFloor(9, protectNeed: .off)))

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

        // Outside the rules: no what-if total at the model level is feasible either.
        let data = ProblemData(scenario: scenario)
        for k in 1...10 { #expect(try DualAnalysis.objective(data, poolTotal: 0, delta: k) == nil) }

        let text = ExplanationRenderer(e).render()
        #expect(text.contains("Conflict 1 of 2 (block 1: admin@bl):\n  these 3 rule groups cannot all hold together"))
        #expect(text.contains("These conflicts share rules"))
        #expect(text.contains("2. lower the share floor 乡镇行政编制占比 by 4 quotas, from 30 to 26"))
        #expect(text.components(separatedBy: "北岭县乡镇编制占比（不可行示例）").count == 2)
        #expect(!ExplanationRenderer(e).render(showingScenario: false).contains("北岭县乡镇编制占比（不可行示例）"))

        // In Chinese: the frame and the rule groups and ways out (the catalogue's words).
        let chinese = ExplanationRenderer(try Explainer(threads: 1, language: .zh).explain(scenario), language: .zh).render()
        #expect(chinese.contains("冲突 1/2（分块 1：admin@bl）：\n  以下 3 组规则无法同时满足"))
        #expect(chinese.contains("  - 北岭县 行政编制的不从缺编单位调出的下限\n"))
        #expect(chinese.contains("2. 把占比下限“乡镇行政编制占比”降低 4 名，从 30 到 26（占比不高于 74 的 0.3513），或改为软约束（`hard: false`）。"))
    }
}
