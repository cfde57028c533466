import Bianzhi
import Testing

/// `diff` carries 空编/超编 after each side, per group and in the headline figures.
@Suite("Diff: vacancies and over-quota")
struct DiffStaffingTests {
    typealias F = Fixtures

    /// A (q 10, 4 in post, at need 10) with need protection keeps its 6 vacancies; without it
    /// A gives 4 to B (weight 3): A 6 (空编 2), B 8 (空编 4). Totals 空编 6 → 6 but per department
    /// A 6 → 2, B 0 → 4.
    @Test func vacanciesPerGroupAndInTheFigures() throws {
        let units = [
            F.unit("A", quota: 10, headcount: 4, need: 10, department: "甲"),
            F.unit("B", quota: 4, headcount: 4, need: 8, department: "乙", tags: ["p"]),
        ]
        let priorities = [PriorityClass(tag: "p", weight: 3)]
        let kept = try solve(F.county(units: units, priorities: priorities)).result
        let moved = try solve(F.county(units: units, rules: Rules(protectNeed: .off), priorities: priorities)).result
        let d = AllocationDiff(a: kept, b: moved)
        let departments = d.aggregates.filter { $0.dimension == .department }
        #expect(departments.map(\.key) == ["乙", "甲"])
        #expect(departments.map(\.vacancyA) == [0, 6])
        #expect(departments.map(\.vacancyB) == [4, 2])
        #expect(departments.map(\.vacancyDifference) == [4, -4])
        let vacancy = try #require(d.figures.first { $0.key == "totals.vacancyAfter" })
        #expect(vacancy.a == 6 && vacancy.b == 6)
        #expect(d.policy.map(\.key) == ["rules.protectNeed"])
        #expect(d.negated().aggregates.first { $0.key == "甲" }?.vacancyA == 2)
        let csv = DiffRenderer(diff: d).csv()
        #expect(csv.contains("aggregate,department,甲,甲,,,,,vacancy,,,6,2,-4"))
        #expect(DiffRenderer(diff: d).markdown().contains("| 甲 | 10 | 6 | -4 | 0 | 4 | +4 | 0 | 4 | +4 | 6 | 2 | 0 | 0 |"))
    }
}
