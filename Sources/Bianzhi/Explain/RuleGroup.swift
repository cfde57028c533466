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
    /// The no-cut rule (保重点) of one priority class, over all pools.
    case priorityNoCut(Int)
    /// One unit's own rule (`locked`, `unitMinimum` or `unitMaximum`; unit index): the
    /// planner set it for that unit alone, so it gives way for that unit alone.
    case unitBound(BoundReason, Int)
    /// One hard share floor.
    case shareFloor(Int)
    /// One channel's cap.
    case channelCap(Int)
    /// The shrink-only row of a pool ("只减不增").
    case shrinkOnly(Int)

    /// The group a unit's bound term belongs to.
    static func of(_ term: BoundTerm, unit u: Int, pool p: Int) -> RuleGroup {
        switch term.reason {
        case .priorityFloor: if let c = term.priorityClass { return .priorityFloor(c) }
        case .priorityNoCut: if let c = term.priorityClass { return .priorityNoCut(c) }
        case .locked, .unitMinimum, .unitMaximum: return .unitBound(term.reason, u)
        default: break
        }
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
        case .priorityNoCut(let c): return (3, c, "")
        case .unitBound(let r, let u): return (4, u, r.rawValue)
        case .shareFloor(let f): return (5, f, "")
        case .channelCap(let c): return (6, c, "")
        case .shrinkOnly(let p): return (7, p, "")
        }
    }

    static func < (a: RuleGroup, b: RuleGroup) -> Bool { a.order < b.order }
}
