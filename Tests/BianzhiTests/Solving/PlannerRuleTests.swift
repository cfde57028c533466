import Bianzhi
import Testing

/// The rules that make a plan a 编办 can sign, each worked by hand on a case where it binds and
/// changes the answer: need protection (hard and soft), 保重点 noCut, locks and a unit's own
/// min/max, declared attrition and `noDismissals: strict`, share floors on the new total.
///
/// Default weights: shortfall 10 × class weight, excess 1, moves 0.1, penalties 1.
@Suite("Planner rules: need protection, noCut, locks, attrition, new-total floors")
struct PlannerRuleTests {
    typealias F = Fixtures

    /// A sits exactly at its need (q 10, need 10); B (weight 3) is 4 short.
    /// Off: A gives 4 → A short 4 × 10 + moves 0.8 = 40.8 (B 120 → 0).
    /// Hard: A ≥ min(10, ⌈10⌉) = 10, nothing moves → B short 4 × 30 = 120.
    /// Soft, 50 a quota: each quota moved costs 10 + 50 + 0.2 and saves 30 → nothing moves, 120.
    /// Soft, 15 a quota: costs 25.2, saves 30 → all 4 move: 40 + 60 + 0.8 = 100.8.
    @Test func needProtectionKeepsAUnitAtNeedFromFeedingAnother() throws {
        let units = [F.unit("A", quota: 10, headcount: 4, need: 10), F.unit("B", quota: 4, headcount: 4, need: 8, tags: ["p"])]
        let priorities = [PriorityClass(tag: "p", weight: 3)]
        func run(_ protect: NeedProtection) throws -> PipelineOutput {
            try solve(F.county(units: units, rules: Rules(protectNeed: protect), priorities: priorities))
        }
        let off = try run(.off)
        #expect(off.quota("A") == 6 && off.quota("B") == 8)
        #expect(abs(off.objective - 40.8) < 1e-9)
        let hard = try run(.hard)
        #expect(hard.quota("A") == 10 && hard.quota("B") == 4)
        #expect(abs(hard.objective - 120) < 1e-9)
        #expect(hard.result.units[0].lowerReason == "needProtection")
        let soft50 = try run(.soft(penalty: 50))
        #expect(soft50.quota("A") == 10)
        #expect(abs(soft50.objective - 120) < 1e-9)
        let soft15 = try run(.soft(penalty: 15))
        #expect(soft15.quota("A") == 6)
        #expect(abs(soft15.objective - 100.8) < 1e-9)
        #expect(abs(soft15.result.objective.penalties - 60) < 1e-9)
    }

    /// need 8.2 protects ⌈8.2⌉ = 9 of a quota of 12: A (4 above need) gives 3, not 4.
    /// A 9 (excess 0.8), B 7 (short 1 × 10) + moves 0.6 = 11.4.
    @Test func needProtectionRoundsTheNeedUp() throws {
        let units = [F.unit("A", quota: 12, headcount: 0, need: 8.2), F.unit("B", quota: 4, headcount: 4, need: 8)]
        let out = try solve(F.county(units: units))
        #expect(out.quota("A") == 9 && out.quota("B") == 7)
        #expect(abs(out.objective - 11.4) < 1e-9)
    }

    /// A hard township floor of 50 % of 12 = 6 needs 4 quotas from A, which is at its need:
    /// with need protection no allocation exists, and the exact check names the rule.
    @Test func needProtectionAgainstAHardShareFloorIsExplained() throws {
        let units = [F.unit("A", quota: 10, headcount: 5, need: 10), F.unit("T", quota: 2, headcount: 2, need: 2, region: "t1")]
        let floor = ShareFloor(name: "乡镇占比", scope: "c", kind: "admin", selector: UnitSelector(level: .township), floor: .share(0.5))
        let s = F.county(units: units, shareFloors: [floor])
        #expect(try solve(s).result.status == "infeasible")
        let e = try Explainer(threads: 1).explain(s)
        #expect(e.checks.map(\.kind) == [.shareFloorExceedsTotal])
        #expect(e.checks.first?.message.contains("need protection (1 unit) 10") == true)
        #expect(e.checks.first?.message.contains("after the need-protection floors") == true)
        #expect(e.conflicts.first?.groups.map(\.kind) == [.needProtection, .shareFloor])
        #expect(e.waysOut.contains { $0.relax.first?.group.kind == .needProtection && $0.relax.first?.amount == 4 })
    }

