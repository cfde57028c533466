/// A multi-year plan's allocation year by year, with the people in post it assumes.
///
/// Departures are constants of the scenario (``UnitBounds/departures(of:rules:years:)``):
/// `base_t = headcount − departures by the end of year t` are today's staff still in post.
/// Recruits are what a year's vacancies allow without any later year going below them:
/// by year `t` a unit has recruited `R_t = max(0, min over s ≥ t of (x_s − base_s))` in all,
/// so its recruitment ceiling (招录计划) in year `t` is `R_t − R_{t−1}` (`R_0 = 0`) and its
/// people in post are `base_t + R_t`. A unit whose quota falls later recruits only what it can
/// keep; nobody recruited is ever over quota, so no year dismisses anyone the plan hired.
public struct YearlyAllocation: Sendable, Equatable {
    /// Each year's allocation, year 1 first; the last is the plan's final allocation.
    public var years: [Allocation]
    /// Departures in each year, `[t − 1][u]`.
    public var departures: [[Int]]
    /// People in post at the end of each year, recruits included, `[t − 1][u]`.
    public var peopleInPost: [[Int]]
    /// Recruitment ceiling (招录计划) of each year, `[t − 1][u]`.
    public var recruitment: [[Int]]

    /// Gathers the years of a multi-year solve (``BlockOutcome/years``).
    public init(data: ProblemData, run: SolveRun) {
        let final = Allocation(data: data, run: run)
        var years = [Allocation](repeating: final, count: data.horizon)
        for outcome in run.outcomes {
            for year in outcome.years {
                for (u, q) in year.newQuota { years[year.year - 1].newQuota[u] = q }
                for (p, r) in year.reserve { years[year.year - 1].reserve[p] = r }
                for (c, f) in year.channelFlow { years[year.year - 1].channelFlow[c] = f }
            }
        }
        self.init(data: data, years: years)
    }

    /// Derives departures, people in post and recruitment from the years' quotas.
    public init(data: ProblemData, years: [Allocation]) {
        let units = data.scenario.units
        let cumulative = data.yearBounds.map { $0.map(\.attrition) }
        let n = years.count
        self.years = years
        departures = (0..<n).map { t in units.indices.map { cumulative[t][$0] - (t == 0 ? 0 : cumulative[t - 1][$0]) } }
        var people = [[Int]](repeating: [Int](repeating: 0, count: units.count), count: n)
        var recruits = people
        for u in units.indices {
            let base = (0..<n).map { units[u].headcount - cumulative[$0][u] }
            // R_t from the last year back: the least room from year t on.
            var room = Int.max
            var total = [Int](repeating: 0, count: n)
            for t in stride(from: n - 1, through: 0, by: -1) {
                room = min(room, years[t].newQuota[u] - base[t])
                total[t] = max(0, room)
            }
            for t in 0..<n {
                people[t][u] = base[t] + total[t]
                recruits[t][u] = total[t] - (t == 0 ? 0 : total[t - 1])
            }
        }
        peopleInPost = people
        recruitment = recruits
    }
}
