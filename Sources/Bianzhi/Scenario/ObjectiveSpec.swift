/// What the optimisation minimises: a weighted sum of terms, or lexicographic tiers.
public struct ObjectiveSpec: Sendable, Equatable, Hashable {
    /// Weight of each term; shortfall is further multiplied by the unit's priority weight.
    public var weights: [ObjectiveTerm: Double]
    /// Lexicographic tiers (first tier optimised first); `nil` means one weighted sum.
    /// Terms not listed fall into the last tier.
    public var tiers: [[ObjectiveTerm]]?
    /// Where the objective was declared.
    public var location: SourceLocation?

    /// Default weights: shortfall 10, excess 1, moves 0.1, penalties 1, channels 1.
    public static let defaultWeights: [ObjectiveTerm: Double] = [
        .shortfall: 10, .excess: 1, .moves: 0.1, .penalties: 1, .channels: 1,
    ]

    /// Creates an objective; missing weights take ``defaultWeights``.
    public init(weights: [ObjectiveTerm: Double] = [:], tiers: [[ObjectiveTerm]]? = nil, location: SourceLocation? = nil) {
        self.weights = ObjectiveSpec.defaultWeights.merging(weights) { _, new in new }
        self.tiers = tiers
        self.location = location
    }

    /// The weight of a term.
    public func weight(_ term: ObjectiveTerm) -> Double { weights[term] ?? 0 }
}
