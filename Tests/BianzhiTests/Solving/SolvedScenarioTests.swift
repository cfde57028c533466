import Bianzhi
import Testing

/// The shipped scenarios solve to the answers written in them.
@Suite("Shipped scenarios")
struct SolvedScenarioTests {
    /// The optimum worked by hand in the comment of `Scenarios/small.yaml`.
    @Test func smallScenarioReachesTheHandWorkedOptimum() throws {
        let out = try solve(try ScenarioLoader.load(path: Fixtures.scenarioPath("small.yaml")))
        #expect(out.result.status == "optimal")
        let expected = [
            "县政府办": 7, "县发改局": 8, "东关镇党政办": 8, "西河乡党政办": 6,
            "县第一中学": 40, "东关镇中心学校": 23, "西河乡卫生院": 12, "县文化馆": 7,
        ]
        #expect(Dictionary(uniqueKeysWithValues: out.result.units.map { ($0.name, $0.newQuota) }) == expected)
        #expect(abs(out.objective - 176.2) < 1e-9)
        #expect(abs(out.result.objective.shortfall - 150) < 1e-9)
        #expect(abs(out.result.objective.excess - 5) < 1e-9)
        #expect(abs(out.result.objective.moves - 1.2) < 1e-9)
        #expect(abs(out.result.objective.penalties - 20) < 1e-9)
        // Need protection holds 县发改局 (at need) and 西河乡卫生院 (short of need) at their quota.
        #expect(out.result.units.filter { $0.lowerReason == "needProtection" }.map(\.name) == ["县发改局", "西河乡卫生院"])
        // The county offices' 4 quotas can reach the two townships in several equally cheap
        // ways (each lane is "downward"); what is fixed is who gives and who gets how many.
        var given: [String: Int] = [:], received: [String: Int] = [:]
        for t in out.result.transfers {
            given[t.fromName, default: 0] += t.amount
            received[t.toName, default: 0] += t.amount
            #expect(t.lane == .downward)
        }
        #expect(given == ["县政府办": 3, "县文化馆": 3])
        #expect(received == ["东关镇党政办": 2, "西河乡党政办": 1, "东关镇中心学校": 3])
    }

