/// Something in a ``Model`` that GLPK would abort the whole process on (or that would make
/// the result meaningless), found by ``Model/validate()`` before the solver is called.
///
/// The message names the variable or constraint by its model name, because the model's
/// author reads it, not GLPK's column numbers.
public struct ModelIssue: Sendable, Equatable, CustomStringConvertible {
    /// The category of the problem, for callers that react to some kinds differently.
    public enum Kind: Sendable, Equatable {
        /// A coefficient is NaN or infinite.
        case nonFiniteCoefficient
        /// An expression constant (objective or constraint) is NaN or infinite.
        case nonFiniteConstant
        /// A bound or right-hand side is NaN.
        case notANumberBound
        /// A lower bound of +∞ or an upper bound of −∞: nothing can satisfy it.
        case impossibleInfiniteBound
        /// The lower bound exceeds the upper bound.
        case crossedBounds
        /// An integer variable has a finite bound that is not a whole number.
        case fractionalIntegerBound
        /// An expression or call refers to a variable the model does not have.
        case unknownVariable
        /// More rows, columns or non-zeros than GLPK's `int` indices can address.
        case tooLarge
        /// A non-zero coefficient whose magnitude GLPK's scaling cannot take (outside
        /// ``Model/coefficientRange``): subnormal or 1e±200 values abort the process inside
        /// `glp_scale_prob` ("invalid scale factor").
        case unscalableCoefficient
        /// Two variables, or two constraints, share a name: messages and label maps would
        /// name the wrong one.
        case duplicateName
    }

    /// The category.
    public var kind: Kind
    /// A sentence for people, naming the variable or constraint.
    public var message: String

    /// Makes an issue.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
