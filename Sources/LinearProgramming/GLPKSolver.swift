import CGLPK

/// Solves models with GLPK 5.0 (`glp_simplex` for LPs; for MIPs the LP relaxation first and
/// `glp_intopt` only when its optimum is fractional, see ``MIPStrategy``).
///
/// Safe to call concurrently from several threads: GLPK keeps its state per thread, and
/// each call creates, solves and deletes its own problem synchronously on the calling
/// thread, which is the only pattern GLPK tolerates (a problem used or deleted on another
/// thread aborts). Models are validated first because GLPK aborts the process on bad input.
public struct GLPKSolver: Solver {
    /// Makes a solver; it holds no state.
    public init() {}

    /// Validates `model` and `options`, then solves; see ``Solver/solve(_:options:)``.
    public func solve(_ model: Model, options: SolverOptions) throws(SolverError) -> Solution {
        let issues = model.validate()
        guard issues.isEmpty else { throw .invalidModel(issues) }
        let timeLimit = try Self.milliseconds(options.timeLimit)
        // glp_intopt aborts on a negative mip_gap.
        guard options.relativeGap.isFinite, options.relativeGap >= 0 else {
            throw .solverFailure("relative gap must be a finite number ≥ 0, got \(options.relativeGap)")
        }
        return Self.run(model, options, timeLimit: timeLimit)
    }

    /// GLPK wants an `int` of milliseconds and aborts on a negative one.
    private static func milliseconds(_ seconds: Double?) throws(SolverError) -> Int32 {
        guard let seconds else { return Int32.max }
        guard seconds >= 0 else {
            throw .solverFailure("time limit must be a number of seconds ≥ 0, got \(seconds)")
        }
        let ms = (seconds * 1000).rounded(.up)
        return ms >= Double(Int32.max) ? Int32.max : Int32(ms)
    }

    /// The whole GLPK lifetime of one problem: nothing here may suspend or hop threads.
    private static func run(_ model: Model, _ options: SolverOptions, timeLimit: Int32) -> Solution {
        let clock = ContinuousClock()
        let start = clock.now
        let asMIP = !options.relaxIntegrality && model.variables.contains { $0.kind == .integer }
        let prob = glp_create_prob()!
        defer {
            glp_delete_prob(prob)
            if freesEnvironment { glp_free_env() }
        }
        load(model, into: prob, integer: asMIP)
        // Scale explicitly: glp_simplex does not scale by itself and glp_intopt's presolver
        // does so only when presolve is on, so `presolve: false` would otherwise also switch
        // scaling off. ``Model/validate()`` keeps every coefficient within what this takes.
        if model.constraints.count > 0 && model.variables.count > 0 {
            // glp_scale_prob prints "Scaling..." unless terminal output is off (per thread).
            let previous = glp_term_out(GLP_OFF)
            glp_scale_prob(prob, GLP_SF_AUTO)
            glp_term_out(previous)
        }

        var solution: Solution
        if asMIP {
            solution = solveMIP(prob, model, options, timeLimit: timeLimit)
        } else {
            solution = solveLP(prob, model, options, timeLimit: timeLimit)
        }
        let elapsed = clock.now - start
        solution.statistics.seconds = Double(elapsed.components.seconds)
            + Double(elapsed.components.attoseconds) * 1e-18
        return solution
    }

    /// Whether to release GLPK's per-thread environment after each solve, so threads of a
    /// pool do not each keep one. Measured at about 1 µs per solve on a 3-row LP (6.6 µs
    /// against 5.6 µs), so it is worth it.
    static let freesEnvironment = true

    // MARK: Loading

