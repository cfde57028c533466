/// One rule's bound on one unit's new quota: "no dismissals holds 县委办 at ≥ 22".
///
/// ``UnitBounds`` keeps every term, not only the tightest, so that a relaxation of one rule
/// (the elastic model's ways out) still respects every other rule at the same unit.
public struct BoundTerm: Sendable, Equatable, Hashable {
    /// The rule.
    public var reason: BoundReason
    /// The bound it sets.
    public var value: Int
    /// The priority class (index into `Scenario.priorities`) for a priority floor.
    public var priorityClass: Int?

    /// Creates a term.
    public init(reason: BoundReason, value: Int, priorityClass: Int? = nil) {
        self.reason = reason
        self.value = value
        self.priorityClass = priorityClass
    }
}
