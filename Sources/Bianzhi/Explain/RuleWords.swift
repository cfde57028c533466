/// The words of the exact checks' fixes that are not in the catalogue yet (the rule groups
/// and ways out are: ``ExplainRuleText``).
enum RuleWords {
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
