import Bianzhi
import Foundation
import Testing

@Suite("Diff: units, aggregates, policy and objective of two allocations")
struct DiffTests {
    typealias F = Fixtures

    /// The hand-worked pair: without a change limit A gives 4 to B (A 6, B 8, objective 0.8);
    /// with `atMost: 2` A gives only 2 (A 8, B 6, objective 22.4).
    static func changeLimitPair() throws -> (SolveResult, SolveResult) {
        let units = [F.unit("A", quota: 10, headcount: 6, need: 6), F.unit("B", quota: 4, headcount: 4, need: 8)]
        let free = try solve(F.county(units: units)).result
        let limited = try solve(F.county(units: units, rules: Rules(maxChange: ChangeLimit(atMost: 2)))).result
        return (free, limited)
    }

    @Test func oneChangedRuleGivesExactlyTheExpectedRows() throws {
        let (free, limited) = try Self.changeLimitPair()
        let d = AllocationDiff(a: free, b: limited)

        #expect(d.units.map { "\($0.id):\($0.beforeA!)/\($0.a!)→\($0.b!)=\($0.difference)" } == ["A:10/6→8=2", "B:4/8→6=-2"])
        #expect(d.units.allSatisfy { $0.presence == .both && $0.regionName == "测试县" && $0.kindName == "行政编制" })

        let rows = d.aggregates.map {
            "\($0.dimension.rawValue)[\($0.key)] total \($0.totalA)→\($0.totalB) moved \($0.movedA)→\($0.movedB) short \(NumberFormat.plain($0.shortfallA))→\(NumberFormat.plain($0.shortfallB))"
        }
        #expect(rows == [
            "department[A] total 6→8 moved 4→2 short 0→0",
            "department[B] total 8→6 moved 4→2 short 0→2",
            "region[c] total 14→14 moved 8→4 short 0→2",
            "level[county] total 14→14 moved 8→4 short 0→2",
            "kind[admin] total 14→14 moved 8→4 short 0→2",
        ])

        #expect(d.policy.map { "\($0.key): \($0.a ?? "-") → \($0.b ?? "-")" } == ["rules.maxChange.atMost: none → 2"])
        #expect(!d.policyUnknown)

        let figures = Dictionary(uniqueKeysWithValues: d.figures.map { ($0.key, $0) })
        #expect(abs(figures["objective.total"]!.a - 0.8) < 1e-9)
        #expect(abs(figures["objective.total"]!.b - 22.4) < 1e-9)
        #expect(abs(figures["objective.shortfall"]!.difference - 20) < 1e-9)
        #expect(abs(figures["objective.excess"]!.difference - 2) < 1e-9)
        #expect(abs(figures["objective.moves"]!.difference + 0.4) < 1e-9)
        #expect(!d.isEmpty)
    }

    @Test func diffIsAntisymmetric() throws {
        let (free, limited) = try Self.changeLimitPair()
        #expect(AllocationDiff(a: limited, b: free, labelA: "limited", labelB: "free")
                == AllocationDiff(a: free, b: limited, labelA: "free", labelB: "limited").negated())

        // A richer pair: priority classes, a township, a unit on one side only.
        let units = [
            F.unit("A", quota: 10, headcount: 4, need: 4, department: "县委办"),
            F.unit("B", quota: 2, headcount: 2, need: 6, department: "县民政局", tags: ["民生短板"]),
            F.unit("C", quota: 2, headcount: 2, need: 6, region: "t1", department: "东镇", tags: ["基层一线"]),
        ]
        let x = try solve(F.county(units: units, rules: Rules(maxChange: ChangeLimit(atMost: 3)),
                                   priorities: [PriorityClass(tag: "基层一线", weight: 3), PriorityClass(tag: "民生短板")])).result
        let y = try solve(F.county(units: units + [F.unit("D", quota: 3, headcount: 1, need: 1, region: "t2", department: "西镇")],
                                   rules: Rules(maxChange: ChangeLimit(atMost: 3)),
                                   priorities: [PriorityClass(tag: "基层一线", weight: 1), PriorityClass(tag: "民生短板", needFloor: 0.75)])).result
        let xy = AllocationDiff(a: x, b: y, labelA: "x", labelB: "y")
        let yx = AllocationDiff(a: y, b: x, labelA: "y", labelB: "x")
        #expect(yx == xy.negated())
        #expect(xy.negated().negated() == xy)
        #expect(zip(xy.units, yx.units).allSatisfy { $0.difference == -$1.difference })
        #expect(zip(xy.aggregates, yx.aggregates).allSatisfy {
            $0.totalDifference == -$1.totalDifference && $0.movedDifference == -$1.movedDifference && $0.shortfallDifference == -$1.shortfallDifference
        })
        #expect(zip(xy.figures, yx.figures).allSatisfy { $0.difference == -$1.difference })
        // The text of B→A is the text of A→B with the sides swapped: same row count.
        #expect(DiffRenderer(diff: yx).csv().split(separator: "\r\n").count == DiffRenderer(diff: xy).csv().split(separator: "\r\n").count)
    }

    @Test func unitsOnOneSideAreListedNotDropped() throws {
        let base = [F.unit("A", quota: 10, headcount: 6, need: 6), F.unit("B", quota: 4, headcount: 4, need: 8)]
        let x = try solve(F.county(units: base)).result
        let y = try solve(F.county(units: base + [F.unit("N", quota: 5, headcount: 5, region: "t1", department: "东镇")])).result
        let d = AllocationDiff(a: x, b: y)
        let n = try #require(d.units.first { $0.id == "N" })
        #expect(n.presence == .onlyB)
        #expect(n.a == nil && n.b == 5 && n.difference == 5)
        #expect(d.aggregates.contains { $0.dimension == .level && $0.key == "township" && $0.totalA == 0 && $0.totalB == 5 })
        #expect(DiffRenderer(diff: d).text().contains("N (B only)"))
        // In Chinese: planner words only, the same rows.
        let zh = DiffRenderer(diff: d, language: .zh).text()
        #expect(zh.contains("N（仅 B 有）"))
        #expect(zh.contains("编制数不同的单位（\(d.units.count)）：") && zh.contains("按层级：") && zh.contains("目标值与合计："))
        #expect(!zh.contains("Units") && !zh.contains("By ") && !zh.contains("only"))
        let md = DiffRenderer(diff: d, language: .zh).markdown()
        #expect(md.hasPrefix("# 编制方案对比\n") && md.contains("| 单位 | 主管部门 | 区域 | 编制类型 | 调整前 | A | B | B−A |"))
        #expect(DiffRenderer(diff: d, language: .zh).csv().contains("目标值"))
        #expect(!DiffRenderer(diff: d, language: .en).csv().contains("目标值"))
        #expect(d.negated().units.first { $0.id == "N" }?.presence == .onlyA)
    }

    @Test func identicalResultsPrintNoDifferences() throws {
        let (free, _) = try Self.changeLimitPair()
        var timed = free
        timed.statistics.seconds["total"] = 99  // timings are not compared
        let d = AllocationDiff(a: free, b: timed)
        #expect(d.isEmpty)
        for format in [DiffRenderer.Format.text, .md] {
            #expect(DiffRenderer(diff: d).render(format).contains(DiffRenderer(diff: d).noDifferences))
        }
        #expect(DiffRenderer(diff: d).json().contains("\"identical\" : true"))
    }

    @Test func resultsWithoutPolicyMarkItUnknown() throws {
        let (free, limited) = try Self.changeLimitPair()
        var old = free
        old.policy = nil
        let json = ResultFiles.json(old)
        #expect(!json.contains("\"policy\""))
        let decoded = try JSONDecoder().decode(SolveResult.self, from: Data(json.utf8))
        #expect(decoded.policy == nil)
        let d = AllocationDiff(a: decoded, b: limited)
        #expect(d.policyUnknown && d.policy.isEmpty)
        #expect(DiffRenderer(diff: d).text().contains("unknown"))
    }

    @Test func policyLinesAreSortedAndStable() throws {
        let (free, limited) = try Self.changeLimitPair()
        let lines = try #require(limited.policy)
        #expect(lines == lines.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
        #expect(lines.contains("rules.maxChange.atMost = 2"))
        #expect(lines.contains("objective.weights.shortfall = 10"))
        #expect(ResultFiles.json(free) == ResultFiles.json(try JSONDecoder().decode(SolveResult.self, from: Data(ResultFiles.json(free).utf8))))
        let floors = PolicySummary.lines(of: F.county(
            units: [F.unit("A", quota: 1, headcount: 1)],
            pools: [PoolSpec(kind: "admin", scope: "c", reserve: .upTo(10))],
            shareFloors: [ShareFloor(name: "乡镇行政编制占比", scope: "c", kind: "admin", selector: UnitSelector(level: .township), floor: .share(0.3))]))
        #expect(floors.contains("shareFloors[乡镇行政编制占比].floor = 0.3"))
        #expect(floors.contains("pools[admin@c].reserve = 10"))
    }

    @Test func csvRoundTripsWithBOMAndStableHeader() throws {
        let (free, limited) = try Self.changeLimitPair()
        var named = limited
        named.units[0].name = "县委办, \"综合\"科"
        let text = DiffRenderer(diff: AllocationDiff(a: free, b: named)).csv()
        #expect(text.hasPrefix("\u{FEFF}"))
        let table = try CSVTable(text: text)
        #expect(table.header?.fields == DiffRenderer.csvHeader)
        let unitRows = table.records.filter { $0.fields[0] == "unit" }
        #expect(unitRows.map { $0.fields[2] } == ["A", "B"])
        #expect(unitRows.map { $0.fields.count } == [14, 14])
        #expect(unitRows[0].fields[11...13] == ["6", "8", "2"])
        #expect(table.records.contains { $0.fields[0] == "policy" && $0.fields[2] == "rules.maxChange.atMost" && $0.fields[11] == "none" && $0.fields[12] == "2" })
    }
}
