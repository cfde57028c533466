/// The outcome of a solve: status, values and, for LPs, duals.
public struct Solution: Sendable {
    /// What the solve established.
    public var status: SolutionStatus
    /// Objective value including the objective's constant; NaN when there is no solution.
    public var objectiveValue: Double
    /// Variable values by ``Variable/index``; empty when there is no solution.
    public var values: [Double]
    /// Constraint activities `Σ aⱼ·xⱼ` by ``ConstraintRef/index``; empty when there is no
    /// solution.
    public var rowActivities: [Double]
    /// Row dual values by ``ConstraintRef/index``, present only when the model was solved as
    /// an LP (no integer variables, or ``SolverOptions/relaxIntegrality``) to optimality.
    ///
    /// GLPK's convention, for both senses: the dual is the rate of change of the objective
    /// value per unit increase of the row's active bound. So for a maximisation a binding
    /// `≤` row has a dual ≥ 0 and a binding `≥` row one ≤ 0; for a minimisation the signs
    /// are reversed. Non-binding rows have 0.
    public var rowDuals: [Double]?
    /// Reduced costs by ``Variable/index`` (same availability as ``rowDuals``):
    /// `cⱼ − Σᵢ aᵢⱼ·dualᵢ`, the rate of change of the objective per unit increase of a
    /// non-basic variable; 0 for basic variables.
    public var reducedCosts: [Double]?
    /// Relative MIP gap `|incumbent − bound| / |incumbent|` as GLPK computes it: 0 when
    /// optimal, the last gap seen when stopped early with an incumbent, nil with no solution.
    public var gap: Double?
    /// The best bound on the optimum known when the solve ended, when recorded (for a MIP
    /// from GLPK's search tree while it ran; for an optimum, the objective value).
    public var bestBound: Double?
    /// Size of the problem and time taken.
    public var statistics: SolveStatistics

    /// Makes a solution.
    public init(status: SolutionStatus, objectiveValue: Double, values: [Double], rowActivities: [Double],
                rowDuals: [Double]? = nil, reducedCosts: [Double]? = nil, gap: Double? = nil,
                bestBound: Double? = nil, statistics: SolveStatistics) {
        self.status = status
        self.objectiveValue = objectiveValue
        self.values = values
        self.rowActivities = rowActivities
        self.rowDuals = rowDuals
        self.reducedCosts = reducedCosts
        self.gap = gap
        self.bestBound = bestBound
        self.statistics = statistics
    }

    /// True when there are values to read: the status is optimal or feasible.
    public var hasSolution: Bool {
        status == .optimal || status == .feasible
    }

    /// The value of `v`, or NaN when there is no solution (or `v` is not in the model), so
    /// that a missing value poisons arithmetic instead of trapping.
    public func value(_ v: Variable) -> Double {
        values.indices.contains(v.index) ? values[v.index] : .nan
    }

    /// The value of an expression, including its constant, at this solution.
    public func value(_ e: LinearExpression) -> Double {
        e.terms.reduce(e.constant) { $0 + $1.coefficient * value($1.variable) }
    }

    /// The dual of a constraint when duals were computed (see ``rowDuals``), else nil.
    public func dual(_ c: ConstraintRef) -> Double? {
        guard let rowDuals, rowDuals.indices.contains(c.index) else { return nil }
        return rowDuals[c.index]
    }
}
