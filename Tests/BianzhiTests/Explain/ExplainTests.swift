import Bianzhi
import Foundation
import Testing

/// Explanations of infeasible and feasible scenarios built so that the answer is known.
@Suite("Explain: conflicts, ways out, duals and units")
struct ExplainTests {
    typealias F = Fixtures

    func explain(_ scenario: Scenario, unit: String? = nil) throws -> Explanation {
        try Explainer(threads: 1).explain(scenario, unitID: unit)
    }

    func township(_ floor: Double, name: String = "乡镇行政编制占比") -> ShareFloor {
        ShareFloor(name: name, scope: "c", kind: "admin", selector: UnitSelector(level: .township), floor: .share(floor))
    }

    /// One group: the township floor measured on today's total (`base: current`,
    /// ⌈1.0 × 100⌉ = 100) cannot fit a total cut to 90, whatever else holds (nobody has staff,
    /// so no other floor binds). Measured on the new total (the default) it asks 90 and holds.
    @Test func oneGroupConflictIsNamedWithItsAmount() throws {
        var floor = township(1.0)
        floor.base = .current
        let s = F.county(
            units: [F.unit("C1", quota: 60, headcount: 0), F.unit("T1", quota: 40, headcount: 0, region: "t1")],
            pools: [PoolSpec(kind: "admin", scope: "c", total: 90)],
            shareFloors: [floor])
        let e = try explain(s)
        #expect(!e.feasible)
        #expect(e.checks.map(\.kind) == [.shareFloorAboveMaximum])
        #expect(try #require(e.checks.first).shortBy == 10)
        #expect(e.conflicts.count == 1)
        #expect(e.conflicts[0].groups.map(\.kind) == [.shareFloor])
        let rules = e.waysOut.filter { !$0.changesTotals }
        #expect(rules.count == 1)
        #expect(rules[0].relax.map(\.group.kind) == [.shareFloor])
        #expect(rules[0].relax[0].amount == 10)
        #expect(rules[0].relax[0].advice.contains("from 100 to 90"))
        // Removing the named rule makes it feasible.
        var fixed = s
        fixed.shareFloors = []
        #expect(try explain(fixed).feasible)
        var onNewTotal = s
        onNewTotal.shareFloors[0].base = .new
        #expect(try explain(onNewTotal).feasible)
    }

    /// Two groups together: C1's priority floor (60) and the township floor (50) each fit in
    /// 100, not both. Either one gives way by 10. (Need protection off: it would hold C1 at 60
    /// as well, see NeedProtectionTests.)
    @Test func twoGroupsTogetherAndEitherWayOut() throws {
        let s = F.county(
            units: [
                F.unit("C1", quota: 60, headcount: 0, need: 60, tags: ["重点"]),
                F.unit("T1", quota: 40, headcount: 0, region: "t1"),
            ],
            rules: Rules(protectNeed: .off),
            priorities: [PriorityClass(tag: "重点", needFloor: 1.0)],
            shareFloors: [township(0.5)])
        let e = try explain(s)
        #expect(!e.feasible)
        #expect(e.checks.count == 1)
        #expect(e.checks[0].message.contains("needs 10 more quotas than the total leaves after the priority floors"))
        #expect(Set(e.conflicts.flatMap(\.groups).map(\.kind)) == [.priorityFloor, .shareFloor])
        let rules = e.waysOut.filter { !$0.changesTotals }
        #expect(rules.count == 2)
        #expect(rules.allSatisfy { $0.relax.count == 1 && $0.relax[0].amount == 10 })
        #expect(Set(rules.map { $0.relax[0].group.kind }) == [.priorityFloor, .shareFloor])
        let priority = try #require(rules.first { $0.relax[0].group.kind == .priorityFloor })
        #expect(priority.relax[0].units == [UnitAmount(id: "C1", name: "C1", amount: -10)])
        // A larger total must pay for the floor growing with it (measured on the new total):
        // 60 + ⌈0.5 × (100 + k)⌉ ≤ 100 + k first holds at k = 20.
        #expect(e.waysOut.contains { $0.changesTotals && $0.quotas == 20 })

        var noFloor = s
        noFloor.shareFloors = []
        #expect(try explain(noFloor).feasible)
        var noPriority = s
        noPriority.priorities = []
        #expect(try explain(noPriority).feasible)
    }

