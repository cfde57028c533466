import Bianzhi
import Foundation
import Testing
import SeededRandom

/// The solver against an independent enumeration of every integer allocation on many tiny
/// random scenarios. The enumeration re-implements the rules from the format description,
/// not from the formulation's code, so a mistake in either shows up as a disagreement.
@Suite("Brute force agrees with GLPK")
struct BruteForceTests {
    struct Case {
        var scenario: Scenario
        var description: String
    }

    static func randomCase(seed: UInt64) -> Case {
        var rng = SplitMix64(seed: seed)
        let unitCount = Int.random(in: 2...3, using: &rng)
        var units: [OrgUnit] = []
        for i in 0..<unitCount {
            let quota = Int.random(in: 0...5, using: &rng)
            let headcount = Int.random(in: 0...6, using: &rng)
            let attrition = Int.random(in: 0...min(2, headcount), using: &rng)
            let need: Double? = Bool.random(using: &rng) || i == 0 ? Double(Int.random(in: 0...16, using: &rng)) / 2 : nil
            let region = ["c", "t1", "t2"][Int.random(in: 0...2, using: &rng)]
            let tags = Int.random(in: 0...2, using: &rng) == 0 ? ["p"] : []
            var unit = Fixtures.unit("u\(i)", quota: quota, headcount: headcount, need: need, region: region, attrition: attrition, tags: tags)
            switch Int.random(in: 0...7, using: &rng) {
            case 0: unit.locked = true
            case 1: unit.minQuota = Int.random(in: 0...6, using: &rng)
            case 2: unit.maxQuota = Int.random(in: 0...6, using: &rng)
            default: break
            }
            units.append(unit)
        }
        let current = units.reduce(0) { $0 + $1.quota }
        var rules = Rules()
        rules.noDismissals = Bool.random(using: &rng)
        rules.overQuotaFrozen = Bool.random(using: &rng)
        rules.strictNoDismissals = Int.random(in: 0...3, using: &rng) == 0
        rules.protectNeed = [.hard, .hard, .off, .soft(penalty: 3)][Int.random(in: 0...3, using: &rng)]
        switch Int.random(in: 0...2, using: &rng) {
        case 0: rules.maxChange = ChangeLimit(share: 0.5, atLeast: 1)
        case 1: rules.maxChange = ChangeLimit(atMost: 2)
        default: rules.maxChange = nil
        }
        let reserve: PoolSpec.Reserve = [.none, .upTo(2), .unlimited][Int.random(in: 0...2, using: &rng)]
        let total = current > 0 && Bool.random(using: &rng) ? current - 1 : current
        let priorities = [PriorityClass(
            tag: "p", needFloor: Bool.random(using: &rng) ? 0.5 : nil, weight: 2, noCut: Int.random(in: 0...3, using: &rng) == 0)]
        var floors: [ShareFloor] = []
        if Bool.random(using: &rng) {
            floors.append(ShareFloor(
                name: "乡镇", scope: "c", kind: "admin", selector: UnitSelector(level: .township),
                floor: .share(Double(Int.random(in: 1...6, using: &rng)) / 10), hard: Bool.random(using: &rng), penalty: 7,
                base: Bool.random(using: &rng) ? .new : .current))
        }
        let scenario = Fixtures.county(
            units: units, pools: [PoolSpec(kind: "admin", scope: "c", total: total, reserve: reserve)],
            rules: rules, priorities: priorities, shareFloors: floors)
        return Case(scenario: scenario, description: "seed \(seed): \(units.map { "\($0.id)(q\($0.quota) h\($0.headcount) a\($0.attrition!) n\($0.need.map { "\($0)" } ?? "-") \($0.region) \($0.tags) lock \($0.locked) min \($0.minQuota.map(String.init) ?? "-") max \($0.maxQuota.map(String.init) ?? "-"))" }) rules \(rules) noCut \(priorities[0].noCut) reserve \(reserve) total \(total) floors \(floors.map { "\($0.floor) hard \($0.hard) base \($0.base)" })")
    }

