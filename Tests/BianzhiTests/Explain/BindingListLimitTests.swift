import Bianzhi
import Testing

/// A province leaves tens of thousands of units at a bound: the explanation counts them all
/// but lists at most ``BindingRules/listedUnitLimit`` per group (each unit's bound and reason
/// are in result.json).
@Suite("Binding rules: listed units are capped, counted in full")
struct BindingListLimitTests {
    @Test func aGroupOfMoreUnitsThanTheLimitListsTheLimitAndCountsAll() throws {
        // 1,205 units with need 10 against quota 10 are held by need protection; one unit with
        // slack and one short of need keep the pool moving.
        var units = (0..<1_205).map { Fixtures.unit("u\($0)", quota: 10, headcount: 5, need: 10) }
        units.append(Fixtures.unit("slack", quota: 20, headcount: 5, need: 5))
        units.append(Fixtures.unit("short", quota: 5, headcount: 5, need: 15))
        let explanation = try Explainer(threads: 1, measureLimit: 0, checkLimit: 0).explain(Fixtures.county(units: units))
        // Not re-solved (checkLimit 0): one group of every unit the rule holds.
        let group = try #require(explanation.bindingRules.first { $0.rule == .needProtection })
        #expect(group.binding == nil)
        #expect(group.count == 1_205)
        #expect(group.units.count == BindingRules.listedUnitLimit)
        #expect(group.units.first?.id == "u0")
    }
}
