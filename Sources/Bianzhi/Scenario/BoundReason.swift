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

    /// English phrase for messages (the catalogue's entry, Localization/ScenarioTerms.swift).
    public var englishDescription: String { text(.en) }

    /// The phrase planners use (the catalogue's entry).
    public var chineseDescription: String { text(.zh) }
}