    /// 保重点: A (class k, noCut) holds 6 above its need of 4. Without noCut it feeds B:
    /// A 6 (excess 2), B 8 → 2 + 0.8 = 2.8. With noCut nothing moves: 6 + 40 = 46.
    @Test func noCutClassKeepsItsQuota() throws {
        let units = [F.unit("A", quota: 10, headcount: 4, need: 4, tags: ["k"]), F.unit("B", quota: 4, headcount: 4, need: 8)]
        let free = try solve(F.county(units: units, priorities: [PriorityClass(tag: "k", name: "重点领域")]))
        #expect(free.quota("A") == 6)
        #expect(abs(free.objective - 2.8) < 1e-9)
        let kept = try solve(F.county(units: units, priorities: [PriorityClass(tag: "k", name: "重点领域", noCut: true)]))
        #expect(kept.quota("A") == 10)
        #expect(abs(kept.objective - 46) < 1e-9)
        #expect(kept.result.units[0].lowerReason == "priorityNoCut")
    }

    /// The same A and B: locked A keeps 10 (46); min 8 lets it give 2 → excess 4 + short 20 +
    /// 0.4 = 24.4; B's max 5 takes 1 → excess 5 + short 30 + 0.2 = 35.2. The reason travels.
    @Test func locksAndUnitBoundsWithTheirReason() throws {
        let base = [F.unit("A", quota: 10, headcount: 4, need: 4), F.unit("B", quota: 4, headcount: 4, need: 8)]
        var locked = base
        locked[0].locked = true
        locked[0].reason = "机构改革过渡期"
        let l = try solve(F.county(units: locked))
        #expect(l.quota("A") == 10 && abs(l.objective - 46) < 1e-9)
        #expect(l.result.units[0].lowerReason == "locked" && l.result.units[0].upperReason == "locked")
        #expect(l.result.units[0].reason == "机构改革过渡期" && l.result.units[0].locked)
        #expect(SolveSummary(result: l.result).render().contains("机构改革过渡期") == false)  // unchanged units are not listed
        var minimum = base
        minimum[0].minQuota = 8
        let m = try solve(F.county(units: minimum))
        #expect(m.quota("A") == 8 && m.quota("B") == 6 && abs(m.objective - 24.4) < 1e-9)
        #expect(m.result.units[0].lowerReason == "unitMinimum")
        var maximum = base
        maximum[1].maxQuota = 5
        maximum[1].reason = "新院区未建成"
        let x = try solve(F.county(units: maximum))
        #expect(x.quota("B") == 5 && abs(x.objective - 35.2) < 1e-9)
        #expect(x.result.units[1].upperReason == "unitMaximum")
        #expect(SolveSummary(result: x.result).render().contains("at most: unit maximum — 新院区未建成"))
        #expect(ResultFiles.allocationCSV(x.result).contains(",false,,5,新院区未建成"))
    }

    /// A (q 10, 10 in post, need 6) may shed quota only through declared departures.
    /// Default (no attrition assumed): A keeps 10 → excess 4 + short 40 = 44.
    /// Attrition 3 declared: A 7, B 7 → excess 1 + short 10 + moves 0.6 = 11.6, relying on 3
    /// departures, listed in the summary and the CSV. `noDismissals: strict`: 44 again.
    @Test func peopleInPostAreVisible() throws {
        let b = F.unit("B", quota: 4, headcount: 4, need: 8)
        var undeclared = F.unit("A", quota: 10, headcount: 10, need: 6)
        undeclared.attrition = nil
        let none = try solve(F.county(units: [undeclared, b]))
        #expect(none.quota("A") == 10 && abs(none.objective - 44) < 1e-9)
        #expect(none.result.totals.departuresRelied == 0)

        let declared = F.unit("A", quota: 10, headcount: 10, need: 6, attrition: 3)
        let out = try solve(F.county(units: [declared, b]))
        #expect(out.quota("A") == 7 && abs(out.objective - 11.6) < 1e-9)
        #expect(out.result.units[0].departuresRelied == 3)
        #expect(out.result.units[0].staffing == StaffingFigures(vacancyBefore: 0, vacancyAfter: 0, overQuotaBefore: 0, overQuotaAfter: 3))
        #expect(out.result.totals.departuresRelied == 3)
        let text = SolveSummary(result: out.result).render()
        #expect(text.contains("Below people in post, relying on departures (1):"))
        #expect(text.contains("relying on 3 departures"))
        #expect(ResultFiles.allocationCSV(out.result).contains(",0,0,0,3,3,false,,,"))

        let strict = try solve(F.county(units: [declared, b], rules: Rules(strictNoDismissals: true)))
        #expect(strict.quota("A") == 10 && abs(strict.objective - 44) < 1e-9)
    }