    /// Need protection's floor min(q, ⌈n⌉) (none without need or at zero).
    static func protectedFloor(_ unit: OrgUnit) -> Int? {
        guard let n = unit.need, n > 0 else { return nil }
        return min(unit.quota, Int(n.rounded(.up)))
    }

    /// The cost of an allocation without its moves (need, floors, soft protection), or `nil`
    /// when the pool's total or a hard floor is broken.
    static func yearCost(_ s: Scenario, _ x: [Int]) -> Double? {
        let units = s.units
        let pool = s.pools[0]
        let total = pool.total!
        let reserveLimit = pool.reserve.limit ?? Int.max
        let sum = x.reduce(0, +)
        guard sum <= total, total - sum <= reserveLimit else { return nil }
        var objective = 0.0
        for floor in s.shareFloors {
            guard case .share(let share) = floor.floor else { continue }
            // One pool at the floor's scope: its new total is the pool's total.
            let base = floor.base == .new ? total : units.reduce(0) { $0 + $1.quota }
            let amount = Int((share * Double(base) - 1e-9).rounded(.up))
            let held = units.indices.filter { units[$0].region != "c" }.reduce(0) { $0 + x[$1] }
            if floor.hard && held < amount { return nil }
            if !floor.hard { objective += floor.penalty * Double(max(0, amount - held)) }
        }
        for (u, unit) in units.enumerated() {
            let weight = unit.tags.contains("p") ? 2.0 : 1.0
            if let n = unit.need {
                objective += 10 * weight * max(0, n - Double(x[u])) + max(0, Double(x[u]) - n)
            }
            if case .soft(let penalty) = s.rules.protectNeed, let floor = protectedFloor(unit) {
                objective += penalty * Double(max(0, floor - x[u]))
            }
        }
        return objective
    }

    /// The best objective over every integer allocation, or `nil` when none satisfies the rules:
    /// the first year of ``MultiYearBruteForceTests`` (one year's departures) with its moves.
    static func enumerate(_ s: Scenario) -> Double? {
        let today = s.units.map(\.quota)
        return MultiYearBruteForceTests.yearOptions(s, year: 1)
            .filter { MultiYearBruteForceTests.withinLimit(s, from: today, to: $0.x) }
            .map { $0.cost + 0.1 * Double(zip($0.x, today).reduce(0) { $0 + abs($1.0 - $1.1) }) }
            .min()
    }

    @Test(arguments: 1...120)
    func solverMatchesEnumeration(seed: Int) throws {
        let c = Self.randomCase(seed: UInt64(seed))
        let expected = Self.enumerate(c.scenario)
        var found: Double? = nil
        let output: PipelineOutput?
        do {
            output = try SolvePipeline(options: SolveOptions(threads: 1)).run(scenario: c.scenario)
        } catch {
            // The validator's exact pre-checks may find the rules contradictory before solving.
            guard case .invalidScenario = error else { throw error }
            output = nil
        }
        if let out = output {
            if out.result.status == "optimal" {
                found = out.result.objective.total
                #expect(out.plan!.discrepancies(with: out.allocation!, data: out.data).isEmpty, "\(c.description)")
            } else {
                #expect(out.result.status == "infeasible", "\(c.description)")
            }
        }
        switch (expected, found) {
        case (nil, nil): break
        case let (e?, f?): #expect(abs(e - f) < 1e-6, "expected \(e), solver \(f): \(c.description)")
        default: Issue.record("enumeration \(String(describing: expected)) vs solver \(String(describing: found)): \(c.description)")
        }
    }
}

extension BruteForceTests {
    /// The random family is only worth something if it mixes solvable and contradictory
    /// scenarios and makes the rules bind; this guards the generator against drifting.
    @Test func randomFamilyMixesFeasibleAndInfeasibleCases() {
        let optima = (1...120).map { Self.enumerate(Self.randomCase(seed: UInt64($0)).scenario) }
        let feasible = optima.compactMap { $0 }
        #expect(feasible.count >= 40)
        #expect(optima.count - feasible.count >= 10)
        #expect(Set(feasible.map { ($0 * 10).rounded() }).count >= 20)
    }
}
