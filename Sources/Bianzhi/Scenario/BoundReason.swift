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
    /// Need protection (不从缺编单位调出): new quota ≥ min(quota, ⌈need⌉).
    case needProtection
    /// A priority class with `noCut` (保重点): new quota ≥ quota.
    case priorityNoCut
    /// The unit is locked (锁定): new quota = quota.
    case locked
    /// The unit's own lower bound (下限).
    case unitMinimum
    /// The unit's own upper bound (上限).
    case unitMaximum

    /// English phrase for messages.
    public var englishDescription: String {
        switch self {
        case .zero: return "zero"
        case .noDismissals: return "no dismissals"
        case .changeLimit: return "change limit"
        case .priorityFloor: return "priority floor"
        case .overQuotaFrozen: return "over-quota freeze"
        case .poolTotal: return "pool total"
        case .needProtection: return "need protection"
        case .priorityNoCut: return "no cut for the priority class"
        case .locked: return "locked"
        case .unitMinimum: return "unit minimum"
        case .unitMaximum: return "unit maximum"
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
        case .needProtection: return "保障需求: 不从缺编单位调出"
        case .priorityNoCut: return "保重点: 不核减"
        case .locked: return "锁定"
        case .unitMinimum: return "单位下限"
        case .unitMaximum: return "单位上限"
        }
    }
}
