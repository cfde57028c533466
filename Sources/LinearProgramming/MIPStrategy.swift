/// How ``GLPKSolver`` proves a MIP optimal.
public enum MIPStrategy: String, Sendable, CaseIterable {
    /// Solve the LP relaxation with the simplex (scaled, advanced initial basis, no
    /// presolve) first; when its optimum is already integral it is the MIP optimum, proven
    /// by the relaxation's own bound, and `glp_intopt` is never called. Otherwise
    /// `glp_intopt` branches from that optimal basis. Much faster on models whose
    /// relaxation is integral (network matrices): GLPK's MIP presolver dominated them.
    case relaxationFirst
    /// `glp_intopt` straight away with GLPK's presolver (the behaviour before
    /// ``relaxationFirst``), kept to measure against and as a fallback.
    case branchAndCut
}
