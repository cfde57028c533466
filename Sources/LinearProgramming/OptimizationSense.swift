/// Whether the objective is to be made as small or as large as possible.
public enum OptimizationSense: Sendable {
    /// Find the smallest objective value.
    case minimize
    /// Find the largest objective value.
    case maximize
}
