import Bianzhi
import Testing

/// Small scenarios whose optimum is worked out by hand in each test's comment. Default
/// weights: shortfall 10 (× priority weight), excess 1, moves 0.1 per quota.
@Suite("Hand-worked optima: every rule binds and changes the answer")
struct HandWorkedTests {
    typealias F = Fixtures

    /// A has 4 vacant quotas over its need, B is 4 short; moving 4 clears both:
    /// shortfall 0, excess 0, moves 0.1 × (4 + 4) = 0.8.
    @Test func slackMovesToTheUnitThatIsShort() throws {
        let s = F.county(units: [F.unit("A", quota: 10, headcount: 6, need: 6), F.unit("B", quota: 4, headcount: 4, need: 8)])
        let out = try solve(s)
        #expect(out.result.status == "optimal")
        #expect(out.quota("A") == 6)
        #expect(out.quota("B") == 8)
        #expect(abs(out.objective - 0.8) < 1e-9)
        #expect(out.result.transfers.map { "\($0.from)>\($0.to):\($0.amount):\($0.lane.rawValue)" } == ["A>B:4:sameRegion"])
    }

    /// Change limited to 2: A ≥ 8, B ≤ 6 → shortfall 10 × 2 + excess 2 + moves 0.4 = 22.4.
    @Test func changeLimitBinds() throws {
        let s = F.county(
            units: [F.unit("A", quota: 10, headcount: 6, need: 6), F.unit("B", quota: 4, headcount: 4, need: 8)],
            rules: Rules(maxChange: ChangeLimit(atMost: 2)))
        let out = try solve(s)
        #expect(out.quota("A") == 8)
        #expect(out.quota("B") == 6)
        #expect(abs(out.objective - 22.4) < 1e-9)
        #expect(out.result.units[0].lowerReason == "changeLimit")
    }

    /// A has 9 people and no attrition: it keeps 9, so B gets 1 → 30 + 3 + 0.2 = 33.2.
    /// Without the rule, or with 3 leaving, the answer of the first test returns.
    @Test func noDismissalsBinds() throws {
        let units = [F.unit("A", quota: 10, headcount: 9, need: 6), F.unit("B", quota: 4, headcount: 4, need: 8)]
        let bound = try solve(F.county(units: units))
        #expect(bound.quota("A") == 9)
        #expect(abs(bound.objective - 33.2) < 1e-9)
        #expect(bound.result.units[0].lowerReason == "noDismissals")

        let off = try solve(F.county(units: units, rules: Rules(noDismissals: false)))
        #expect(off.quota("A") == 6)
        #expect(abs(off.objective - 0.8) < 1e-9)

        var leaving = units
        leaving[0].attrition = 3
        let attrition = try solve(F.county(units: leaving))
        #expect(attrition.quota("A") == 6)
    }

    /// B is over quota (6 people on 4): frozen, it gets nothing → 40 + 4 = 44. Unfrozen → 0.8.
    @Test func overQuotaUnitsAreFrozen() throws {
        let units = [F.unit("A", quota: 10, headcount: 6, need: 6), F.unit("B", quota: 4, headcount: 6, need: 8)]
        let frozen = try solve(F.county(units: units))
        #expect(frozen.quota("B") == 4)
        #expect(abs(frozen.objective - 44) < 1e-9)
        let unfrozen = try solve(F.county(units: units, rules: Rules(overQuotaFrozen: false)))
        #expect(unfrozen.quota("B") == 8)
        #expect(abs(unfrozen.objective - 0.8) < 1e-9)
    }

    /// A can give 3 (change ≤ 3). B and C are each short; C's class weighs 3, so C gets all
    /// three: shortfall 10 × (4 + 3 × 1) = 70, excess 3, moves 0.6 → 73.6.
    @Test func priorityWeightDecidesWhoGetsScarceQuota() throws {
        let s = F.county(
            units: [
                F.unit("A", quota: 10, headcount: 4, need: 4),
                F.unit("B", quota: 2, headcount: 2, need: 6),
                F.unit("C", quota: 2, headcount: 2, need: 6, region: "t1", tags: ["基层一线"]),
            ],
            rules: Rules(maxChange: ChangeLimit(atMost: 3)),
            priorities: [PriorityClass(tag: "基层一线", weight: 3)])
        let out = try solve(s)
        #expect(out.quota("A") == 7)
        #expect(out.quota("B") == 2)
        #expect(out.quota("C") == 5)
        #expect(abs(out.objective - 73.6) < 1e-9)
    }

