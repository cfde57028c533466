/// Hard rules that bound each unit's new quota.
public struct Rules: Sendable, Equatable, Hashable {
    /// Bounded change per unit in one round; `nil` leaves change unbounded.
    public var maxChange: ChangeLimit?
    /// No dismissals: new quota ≥ min(quota, headcount − attrition).
    public var noDismissals: Bool
    /// `noDismissals: strict`: new quota ≥ min(quota, headcount) whatever the attrition (no
    /// departure is relied upon). Only meaningful with `noDismissals`.
    public var strictNoDismissals: Bool
    /// Over-quota units (超编) may not gain quota.
    public var overQuotaFrozen: Bool
    /// Yearly attrition share used for units whose attrition is not given (e.g. 0.03).
    /// Default 0: no departure is assumed unless the scenario says so.
    public var attritionRate: Double
    /// Need protection (不从缺编单位调出); hard by default.
    public var protectNeed: NeedProtection
    /// Where the rules section was declared.
    public var location: SourceLocation?

    /// Creates rules; defaults are the binding national rules (no dismissals, frozen
    /// over-quota units, need protection) with no attrition assumed and unbounded change.
    public init(
        maxChange: ChangeLimit? = nil, noDismissals: Bool = true, strictNoDismissals: Bool = false,
        overQuotaFrozen: Bool = true, attritionRate: Double = 0, protectNeed: NeedProtection = .hard,
        location: SourceLocation? = nil
    ) {
        self.maxChange = maxChange
        self.noDismissals = noDismissals
        self.strictNoDismissals = strictNoDismissals
        self.overQuotaFrozen = overQuotaFrozen
        self.attritionRate = attritionRate
        self.protectNeed = protectNeed
        self.location = location
    }
}
