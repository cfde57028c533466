/// The value of one more quota of capacity through a channel.
public struct ChannelValue: Sendable, Codable, Equatable {
    /// `kind:from>to`.
    public var channel: String
    /// Quotas sent.
    public var flow: Int
    /// The cap.
    public var cap: Int
    /// Reduced cost of the flow column: change of the objective per extra quota sent (at
    /// the cap: per extra quota of cap).
    public var reducedCost: Double
    /// In words.
    public var meaning: String
    /// Measured: the cap one higher, the block re-solved.
    public var plusOne: MarginalEffect? = nil
    /// Measured: the cap one lower, the block re-solved (`nil` for a cap of 0).
    public var minusOne: MarginalEffect? = nil

    /// Rewrites ``meaning`` from the measured effects.
    mutating func describeMeasured(_ language: Language) {
        guard plusOne != nil || minusOne != nil else { return }
        meaning = MarginalEffect.meaning(
            plusOne: plusOne, minusOne: minusOne, dual: flow == cap ? reducedCost : nil, lever: .channel, atCap: flow == cap,
            language: language)
    }
}
