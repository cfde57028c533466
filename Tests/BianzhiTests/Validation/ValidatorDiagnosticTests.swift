import Foundation
import Testing
@testable import Bianzhi

/// Each semantic problem the validator finds, with the exact text a planner reads.
@Suite("Validator diagnostics")
struct ValidatorDiagnosticTests {
    @Test("a duplicate unit id names both lines")
    func duplicateId() {
        let yaml = baseYAML.replacingOccurrences(of: "{id: u2,", with: "{id: u1,")
        #expect(problems(yaml) == [
            "test.yaml:9:5: error: units[1].id: \"u1\" — duplicate unit id, also used by units[0] at test.yaml:8:5. Fix: give each unit its own id.",
        ])
    }

    @Test("a unit in an unknown region is an error with a suggestion")
    func unknownRegion() {
        let yaml = baseYAML.replacingOccurrences(of: "region: zz,", with: "region: zzz,")
        #expect(problems(yaml) == [
            "test.yaml:9:5: error: units[1].region: \"zzz\" — no region has this id or name (did you mean `zz`?). Fix: write the id or the name of a region declared under `regions`.",
        ])
    }

    @Test("a unit of an unknown kind is an error listing the kinds")
    func unknownKind() {
        let yaml = baseYAML.replacingOccurrences(of: "region: zz, kind: admin", with: "region: zz, kind: inst")
        #expect(problems(yaml) == [
            "test.yaml:9:5: error: units[1].kind: \"inst\" — no kind has this id or name. Fix: write one of the declared kinds: admin (行政编制).",
        ])
    }

    @Test("a cycle in the region tree is named region by region")
    func regionCycle() {
        let yaml = baseYAML.replacingOccurrences(of: "level: county}", with: "level: county, parent: zz}")
        #expect(problems(yaml) == [
            "test.yaml:5:5: error: regions[0].level: \"county\" — 测试县 is not below its parent 张庄镇 (township). Fix: give 测试县 a level below `township`, or correct its parent.",
            "test.yaml:5:5: error: regions[0].parent: \"zz\" — the region tree has a cycle: cs → zz → cs. Fix: give one of these regions a parent outside the cycle, or none for the root.",
        ])
    }

    @Test("a pool total above the current sum is an error naming both numbers (严控总量)")
    func poolTotalAboveCurrent() {
        let yaml = baseYAML + "pools:\n  - {kind: admin, scope: cs, total: 20}\n"
        #expect(problems(yaml) == [
            "test.yaml:11:5: error: pools[0].total: \"20\" — the new total 20 exceeds the current sum 16 of the pool's 2 units (a control total may not grow). Fix: write a total of at most 16, or leave `total` out to keep 16.",
        ])
    }

    @Test("a priority floor above the unit's maximum names the arithmetic")
    func priorityFloorAboveMaximum() {
        let yaml = baseYAML
            .replacingOccurrences(of: "quota: 10, headcount: 8}", with: "quota: 10, headcount: 3}")
            .replacingOccurrences(of: "quota: 6, headcount: 6}", with: "quota: 6, headcount: 6, need: 12, tags: [基层一线]}")
            + """
            rules: {maxChange: {share: 0.5, atLeast: 2}}
            priorities:
              - {tag: 基层一线, needFloor: 0.9}

            """
        #expect(problems(yaml) == [])
        // 张庄镇党政办: ⌈0.9 × 12⌉ = 11 against 6 + max(2, ⌊0.5 × 6⌋) = 9; needFloor ≤ 9 / 12.
        #expect(conflicts(yaml) == [
            "test.yaml:9:5: error: units[1]: \"11\" — 张庄镇党政办: the priority floor of 基层一线 ⌈0.9 × need 12⌉ = 11 is 2 above the unit's maximum 9, set by change limit (quota 6 + 3 = 9). Fix: lower needFloor of 基层一线 to at most 0.75, relax the rule that caps 张庄镇党政办, or check its need.",
        ])
    }

    @Test("hard floors above the pool total list the units that set them")
    func poolFloorsExceedTotal() {
        let yaml = baseYAML + "pools:\n  - {kind: admin, scope: cs, total: 12}\n"
        #expect(problems(yaml) == [])
        // No dismissals: 县政府办 8 − ⌊8 × 0.03⌋ = 8, 张庄镇党政办 6: 14 > 12.
        #expect(conflicts(yaml) == [
            "test.yaml:11:5: error: pools[0]: \"14\" — the hard floors of the units of 测试县 行政编制 add up to 14, 2 more than the pool can hold (12: total 12); by rule: no dismissals (2 units) 14. Fix: relax the rules that set these floors by 2 quotas (noDismissals, maxChange, needFloor, protectNeed, noCut, locks), raise the pool's total toward its current sum 16, or bring quotas in through a channel from above.",
        ])
    }

    @Test("an incoming channel can cover floors above the total")
    func channelCoversFloors() {
        let yaml = baseYAML
            .replacingOccurrences(of: "level: county}", with: "level: county, parent: city}")
            .replacingOccurrences(of: "regions:\n", with: "regions:\n  - {id: city, name: 示例市, level: city}\n")
            + """
              - {id: u3, name: 市政府办, region: city, kind: admin, quota: 30, headcount: 20}
            pools:
              - {kind: admin, scope: cs, total: 12}
            channels:
              - {kind: admin, from: city, to: cs, cap: 2}

            """
        #expect(problems(yaml) == [])
        #expect(conflicts(yaml) == [])
    }

    @Test("a pool whose units are all frozen at their quota can still place its total")
    func frozenPoolPlacesTotal() {
        // Upper bounds never fall below min(quota, total), so with total ≤ current sum the
        // "cannot place its total" check cannot fire for a loaded file; it guards code-built input.
        let yaml = baseYAML
            .replacingOccurrences(of: "quota: 10, headcount: 8}", with: "quota: 10, headcount: 12}")
            .replacingOccurrences(of: "quota: 6, headcount: 6}", with: "quota: 6, headcount: 7}")
            + "pools:\n  - {kind: admin, scope: cs, reserve: 0}\nrules: {maxChange: {atLeast: 1}}\n"
        #expect(problems(yaml) == [])
    }

    @Test("warnings: a declared pool without units and a share floor selecting none")
    func warnings() {
        let yaml = baseYAML.replacingOccurrences(of: "kinds:\n", with: "kinds:\n  - {id: inst, name: 事业编制}\n")
            + """
            pools:
              - {kind: inst, scope: cs}
            shareFloors:
              - {name: 派出所占比, scope: cs, kind: admin, tag: 派出所, floor: 0.4}

            """
        #expect(problems(yaml) == [
            "test.yaml:12:5: warning: pools[0]: \"inst@cs\" — no unit falls into this pool. Fix: check the kind and the scope (a nearer declared pool takes the units below it), or remove the pool.",
            "test.yaml:14:5: warning: shareFloors[0]: \"派出所占比\" — the floor selects no unit. Fix: check `level` and `tag` against the units of kind admin under cs.",
        ])
    }

    @Test("values out of range in policy sections")
    func policyRanges() {
        let yaml = baseYAML + """
            rules: {attritionRate: 1.5, maxChange: {share: 2}}
            priorities:
              - {tag: 基层一线, needFloor: 1.2, weight: 0}
              - {tag: 基层一线}
            objective:
              tiers: [[shortfall, moves], [moves]]

            """
        #expect(problems(yaml) == [
            "test.yaml:10:8: error: rules.attritionRate: \"1.5\" — attritionRate must be a yearly share between 0 and 1. Fix: write e.g. 0.03 for 3 % a year.",
            "test.yaml:10:8: error: rules.maxChange.share: \"2\" — share must be between 0 and 1. Fix: write e.g. 0.2 for 20 % of the quota.",
            "test.yaml:12:5: error: priorities[0].needFloor: \"1.2\" — needFloor must be a share of need between 0 and 1. Fix: write e.g. 0.9.",
            "test.yaml:12:5: error: priorities[0].weight: \"0\" — weight must be above 0. Fix: write a multiplier such as 3, or leave it out for 1.",
            "test.yaml:13:5: error: priorities[1].tag: \"基层一线\" — a second priority class for this tag, first declared as priorities[0] at test.yaml:12:5. Fix: merge the two classes into one.",
            "test.yaml:15:3: error: objective.tiers[1][0]: \"moves\" — the term is already listed in objective.tiers[0]. Fix: list each term in one tier only.",
        ])
    }

    @Test("channels must join two pools of their kind")
    func channels() {
        let yaml = baseYAML + "channels:\n  - {kind: admin, from: cs, to: cs, cap: 2}\n  - {kind: admin, from: zz, to: cs, cap: 2}\n"
        #expect(problems(yaml) == [
            "test.yaml:11:5: error: channels[0].to: \"cs\" — a channel must connect two different pools. Fix: write a different scope for `to`, or remove the channel.",
            "test.yaml:12:5: error: channels[1].from: \"zz\" — no pool of kind admin has this scope (did you mean `cs`?). Fix: use the scope of a pool of admin (cs), or declare the pool under `pools`.",
        ])
    }

    @Test("a scenario built in code is checked for values the loader would have rejected")
    func codeBuilt() {
        let scenario = Scenario(
            metadata: .init(name: "x", horizonYears: 0),
            kinds: [QuotaKind(id: "admin", name: "行政编制")],
            regions: [Region(id: "cs", name: "测试县", level: .county)],
            units: [OrgUnit(id: "u", name: "县政府办", department: "", region: "cs", kind: "admin", quota: -1, headcount: 3, attrition: 5, need: .nan)])
        #expect(ScenarioValidator.validate(scenario).diagnostics.map(\.description) == [
            "error: scenario.horizon: \"0\" — horizon must be a whole number ≥ 1. Fix: write the number of years the plan covers, e.g. 1 (one round) or 3 (a plan per year).",
            "error: units[0].quota: \"-1\" — quota must be a whole number ≥ 0. Fix: write the approved quota, e.g. 12.",
            "error: units[0].attrition: \"5\" — 县政府办: attrition 5 exceeds the headcount 3. Fix: write at most the number of people in post (3).",
            "error: units[0].need: \"nan\" — need must be a number ≥ 0. Fix: write the workload-derived need, e.g. 14.5, or leave it empty when unknown.",
        ])
    }
}