    /// A hard floor of 75 % of B's need (⌈4.5⌉ = 5) overrides C's weight: B 5, C 2 →
    /// shortfall 10 × (1 + 3 × 4) = 130, excess 3, moves 0.6 → 133.6.
    @Test func priorityFloorBinds() throws {
        let s = F.county(
            units: [
                F.unit("A", quota: 10, headcount: 4, need: 4),
                F.unit("B", quota: 2, headcount: 2, need: 6, tags: ["民生短板"]),
                F.unit("C", quota: 2, headcount: 2, need: 6, region: "t1", tags: ["基层一线"]),
            ],
            rules: Rules(maxChange: ChangeLimit(atMost: 3)),
            priorities: [PriorityClass(tag: "基层一线", weight: 3), PriorityClass(tag: "民生短板", needFloor: 0.75)])
        let out = try solve(s)
        #expect(out.quota("B") == 5)
        #expect(out.quota("C") == 2)
        #expect(abs(out.objective - 133.6) < 1e-9)
        #expect(out.result.units[1].lowerReason == "priorityFloor")
    }

    /// Both units have 6 / 0 quotas of slack. Without a reserve the 14 quotas must stay with
    /// units (excess 6); with a reserve A hands 6 back (moves 0.6).
    @Test func reserveTakesBackSlack() throws {
        let units = [F.unit("A", quota: 10, headcount: 4, need: 4), F.unit("B", quota: 4, headcount: 4, need: 4)]
        let none = try solve(F.county(units: units))
        #expect(abs(none.objective - 6) < 1e-9)
        let reserve = try solve(F.county(units: units, pools: [PoolSpec(kind: "admin", scope: "c", reserve: .unlimited)]))
        #expect(reserve.quota("A") == 4)
        #expect(abs(reserve.objective - 0.6) < 1e-9)
        #expect(reserve.result.transfers.map { "\($0.from)>\($0.to):\($0.amount)" } == ["A>reserve:c:6"])
        let capped = try solve(F.county(units: units, pools: [PoolSpec(kind: "admin", scope: "c", reserve: .upTo(2))]))
        #expect(capped.quota("A") == 8)
        #expect(abs(capped.objective - 4.2) < 1e-9)
    }

    /// A new total of 12 cancels 2 quotas: A (slack) gives them → excess 4, moves 0.2.
    @Test func cutTotalIsCancelledFromTheUnitWithSlack() throws {
        let units = [F.unit("A", quota: 10, headcount: 4, need: 4), F.unit("B", quota: 4, headcount: 4, need: 4)]
        let out = try solve(F.county(units: units, pools: [PoolSpec(kind: "admin", scope: "c", total: 12)]))
        #expect(out.quota("A") == 8)
        #expect(abs(out.objective - 4.2) < 1e-9)
        #expect(out.result.transfers.map { "\($0.from)>\($0.to):\($0.amount)" } == ["A>cancelled:c:2"])
    }

    /// Township share ≥ 50 % of 12 = 6. Hard: T gains 4 that A needs → 40 + 4 + 0.8 = 44.8.
    /// Soft at 20 per quota: still cheaper to move (11.2 < 20 each). Soft at 5: pay 4 × 5 = 20.
    /// Need protection off: A sits at its need, so protection would forbid the move (see
    /// NeedProtectionTests for the same case with it on).
    @Test func townshipShareFloorHardAndSoft() throws {
        let off = Rules(protectNeed: .off)
        let units = [F.unit("A", quota: 10, headcount: 5, need: 10), F.unit("T", quota: 2, headcount: 2, need: 2, region: "t1")]
        func floor(hard: Bool, penalty: Double) -> ShareFloor {
            ShareFloor(name: "乡镇占比", scope: "c", kind: "admin", selector: UnitSelector(level: .township), floor: .share(0.5), hard: hard, penalty: penalty)
        }
        let hard = try solve(F.county(units: units, rules: off, shareFloors: [floor(hard: true, penalty: 0)]))
        #expect(hard.quota("T") == 6)
        #expect(abs(hard.objective - 44.8) < 1e-9)
        let soft20 = try solve(F.county(units: units, rules: off, shareFloors: [floor(hard: false, penalty: 20)]))
        #expect(soft20.quota("T") == 6)
        let soft5 = try solve(F.county(units: units, rules: off, shareFloors: [floor(hard: false, penalty: 5)]))
        #expect(soft5.quota("T") == 2)
        #expect(abs(soft5.objective - 20) < 1e-9)
        #expect(soft5.result.shareFloors[0].short == 4)
    }

