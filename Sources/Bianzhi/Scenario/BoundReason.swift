/// The rule that set a unit's lower or upper bound, so a report can say why a unit could not
/// move further ("held at 171 by the 基层一线 priority floor").
public enum BoundReason: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Nothing binds: a quota cannot be negative.
    case zero
    /// No dismissals: new quota ≥ min(quota, headcount − attrition).
    case noDismissals
    /// Bounded change: at most `limit` quotas up or down in one round.
    case changeLimit
    /// A hard priority floor: new quota ≥ ⌈needFloor × need⌉.
    case priorityFloor
    /// Over-quota units (超编) may not gain quota.
    case overQuotaFrozen
    /// The unit cannot hold more than its pool's whole control total.
    case poolTotal

    /// English phrase for messages.
    public var englishDescription: String {
        switch self {
        case .zero: return "zero"
        case .noDismissals: return "no dismissals"
        case .changeLimit: return "change limit"
        case .priorityFloor: return "priority floor"
        case .overQuotaFrozen: return "over-quota freeze"
        case .poolTotal: return "pool total"
        }
    }

    /// The phrase planners use (reports in Chinese).
    public var chineseDescription: String {
        switch self {
        case .zero: return "下限为零"
        case .noDismissals: return "不裁减在编人员"
        case .changeLimit: return "调整幅度限制"
        case .priorityFloor: return "重点保障下限"
        case .overQuotaFrozen: return "超编单位不增编"
        case .poolTotal: return "总量控制"
        }
    }
}