@Suite("Lane costs")
struct LaneOrderTests {
    @Test("lanes priced nearer-dearer get a warning, not an error")
    func laneOrderWarning() {
        var scenario = Fixtures.county(units: [Fixtures.unit("A", quota: 1, headcount: 1)])
        scenario.lanes = LaneCosts(sameDepartment: 3, sameRegion: 2, sameLevel: 1)
        let report = ScenarioValidator.validate(scenario)
        #expect(!report.hasErrors)
        #expect(report.warnings.map(\.description) == [
            "warning: lanes: \"sameDepartment 3, sameRegion 2, sameLevel 1\" — nearer lanes cost more than farther ones; transfers will take the cheaper farther lane where both are open. Fix: order the costs sameDepartment ≤ sameRegion ≤ sameLevel.",
        ])
    }
}

@Suite("Empty scenarios")
struct EmptyScenarioTests {
    @Test("a scenario without units is valid but warned about")
    func noUnits() {
        let report = ScenarioValidator.validate(Fixtures.county(units: []))
        #expect(!report.hasErrors)
        #expect(report.warnings.map(\.description) == [
            "warning: units — the scenario has no units: there is nothing to reallocate. Fix: list units inline or give the path of the unit table (CSV).",
        ])
    }
}

@Suite("Tags")
struct TagTests {
    @Test("a tag holding `;` is an error: it would come back as two tags from the CSV files")
    func semicolonInTag() {
        let report = ScenarioValidator.validate(Fixtures.county(units: [Fixtures.unit("A", quota: 1, headcount: 1, tags: ["基层;一线"])]))
        #expect(report.errors.map(\.description) == [
            "error: units[0].tags: \"基层;一线\" — a tag may not be empty or contain `;`. Fix: write each tag as its own list item (YAML) or separate tags with `;` (CSV).",
        ])
    }
}

