/// The words explanations use for unit rules, in one place (one case per ``BoundReason``),
/// so a new bound reason needs its words here and nowhere else, and the message catalogue
/// can take them over as a block.
enum RuleWords {
    /// "the no-dismissal floors": the group of one rule over a pool's units.
    static func groupNoun(_ reason: BoundReason) -> String {
        switch reason {
        case .zero: return "the zero floors"
        case .noDismissals: return "the no-dismissal floors"
        case .changeLimit: return "the change limits"
        case .priorityFloor: return "the priority floors"
        case .overQuotaFrozen: return "the over-quota freeze"
        case .poolTotal: return "the pool-total ceilings"
        case .needProtection: return "the need-protection floors"
        case .priorityNoCut: return "the no-cut rule"
        case .locked: return "the lock"
        case .unitMinimum: return "the minimum"
        case .unitMaximum: return "the maximum"
        }
    }

    /// What relaxing one unit rule of a pool by `amount` means, with the units it touches.
    static func advice(_ reason: BoundReason, pool: String, amount: Int, listed: String) -> String {
        let q = amount == 1 ? "quota" : "quotas"
        switch reason {
        case .noDismissals:
            return "go \(amount) \(q) below the no-dismissal floors of \(pool): \(listed) (staff in post would have to leave or move first; give the expected attrition if people are leaving)"
        case .changeLimit:
            return "let units of \(pool) move \(amount) \(q) beyond their change limits: \(listed) (raise rules.maxChange)"
        case .overQuotaFrozen:
            return "let over-quota units of \(pool) gain \(amount) \(q): \(listed) (lift overQuotaFrozen for them)"
        case .priorityFloor:
            return "lower the priority floors in \(pool) by \(amount) \(q): \(listed)"
        case .needProtection:
            return "cut \(amount) \(q) from units of \(pool) at or below need: \(listed) (rules.protectNeed: false, or {penalty: P} to make it soft)"
        case .priorityNoCut:
            return "let units of \(pool) lose \(amount) \(q): \(listed) (drop noCut for their class)"
        case .locked:
            return "unlock \(pool) (锁定) and let it move \(amount) \(q): \(listed)"
        case .unitMinimum:
            return "lower the minimum (下限) of \(pool) by \(amount) \(q): \(listed)"
        case .unitMaximum:
            return "raise the maximum (上限) of \(pool) by \(amount) \(q): \(listed)"
        case .zero, .poolTotal:
            return "relax \(groupNoun(reason)) of \(pool) by \(amount) \(q): \(listed)"
        }
    }

    /// What a pool `short` quotas below its floors would need: a higher total up to the
    /// current sum (allowed), beyond it only a channel from above (严控总量).
    static func totalShort(pool: String, short: Int, total: Int, current: Int) -> String {
        let q = short == 1 ? "quota" : "quotas"
        if total + short <= current {
            return "raise the total of \(pool) by \(short) \(q), from \(total) to \(total + short) (at most its current sum \(current))"
        }
        return "\(pool) would need \(short) more \(q) than its total \(total): beyond its current sum \(current) only through a channel from above, since a total may not grow (严控总量)"
    }

    /// The fix of a pool whose floors exceed what it can hold, offering only what can work:
    /// a channel or a higher total only where the kind may grow.
    /// `capacity` is what the pool can hold now; a higher total helps only while that is
    /// below the current sum (a shrink-only pool never holds more).
    static func poolFloorsFix(short: Int, total: Int, current: Int, capacity: Int, shrinkOnly: Bool, hasChannelIn: Bool) -> String {
        var fix = "relax the rules that set these floors by \(short) quotas (noDismissals, maxChange, needFloor, protectNeed, noCut, locks)"
        let canGrow = !shrinkOnly || capacity < current
        if total < current, canGrow { fix += ", raise the pool's total toward its current sum \(current)" }
        if canGrow { fix += hasChannelIn ? ", or raise the caps of the channels into the pool" : ", or bring quotas in through a channel from above" }
        return fix + "."
    }
}
