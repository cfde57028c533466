extension SolveResult {
    /// One year of a multi-year plan (`scenario.horizon` > 1) in `result.json`'s `years`.
    ///
    /// The rest of the result (units, pools, transfers, totals) describes the final year
    /// against today; `years` gives the path. See ``YearlyAllocation`` for how people in post
    /// and the recruitment ceiling are derived.
    public struct YearResult: Sendable, Codable, Equatable {
        /// Plan year, from 1.
        public var year: Int
        /// The year's sums over all units.
        public var totals: YearTotals
        /// Every unit, in scenario order.
        public var units: [UnitYear]
        /// The transfers of that year: last year's quota (today's in year 1) to this year's.
        public var transfers: [TransferResult]
    }

    /// One unit in one plan year.
    public struct UnitYear: Sendable, Codable, Equatable {
        /// Unit id.
        public var id: String
        /// Quota (编制数) in that year.
        public var quota: Int
        /// Change against the year before (today for year 1).
        public var change: Int
        /// Departures (自然减员) during the year.
        public var departures: Int
        /// People in post (实有人数) at the end of the year, recruits included.
        public var peopleInPost: Int
        /// Recruitment ceiling (招录计划): how many may be recruited that year.
        public var recruitmentCeiling: Int
        /// 空编 at the end of the year: max(0, quota − people in post).
        public var vacancy: Int
        /// 超编 at the end of the year: max(0, people in post − quota).
        public var overQuota: Int
    }

    /// One plan year's sums.
    public struct YearTotals: Sendable, Codable, Equatable {
        /// Total quota held by units.
        public var quota: Int
        /// Quota gained by units that year.
        public var gained: Int
        /// Quota cut from units that year.
        public var cut: Int
        /// Departures.
        public var departures: Int
        /// People in post at the end of the year.
        public var peopleInPost: Int
        /// Recruitment ceiling.
        public var recruitment: Int
        /// 空编.
        public var vacancy: Int
        /// 超编.
        public var overQuota: Int
        /// Units still over quota (超编单位) at the end of the year.
        public var overQuotaUnits: Int
    }
}

extension SolveResult.YearResult {
    /// The years of a plan, with each year's transfers (`transfers[t − 1]`).
    public static func build(plan: YearlyAllocation, transfers: [TransferPlan], data: ProblemData) -> [SolveResult.YearResult] {
        let units = data.scenario.units
        return plan.years.indices.map { t in
            let rows = units.indices.map { u -> SolveResult.UnitYear in
                let x = plan.years[t].newQuota[u], p = plan.peopleInPost[t][u]
                let before = t == 0 ? units[u].quota : plan.years[t - 1].newQuota[u]
                return SolveResult.UnitYear(
                    id: units[u].id, quota: x, change: x - before, departures: plan.departures[t][u], peopleInPost: p,
                    recruitmentCeiling: plan.recruitment[t][u], vacancy: max(0, x - p), overQuota: max(0, p - x))
            }
            let totals = SolveResult.YearTotals(
                quota: rows.reduce(0) { $0 + $1.quota }, gained: rows.reduce(0) { $0 + max(0, $1.change) },
                cut: rows.reduce(0) { $0 + max(0, -$1.change) }, departures: rows.reduce(0) { $0 + $1.departures },
                peopleInPost: rows.reduce(0) { $0 + $1.peopleInPost }, recruitment: rows.reduce(0) { $0 + $1.recruitmentCeiling },
                vacancy: rows.reduce(0) { $0 + $1.vacancy }, overQuota: rows.reduce(0) { $0 + $1.overQuota },
                overQuotaUnits: rows.filter { $0.overQuota > 0 }.count)
            return SolveResult.YearResult(
                year: t + 1, totals: totals, units: rows,
                transfers: ResultBuilder.transferResults(transfers[t], data: data))
        }
    }
}
