/// A handle to a constraint of a ``Model``, used to read its activity and dual.
public struct ConstraintRef: Hashable, Sendable {
    /// Position of the constraint in ``Model/constraints``; rows are numbered in this order.
    public let index: Int

    /// Makes a handle for the constraint at `index`.
    public init(index: Int) {
        self.index = index
    }
}
