import LinearProgramming

/// What solving one block produced: the solver's verdict and the values that make up the
/// allocation.
public struct BlockOutcome: Sendable {
    /// The block solved.
    public var block: Block
    /// Status of the final solve (the last tier when lexicographic).
    public var status: SolutionStatus
    /// Objective value of the weighted sum of all terms (NaN without a solution).
    public var objectiveValue: Double
    /// Best bound known for that objective (equals it when proven optimal).
    public var bestBound: Double?
    /// New quota per unit of the block, in ``Block/units`` order.
    public var newQuota: [(unit: Int, quota: Int)]
    /// Quota held back per pool with a reserve.
    public var reserve: [(pool: Int, amount: Int)]
    /// Quota sent through each channel of the block.
    public var channelFlow: [(channel: Int, amount: Int)]
    /// Size of the model solved.
    public var statistics: SolveStatistics
    /// Wall-clock seconds spent building the model.
    public var buildSeconds: Double
    /// Wall-clock seconds spent in the solver (all tiers).
    public var solveSeconds: Double
    /// Whether the network solver proved the block optimal (else the simplex / MIP did).
    public var solvedAsFlow: Bool = false
    /// Row duals of the pool rows and floor rows, from the LP relaxation with the earlier
    /// tiers held (filled only when requested).
    public var duals: BlockDuals?
    /// Each plan year's values of a multi-year plan (empty for one year; the fields above
    /// are the final year's).
    public var years: [YearOutcome] = []
}

/// Dual values of the linking rows of a block, for explanations.
public struct BlockDuals: Sendable, Equatable {
    /// Dual of each pool's balance row: change of the objective per extra quota of total.
    public var pools: [(pool: Int, value: Double)]
    /// Reduced cost of each channel's flow column.
    public var channels: [(channel: Int, value: Double)]
    /// Dual of each share floor row.
    public var floors: [(floor: Int, value: Double)]

    public static func == (lhs: BlockDuals, rhs: BlockDuals) -> Bool {
        lhs.pools.elementsEqual(rhs.pools) { $0 == $1 }
            && lhs.channels.elementsEqual(rhs.channels) { $0 == $1 }
            && lhs.floors.elementsEqual(rhs.floors) { $0 == $1 }
    }
}
