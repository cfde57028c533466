import Bianzhi
import Testing

/// The parameters of the format that the hand-worked tests do not vary: each changes the
/// answer in the expected direction by the expected amount.
@Suite("Rule parameters change the answer")
struct RuleParameterTests {
    typealias F = Fixtures

    /// A: 9 people, no attrition figure. At 10 %/year for 1 year ⌊0.9⌋ = 0 leave, A keeps 9;
    /// over a 3-year horizon ⌊2.7⌋ = 2 leave and A can go down to 7 (B gets 3).
    @Test func attritionRateAndHorizonDeriveTheNoDismissalFloor() throws {
        var a = F.unit("A", quota: 10, headcount: 9, need: 6)
        a.attrition = nil
        let units = [a, F.unit("B", quota: 4, headcount: 4, need: 8)]
        var oneYear = F.county(units: units, rules: Rules(attritionRate: 0.1))
        oneYear.metadata.horizonYears = 1
        #expect(try solve(oneYear).quota("A") == 9)
        var threeYears = oneYear
        threeYears.metadata.horizonYears = 3
        let out = try solve(threeYears)
        #expect(out.quota("A") == 7)
        #expect(out.result.units[0].attrition == 2)
    }

    /// `floor: current`: the township may not fall below its current 6, although the county
    /// office A needs those quotas (shortfall 2 × 10 = 20 stays).
    @Test func currentShareFloorKeepsTheTownshipsQuota() throws {
        let units = [F.unit("A", quota: 4, headcount: 4, need: 6), F.unit("T", quota: 6, headcount: 3, need: 3, region: "t1")]
        let free = try solve(F.county(units: units))
        #expect(free.quota("T") == 4)
        let kept = try solve(F.county(units: units, shareFloors: [
            ShareFloor(name: "乡镇不减", scope: "c", kind: "admin", selector: UnitSelector(level: .township), floor: .current),
        ]))
        #expect(kept.quota("T") == 6)
        #expect(abs(kept.objective - 23) < 1e-9)
    }

    /// A floor selecting by tag (派出所 ≥ 40 % of county police = ⌈0.4 × 20⌉ = 8) moves 3
    /// quotas from the county bureau to the station, although the bureau is the one short —
    /// possible only with need protection off (with it, see NeedProtectionTests).
    @Test func tagSelectedShareFloor() throws {
        let units = [
            F.unit("公安局", quota: 15, headcount: 15, need: 16, kind: "zf", attrition: 3),
            F.unit("城关派出所", quota: 5, headcount: 5, need: 5, region: "t1", kind: "zf", tags: ["派出所"]),
        ]
        let kinds = [QuotaKind(id: "zf", name: "政法专项编制", shrinkOnly: true)]
        let floor = ShareFloor(name: "派出所警力占比", scope: "c", kind: "zf", selector: UnitSelector(tag: "派出所"), floor: .share(0.4))
        let out = try solve(F.county(units: units, kinds: kinds, rules: Rules(protectNeed: .off), shareFloors: [floor]))
        #expect(out.quota("城关派出所") == 8)
        #expect(out.quota("公安局") == 12)
        #expect(out.result.shareFloors[0].required == 8)
    }

    /// With excess weighted 0, a unit above need keeps its quota; weighted 1 it is slimmed into
    /// the reserve.
    @Test func excessWeightDecidesWhetherSlackIsTakenBack() throws {
        let units = [F.unit("A", quota: 10, headcount: 4, need: 4)]
        let pools = [PoolSpec(kind: "admin", scope: "c", reserve: .unlimited)]
        let slimmed = try solve(F.county(units: units, pools: pools))
        #expect(slimmed.quota("A") == 4)
        let kept = try solve(F.county(units: units, pools: pools, objective: ObjectiveSpec(weights: [.excess: 0])))
        #expect(kept.quota("A") == 10)
    }

    /// Moves priced above the shortfall they cure (0.1 → 20 per quota) stop all moves.
    @Test func moveWeightAboveShortfallWeightFreezesTheAllocation() throws {
        let units = [F.unit("A", quota: 10, headcount: 6, need: 6), F.unit("B", quota: 4, headcount: 4, need: 8)]
        let out = try solve(F.county(units: units, objective: ObjectiveSpec(weights: [.moves: 20])))
        #expect(out.quota("A") == 10)
        #expect(out.quota("B") == 4)
        #expect(out.result.transfers.isEmpty)
    }

    /// `share` scales with size and `atLeast` lets small units move a few all the same:
    /// ⌊0.2 × 4⌋ = 0, raised to 2.
    @Test func changeLimitShareAndAtLeast() throws {
        let units = [F.unit("A", quota: 30, headcount: 10, need: 10), F.unit("B", quota: 4, headcount: 4, need: 10)]
        let shareOnly = try solve(F.county(units: units, pools: [PoolSpec(kind: "admin", scope: "c", reserve: .unlimited)],
                                           rules: Rules(maxChange: ChangeLimit(share: 0.2))))
        #expect(shareOnly.quota("B") == 4)
        #expect(shareOnly.quota("A") == 24)
        let withMinimum = try solve(F.county(units: units, pools: [PoolSpec(kind: "admin", scope: "c", reserve: .unlimited)],
                                             rules: Rules(maxChange: ChangeLimit(share: 0.2, atLeast: 2))))
        #expect(withMinimum.quota("B") == 6)
    }
}
