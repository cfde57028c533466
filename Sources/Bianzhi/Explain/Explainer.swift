import LinearProgramming

/// The whole `explain` job: check, solve, and explain the allocation or its absence.
///
/// Order: the validator's first pass (references and values; failures are invalid input);
/// the exact checks of ``FeasibilityChecks`` (failures prove infeasibility, and the elastic
/// re-solve adds ways out); otherwise the solve with duals, then ``DualAnalysis``,
/// ``BindingRules`` and, for one unit, ``UnitExplanation``.
public struct Explainer: Sendable {
    /// The backend.
    public var solver: any Solver
    /// Threads for the solve (and the re-solves that measure one quota more or less).
    public var threads: Int
    /// Most pools, and most channels, whose one-more / one-less effect is measured by
    /// re-solving their block: all of them up to this many, otherwise those with the largest
    /// |LP dual| (|reduced cost| for channels).
    public var measureLimit: Int
    /// Most units at a bound whose rule is checked for binding by re-solving their block
    /// (the rest are listed as at a bound, unchecked).
    public var checkLimit: Int
    /// The language of the conflicts and ways out (the rule groups and their advice): the
    /// run's `--lang`; what `solve --out` writes to explanation.json stays in that language.
    public var language: Language

    /// Creates an explainer.
    public init(
        solver: any Solver = GLPKSolver(), threads: Int = SolveOptions.defaultThreads, measureLimit: Int = 200, checkLimit: Int = 400,
        language: Language = .en
    ) {
        self.solver = solver
        self.language = language
        self.threads = max(1, threads)
        self.measureLimit = max(0, measureLimit)
        self.checkLimit = max(0, checkLimit)
    }

    /// Explains a loaded scenario, and the unit with id `unitID` when given.
    public func explain(_ scenario: Scenario, unitID: String? = nil) throws(ExplainError) -> Explanation {
        let report = ScenarioValidator.validate(scenario)
        if report.hasErrors { throw .invalidScenario(report) }
        var unitIndex: Int? = nil
        if let unitID {
            guard let u = scenario.units.firstIndex(where: { $0.id == unitID }) else { throw .unknownUnit(unitID) }
            unitIndex = u
        }
        var data = ProblemData(scenario: scenario)
        var path: [SolveResult.UnitYear]? = nil
        do {
            if data.horizon > 1 {
                if let u = unitIndex { path = try Self.path(data, unit: u, solver: solver, threads: threads) }
                data = ProblemData(scenario: Self.oneRound(scenario))
            }
            let checks = FeasibilityChecks.run(data)
            if !checks.isEmpty {
                var explanation = try explainInfeasible(data, checks: checks)
                if let u = unitIndex { explanation.unit = try UnitExplanation.build(data, unit: u, run: nil, allocation: nil, solver: solver) }
                return explanation
            }
            let run = try AllocationSolver(solver: solver).solve(data, options: SolveOptions(threads: threads, computeDuals: true))
            switch run.status {
            case .optimal, .feasible:
                break
            case .infeasible(let blocks):
                let infeasible = run.outcomes.map(\.block).filter { blocks.contains($0.index) }
                var explanation = try explainInfeasible(data, checks: [], blocks: infeasible)
                if let u = unitIndex { explanation.unit = try UnitExplanation.build(data, unit: u, run: nil, allocation: nil, solver: solver) }
                return explanation
            case .noSolutionWithinTimeLimit:
                throw ExplainError.failed("no allocation found within the time limit")
            case .failed(let message):
                throw ExplainError.failed(message)
            }
            let allocation = Allocation(data: data, run: run)
            var explanation = try explainSolved(data, run: run, allocation: allocation)
            if let u = unitIndex {
                explanation.unit = try UnitExplanation.build(data, unit: u, run: run, allocation: allocation, solver: solver)
                explanation.unit?.years = path
            }
            return explanation
        } catch let error as SolverError {
            throw .solver(error)
        } catch let error as ExplainError {
            throw error
        } catch {
            throw .failed("\(error)")
        }
    }

    /// Unit `u`'s path over the years of a multi-year plan (`nil` without a plan).
    static func path(_ data: ProblemData, unit u: Int, solver: any Solver, threads: Int) throws(SolverError) -> [SolveResult.UnitYear]? {
        let run = try AllocationSolver(solver: solver).solve(data, options: SolveOptions(threads: threads))
        guard run.status.hasAllocation else { return nil }
        let plan = YearlyAllocation(data: data, run: run)
        let none = [TransferPlan](repeating: TransferPlan(transfers: [], cost: 0), count: plan.years.count)
        return SolveResult.YearResult.build(plan: plan, transfers: none, data: data).map { $0.units[u] }
    }

