import Foundation
import LinearProgramming

/// The whole `solve` job: load → validate → derive → solve blocks → allocation → transfer
/// plan → result, timing each phase.
///
/// Stages only flow forward: no stage reaches back into an earlier one.
public struct SolvePipeline: Sendable {
    /// How to solve.
    public var options: SolveOptions
    /// The backend.
    public var solver: any Solver

    /// Creates a pipeline.
    public init(options: SolveOptions = SolveOptions(), solver: any Solver = GLPKSolver()) {
        self.options = options
        self.solver = solver
    }

    /// Loads, validates and solves the scenario at `path`; `duals` decides from the number
    /// of units whether the solve keeps LP duals (``SolveOptions/computeDuals``).
    public func run(path: String, duals: (Int) -> Bool = { _ in false }) throws(PipelineError) -> PipelineOutput {
        let clock = ContinuousClock()
        let start = clock.now
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(path: path)
        } catch {
            throw .unreadable(error)
        }
        let loaded = clock.now
        var pipeline = self
        if duals(scenario.units.count) { pipeline.options.computeDuals = true }
        return try pipeline.run(scenario: scenario, loadSeconds: (loaded - start).seconds)
    }

    /// Validates and solves a loaded scenario.
    ///
    /// Phases timed (seconds, in `result.statistics.seconds`): `load` (given), `validate`,
    /// `build` (pools, unit bounds, share floors), `solve` (block models built and solved),
    /// `transfers`, `total`; and `modelBuild`, the thread time spent building block models
    /// inside `solve`. `bianzhi bench` reports the same phases.
    public func run(scenario: Scenario, loadSeconds: Double = 0) throws(PipelineError) -> PipelineOutput {
        let clock = ContinuousClock()
        let start = clock.now
        let report = ScenarioValidator.validate(scenario)
        if report.hasErrors { throw .invalidScenario(report) }
        let validated = clock.now
        let data = ProblemData(scenario: scenario)
        // The exact checks prove some conflicts without a solver (and a floor above a ceiling
        // is not even a valid model): no solve then, the scenario has no allocation.
        // A multi-year plan is checked on its first year: the tightest box, and later years can
        // keep the first year's quotas, so the plan is feasible exactly when year 1 is.
        let checks = FeasibilityChecks.located(data.firstYear)
        let derived = clock.now
        let run: SolveRun
        if !checks.isEmpty {
            run = SolveRun(outcomes: [], threads: 0, seconds: 0, provenInfeasible: true)
        } else {
            do {
                run = try AllocationSolver(solver: solver).solve(data, options: options)
            } catch {
                throw .solver(error)
            }
        }
        let solved = clock.now
        var allocation: Allocation? = nil
        var plan: TransferPlan? = nil
        var years: YearlyAllocation? = nil
        var yearTransfers: [TransferPlan] = []
        if run.status.hasAllocation {
            let a = Allocation(data: data, run: run)
            allocation = a
            do {
                plan = try TransferPlanner(solver: solver).plan(a, data: data, blocks: run.outcomes.map(\.block), threads: options.threads)
                if data.horizon > 1 {
                    let yearly = YearlyAllocation(data: data, run: run)
                    years = yearly
                    yearTransfers = try Self.yearlyTransfers(yearly, data: data, run: run, threads: options.threads, solver: solver)
                }
            } catch {
                throw .solver(error)
            }
        }
        let planned = clock.now
        let seconds: [String: Double] = [
            "load": loadSeconds,
            "validate": (validated - start).seconds,
            "build": (derived - validated).seconds,
            "solve": (solved - derived).seconds,
            "modelBuild": run.outcomes.reduce(0.0) { $0 + $1.buildSeconds },
            "transfers": (planned - solved).seconds,
            "total": loadSeconds + (planned - start).seconds,
        ]
        var result = ResultBuilder.build(
            data: data, run: run, allocation: allocation, plan: plan, seconds: seconds, peopleInPostAfter: years?.peopleInPost.last)
        result.years = years.map { SolveResult.YearResult.build(plan: $0, transfers: yearTransfers, data: data) }
        return PipelineOutput(data: data, run: run, allocation: allocation, plan: plan, result: result, warnings: report.warnings, checks: checks)
    }
}

extension SolvePipeline {
    /// The transfers of each year of a multi-year plan: the year before (today for year 1)
    /// to the year; a cut of a pool's total is cancelled in year 1.
    static func yearlyTransfers(
        _ plan: YearlyAllocation, data: ProblemData, run: SolveRun, threads: Int, solver: any Solver
    ) throws(SolverError) -> [TransferPlan] {
        let planner = TransferPlanner(solver: solver)
        let blocks = run.outcomes.map(\.block)
        var before = Allocation(
            newQuota: data.scenario.units.map(\.quota), reserve: plan.years[0].reserve.map { _ in 0 },
            channelFlow: plan.years[0].channelFlow.map { _ in 0 })
        var transfers: [TransferPlan] = []
        for (t, year) in plan.years.enumerated() {
            let cancelled = data.pools.pools.indices.map { t == 0 ? year.cancelled(pool: $0, data: data) : 0 }
            transfers.append(try planner.plan(from: before, to: year, cancelled: cancelled, data: data, blocks: blocks, threads: threads))
            before = year
        }
        return transfers
    }
}

/// Everything a solve produced.
public struct PipelineOutput: Sendable {
    /// Derived scenario data.
    public var data: ProblemData
    /// The blocks' outcomes.
    public var run: SolveRun
    /// The allocation, when one exists.
    public var allocation: Allocation?
    /// The transfer plan, when an allocation exists.
    public var plan: TransferPlan?
    /// The exchange format.
    public var result: SolveResult
    /// Validation warnings (not errors).
    public var warnings: [Diagnostic]
    /// The exact checks that failed (then nothing was solved and there is no allocation),
    /// each told in the run's language by ``FeasibilityChecks/Located/conflict(_:)``.
    public var checks: [FeasibilityChecks.Located] = []
}

/// Why a pipeline stopped.
public enum PipelineError: Error, Sendable {
    /// The scenario file could not be read or parsed.
    case unreadable(ScenarioLoadError)
    /// The scenario failed validation.
    case invalidScenario(ValidationReport)
    /// The solver failed or rejected the model (a bug: the scenario was validated).
    case solver(SolverError)
}