    /// Two share floors overlap nowhere but together exceed the total: no exact check sees
    /// it, the solver says infeasible and the elastic re-solve names both floors.
    @Test func conflictOnlyTheElasticSolveFinds() throws {
        let s = F.county(
            units: [
                F.unit("C1", quota: 50, headcount: 0, tags: ["police"]),
                F.unit("T1", quota: 50, headcount: 0, region: "t1"),
            ],
            shareFloors: [
                township(0.6),
                ShareFloor(name: "派出所占比", scope: "c", kind: "admin", selector: UnitSelector(tag: "police"), floor: .share(0.5)),
            ])
        let e = try explain(s)
        #expect(!e.feasible)
        #expect(e.checks.isEmpty)
        #expect(e.conflicts.count == 1)
        #expect(e.conflicts[0].groups.map(\.id) == ["乡镇行政编制占比", "派出所占比"])
        let rules = e.waysOut.filter { !$0.changesTotals }
        #expect(rules.count == 2)
        #expect(rules.allSatisfy { $0.quotas == 10 })

        // solve reports infeasible, and the same explanation is available from its data.
        let out = try solve(s)
        #expect(out.result.status == "infeasible")
        let fromSolve = try Explainer(threads: 1).explainInfeasible(out.data)
        #expect(fromSolve.conflicts == e.conflicts)
        #expect(ExplanationRenderer(fromSolve).render().contains("Ways out"))
    }

    /// The exact per-pool check: no-dismissal floors 10 + 10 against a total of 15.
    @Test func exactPoolCheckNamesAmountsUnitsAndRules() throws {
        let s = F.county(
            units: [F.unit("A", quota: 10, headcount: 10), F.unit("B", quota: 10, headcount: 10)],
            pools: [PoolSpec(kind: "admin", scope: "c", total: 15)])
        let e = try explain(s)
        #expect(!e.feasible)
        #expect(e.checks.count == 1)
        let check = e.checks[0]
        #expect(check.kind == .poolFloorsExceedTotal)
        #expect(check.required == 20 && check.available == 15 && check.shortBy == 5)
        #expect(check.message == "the hard floors of the units of 测试县 行政编制 add up to 20, 5 more than the pool can hold (15: total 15); by rule: no dismissals (2 units) 20")
        #expect(check.units.map(\.id) == ["A", "B"])
        #expect(e.conflicts.first?.groups.map(\.kind) == [.noDismissals])
        #expect(e.waysOut.first?.quotas == 5)
    }

    /// A priority floor above the unit's change-limited maximum.
    @Test func exactPriorityFloorCheck() throws {
        let s = F.county(
            units: [F.unit("A", quota: 10, headcount: 0, need: 20, tags: ["重点"]), F.unit("B", quota: 30, headcount: 0)],
            rules: Rules(maxChange: ChangeLimit(atMost: 2)),
            priorities: [PriorityClass(tag: "重点", needFloor: 1.0)])
        let e = try explain(s)
        #expect(e.checks.first?.kind == .priorityFloorAboveMaximum)
        #expect(e.checks.first?.shortBy == 8)
        #expect(e.checks.first?.message.contains("is 8 above the unit's maximum 12, set by change limit (quota 10 + 2 = 12)") == true)
    }

