/// 空编 and 超编 before and after: the first two numbers a 编办 director asks for.
///
/// For one unit, vacancy (空编) = max(0, quota − headcount) and over-quota (超编) =
/// max(0, headcount − quota), before with the current quota and after with the new one. For a
/// group (department, region, level, pool) they are the sums over its units: a vacancy in one
/// unit does not cancel over-quota staff in another.
public struct StaffingFigures: Sendable, Codable, Equatable {
    /// 空编 with the current quota.
    public var vacancyBefore: Int
    /// 空编 with the new quota.
    public var vacancyAfter: Int
    /// 超编 with the current quota.
    public var overQuotaBefore: Int
    /// 超编 with the new quota.
    public var overQuotaAfter: Int

    /// All zero.
    public static let zero = StaffingFigures(vacancyBefore: 0, vacancyAfter: 0, overQuotaBefore: 0, overQuotaAfter: 0)

    /// Creates figures.
    public init(vacancyBefore: Int, vacancyAfter: Int, overQuotaBefore: Int, overQuotaAfter: Int) {
        self.vacancyBefore = vacancyBefore
        self.vacancyAfter = vacancyAfter
        self.overQuotaBefore = overQuotaBefore
        self.overQuotaAfter = overQuotaAfter
    }

    /// One unit's figures; `headcountAfter` (default: `headcount`) is who is in post when the
    /// new quota applies (a multi-year plan's last year).
    public init(quota: Int, newQuota: Int, headcount: Int, headcountAfter: Int? = nil) {
        let after = headcountAfter ?? headcount
        self.init(
            vacancyBefore: max(0, quota - headcount), vacancyAfter: max(0, newQuota - after),
            overQuotaBefore: max(0, headcount - quota), overQuotaAfter: max(0, after - newQuota))
    }

    /// Sum of two groups' figures.
    public static func + (a: StaffingFigures, b: StaffingFigures) -> StaffingFigures {
        StaffingFigures(
            vacancyBefore: a.vacancyBefore + b.vacancyBefore, vacancyAfter: a.vacancyAfter + b.vacancyAfter,
            overQuotaBefore: a.overQuotaBefore + b.overQuotaBefore, overQuotaAfter: a.overQuotaAfter + b.overQuotaAfter)
    }
}