    private static func load(_ model: Model, into prob: OpaquePointer, integer: Bool) {
        let m = model.constraints.count
        let n = model.variables.count
        // glp_add_rows / glp_add_cols abort on a count of 0.
        if m > 0 { glp_add_rows(prob, Int32(m)) }
        if n > 0 { glp_add_cols(prob, Int32(n)) }

        for (j, variable) in model.variables.enumerated() {
            let column = Int32(j + 1)
            glp_set_col_bnds(prob, column, boundType(variable.lowerBound, variable.upperBound),
                             finite(variable.lowerBound), finite(variable.upperBound))
            if integer && variable.kind == .integer {
                glp_set_col_kind(prob, column, GLP_IV)
            }
        }
        for (i, row) in model.constraints.enumerated() {
            glp_set_row_bnds(prob, Int32(i + 1), boundType(row.lowerBound, row.upperBound),
                             finite(row.lowerBound), finite(row.upperBound))
        }

        glp_set_obj_dir(prob, model.sense == .minimize ? GLP_MIN : GLP_MAX)
        glp_set_obj_coef(prob, 0, model.objective.constant)
        for term in model.objective.terms {
            glp_set_obj_coef(prob, Int32(term.variable.index + 1), term.coefficient)
        }

        // One glp_load_matrix call with 1-based arrays; slot 0 is ignored by GLPK.
        // Rows are normalised, so no (i, j) pair repeats (a repeat would abort).
        let nonzeros = model.numberOfNonzeros
        var ia = [Int32](repeating: 0, count: nonzeros + 1)
        var ja = [Int32](repeating: 0, count: nonzeros + 1)
        var ar = [Double](repeating: 0, count: nonzeros + 1)
        var k = 1
        for (i, row) in model.constraints.enumerated() {
            for term in row.expression.terms {
                ia[k] = Int32(i + 1)
                ja[k] = Int32(term.variable.index + 1)
                ar[k] = term.coefficient
                k += 1
            }
        }
        ia.withUnsafeBufferPointer { ia in
            ja.withUnsafeBufferPointer { ja in
                ar.withUnsafeBufferPointer { ar in
                    glp_load_matrix(prob, Int32(nonzeros), ia.baseAddress, ja.baseAddress, ar.baseAddress)
                }
            }
        }
    }

