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
        let checks = FeasibilityChecks.run(data)
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
        if run.status.hasAllocation {
            let a = Allocation(data: data, run: run)
            allocation = a
            do {
                plan = try TransferPlanner(solver: solver).plan(a, data: data, blocks: run.outcomes.map(\.block), threads: options.threads)
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
        let result = ResultBuilder.build(data: data, run: run, allocation: allocation, plan: plan, seconds: seconds)
        return PipelineOutput(data: data, run: run, allocation: allocation, plan: plan, result: result, warnings: report.warnings, checks: checks)
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
    /// The exact checks that failed (then nothing was solved and there is no allocation).
    public var checks: [FeasibilityConflict] = []
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