    /// Pool duals lie between the finite differences of re-solving with one quota less and one
    /// more (one more bypasses the validator: a what-if, not a plan).
    @Test(arguments: [0, 1, 2])
    func dualsAgreeWithFiniteDifferences(_ variant: Int) throws {
        let scenarios: [Scenario] = [
            F.county(units: [
                F.unit("A", quota: 10, headcount: 6, need: 6), F.unit("B", quota: 4, headcount: 4, need: 8),
                F.unit("C", quota: 6, headcount: 3, need: 5, region: "t1"),
            ]),
            F.county(
                units: [
                    F.unit("A", quota: 12, headcount: 9, need: 7), F.unit("B", quota: 4, headcount: 4, need: 9, tags: ["基层一线"]),
                    F.unit("C", quota: 6, headcount: 6, need: 8, region: "t1"),
                ],
                pools: [PoolSpec(kind: "admin", scope: "c", total: 20)],
                priorities: [PriorityClass(tag: "基层一线", weight: 3)]),
            F.county(
                units: [
                    F.unit("A", quota: 30, headcount: 20, need: 20), F.unit("B", quota: 10, headcount: 10, need: 14),
                    F.unit("T", quota: 8, headcount: 8, need: 12, region: "t2"),
                ],
                pools: [PoolSpec(kind: "admin", scope: "c", total: 46, reserve: .upTo(3))],
                rules: Rules(maxChange: ChangeLimit(atMost: 5))),
        ]
        let s = scenarios[variant]
        let e = try explain(s)
        #expect(e.feasible)
        let data = ProblemData(scenario: s)
        let base = try #require(try DualAnalysis.objective(data, poolTotal: 0, delta: 0))
        #expect(abs(base - (e.objective ?? .nan)) < 1e-6)
        let dual = try #require(e.poolValues.first?.dual)
        if let less = try DualAnalysis.objective(data, poolTotal: 0, delta: -1) {
            #expect(base - less <= dual + 1e-6, "left difference \(base - less) vs dual \(dual)")
        }
        if let more = try DualAnalysis.objective(data, poolTotal: 0, delta: 1) {
            #expect(dual <= more - base + 1e-6, "right difference \(more - base) vs dual \(dual)")
        }
    }

    /// A is held at its change-limit floor 8 with 2 above need; with a floor of 7 it would give
    /// one more to the units that are short.
    @Test func unitAtABoundIsExplained() throws {
        let s = F.county(
            units: [
                F.unit("A", quota: 10, headcount: 6, need: 6), F.unit("B", quota: 4, headcount: 4, need: 8),
                F.unit("D", quota: 2, headcount: 0, need: 4, region: "t1"),
            ],
            rules: Rules(maxChange: ChangeLimit(atMost: 2)))
        let e = try explain(s, unit: "A")
        let unit = try #require(e.unit)
        #expect(unit.newQuota == 8)
        #expect(unit.position == .lower)
        #expect(unit.lowerRule == .changeLimit)
        #expect(unit.reasons[0] == "it is held at its lower bound 8 by change limit (quota 10 − 2 = 8)")
        #expect(unit.reasons[1].contains("it keeps 2 above its need 6"))
        #expect(unit.whatIf[0].newQuota == 7)
        #expect(unit.whatIf[0].message.hasPrefix("if its lower bound (the change limit) were 7: A would get 7 instead of 8"))
        let text = ExplanationRenderer(e).render()
        #expect(text.contains("Unit A (A), pool 测试县 行政编制:"))
        #expect(text.contains("Rules that bind (relaxing it by one quota changes the objective; each re-solved):\n  Cut as far as the change limit allows"))
        #expect(e.bindingRules.contains { $0.message == "Cut as far as the change limit allows, and the rule binds (relaxing it by one quota changes the objective), 1 unit: A 8" })
        // D sits at its change-limit ceiling 4 = its need: a fifth quota would be excess, so
        // the rule does not bind there; B sits at its no-dismissal floor 4, short of need.
        let upper = try #require(e.bindingRules.first { $0.rule == .changeLimit && $0.side == .upper })
        #expect(upper.binding == false)
        #expect(upper.units.map(\.id) == ["D"])
        let lower = try #require(e.bindingRules.first { $0.rule == .changeLimit && $0.side == .lower })
        #expect(lower.binding == true)
    }

    @Test func unknownUnitIsAUsageError() throws {
        let s = F.county(units: [F.unit("A", quota: 10, headcount: 6)])
        #expect(throws: ExplainError.self) { try explain(s, unit: "nope") }
    }

    @Test func jsonRoundTrip() throws {
        let infeasible = try explain(F.county(
            units: [F.unit("A", quota: 10, headcount: 10), F.unit("B", quota: 10, headcount: 10)],
            pools: [PoolSpec(kind: "admin", scope: "c", total: 15)]))
        let feasible = try explain(F.county(
            units: [F.unit("A", quota: 10, headcount: 6, need: 6), F.unit("B", quota: 4, headcount: 4, need: 8)],
            rules: Rules(maxChange: ChangeLimit(atMost: 2))), unit: "B")
        for e in [infeasible, feasible] {
            let json = ExplanationRenderer.json(e)
            let back = try JSONDecoder().decode(Explanation.self, from: Data(json.utf8))
            #expect(back == e)
        }
    }
}
