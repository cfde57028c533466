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
