import Bianzhi
import Foundation
import Testing

/// Two-year plans against an enumeration of every pair of yearly allocations, on the random
/// tiny scenarios of ``BruteForceTests`` with `horizon: 2`. The rules are re-implemented
/// from docs/scenario-format.md's multi-year section, not from the model's code: each year
/// its own box (departures by that year, the over-quota freeze on who is in post when the
/// year starts), the change limit on each year's move, the pool and floors every year; the
/// objective is the mean of the years' need and penalty costs plus every year's moves.
@Suite("Brute force agrees with GLPK on two-year plans")
struct MultiYearBruteForceTests {
    static let years = 2

    /// Every allocation allowed in year `t` (1-based) with its cost that year.
    static func yearOptions(_ s: Scenario, year t: Int) -> [(x: [Int], cost: Double)] {
        let units = s.units
        let total = s.pools[0].total!
        func departed(_ unit: OrgUnit, _ years: Int) -> Int {
            s.rules.strictNoDismissals ? 0 : min(unit.headcount, unit.attrition! * years)
        }
        func allowed(_ u: Int, _ value: Int) -> Bool {
            let unit = units[u]
            let q = unit.quota, h = unit.headcount
            if s.rules.noDismissals && value < min(q, h - departed(unit, t)) { return false }
            if unit.locked && value != q { return false }
            if let minimum = unit.minQuota, value < minimum { return false }
            if let maximum = unit.maxQuota, value > maximum { return false }
            if s.rules.protectNeed == .hard, let floor = BruteForceTests.protectedFloor(unit), value < floor { return false }
            for p in s.priorities where p.noCut && unit.tags.contains(p.tag) && value < q { return false }
            if s.rules.overQuotaFrozen && h - departed(unit, t - 1) > q && value > q { return false }
            for p in s.priorities where unit.tags.contains(p.tag) {
                if let f = p.needFloor, let n = unit.need, Double(value) < (f * n).rounded(.up) { return false }
            }
            return true
        }
        var options: [(x: [Int], cost: Double)] = []
        var x = [Int](repeating: 0, count: units.count)
        func evaluate() {
            if let cost = BruteForceTests.yearCost(s, x) { options.append((x, cost)) }
        }
        func recurse(_ u: Int) {
            if u == units.count { evaluate(); return }
            for value in 0...total where allowed(u, value) {
                x[u] = value
                recurse(u + 1)
            }
        }
        recurse(0)
        return options
    }

    /// A year's move is within the yearly change limit.
    static func withinLimit(_ s: Scenario, from a: [Int], to b: [Int]) -> Bool {
        guard let limit = s.rules.maxChange else { return true }
        for (u, unit) in s.units.enumerated() {
            if let l = limit.limit(forQuota: unit.quota), abs(b[u] - a[u]) > l { return false }
        }
        return true
    }

    /// The best two-year objective, or `nil` when no pair of years satisfies the rules.
    static func enumerate(_ s: Scenario) -> Double? {
        let today = s.units.map(\.quota)
        let first = yearOptions(s, year: 1).filter { withinLimit(s, from: today, to: $0.x) }
        let second = yearOptions(s, year: 2)
        var best: Double? = nil
        for a in first {
            let movesA = zip(a.x, today).reduce(0) { $0 + abs($1.0 - $1.1) }
            for b in second where withinLimit(s, from: a.x, to: b.x) {
                let moves = movesA + zip(b.x, a.x).reduce(0) { $0 + abs($1.0 - $1.1) }
                let value = (a.cost + b.cost) / Double(years) + 0.1 * Double(moves)
                if best == nil || value < best! - 1e-12 { best = value }
            }
        }
        return best
    }

    static func twoYearCase(seed: Int) -> BruteForceTests.Case {
        var c = BruteForceTests.randomCase(seed: UInt64(seed))
        c.scenario.metadata.horizonYears = years
        return c
    }

    @Test(arguments: 1...60)
    func solverMatchesEnumeration(seed: Int) throws {
        let c = Self.twoYearCase(seed: seed)
        let expected = Self.enumerate(c.scenario)
        var found: Double? = nil
        do {
            let out = try SolvePipeline(options: SolveOptions(threads: 1)).run(scenario: c.scenario)
            if out.result.status == "optimal" {
                found = out.run.objectiveValue
                #expect(out.result.years?.count == Self.years, "\(c.description)")
                // Each year's transfers realise that year's change.
                for year in out.result.years ?? [] {
                    let moved = year.transfers.filter { !$0.from.hasPrefix("reserve:") && !$0.from.hasPrefix("cancelled:") }.reduce(0) { $0 + $1.amount }
                    let cuts = year.units.reduce(0) { $0 + max(0, -$1.change) }
                    #expect(moved == cuts, "year \(year.year): \(c.description)")
                }
            } else {
                #expect(out.result.status == "infeasible", "\(c.description)")
            }
        } catch {
            // The validator's exact pre-checks (on year 1, the tightest) may refuse the rules.
            guard case .invalidScenario = error else { throw error }
        }
        switch (expected, found) {
        case (nil, nil): break
        case let (e?, f?): #expect(abs(e - f) < 1e-6, "expected \(e), solver \(f): \(c.description)")
        default: Issue.record("enumeration \(String(describing: expected)) vs solver \(String(describing: found)): \(c.description)")
        }
    }

    /// The family must make the years differ: some optima differ from twice-solved one-year
    /// plans and most cases are feasible.
    @Test func familyIsFeasibleOften() {
        let optima = (1...60).map { Self.enumerate(Self.twoYearCase(seed: $0).scenario) }
        #expect(optima.compactMap { $0 }.count >= 20)
    }
}