    /// GLPK's bound type for `lower ≤ x ≤ upper`; equal bounds must be `GLP_FX`, because
    /// a double bound with `lower == upper` is rejected.
    static func boundType(_ lower: Double, _ upper: Double) -> Int32 {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): GLP_FR
        case (true, false): GLP_LO
        case (false, true): GLP_UP
        case (true, true): lower == upper ? GLP_FX : GLP_DB
        }
    }

    /// GLPK ignores the bound of an unbounded side, but an infinity there is still odd input.
    private static func finite(_ bound: Double) -> Double {
        bound.isFinite ? bound : 0
    }

    // MARK: LP

    private static func simplexParameters(_ options: SolverOptions, timeLimit: Int32, presolve: Bool) -> glp_smcp {
        var parm = glp_smcp()
        glp_init_smcp(&parm)
        parm.presolve = presolve ? GLP_ON : GLP_OFF
        parm.msg_lev = options.log ? GLP_MSG_ON : GLP_MSG_OFF
        parm.tm_lim = timeLimit
        return parm
    }

    private static func solveLP(_ prob: OpaquePointer, _ model: Model, _ options: SolverOptions,
                                timeLimit: Int32) -> Solution {
        var parm = simplexParameters(options, timeLimit: timeLimit, presolve: options.presolve)
        let code = glp_simplex(prob, &parm)
        let stats = statistics(model, integerColumns: 0)
        let status: SolutionStatus
        switch code {
        case 0:
            switch glp_get_status(prob) {
            case GLP_OPT: status = .optimal
            case GLP_FEAS: status = .feasible
            case GLP_NOFEAS: status = .infeasible
            case GLP_UNBND: status = .unbounded
            case let other: status = .failed("glp_simplex returned 0 with solution status \(other)")
            }
        case GLP_ENOPFS: status = .infeasible
        case GLP_ENODFS: status = infeasibleOrUnbounded(prob, options, timeLimit: timeLimit)
        case GLP_ETMLIM:
            status = glp_get_status(prob) == GLP_FEAS ? .feasible : .timeLimitWithoutSolution
        default: status = .failed("glp_simplex returned \(code) (\(meaning(of: code)))")
        }
        guard status == .optimal || status == .feasible else {
            return noSolution(status, stats)
        }
        let n = model.variables.count
        let m = model.constraints.count
        let objective = glp_get_obj_val(prob)
        var solution = Solution(
            status: status,
            objectiveValue: objective,
            values: (0..<n).map { glp_get_col_prim(prob, Int32($0 + 1)) },
            rowActivities: (0..<m).map { glp_get_row_prim(prob, Int32($0 + 1)) },
            statistics: stats)
        if status == .optimal {
            solution.rowDuals = (0..<m).map { glp_get_row_dual(prob, Int32($0 + 1)) }
            solution.reducedCosts = (0..<n).map { glp_get_col_dual(prob, Int32($0 + 1)) }
            solution.gap = 0
            solution.bestBound = objective
        }
        return solution
    }

    /// After "no dual feasible solution" the presolver leaves no basis, and the problem may
    /// be unbounded or both primal and dual infeasible. A plain simplex run without presolve
    /// tells them apart; on these small-to-medium models it costs little.
    private static func infeasibleOrUnbounded(_ prob: OpaquePointer, _ options: SolverOptions,
                                              timeLimit: Int32) -> SolutionStatus {
        var parm = simplexParameters(options, timeLimit: timeLimit, presolve: false)
        glp_std_basis(prob)
        let code = glp_simplex(prob, &parm)
        if code == 0 && glp_get_prim_stat(prob) == GLP_NOFEAS { return .infeasible }
        return .unbounded
    }

    // MARK: MIP

    private static func solveMIP(_ prob: OpaquePointer, _ model: Model, _ options: SolverOptions,
                                 timeLimit: Int32) -> Solution {
        let integerColumns = model.variables.count { $0.kind == .integer }
        let stats = statistics(model, integerColumns: integerColumns)
        var presolve = options.presolve
        if options.mipStrategy == .relaxationFirst {
            switch relaxation(prob, model, options, timeLimit: timeLimit, stats: stats) {
            case .solved(let solution): return solution
            case .branchFromBasis: presolve = false
            }
        } else if !presolve {
            // Without the presolver glp_intopt needs an optimal LP basis, else GLP_EROOT.
            var lp = simplexParameters(options, timeLimit: timeLimit, presolve: false)
            let code = glp_simplex(prob, &lp)
            if code != 0 || glp_get_status(prob) != GLP_OPT {
                let relaxed = solveLPStatusOnly(prob, code: code)
                // An infeasible relaxation means an infeasible MIP; anything else is reported as is.
                return noSolution(relaxed, stats)
            }
        }

        var parm = glp_iocp()
        glp_init_iocp(&parm)
        parm.presolve = presolve ? GLP_ON : GLP_OFF
        parm.msg_lev = options.log ? GLP_MSG_ON : GLP_MSG_OFF
        parm.tm_lim = timeLimit
        parm.mip_gap = options.relativeGap
        parm.gmi_cuts = options.gomoryCuts ? GLP_ON : GLP_OFF
        parm.cb_func = MIPProgress.callback
        let progress = MIPProgress()
        parm.cb_info = Unmanaged.passUnretained(progress).toOpaque()
        let code = withExtendedLifetime(progress) { glp_intopt(prob, &parm) }

        let mipStatus = glp_mip_status(prob)
        let incumbent = mipStatus == GLP_OPT || mipStatus == GLP_FEAS
        let status: SolutionStatus
        switch code {
        case 0:
            switch mipStatus {
            case GLP_OPT: status = .optimal
            case GLP_FEAS: status = .feasible
            case GLP_NOFEAS: status = .infeasible
            default: status = .failed("glp_intopt returned 0 with MIP status \(mipStatus)")
            }
        case GLP_EMIPGAP:
            // Stopped because the requested relative gap was reached: optimal within it.
            status = incumbent ? .optimal : .failed("glp_intopt reached the MIP gap without an incumbent")
        case GLP_ETMLIM: status = incumbent ? .feasible : .timeLimitWithoutSolution
        case GLP_ENOPFS: status = .infeasible
        case GLP_ENODFS: status = infeasibleOrUnbounded(prob, options, timeLimit: timeLimit)
        default: status = .failed("glp_intopt returned \(code) (\(meaning(of: code)))")
        }
        guard status == .optimal || status == .feasible else {
            return noSolution(status, stats)
        }
        let objective = glp_mip_obj_val(prob)
        var solution = Solution(
            status: status,
            objectiveValue: objective,
            values: (0..<model.variables.count).map { glp_mip_col_val(prob, Int32($0 + 1)) },
            rowActivities: (0..<model.constraints.count).map { glp_mip_row_val(prob, Int32($0 + 1)) },
            gap: progress.gap,
            bestBound: progress.bestBound,
            statistics: stats)
        if code == 0 && mipStatus == GLP_OPT {
            solution.gap = 0
            solution.bestBound = objective
        }
        return solution
    }

    /// What the relaxation-first path established.
    private enum RelaxationOutcome {
        /// The MIP is settled: an integral LP optimum, or no MIP solution can exist.
        case solved(Solution)
        /// The LP optimum is fractional; its optimal basis is loaded for `glp_intopt`.
        case branchFromBasis
    }

    /// Solves the LP relaxation of a MIP (see ``MIPStrategy/relaxationFirst``): scaled (by
    /// `run`), from GLPK's advanced initial basis, primal then dual simplex as GLPK chooses, no
    /// presolve. An optimum whose integer columns are all integral (within 1e-9, then
    /// rounded exactly) is the MIP optimum, proven by the relaxation bound it attains.
    private static func relaxation(_ prob: OpaquePointer, _ model: Model, _ options: SolverOptions,
                                   timeLimit: Int32, stats: SolveStatistics) -> RelaxationOutcome {
        // Already scaled by `run`; the advanced basis prints like the scaling does.
        let previous = glp_term_out(GLP_OFF)
        glp_adv_basis(prob, 0)
        glp_term_out(previous)
        var lp = simplexParameters(options, timeLimit: timeLimit, presolve: false)
        let code = glp_simplex(prob, &lp)
        guard code == 0, glp_get_status(prob) == GLP_OPT else {
            // Infeasible relaxation: infeasible MIP. Unbounded relaxation: the MIP is
            // unbounded or infeasible, which the presolver-free check below tells apart.
            var status = solveLPStatusOnly(prob, code: code)
            if status == .unbounded { status = infeasibleOrUnbounded(prob, options, timeLimit: timeLimit) }
            return .solved(noSolution(status, stats))
        }
        let n = model.variables.count
        var values = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var value = glp_get_col_prim(prob, Int32(j + 1))
            if model.variables[j].kind == .integer {
                let whole = value.rounded()
                guard abs(value - whole) <= 1e-9 else { return .branchFromBasis }
                value = whole
            }
            values[j] = value
        }
        // As glp_mip_obj_val does: the objective at the (rounded) values.
        let objective = model.objective.terms.reduce(model.objective.constant) { $0 + $1.coefficient * values[$1.variable.index] }
        return .solved(Solution(
            status: .optimal,
            objectiveValue: objective,
            values: values,
            rowActivities: (0..<model.constraints.count).map { glp_get_row_prim(prob, Int32($0 + 1)) },
            gap: 0,
            bestBound: objective,
            statistics: stats))
    }

    /// Status of a failed LP relaxation solved without presolve, for the MIP path.
    private static func solveLPStatusOnly(_ prob: OpaquePointer, code: Int32) -> SolutionStatus {
        if code == 0 {
            switch glp_get_status(prob) {
            case GLP_NOFEAS: return .infeasible
            case GLP_UNBND: return .unbounded
            case let other: return .failed("LP relaxation ended with status \(other)")
            }
        }
        if code == GLP_ETMLIM { return .timeLimitWithoutSolution }
        return .failed("glp_simplex returned \(code) (\(meaning(of: code))) on the LP relaxation")
    }

    // MARK: Helpers

    private static func statistics(_ model: Model, integerColumns: Int) -> SolveStatistics {
        SolveStatistics(rows: model.constraints.count, columns: model.variables.count,
                        integerColumns: integerColumns, nonzeros: model.numberOfNonzeros, seconds: 0)
    }

    private static func noSolution(_ status: SolutionStatus, _ stats: SolveStatistics) -> Solution {
        Solution(status: status, objectiveValue: .nan, values: [], rowActivities: [], statistics: stats)
    }

    /// GLPK's own wording for its return codes, for ``SolutionStatus/failed(_:)``.
    static func meaning(of code: Int32) -> String {
        switch code {
        case GLP_EBADB: "invalid basis"
        case GLP_ESING: "singular matrix"
        case GLP_ECOND: "ill-conditioned matrix"
        case GLP_EBOUND: "invalid bounds"
        case GLP_EFAIL: "solver failed"
        case GLP_EOBJLL: "objective lower limit reached"
        case GLP_EOBJUL: "objective upper limit reached"
        case GLP_EITLIM: "iteration limit exceeded"
        case GLP_ETMLIM: "time limit exceeded"
        case GLP_ENOPFS: "no primal feasible solution"
        case GLP_ENODFS: "no dual feasible solution"
        case GLP_EROOT: "root LP optimum not provided"
        case GLP_ESTOP: "search terminated by application"
        case GLP_EMIPGAP: "relative MIP gap tolerance reached"
        case GLP_ENOFEAS: "no primal/dual feasible solution"
        case GLP_ENOCVG: "no convergence"
        case GLP_EINSTAB: "numerical instability"
        case GLP_EDATA: "invalid data"
        case GLP_ERANGE: "result out of range"
        default: "unknown code"
        }
    }
}
