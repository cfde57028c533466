/// Hard rules that bound each unit's new quota.
public struct Rules: Sendable, Equatable, Hashable {
    /// Bounded change per unit in one round; `nil` leaves change unbounded.
    public var maxChange: ChangeLimit?
    /// No dismissals: new quota ≥ min(quota, headcount − attrition).
    public var noDismissals: Bool
    /// Over-quota units (超编) may not gain quota.
    public var overQuotaFrozen: Bool
    /// Yearly attrition share used for units whose attrition is not given (e.g. 0.03).
    public var attritionRate: Double
    /// Where the rules section was declared.
    public var location: SourceLocation?

    /// Creates rules; defaults are the binding national rules (no dismissals, frozen
    /// over-quota units) with 3 % yearly attrition and unbounded change.
    public init(
        maxChange: ChangeLimit? = nil, noDismissals: Bool = true, overQuotaFrozen: Bool = true,
        attritionRate: Double = 0.03, location: SourceLocation? = nil
    ) {
        self.maxChange = maxChange
        self.noDismissals = noDismissals
        self.overQuotaFrozen = overQuotaFrozen
        self.attritionRate = attritionRate
        self.location = location
    }
}
