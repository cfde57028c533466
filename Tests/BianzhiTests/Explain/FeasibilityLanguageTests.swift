import Bianzhi
import Foundation
import Testing

/// The exact checks in Chinese (the default) and English: the same arithmetic, worded from the
/// catalogue (``FeasibilityMessage``, ``FeasibilityFix``), as `validate` prints them.
@Suite("Exact checks in both languages")
struct FeasibilityLanguageTests {
    /// 锁定所 is locked at 20 with max 10; the admin pool's floors are 60 (东镇办: need 60 ×
    /// needFloor 1.0) + 50 (县委办: headcount 50, no attrition) + 20 (the lock) = 130 against a
    /// total of 50 + 50 + 20 = 120; the police pool's floors 30 + 20 = 50 against a total of 45.
    /// (ExplainCommandTests.twoBlocks with the locked unit added.)
    static let yaml = ExplainCommandTests.twoBlocks.replacingOccurrences(
        of: "pools:", with: "  - {id: L1, name: 锁定所, region: t1, kind: admin, quota: 20, headcount: 20, locked: true, max: 10}\npools:")

    @Test func theChecksSpeakTheRunsLanguage() throws {
        let data = ProblemData(scenario: try ScenarioLoader.load(yaml: Self.yaml, path: "t.yaml"))
        let located = FeasibilityChecks.located(data)
        #expect(located.map(\.field) == ["units[4]", "pools(admin@c)", "pools[0]"])
        #expect(located[0].diagnostic.rendered(.zh) == "t.yaml:13:5: 错误：units[4]：“20” — 锁定所：下限（锁定 = 20）比上限（单位上限 = 10）高 10。"
            + "改法：解除锁定所的锁定或调整其 min/max，或放宽另一条规则。")
        #expect(located[0].diagnostic.rendered(.en) == "t.yaml:13:5: error: units[4]: \"20\" — 锁定所: locked = 20 is 10 above unit maximum = 10. "
            + "Fix: unlock 锁定所 or move its min/max, or relax the other rule.")
        let zh = FeasibilityChecks.run(data, language: .zh)
        #expect(zh[2].message == "测试县 政法专项编制各单位的硬性下限合计 50，比可容纳的 45（控制总数 45）多 5；按规则：不裁减在编人员（2 个单位） 50")
        #expect(zh[2].fix == "把设定这些下限的规则（`noDismissals`、`maxChange`、`needFloor`、`protectNeed`、`noCut`、锁定）放宽 5 名编制，"
            + "把控制总数提高到接近现有编制数之和 50，或通过上级调剂通道调入编制。")
        #expect(zh[1].byRule.map(\.name) == ["重点保障下限（1 个单位）", "不裁减在编人员（1 个单位）", "锁定（1 个单位）"])
        #expect(zh[1].byRule.map(\.amount) == [60, 50, 20])
        let en = FeasibilityChecks.run(data, language: .en)
        #expect(en[1].message == "the hard floors of the units of 测试县 行政编制 add up to 130, 10 more than the pool can hold (120: total 120); "
            + "by rule: priority floor (1 unit) 60, no dismissals (1 unit) 50, locked (1 unit) 20")
        // The language changes the words only.
        #expect(zh.map(\.shortBy) == [10, 10, 5] && en.map(\.shortBy) == [10, 10, 5])
    }
}
