/// A rule group of a block: every bound or row that one rule makes in one scope, tagged so
/// the elastic model can relax it as a whole.
///
/// Unit bounds are read from ``UnitBounds/lowerTerms`` and ``UnitBounds/upperTerms``: a new
/// ``BoundReason`` becomes a group here without any other change (its words live in
/// ``ElasticModel/advice(_:_:_:short:surplus:_:)``).
enum RuleGroup: Hashable, Comparable {
    /// A pool's balance: its total placed exactly (held unless nothing else explains).
    case poolTotal(Int)
    /// One unit rule over the units of one pool (`reason`, pool index).
    case unitRule(BoundReason, Int)
    /// The floors of one priority class (index into `Scenario.priorities`), over all pools.
    case priorityFloor(Int)
    /// One hard share floor.
    case shareFloor(Int)
    /// One channel's cap.
    case channelCap(Int)
    /// The shrink-only row of a pool ("只减不增").
    case shrinkOnly(Int)

    /// The group a unit's bound term belongs to.
    static func of(_ term: BoundTerm, pool p: Int) -> RuleGroup {
        if term.reason == .priorityFloor, let c = term.priorityClass { return .priorityFloor(c) }
        return .unitRule(term.reason, p)
    }

    /// Whether a way out may relax it. Pool totals only when nothing else explains a
    /// conflict; the shrink-only rule of a kind never ("只减不增" is set from above, and a
    /// way out through it could not be taken).
    var isRelaxableRule: Bool {
        switch self {
        case .poolTotal, .shrinkOnly: return false
        default: return true
        }
    }

    var isPoolTotal: Bool { if case .poolTotal = self { return true } else { return false } }

    private var order: (Int, Int, String) {
        switch self {
        case .poolTotal(let p): return (0, p, "")
        case .unitRule(let r, let p): return (1, p, r.rawValue)
        case .priorityFloor(let c): return (2, c, "")
        case .shareFloor(let f): return (3, f, "")
        case .channelCap(let c): return (4, c, "")
        case .shrinkOnly(let p): return (5, p, "")
        }
    }

    static func < (a: RuleGroup, b: RuleGroup) -> Bool { a.order < b.order }
}