    /// The county keeps every kind's total ("严控总量") and holds the hard police-station floor.
    @Test func countyScenarioKeepsTotalsAndHardFloors() throws {
        let out = try solve(try ScenarioLoader.load(path: Fixtures.scenarioPath("county.yaml")), threads: 2)
        #expect(out.result.status == "optimal")
        #expect(out.result.provenOptimal)
        for kind in out.result.totals.byKind { #expect(kind.after + out.result.totals.reserveHeld * (kind.kind == "admin" ? 1 : 0) == kind.before) }
        for floor in out.result.shareFloors where floor.hard { #expect(floor.after >= floor.required) }
        #expect(out.result.totals.shortfallAfter < out.result.totals.shortfallBefore)

        // The planner rules the county shows: need protection (县政府办, quota 28 ≤ ⌈27.3⌉,
        // keeps 28), no unit at or below its need loses quota, locks, min/max and 保重点 hold.
        let units = Dictionary(uniqueKeysWithValues: out.result.units.map { ($0.name, $0) })
        let office = try #require(units["县政府办"])
        #expect(office.newQuota == 28 && office.lowerReason == "needProtection")
        #expect(office.staffing == StaffingFigures(vacancyBefore: 2, vacancyAfter: 2, overQuotaBefore: 0, overQuotaAfter: 0))
        for u in out.result.units {
            if let need = u.need, Double(u.quota) <= need { #expect(u.newQuota >= u.quota, "\(u.name)") }
            if u.locked { #expect(u.newQuota == u.quota, "\(u.name)") }
            if let minimum = u.minQuota { #expect(u.newQuota >= minimum, "\(u.name)") }
            if let maximum = u.maxQuota { #expect(u.newQuota <= maximum, "\(u.name)") }
            if u.tags.contains("重点领域") { #expect(u.newQuota >= u.quota, "\(u.name)") }
            // Below people in post only by declared departures, and never by more.
            #expect(u.departuresRelied <= u.attrition, "\(u.name)")
        }
        #expect(units["县人民法院"]?.locked == true && units["县人民法院"]?.reason == "省以下法院人财物省级统一管理，编制不在县内调剂")
        #expect(out.result.units.filter { $0.departuresRelied > 0 }.map(\.name) == ["县职业中专"])
        #expect(out.result.totals.staffing == StaffingFigures(vacancyBefore: 281, vacancyAfter: 283, overQuotaBefore: 79, overQuotaAfter: 81))
    }

    /// 示例市: the city level (市直) gives 行政编制 down to its two counties through channels
    /// (跨层级统筹调配), worked by hand in the comment of `Scenarios/city.yaml`.
    ///
    /// Why these amounts: a quota sent down a channel to a township saves shortfall 10 × 3
    /// (基层一线) = 30 and costs only 0.5 (channel) + 0.2 (one cut, one gain), while at the city
    /// level it is worth at most 10 (市市场监管局's shortfall). So each channel carries all the
    /// county's townships can take beyond the county's own slack, up to its cap:
    /// 甲县: the change limit lets 红旗镇 +4 and 青山乡 +3 = 7, the county's slack is 3
    /// (甲县政府办 2, 甲县农业农村局 1), so sy>jx carries 4 < cap 8 (a 5th would only be excess);
    /// 乙县: room 白河镇 +4, 柳林乡 +4 = 8, slack 2 (乙县政府办), wants 6, so sy>yx carries its cap 5.
    @Test func cityScenarioSendsQuotaDownThroughChannels() throws {
        let out = try solve(try ScenarioLoader.load(path: Fixtures.scenarioPath("city.yaml")), threads: 2)
        #expect(out.result.status == "optimal")
        #expect(out.result.provenOptimal)

        let flow = Dictionary(uniqueKeysWithValues: out.result.channels.map { ("\($0.from)>\($0.to)", $0) })
        #expect(flow["sy>jx"]?.amount == 4)
        #expect(flow["sy>jx"]?.cap == 8)
        #expect(flow["sy>yx"]?.amount == 5)
        #expect(flow["sy>yx"]?.cap == 5)

        // Admin totals per pool: the city falls by what the channels carry, each county rises by
        // what its channel carries (183 → 174, 94 → 98, 95 → 100); 事业编制 totals are unchanged.
        func admin(_ scope: String) -> (before: Int, after: Int) {
            let units = out.result.units.filter { $0.kind == "admin" && $0.pool == scope }
            return (units.reduce(0) { $0 + $1.quota }, units.reduce(0) { $0 + $1.newQuota })
        }
        #expect(admin("sy").before == 183 && admin("sy").after == 183 - 9)
        #expect(admin("jx").before == 94 && admin("jx").after == 94 + 4)
        #expect(admin("yx").before == 95 && admin("yx").after == 95 + 5)
        for kind in out.result.totals.byKind { #expect(kind.after == kind.before) }

        // The worked allocation of 行政编制.
        let expected = [
            "sy-zfb": 33, "sy-fgw": 25, "sy-czj": 28, "sy-zrzy": 22, "sy-scjg": 40, "sy-rsj": 26,
            "jx-zfb": 22, "jx-czj": 18, "jx-nyj": 15, "hq-dzb": 24, "qs-dzb": 19,
            "yx-zfb": 20, "yx-czj": 16, "yx-nyj": 15, "bh-dzb": 26, "ll-dzb": 23,
        ]
        for (id, quota) in expected { #expect(out.quota(id) == quota, "\(id)") }

        // Every transfer that crosses pools goes through the channel of its two pools, from a
        // 市直 unit to a township office; transfers inside a pool name no channel.
        let poolOf = Dictionary(uniqueKeysWithValues: out.result.units.map { ($0.id, $0.pool) })
        let levelOf = Dictionary(uniqueKeysWithValues: out.result.units.map { ($0.id, $0.level) })
        var carried: [String: Int] = [:]
        for t in out.result.transfers {
            guard let from = poolOf[t.from], let to = poolOf[t.to] else { continue }
            if from == to {
                #expect(t.lane != .channel)
                #expect(t.via.isEmpty)
            } else {
                #expect(t.lane == .channel)
                #expect(t.via == ["\(from)>\(to)"])
                #expect(from == "sy")
                #expect(levelOf[t.to] == .township)
                carried[t.via.joined(), default: 0] += t.amount
            }
        }
        #expect(carried == ["sy>jx": 4, "sy>yx": 5])

        // The channels join the three admin pools into one block; each inst pool is its own.
        #expect(out.result.statistics.blocks == 4)
        for floor in out.result.shareFloors { #expect(floor.short == 0) }
    }

    /// The infeasible scenario is infeasible, not invalid: only the solver can see it.
    @Test func infeasibleScenarioPassesValidationButHasNoAllocation() throws {
        let scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("infeasible.yaml"))
        #expect(!ScenarioValidator.validate(scenario).hasErrors)
        let out = try SolvePipeline(options: SolveOptions(threads: 1)).run(scenario: scenario)
        #expect(out.result.status == "infeasible")
        #expect(out.allocation == nil)
    }
}

extension SolvedScenarioTests {
    /// The terminal summary shows what each channel carried, aligned with the Chinese names.
    @Test func citySummaryListsTheChannels() throws {
        let out = try solve(try ScenarioLoader.load(path: Fixtures.scenarioPath("city.yaml")))
        let text = SolveSummary(result: out.result, language: .en).render()
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("Channel  ") })
        #expect(lines[header + 2] == "示例市 → 甲县  行政编制        4         8   0.5")
        #expect(lines[header + 3] == "示例市 → 乙县  行政编制        5  5 (full)   0.5")
        // In Chinese the headers are wider and the columns still line up (display width).
        let zh = SolveSummary(result: out.result, language: .zh).render().split(separator: "\n").map(String.init)
        let zhHeader = try #require(zh.firstIndex { $0.hasPrefix("跨池调配通道") })
        #expect(zh[zhHeader] == "跨池调配通道   编制类型  调配数       上限  成本")
        #expect(zh[zhHeader + 2] == "示例市 → 甲县  行政编制       4          8   0.5")
        #expect(zh[zhHeader + 3] == "示例市 → 乙县  行政编制       5  5（已满）   0.5")
    }
}
