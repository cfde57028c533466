/// Which fix the exact checks offer (the words are the catalogue's: ``FeasibilityFix``).
enum RuleWords {
    /// The fix of a pool whose floors exceed what it can hold, offering only what can work:
    /// a channel or a higher total only where the kind may grow.
    /// `capacity` is what the pool can hold now; a higher total helps only while that is
    /// below the current sum (a shrink-only pool never holds more).
    static func poolFloorsFix(short: Int, total: Int, current: Int, capacity: Int, shrinkOnly: Bool, hasChannelIn: Bool) -> FeasibilityFix {
        let canGrow = !shrinkOnly || capacity < current
        return .relaxPoolFloors(
            short: short, raiseTotalTo: total < current && canGrow ? current : nil,
            more: !canGrow ? .none : hasChannelIn ? .raiseChannelCaps : .channelFromAbove)
    }
}
