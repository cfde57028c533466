/// Which side of a unit's range a bound is: its floor or its ceiling.
public enum BoundSide: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    /// The least new quota allowed.
    case lower
    /// The most new quota allowed.
    case upper
}
