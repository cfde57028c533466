/// A decision variable of a ``Model``: a handle, not the definition.
///
/// Handles are plain indices so that expressions stay cheap value types that can be built
/// anywhere and sent across threads; the definition (name, kind, bounds) lives in
/// ``Model/variables`` at `index`.
public struct Variable: Hashable, Sendable, Comparable {
    /// Position of the variable in ``Model/variables``; columns are numbered in this order.
    public let index: Int

    /// Makes a handle for the variable at `index`, for callers that store indices themselves.
    ///
    /// ``Model/addVariable(name:kind:lowerBound:upperBound:)`` is the usual source of handles;
    /// a handle that does not belong to the model is reported by ``Model/validate()``.
    public init(index: Int) {
        self.index = index
    }

    /// Orders variables by column index, which is the deterministic order used everywhere.
    public static func < (lhs: Variable, rhs: Variable) -> Bool {
        lhs.index < rhs.index
    }
}
