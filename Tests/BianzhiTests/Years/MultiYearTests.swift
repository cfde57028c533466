import Bianzhi
import Foundation
import LinearProgramming
import Testing

/// Multi-year plans (`scenario.horizon` > 1), checked against the hand-worked plan in
/// Scenarios/three-years.yaml (the derivation is in its header).
@Suite("Multi-year plans: absorption and the yearly no-dismissal floors change the answer")
struct MultiYearTests {
    static func shipped() throws -> PipelineOutput {
        try SolvePipeline(options: SolveOptions(threads: 1)).run(path: Fixtures.scenarioPath("three-years.yaml"))
    }

    /// Quota of each unit, year by year, keyed by id.
    static func path(_ out: PipelineOutput, _ value: (SolveResult.UnitYear) -> Int) -> [String: [Int]] {
        var paths: [String: [Int]] = [:]
        for year in out.result.years ?? [] {
            for unit in year.units { paths[unit.id, default: []].append(value(unit)) }
        }
        return paths
    }

    @Test func threeYearPlanMatchesTheHandWorkedPlan() throws {
        let out = try Self.shipped()
        #expect(out.result.status == "optimal")
        #expect(out.result.years?.map(\.year) == [1, 2, 3])
        #expect(Self.path(out, \.quota) == ["sx-zfb": [10, 9, 7], "sx-fgj": [8, 7, 6], "dg-dzb": [7, 9, 9], "sx-yjj": [6, 6, 9]])
        // Mean yearly cost 226 / 3 plus moves 1.4.
        #expect(abs(out.run.objectiveValue - (226.0 / 3 + 1.4)) < 1e-6)
        // The rest of the result is the final year against today.
        #expect(out.quota("sx-yjj") == 9)
        #expect(out.result.units.map(\.attrition) == [6, 3, 0, 3])
    }

    @Test func departuresPeopleInPostAndRecruitmentFollowTheRule() throws {
        let out = try Self.shipped()
        #expect(Self.path(out, \.departures) == ["sx-zfb": [2, 2, 2], "sx-fgj": [1, 1, 1], "dg-dzb": [0, 0, 0], "sx-yjj": [1, 1, 1]])
        #expect(Self.path(out, \.peopleInPost) == ["sx-zfb": [10, 9, 7], "sx-fgj": [8, 7, 6], "dg-dzb": [7, 9, 9], "sx-yjj": [7, 6, 9]])
        #expect(Self.path(out, \.recruitmentCeiling) == ["sx-zfb": [0, 1, 0], "sx-fgj": [0, 0, 0], "dg-dzb": [2, 2, 0], "sx-yjj": [0, 0, 4]])
        // Over quota: 4 today (政府办 2, 应急局 2), 1 after year 1 (应急局), then 0.
        #expect(out.result.years?.map(\.totals.overQuota) == [1, 0, 0])
        #expect(out.result.years?.map(\.totals.overQuotaUnits) == [1, 0, 0])
        #expect(out.result.totals.staffing.overQuotaBefore == 4)
        #expect(out.result.totals.staffing.overQuotaAfter == 0)
        // No year leaves a unit below the people it kept in post.
        for year in out.result.years ?? [] {
            for unit in year.units where unit.overQuota > 0 { #expect(unit.recruitmentCeiling == 0) }
        }
    }

    @Test func transfersAreScheduledInTheYearTheVacancyExists() throws {
        let out = try Self.shipped()
        let years = (out.result.years ?? []).map { $0.transfers.map { "\($0.from)>\($0.to):\($0.amount)" } }
        #expect(years == [["sx-fgj>dg-dzb:2"], ["sx-zfb>dg-dzb:1", "sx-fgj>dg-dzb:1"], ["sx-zfb>sx-yjj:2", "sx-fgj>sx-yjj:1"]])
    }

    /// One round with three years of departures at once (the old meaning of horizon) leaves
    /// 应急局 frozen at 6: it is over quota today. Year by year it is absorbed and gains 3.
    @Test func absorptionYearByYearChangesTheAnswer() throws {
        var scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("three-years.yaml"))
        scenario.metadata.horizonYears = 1
        for u in scenario.units.indices { scenario.units[u].attrition = (scenario.units[u].attrition ?? 0) * 3 }
        let once = try solve(scenario)
        #expect(once.quota("sx-yjj") == 6)
        #expect(once.result.units[3].upperReason == "overQuotaFrozen")
        #expect(once.result.years == nil)
    }