@Suite("Scenarios built in code")
struct InCodeScenarioTests {
    @Test("the file loader's caps hold for scenarios built in code too")
    func hugeFiguresInCode() {
        let report = ScenarioValidator.validate(Fixtures.county(units: [Fixtures.unit("A", quota: Int.max, headcount: 1, need: 1e12)]))
        #expect(report.errors.map(\.description) == [
            "error: units[0].quota: \"\(Int.max)\" — quota must be at most 1000000000. Fix: write the real figure; no unit holds a billion quotas.",
            "error: units[0].need: \"1000000000000\" — need must be at most 1000000000. Fix: write the workload-derived need, e.g. 14.5, or leave it empty when unknown.",
        ])
    }

    @Test("an empty lexicographic tier is an error")
    func emptyTier() {
        let report = ScenarioValidator.validate(Fixtures.county(units: [Fixtures.unit("A", quota: 1, headcount: 1)], objective: ObjectiveSpec(tiers: [[.shortfall], []])))
        #expect(report.errors.map(\.description) == [
            "error: objective.tiers[1]: \"[]\" — a tier lists no term. Fix: remove the empty tier or list terms in it, e.g. [shortfall].",
        ])
    }
}

/// Locks and a unit's own min/max: the validator finds them contradicting each other or
/// another hard rule, located at the unit.
@Suite("Validator: locks and unit bounds")
struct UnitBoundDiagnosticTests {
    @Test("min above max, a lock under a priority floor, a max under the no-dismissal floor")
    func emptyRanges() {
        let yaml = baseYAML
            .replacingOccurrences(of: "quota: 10, headcount: 8}", with: "quota: 10, headcount: 8, min: 9, max: 7}")
        #expect(problems(yaml) == [
            "test.yaml:8:5: error: units[0].min: \"9\" — 县政府办: min 9 is above max 7. Fix: write a min at most 7, or raise the max.",
        ])
        let locked = baseYAML
            .replacingOccurrences(of: "quota: 6, headcount: 6}", with: "quota: 6, headcount: 6, need: 10, tags: [基层一线], locked: true, reason: 垂直管理}")
            + "priorities:\n  - {tag: 基层一线, needFloor: 0.8}\n"
        #expect(problems(locked) == [])
        #expect(conflicts(locked) == [
            // ⌈0.8 × 10⌉ = 8 against the lock at quota 6: 2 above; needFloor ≤ 6 / 10 = 0.6.
            "test.yaml:9:5: error: units[1]: \"8\" — 张庄镇党政办: the priority floor of 基层一线 ⌈0.8 × need 10⌉ = 8 is 2 above the unit's maximum 6, set by locked = 6 (垂直管理). Fix: lower needFloor of 基层一线 to at most 0.6, relax the rule that caps 张庄镇党政办, or check its need.",
        ])
        let capped = baseYAML.replacingOccurrences(of: "quota: 10, headcount: 8}", with: "quota: 10, headcount: 8, max: 7}")
        #expect(problems(capped) == [])
        #expect(conflicts(capped) == [
            // No dismissals min(10, 8 − ⌊8 × rate⌋ = 8) = 8 against max 7: 1 above.
            "test.yaml:8:5: error: units[0]: \"8\" — 县政府办: no dismissals (headcount 8 − attrition 0 = 8) is 1 above unit maximum = 7. Fix: unlock 县政府办 or move its min/max, or relax the other rule.",
        ])
    }

    @Test("need protection, noCut and locks are listed as the rules behind a pool's floors")
    func poolFloorsNameTheNewRules() {
        let yaml = baseYAML
            .replacingOccurrences(of: "quota: 10, headcount: 8}", with: "quota: 10, headcount: 2, need: 12}")
            .replacingOccurrences(of: "quota: 6, headcount: 6}", with: "quota: 6, headcount: 1, locked: true}")
            + "pools:\n  - {kind: admin, scope: cs, total: 14}\n"
        #expect(problems(yaml) == [])
        #expect(conflicts(yaml) == [
            // 县政府办: need protection min(10, ⌈12⌉) = 10 (no dismissals only 2); 张庄镇党政办 locked
            // at 6: 16 against the total 14 (current sum 16).
            "test.yaml:11:5: error: pools[0]: \"16\" — the hard floors of the units of 测试县 行政编制 add up to 16, 2 more than the pool can hold (14: total 14); by rule: need protection (1 unit) 10, locked (1 unit) 6. Fix: relax the rules that set these floors by 2 quotas (noDismissals, maxChange, needFloor, protectNeed, noCut, locks), raise the pool's total toward its current sum 16, or bring quotas in through a channel from above.",
        ])
    }
}