    /// Two counties. Without a channel each keeps its own (A's excess 6, B's shortfall 40).
    /// A channel c1 → c2 capped at 3, cost 1: 3 quotas cross → 10 + 3 + 0.6 + 3 = 16.6.
    @Test func channelCarriesQuotaAcrossPools() throws {
        let regions = [
            Region(id: "m", name: "测试市", level: .city),
            Region(id: "c1", name: "甲县", level: .county, parent: "m"),
            Region(id: "c2", name: "乙县", level: .county, parent: "m"),
        ]
        func scenario(_ channels: [Channel]) -> Scenario {
            Scenario(
                metadata: .init(name: "两县"), kinds: [QuotaKind(id: "admin", name: "行政编制")], regions: regions,
                units: [F.unit("A", quota: 10, headcount: 4, need: 4, region: "c1"), F.unit("B", quota: 2, headcount: 2, need: 6, region: "c2")],
                channels: channels)
        }
        let closed = try solve(scenario([]))
        #expect(abs(closed.objective - 46) < 1e-9)
        #expect(closed.result.statistics.blocks == 2)
        let open = try solve(scenario([Channel(kind: "admin", from: "c1", to: "c2", cap: 3, cost: 1)]))
        #expect(open.quota("A") == 7)
        #expect(open.quota("B") == 5)
        #expect(abs(open.objective - 16.6) < 1e-9)
        #expect(open.result.statistics.blocks == 1)
        #expect(open.result.transfers.map { "\($0.from)>\($0.to):\($0.amount):\($0.lane.rawValue):\($0.via)" } == [#"A>B:3:channel:["c1>c2"]"#])
    }

    /// "只减不增": a shrink-only kind may not import through a channel.
    @Test func shrinkOnlyKindImportsNothing() throws {
        let regions = [
            Region(id: "m", name: "测试市", level: .city),
            Region(id: "c1", name: "甲县", level: .county, parent: "m"),
            Region(id: "c2", name: "乙县", level: .county, parent: "m"),
        ]
        let s = Scenario(
            metadata: .init(name: "政法"), kinds: [QuotaKind(id: "zf", name: "政法专项编制", shrinkOnly: true)], regions: regions,
            units: [F.unit("A", quota: 10, headcount: 4, need: 4, region: "c1", kind: "zf"), F.unit("B", quota: 2, headcount: 2, need: 6, region: "c2", kind: "zf")],
            channels: [Channel(kind: "zf", from: "c1", to: "c2", cap: 3, cost: 1)])
        let out = try solve(s)
        #expect(out.quota("B") == 2)
        #expect(out.result.channels[0].amount == 0)
    }

    /// Lexicographic: moves first means nothing moves, whatever the shortfall.
    @Test func lexicographicTiersPutTheFirstTierFirst() throws {
        let units = [F.unit("A", quota: 10, headcount: 6, need: 6), F.unit("B", quota: 4, headcount: 4, need: 8)]
        let movesFirst = try solve(F.county(units: units, objective: ObjectiveSpec(tiers: [[.moves], [.shortfall]])))
        #expect(movesFirst.quota("A") == 10)
        #expect(movesFirst.quota("B") == 4)
        let shortfallFirst = try solve(F.county(units: units, objective: ObjectiveSpec(tiers: [[.shortfall], [.moves]])))
        #expect(shortfallFirst.quota("B") == 8)
        #expect(shortfallFirst.quota("A") == 6)
    }

    /// Same department is the cheapest lane: with two givers, the receiver's own department
    /// gives first.
    @Test func transferPlanPrefersTheSameDepartment() throws {
        let s = F.county(units: [
            F.unit("教育局", quota: 10, headcount: 6, need: 8, department: "教育"),
            F.unit("财政局", quota: 10, headcount: 6, need: 8, department: "财政"),
            F.unit("东镇学校", quota: 4, headcount: 4, need: 6, region: "t1", department: "教育"),
            F.unit("县一中", quota: 4, headcount: 4, need: 6, department: "教育"),
        ])
        let out = try solve(s)
        #expect(out.quota("县一中") == 6)
        #expect(out.quota("东镇学校") == 6)
        let lanes = out.result.transfers.map { "\($0.from)>\($0.to):\($0.amount):\($0.lane.rawValue)" }
        #expect(lanes == ["教育局>县一中:2:sameDepartment", "财政局>东镇学校:2:downward"])
        #expect(out.plan!.discrepancies(with: out.allocation!, data: out.data).isEmpty)
    }
}