    /// A multi-year scenario as one round with the whole horizon's departures (each unit's
    /// departures over the years as its figure): what `explain` analyses, so that every
    /// what-if re-solves the same model as the base. The unit section adds the yearly path.
    static func oneRound(_ scenario: Scenario) -> Scenario {
        var round = scenario
        let years = scenario.metadata.horizonYears
        round.metadata.horizonYears = 1
        for u in round.units.indices {
            round.units[u].attrition = UnitBounds.departures(of: scenario.units[u], rules: scenario.rules, years: years)
        }
        return round
    }

    /// The explanation of an allocation from its own solve (`run` solved with
    /// `computeDuals`; without duals, pools and channels are left out): pool and channel
    /// values, share floors met exactly and the rules that bind.
    public func explainSolved(_ data: ProblemData, run: SolveRun, allocation: Allocation) throws(SolverError) -> Explanation {
        if data.horizon > 1 {
            // A multi-year plan is explained as one round (``oneRound(_:)``), as `explain` does,
            // so that every measured what-if re-solves the model it is compared with.
            let round = ProblemData(scenario: Self.oneRound(data.scenario))
            let roundRun = try AllocationSolver(solver: solver).solve(round, options: SolveOptions(threads: threads, computeDuals: true))
            guard roundRun.status.hasAllocation else { throw .solverFailure("the one-round model of the multi-year plan has no allocation") }
            return try explainSolved(round, run: roundRun, allocation: Allocation(data: round, run: roundRun))
        }
        var poolValues = DualAnalysis.poolValues(data, run: run)
        let coverage = try MarginalEffects.measurePools(
            data, run: run, allocation: allocation, values: &poolValues, limit: measureLimit, threads: threads, solver: solver)
        var channelValues = DualAnalysis.channelValues(data, run: run, allocation: allocation)
        let channelCoverage = try MarginalEffects.measureChannels(
            data, run: run, allocation: allocation, values: &channelValues, limit: measureLimit, threads: threads, solver: solver)
        return Explanation(
            scenario: data.scenario.metadata.name, feasible: true,
            objective: DualAnalysis.clean(allocation.objectiveParts(data: data).values.reduce(0, +)),
            poolValues: poolValues,
            channelValues: channelValues,
            bindingFloors: try DualAnalysis.bindingFloors(data, run: run, allocation: allocation, checkLimit: checkLimit, threads: threads, solver: solver),
            bindingRules: try BindingRules.find(
                data, run: run, allocation: allocation, checkLimit: checkLimit, threads: threads, solver: solver, language: language),
            poolValuesNote: Self.coverageNote(pools: coverage, channels: channelCoverage))
    }

    /// Says which pools and channels were measured when not all of them were.
    static func coverageNote(pools: MarginalEffects.Coverage, channels: MarginalEffects.Coverage) -> String? {
        var parts: [String] = []
        if pools.measured < pools.total {
            parts.append("measured for the \(pools.measured) of \(pools.total) pools with the largest |LP dual|; the others show the LP dual only")
        }
        if channels.measured < channels.total {
            parts.append("measured for the \(channels.measured) of \(channels.total) channels with the largest |reduced cost|; the others show the reduced cost only")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// The explanation of a scenario without allocation: the exact `checks` that fail and,
    /// per block (the infeasible ones of a solve, or every block), each conflict and its ways
    /// out from the elastic re-solve. `blocks` are the solve's own blocks when there was one
    /// (they are not computed again).
    public func explainInfeasible(_ data: ProblemData, checks: [FeasibilityConflict] = [], blocks: [Block]? = nil) throws(SolverError) -> Explanation {
        let chosen = blocks ?? Decomposition(scenario: data.scenario, pools: data.pools, floors: data.floors).blocks
        var explanation = Explanation(scenario: data.scenario.metadata.name, feasible: false, checks: checks)
        let elastic = ElasticSolver(solver: solver, language: language)
        let findings = try WorkQueue.map(chosen.count, threads: threads) { (i: Int) throws(SolverError) -> [ElasticSolver.Finding] in
            try elastic.analyse(data, block: chosen[i])
        }
        for finding in findings.joined() {
            let number = explanation.conflicts.count
            explanation.conflicts.append(finding.conflict)
            explanation.waysOut += finding.waysOut.map { var way = $0; way.conflict = number; return way }
        }
        return explanation
    }
}

/// Why `explain` stopped without an explanation.
public enum ExplainError: Error, Sendable {
    /// The scenario fails validation (references and values).
    case invalidScenario(ValidationReport)
    /// `--unit` names no unit.
    case unknownUnit(String)
    /// The solver failed (a bug: the scenario was validated).
    case solver(SolverError)
    /// The solve ended without a verdict (time limit, failure).
    case failed(String)
}
