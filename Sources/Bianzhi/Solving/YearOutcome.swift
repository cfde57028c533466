import LinearProgramming

/// One plan year of a block's multi-year solution: the values read from ``YearColumns``.
public struct YearOutcome: Sendable {
    /// Plan year, from 1.
    public var year: Int
    /// Each unit's quota in that year.
    public var newQuota: [(unit: Int, quota: Int)]
    /// Each reserve's holding in that year.
    public var reserve: [(pool: Int, amount: Int)]
    /// Quota sent through each channel by that year.
    public var channelFlow: [(channel: Int, amount: Int)]

    /// Reads a year's columns from a solution.
    init(_ columns: YearColumns, solution: Solution) {
        year = columns.year
        newQuota = columns.units.map { ($0.unit, Int(solution.value($0.x).rounded())) }
        reserve = columns.reserves.map { ($0.pool, Int(solution.value($0.r).rounded())) }
        channelFlow = columns.channels.map { ($0.channel, Int(solution.value($0.f).rounded())) }
    }
}