    /// Year 1 alone is the one-year plan with one year's departures: the floors of year 1
    /// (发改局 ≥ 8, 政府办 held at 10) bind, so 东关镇 gets 2, not 4.
    @Test func firstYearFloorsBind() throws {
        var scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("three-years.yaml"))
        scenario.metadata.horizonYears = 1
        let one = try solve(scenario)
        #expect(one.result.units.map(\.newQuota) == [10, 8, 7, 6])
        #expect(one.result.units[1].lowerReason == "noDismissals")
        let three = try Self.shipped()
        #expect(three.result.years?[0].units.map(\.quota) == [10, 8, 7, 6])
    }

    /// The time-expanded model with one year is the one-year model: same optimum on the
    /// shipped one-year scenarios.
    @Test(arguments: ["small.yaml", "county.yaml"])
    func oneYearOfTheTimeExpandedModelIsTheOneYearModel(name: String) throws {
        let scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath(name))
        let data = ProblemData(scenario: scenario)
        let blocks = Decomposition(scenario: scenario, pools: data.pools, floors: data.floors).blocks
        var total = 0.0, expanded = 0.0
        for block in blocks {
            let one = BlockModel(data: data, blocks: [block]), years = BlockModel(years: data, blocks: [block])
            let a = try GLPKSolver().solve(one.model, options: SolverOptions())
            let b = try GLPKSolver().solve(years.model, options: SolverOptions())
            #expect(a.status == .optimal && b.status == .optimal)
            total += a.value(one.weightedObjective)
            expanded += b.value(years.weightedObjective)
        }
        #expect(abs(total - expanded) < 1e-6)
        let out = try solve(scenario)
        #expect(abs(out.run.objectiveValue - total) < 1e-6)
    }

    /// `export` writes the time-expanded model; glpsol's optimum is the plan's objective.
    @Test func exportedModelIsTheTimeExpandedOne() throws {
        let out = try Self.shipped()
        let export = try ModelExport(data: out.data)
        #expect(export.model.variables.contains { $0.name == "x[sx-yjj@3]" })
        let solution = try GLPKSolver().solve(export.model, options: SolverOptions())
        #expect(solution.status == .optimal)
        #expect(abs(solution.objectiveValue - out.run.objectiveValue) < 1e-6)
    }

    /// A horizon past ten years (a typo such as 2026) is a located error, not a huge model.
    @Test func horizonBeyondTenYearsIsRefused() throws {
        var scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("three-years.yaml"))
        scenario.metadata.horizonYears = 2026
        let report = ScenarioValidator.validate(scenario)
        #expect(report.diagnostics.map(\.description).contains {
            $0.contains("scenario.horizon") && $0.contains("\"2026\"") && $0.contains("horizon is at most 10 years")
        })
        scenario.metadata.horizonYears = 10
        #expect(!ScenarioValidator.validate(scenario).hasErrors)
    }

    /// A rate gives yearly departures whose running total is rounded down: 3 % of 50 people
    /// is 1.5 a year → 1, 2, 1 over three years (⌊1.5⌋, ⌊3⌋, ⌊4.5⌋).
    @Test func rateDeparturesRoundTheRunningTotalDown() {
        let unit = Fixtures.unit("A", quota: 50, headcount: 50)
        var rules = Rules(attritionRate: 0.03)
        var figures = OrgUnit(id: "A", name: "A", department: "A", region: "c", kind: "admin", quota: 50, headcount: 50)
        figures.attrition = nil
        #expect((1...3).map { UnitBounds.departures(of: figures, rules: rules, years: $0) } == [1, 3, 4])
        #expect(UnitBounds.departures(of: unit, rules: rules, years: 3) == 0)  // the unit's own figure (0) wins
        rules.strictNoDismissals = true
        #expect(UnitBounds.departures(of: figures, rules: rules, years: 3) == 0)
    }
}

/// The shipped county over three years (its declared 3 % attrition): every year keeps the
/// rules of that year, whatever the optimum.
@Suite("Multi-year plans on the county")
struct CountyYearsTests {
    @Test func everyYearKeepsItsFloorsAndTheFreeze() throws {
        var scenario = try ScenarioLoader.load(path: Fixtures.scenarioPath("county.yaml"))
        scenario.metadata.horizonYears = 3
        let out = try solve(scenario)
        #expect(out.result.status == "optimal")
        let years = try #require(out.result.years)
        #expect(years.count == 3)
        let rules = scenario.rules
        for (u, unit) in scenario.units.enumerated() {
            var previous = unit.quota
            for (t, year) in years.enumerated() {
                let row = year.units[u]
                #expect(row.id == unit.id)
                let departed = UnitBounds.departures(of: unit, rules: rules, years: t + 1)
                let before = UnitBounds.departures(of: unit, rules: rules, years: t)
                #expect(row.departures == departed - before)
                // No dismissals: never below today's staff still in post (or today's quota).
                #expect(row.quota >= min(unit.quota, unit.headcount - departed), "\(unit.id) year \(t + 1)")
                // 超编单位只出不进: no gain while over quota at the start of the year.
                if unit.headcount - before > unit.quota { #expect(row.quota <= unit.quota, "\(unit.id) year \(t + 1)") }
                if let limit = rules.maxChange?.limit(forQuota: unit.quota) { #expect(abs(row.quota - previous) <= limit) }
                if unit.locked { #expect(row.quota == unit.quota) }
                // Recruits are never over quota later: people in post exceed quota only by
                // today's staff still in post.
                if row.overQuota > 0 { #expect(row.peopleInPost == unit.headcount - departed) }
                previous = row.quota
            }
            #expect(previous == out.result.units[u].newQuota)
        }
        // Every pool's total holds every year.
        for year in years { #expect(year.totals.quota <= out.result.pools.reduce(0) { $0 + $1.total }) }
    }
}
