/// How to run a solve; the defaults prove optimality with no time limit and no output.
public struct SolverOptions: Sendable {
    /// Wall-clock limit in seconds; `nil` for none. On expiry a MIP returns its incumbent
    /// as ``SolutionStatus/feasible`` (with ``Solution/gap``) if it has one.
    public var timeLimit: Double?
    /// Stop the MIP search once the relative gap between incumbent and bound is at most
    /// this; 0 proves optimality.
    public var relativeGap: Double
    /// Run GLPK's presolver. Needed by `glp_intopt` unless an LP basis is supplied, and
    /// it detects infeasibility early; only turn it off to investigate GLPK itself.
    public var presolve: Bool
    /// Generate Gomory mixed-integer cuts; off by default as in GLPK, helps some hard MIPs.
    public var gomoryCuts: Bool
    /// Solve the LP relaxation with the simplex method instead of the MIP, which yields
    /// row duals and reduced costs (a MIP has none) for explanations.
    public var relaxIntegrality: Bool
    /// Let GLPK print its progress log to standard output.
    public var log: Bool
    /// How a MIP is solved; ``MIPStrategy/relaxationFirst`` by default.
    public var mipStrategy: MIPStrategy

    /// Makes options; every parameter has the default described on its property.
    public init(timeLimit: Double? = nil, relativeGap: Double = 0, presolve: Bool = true,
                gomoryCuts: Bool = false, relaxIntegrality: Bool = false, log: Bool = false,
                mipStrategy: MIPStrategy = .relaxationFirst) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.gomoryCuts = gomoryCuts
        self.relaxIntegrality = relaxIntegrality
        self.log = log
        self.mipStrategy = mipStrategy
    }
}