    /// A total cut from 100 to 90 with a 50 % township floor: on the new total the floor is
    /// ⌈0.5 × 90⌉ = 45 (T +5, C −15, moves 2.0); on today's total ⌈0.5 × 100⌉ = 50 (T +10,
    /// C −20, moves 3.0).
    @Test func shareFloorOnTheNewTotal() throws {
        let units = [F.unit("C", quota: 60, headcount: 0), F.unit("T", quota: 40, headcount: 0, region: "t1")]
        func run(_ base: ShareFloor.Base) throws -> PipelineOutput {
            let floor = ShareFloor(name: "乡镇占比", scope: "c", kind: "admin", selector: UnitSelector(level: .township), floor: .share(0.5), base: base)
            return try solve(F.county(units: units, pools: [PoolSpec(kind: "admin", scope: "c", total: 90)], shareFloors: [floor]))
        }
        let new = try run(.new)
        #expect(new.result.shareFloors[0].required == 45)
        #expect(new.quota("T") == 45 && new.quota("C") == 45)
        #expect(abs(new.objective - 2.0) < 1e-9)
        #expect(new.result.shareFloors[0].shareAfter == 0.5)
        let current = try run(.current)
        #expect(current.result.shareFloors[0].required == 50)
        #expect(current.quota("T") == 50 && current.quota("C") == 40)
        #expect(abs(current.objective - 3.0) < 1e-9)
    }

    /// 空编/超编 per unit and summed per department, region, level and pool.
    @Test func vacanciesAndOverQuotaBeforeAndAfter() throws {
        let units = [
            F.unit("A", quota: 10, headcount: 4, need: 4, department: "办"),
            F.unit("B", quota: 4, headcount: 6, need: 8, department: "办"),
            F.unit("T", quota: 5, headcount: 3, need: 5, region: "t1"),
        ]
        let out = try solve(F.county(units: units, rules: Rules(overQuotaFrozen: false)))
        // A gives 4 to B: A 6 (空编 6 → 2), B 8 (超编 2 → 0, 空编 0 → 2), T unchanged (空编 2).
        #expect(out.quota("A") == 6 && out.quota("B") == 8)
        #expect(out.result.totals.staffing == StaffingFigures(vacancyBefore: 8, vacancyAfter: 6, overQuotaBefore: 2, overQuotaAfter: 0))
        let office = try #require(out.result.staffing.first { $0.by == .department && $0.id == "办" })
        #expect(office.staffing == StaffingFigures(vacancyBefore: 6, vacancyAfter: 4, overQuotaBefore: 2, overQuotaAfter: 0))
        #expect(office.units == 2 && office.headcount == 10 && office.quotaBefore == 14 && office.quotaAfter == 14)
        let levels = out.result.staffing.filter { $0.by == .level }
        #expect(levels.map(\.id) == ["county", "township"])
        #expect(levels.map(\.staffing.vacancyAfter) == [4, 2])
        #expect(out.result.staffing.filter { $0.by == .pool }.map(\.id) == ["admin@c"])
        #expect(out.result.pools[0].staffing == out.result.totals.staffing)
        #expect(SolveSummary(result: out.result).render().contains("Vacancies 8 → 6; over quota 2 → 0"))
        #expect(SolveSummary(result: out.result, language: .zh).render().contains("空编 8 → 6；超编 2 → 0"))
    }
}
