/// Whether a variable may take any real value in its bounds or only integers.
public enum VariableKind: Sendable, Equatable {
    /// Any real value between the bounds.
    case continuous
    /// Only integer values between the bounds; makes the model a mixed-integer program.
    case integer
}
