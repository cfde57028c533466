import Testing
@testable import Bianzhi

/// The hard bounds of a unit's new quota and the rule named for each.
@Suite("Unit bounds")
struct UnitBoundsTests {
    /// One county, one kind, the given units; pool total = their current sum.
    func bounds(_ units: [OrgUnit], rules: Rules = Rules(), priorities: [PriorityClass] = []) -> [UnitBounds] {
        let scenario = Scenario(
            metadata: .init(name: "t"), kinds: [QuotaKind(id: "admin", name: "行政编制")],
            regions: [Region(id: "cs", name: "测试县", level: .county)], units: units, rules: rules,
            priorities: priorities)
        return UnitBounds.compute(for: scenario, pools: PoolIndex(scenario: scenario))
    }

    func unit(_ q: Int, _ h: Int, attrition: Int? = nil, need: Double? = nil, tags: [String] = []) -> OrgUnit {
        OrgUnit(id: "u\(q)-\(h)", name: "单位", department: "", region: "cs", kind: "admin", quota: q, headcount: h,
             attrition: attrition, need: need, tags: tags)
    }

    @Test("an empty unit is bounded below by zero and above by the pool total")
    func zeroAndPoolTotal() {
        let b = bounds([unit(10, 0), unit(5, 5)])
        #expect(b[0].withoutTerms == UnitBounds(lower: 0, upper: 15, lowerReason: .zero, upperReason: .poolTotal, attrition: 0))
        #expect(b[0].lowerTerms == [])
        #expect(b[0].upperTerms == [BoundTerm(reason: .poolTotal, value: 15)])
    }

    @Test("no dismissals: quota may fall only to headcount − attrition")
    func noDismissals() {
        // No attrition is assumed by default: the floor is the headcount.
        let none = bounds([unit(50, 40), unit(10, 0)])
        #expect(none[0].lower == 40)
        #expect(none[0].attrition == 0)
        // Declared: attrition ⌊40 × 0.03⌋ = 1.
        let b = bounds([unit(50, 40), unit(10, 0)], rules: Rules(attritionRate: 0.03))
        #expect(b[0].lower == 39)
        #expect(b[0].lowerReason == .noDismissals)
        #expect(b[0].attrition == 1)
        // `noDismissals: strict` ignores the attrition.
        let strict = bounds([unit(50, 40), unit(10, 0)], rules: Rules(strictNoDismissals: true, attritionRate: 0.03))
        #expect(strict[0].lower == 40)
        #expect(strict[0].attrition == 0)
    }

    @Test("need protection: min(quota, ⌈need⌉), hard by default; soft keeps it out of the bound")
    func needProtection() {
        // q 20 h 5 need 17.2 → ⌈17.2⌉ = 18; q 10 need 30 → 10 (the whole quota).
        let units = [unit(20, 5, need: 17.2), unit(10, 0, need: 30), unit(8, 0, need: 0.4), unit(6, 0)]
        let b = bounds(units)
        #expect(b.map(\.lower) == [18, 10, 1, 0])
        #expect(b.map(\.lowerReason) == [.needProtection, .needProtection, .needProtection, .zero])
        #expect(b.map(\.needFloor) == [18, 10, 1, nil])
        let soft = bounds(units, rules: Rules(protectNeed: .soft(penalty: 5)))
        #expect(soft.map(\.lower) == [5, 0, 0, 0])
        #expect(soft.map(\.needFloor) == [18, 10, 1, nil])
        let off = bounds(units, rules: Rules(protectNeed: .off))
        #expect(off.map(\.needFloor) == [nil, nil, nil, nil])
    }

    @Test("noCut classes, locks and a unit's own min and max, each named")
    func locksAndUnitBounds() {
        var locked = unit(12, 3)
        locked.locked = true
        var ranged = unit(20, 4)
        ranged.minQuota = 15
        ranged.maxQuota = 22
        var capped = unit(9, 9)
        capped.maxQuota = 8
        let b = bounds(
            [locked, ranged, unit(7, 2, tags: ["重点"]), capped, unit(30, 0)],
            priorities: [PriorityClass(tag: "重点", noCut: true)])
        #expect(b.map(\.lower) == [12, 15, 7, 9, 0])
        #expect(b.map(\.upper) == [12, 22, 78, 8, 78])
        #expect(b.map(\.lowerReason) == [.locked, .unitMinimum, .priorityNoCut, .noDismissals, .zero])
        #expect(b.map(\.upperReason) == [.locked, .unitMaximum, .poolTotal, .unitMaximum, .poolTotal])
        // A max below the no-dismissal floor leaves no value: the validator reports it.
        #expect(b.map(\.isEmpty) == [false, false, false, true, false])
    }

