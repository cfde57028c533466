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

/// One part of the objective.
public enum ObjectiveTerm: String, Sendable, Equatable, Hashable, CaseIterable, Codable, Comparable {
    /// Quotas below need, weighted by priority class.
    case shortfall
    /// Quotas above need (slimming, 瘦身).
    case excess
    /// Quotas moved: gains plus cuts.
    case moves
    /// Quotas below soft share floors, weighted by each floor's penalty.
    case penalties
    /// Quotas sent through channels, weighted by each channel's cost.
    case channels

    private var order: Int { ObjectiveTerm.allCases.firstIndex(of: self)! }
    /// Declaration order.
    public static func < (lhs: ObjectiveTerm, rhs: ObjectiveTerm) -> Bool { lhs.order < rhs.order }
}
