/// The value of one more quota in a pool: measured both ways by re-solving, and the LP dual.
public struct PoolValue: Sendable, Codable, Equatable {
    /// `kind@scope`.
    public var pool: PoolKey
    /// Display name, e.g. "测试县 行政编制".
    public var name: String
    /// LP dual of the pool's balance row: change of the objective per extra quota of total.
    /// Negative: one more quota lowers the objective. The LP value is convex in the total, so
    /// the dual lies within [`−minusOne.objectiveChange`, `plusOne.objectiveChange`]; in a
    /// degenerate LP it can be either end, so the measured effects are what to read.
    public var dual: Double
    /// The finding in words.
    public var meaning: String
    /// Measured: the pool's total one higher (a what-if: totals may not grow, 严控总量),
    /// its block re-solved; `nil` when the pool was not measured.
    public var plusOne: MarginalEffect? = nil
    /// Measured: the pool's total one lower, its block re-solved.
    public var minusOne: MarginalEffect? = nil

    /// The finite-difference interval [left, right] around the total: `left` = objective now
    /// − objective with one quota less, `right` = objective with one more − objective now;
    /// an end is `nil` when that side was not measured or not possible.
    public var differences: (left: Double?, right: Double?) {
        (minusOne?.objectiveChange.map { DualAnalysis.clean(-$0) }, plusOne?.objectiveChange)
    }

    /// Whether the LP dual lies within the measured differences (`nil`: neither side known).
    public var dualWithinDifferences: Bool? {
        MarginalEffect.within(dual, differences)
    }

    /// Rewrites ``meaning`` from the measured effects.
    mutating func describeMeasured(_ language: Language) {
        guard plusOne != nil || minusOne != nil else { return }
        meaning = MarginalEffect.meaning(plusOne: plusOne, minusOne: minusOne, dual: dual, lever: .pool, language: language)
    }
}
