/// Need protection (不从缺编单位调出): a unit is never cut below `min(quota, ⌈need⌉)`, so slimming
/// takes quota only from units above need and units short of need are never robbed to feed
/// each other.
///
/// Written `rules.protectNeed: true | false | {penalty: P}`; on (hard) by default.
public enum NeedProtection: Sendable, Equatable, Hashable {
    /// No protection: a unit below need may give quota away.
    case off
    /// Hard: the floor is a bound of the unit's new quota.
    case hard
    /// Soft: each quota below the floor costs `penalty` in the objective's penalties term.
    case soft(penalty: Double)

    /// Whether the floor is computed at all (hard or soft).
    public var isOn: Bool { self != .off }

    /// The protected floor of a unit: `min(quota, ⌈need⌉)`; `nil` without a need or when the
    /// floor is zero (nothing to protect).
    public static func floor(quota: Int, need: Double?) -> Int? {
        guard let need, need.isFinite, need > 0 else { return nil }
        let value = min(quota, Int((need - 1e-9).rounded(.up)))
        return value > 0 ? value : nil
    }
}