    @Test("the change limit bounds both directions")
    func changeLimit() {
        let b = bounds([unit(20, 5), unit(10, 0)], rules: Rules(maxChange: ChangeLimit(share: 0.2, atLeast: 2)))
        #expect(b[0].withoutTerms == UnitBounds(lower: 16, upper: 24, lowerReason: .changeLimit, upperReason: .changeLimit, attrition: 0, changeLimit: 4))
        // Every rule's own bound is kept, not only the tightest.
        #expect(b[0].lowerTerms == [BoundTerm(reason: .noDismissals, value: 5), BoundTerm(reason: .changeLimit, value: 16)])
        #expect(b[0].upperTerms == [BoundTerm(reason: .changeLimit, value: 24), BoundTerm(reason: .poolTotal, value: 30)])
    }

    @Test("an over-quota unit is frozen at its quota")
    func overQuotaFrozen() {
        let b = bounds([unit(10, 12, attrition: 0), unit(10, 0)], rules: Rules(maxChange: ChangeLimit(atLeast: 3)))
        #expect(b[0].upper == 10)
        #expect(b[0].upperReason == .overQuotaFrozen)
        #expect(b[0].lower == 10)
        #expect(b[0].lowerReason == .noDismissals)
    }

    @Test("a priority floor raises the lower bound: ⌈0.85 × 20⌉ = 17")
    func priorityFloor() {
        let b = bounds(
            [unit(15, 15, attrition: 0, need: 20, tags: ["基层一线"]), unit(30, 10)],
            priorities: [PriorityClass(tag: "基层一线", needFloor: 0.85, weight: 3)])
        #expect(b[0].priorityFloor == 17)
        #expect(b[0].lower == 17)
        #expect(b[0].lowerReason == .priorityFloor)
    }

    @Test("a unit in two priority classes keeps both floors: ⌈0.9 × 20⌉ = 18 and ⌈0.5 × 20⌉ = 10")
    func twoClasses() {
        let b = bounds(
            [unit(15, 0, need: 20, tags: ["重点领域", "基层一线"]), unit(30, 10)],
            priorities: [PriorityClass(tag: "重点领域", needFloor: 0.5), PriorityClass(tag: "基层一线", needFloor: 0.9)])
        #expect(b[0].lower == 18)
        // Need protection (on by default) holds it at min(quota 15, ⌈need 20⌉) = 15 too.
        #expect(b[0].lowerTerms == [
            BoundTerm(reason: .needProtection, value: 15),
            BoundTerm(reason: .priorityFloor, value: 10, priorityClass: 0),
            BoundTerm(reason: .priorityFloor, value: 18, priorityClass: 1),
        ])
        // Relaxing the class that sets 18 by one leaves 17: the other class holds only 10,
        // need protection 15.
        #expect(b[0].relaxedLower == 17)
    }

    @Test("a floor that is exactly whole is not rounded up: ⌈0.8 × 10⌉ = 8")
    func exactFloor() {
        let b = bounds(
            [unit(5, 0, need: 10, tags: ["民生短板"]), unit(30, 10)],
            priorities: [PriorityClass(tag: "民生短板", needFloor: 0.8)])
        #expect(b[0].priorityFloor == 8)
    }

    @Test("the pool total caps a unit whose pool shrinks")
    func poolTotalCaps() {
        let scenario = Scenario(
            metadata: .init(name: "t"), kinds: [QuotaKind(id: "admin", name: "行政编制")],
            regions: [Region(id: "cs", name: "测试县", level: .county)],
            units: [unit(10, 0), unit(4, 0)], pools: [PoolSpec(kind: "admin", scope: "cs", total: 8)],
            rules: Rules(maxChange: ChangeLimit(atLeast: 5)))
        let b = UnitBounds.compute(for: scenario, pools: PoolIndex(scenario: scenario))
        #expect(b[0].upper == 8)
        #expect(b[0].upperReason == .poolTotal)
        #expect(b[1].upper == 8)
        #expect(b[1].upperReason == .poolTotal)
    }
}

extension UnitBounds {
    /// The bounds without the per-rule terms (compared separately).
    var withoutTerms: UnitBounds {
        var b = self
        b.lowerTerms = []
        b.upperTerms = []
        return b
    }
}
