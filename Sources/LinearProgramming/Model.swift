/// A linear or mixed-integer program, independent of any solver.
///
/// A value type so it can be built on one task and solved on another; GLPK objects only
/// exist for the duration of ``GLPKSolver/solve(_:options:)``. Rows and columns keep the
/// order in which they were added, so the same construction always yields the same model.
public struct Model: Sendable {
    /// A name for the model, used in the MPS `NAME` line.
    public var name: String
    /// Column definitions; ``Variable/index`` points into this array.
    public private(set) var variables: [VariableDefinition] = []
    /// Rows; ``ConstraintRef/index`` points into this array.
    public private(set) var constraints: [Constraint] = []
    /// The normalised objective; its constant is added to the reported objective value.
    public private(set) var objective = LinearExpression()
    /// Whether ``objective`` is minimised or maximised.
    public private(set) var sense: OptimizationSense = .minimize
    /// Problems found while building that cannot be seen in the stored model any more
    /// (a non-finite constant folded into a bound, a call with a foreign variable).
    private var recordedIssues: [ModelIssue] = []

    /// An empty model: no variables, no constraints, minimise 0.
    public init(name: String = "model") {
        self.name = name
    }

    /// Adds a column and returns its handle; bounds default to `[0, +∞)`.
    @discardableResult
    public mutating func addVariable(name: String, kind: VariableKind = .continuous,
                                     lowerBound: Double = 0, upperBound: Double = .infinity) -> Variable {
        variables.append(VariableDefinition(name: name, kind: kind, lowerBound: lowerBound, upperBound: upperBound))
        return Variable(index: variables.count - 1)
    }

    /// Adds the row `expression relation rhs`; the expression's constant is moved to the
    /// right-hand side.
    ///
    /// A vacuous infinite right-hand side (`≤ +∞`, `≥ -∞`) is allowed and makes a free row,
    /// so "unlimited" parameters need no special case; impossible ones (`≤ -∞`, `= ±∞`)
    /// and NaN are reported by ``validate()``.
    @discardableResult
    public mutating func addConstraint(_ expression: LinearExpression, _ relation: Relation,
                                       _ rhs: Double, name: String) -> ConstraintRef {
        if !expression.constant.isFinite {
            recordedIssues.append(ModelIssue(kind: .nonFiniteConstant,
                message: "constraint '\(name)' has non-finite constant \(expression.constant)"))
        }
        // An infinite rhs must stay infinite even when the constant is finite (∞ - c = ∞).
        let bound = rhs - (expression.constant.isFinite ? expression.constant : 0)
        let (lower, upper): (Double, Double)
        switch relation {
        case .lessOrEqual: (lower, upper) = (-.infinity, bound)
        case .greaterOrEqual: (lower, upper) = (bound, .infinity)
        case .equal: (lower, upper) = (bound, bound)
        }
        return appendRow(name: name, expression: expression, lower: lower, upper: upper)
    }

    /// Adds the range row `lowerBound ≤ expression ≤ upperBound`; the expression's constant
    /// is subtracted from both bounds. Either bound may be infinite.
    @discardableResult
    public mutating func addConstraint(name: String, lowerBound: Double, _ expression: LinearExpression,
                                       upperBound: Double) -> ConstraintRef {
        if !expression.constant.isFinite {
            recordedIssues.append(ModelIssue(kind: .nonFiniteConstant,
                message: "constraint '\(name)' has non-finite constant \(expression.constant)"))
        }
        let constant = expression.constant.isFinite ? expression.constant : 0
        return appendRow(name: name, expression: expression,
                         lower: lowerBound - constant, upper: upperBound - constant)
    }

    private mutating func appendRow(name: String, expression: LinearExpression,
                                    lower: Double, upper: Double) -> ConstraintRef {
        var normalized = expression.normalized()
        normalized.constant = 0
        constraints.append(Constraint(name: name, expression: normalized, lowerBound: lower, upperBound: upper))
        return ConstraintRef(index: constraints.count - 1)
    }

    /// Replaces the objective; its constant is kept and reported in the objective value.
    public mutating func setObjective(_ expression: LinearExpression, sense: OptimizationSense = .minimize) {
        objective = expression.normalized()
        self.sense = sense
    }

    /// Changes a variable's bounds (e.g. to fix it for a re-solve).
    ///
    /// A handle from another model is recorded as an issue rather than trapping, so the
    /// mistake surfaces through ``validate()`` with the other problems.
    public mutating func setBounds(_ v: Variable, lower: Double, upper: Double) {
        guard variables.indices.contains(v.index) else {
            recordedIssues.append(ModelIssue(kind: .unknownVariable,
                message: "setBounds refers to variable #\(v.index), but the model has \(variables.count) variables"))
            return
        }
        variables[v.index].lowerBound = lower
        variables[v.index].upperBound = upper
    }

    /// The number of non-zero constraint coefficients (the size of GLPK's matrix).
    public var numberOfNonzeros: Int {
        constraints.reduce(0) { $0 + $1.expression.terms.count }
    }

    /// Issues noted while building, for ``validate()``.
    var issuesRecordedWhileBuilding: [ModelIssue] { recordedIssues }
}
