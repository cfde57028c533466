/// How far one unit's quota may move in one round, up or down:
/// `min(atMost, max(atLeast, ⌊share × quota⌋))`.
///
/// `share` scales with size; `atLeast` lets small units move "a few quotas" all the same;
/// `atMost` caps large units.
public struct ChangeLimit: Sendable, Equatable, Hashable {
    /// Share of the current quota, e.g. 0.2.
    public var share: Double?
    /// Minimum allowance whatever the unit's size.
    public var atLeast: Int?
    /// Absolute cap.
    public var atMost: Int?

    /// Creates a change limit.
    public init(share: Double? = nil, atLeast: Int? = nil, atMost: Int? = nil) {
        self.share = share
        self.atLeast = atLeast
        self.atMost = atMost
    }

    /// The allowed change for a unit of the given current quota; `nil` when unbounded.
    public func limit(forQuota quota: Int) -> Int? {
        var value: Int? = nil
        if let share { value = Int((share * Double(quota) + 1e-9).rounded(.down)) }
        if let atLeast { value = max(value ?? atLeast, atLeast) }
        if let atMost { value = min(value ?? atMost, atMost) }
        return value
    }
}
