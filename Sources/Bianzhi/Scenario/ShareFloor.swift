/// A floor on the quota held by some units of a scope, e.g. "township share of the county's
/// 行政编制 may not fall" or "police stations ≥ 40 % of county police".
///
/// The floor amount is `⌈share × B⌉` where `B` is, with `base: new` (the default), the scope's
/// new total of `kind` — the declared control totals of the pools inside the scope (after
/// cuts), plus the current quota of scope units whose pool reaches above the scope — and with
/// `base: current` the current quota of all units of `kind` in the subtree of `scope`.
/// Either way `B` is a constant, so the row stays a plain floor and the LP stays integral.
/// `.current` keeps the selected units' current sum.
public struct ShareFloor: Sendable, Equatable, Hashable {
    /// Display name, e.g. `乡镇行政编制占比`.
    public var name: String
    /// Region identifier whose subtree is measured.
    public var scope: String
    /// Quota kind measured.
    public var kind: String
    /// Which units count towards the share.
    public var selector: UnitSelector
    /// The floor.
    public var floor: Floor
    /// What the share is measured against.
    public var base: Base
    /// Hard floors must hold; soft ones cost `penalty` per quota short.
    public var hard: Bool
    /// Objective cost per quota below a soft floor.
    public var penalty: Double
    /// Where the floor was declared.
    public var location: SourceLocation?

    /// Creates a share floor.
    public init(
        name: String, scope: String, kind: String, selector: UnitSelector, floor: Floor,
        hard: Bool = true, penalty: Double = 10, base: Base = .new, location: SourceLocation? = nil
    ) {
        self.name = name
        self.scope = scope
        self.kind = kind
        self.selector = selector
        self.floor = floor
        self.hard = hard
        self.base = base
        self.penalty = penalty
        self.location = location
    }

    /// The total a share is measured against.
    public enum Base: String, Sendable, Equatable, Hashable, CaseIterable {
        /// The scope's new total of the kind (declared totals after cuts). The default.
        case new
        /// The scope's current total of the kind (the meaning before version 2).
        case current
    }

    /// The floor's value.
    public enum Floor: Sendable, Equatable, Hashable {
        /// A share of the scope's current quota of the kind, in [0, 1].
        case share(Double)
        /// The selected units' current total: the share may not fall.
        case current
    }
}
