import Foundation
import LinearProgramming
import Synchronization

/// Solves a validated scenario: decomposes it into independent blocks, solves them on a
/// pool of threads and gathers the outcomes in block order.
///
/// Results are stored by block index and never by completion order, so the allocation is the
/// same with one thread or many.
public struct AllocationSolver: Sendable {
    /// The backend; GLPK by default.
    public var solver: any Solver
    /// Creates a solver over the given backend.
    public init(solver: any Solver = GLPKSolver()) {
        self.solver = solver
    }

    /// Solves every block and returns the outcomes, ordered by block index.
    public func solve(_ data: ProblemData, options: SolveOptions) throws(SolverError) -> SolveRun {
        let clock = ContinuousClock()
        let start = clock.now
        let decomposition = Decomposition(scenario: data.scenario, pools: data.pools, floors: data.floors, monolithic: options.monolithic)
        let blocks = decomposition.blocks
        // A limit past Int32.max ms (~24.8 days, GLPK's own ceiling) or infinite is no limit;
        // converting it to Int64 milliseconds would trap.
        let deadline = options.timeLimit.flatMap { seconds -> ContinuousClock.Instant? in
            let ms = (seconds * 1000).rounded(.up)
            return ms < Double(Int32.max) ? start + .milliseconds(Int64(max(0, ms))) : nil
        }
        let blockSolver = BlockSolver(
            data: data, solver: solver, options: SolverOptions(mipStrategy: options.mipStrategy),
            computeDuals: options.computeDuals)

        // Largest blocks first keeps the threads busy until the end.
        let order = blocks.indices.sorted { (blocks[$0].units.count, $1) > (blocks[$1].units.count, $0) }
        let workers = min(options.threads, max(1, blocks.count))
        let outcomes = try WorkQueue.map(blocks.count, threads: workers, order: order) { (b: Int) throws(SolverError) -> BlockOutcome in
            try blockSolver.solve([blocks[b]], deadline: deadline)
        }
        return SolveRun(outcomes: outcomes, threads: workers, seconds: (clock.now - start).seconds)
    }
}

/// The outcomes of all blocks of one solve.
public struct SolveRun: Sendable {
    /// One outcome per block, in block order.
    public var outcomes: [BlockOutcome]
    /// Threads actually used.
    public var threads: Int
    /// Wall-clock seconds for the whole solve.
    public var seconds: Double
    /// True when the exact checks proved that no allocation exists, so nothing was solved.
    public var provenInfeasible = false

    /// The overall verdict: optimal only if every block is.
    public var status: SolveStatus {
        if provenInfeasible { return .infeasible(blocks: []) }
        var gapKnown = true
        var anyFeasible = false
        for outcome in outcomes {
            switch outcome.status {
            case .optimal: continue
            case .feasible:
                anyFeasible = true
                if outcome.bestBound == nil { gapKnown = false }
            case .infeasible: return .infeasible(blocks: outcomes.filter { $0.status == .infeasible }.map(\.block.index))
            case .unbounded: return .failed("block \(outcome.block.index) is unbounded")
            case .timeLimitWithoutSolution: return .noSolutionWithinTimeLimit
            case .failed(let message): return .failed(message)
            }
        }
        if !anyFeasible { return .optimal }
        guard gapKnown else { return .feasible(gap: nil) }
        let value = objectiveValue
        let bound = outcomes.reduce(0.0) { $0 + ($1.bestBound ?? $1.objectiveValue) }
        return .feasible(gap: abs(value - bound) / max(1e-9, abs(value)))
    }

    /// The blocks whose rules cannot all hold.
    public var infeasibleBlocks: [Block] { outcomes.filter { $0.status == .infeasible }.map(\.block) }

    /// Sum of the blocks' objective values.
    public var objectiveValue: Double { outcomes.reduce(0) { $0 + $1.objectiveValue } }

    /// Model size summed over the blocks.
    public var statistics: SolveStatistics {
        outcomes.reduce(SolveStatistics(rows: 0, columns: 0, integerColumns: 0, nonzeros: 0, seconds: 0)) {
            SolveStatistics(
                rows: $0.rows + $1.statistics.rows, columns: $0.columns + $1.statistics.columns,
                integerColumns: $0.integerColumns + $1.statistics.integerColumns,
                nonzeros: $0.nonzeros + $1.statistics.nonzeros, seconds: $0.seconds + $1.solveSeconds)
        }
    }
}

/// The verdict of a whole solve.
public enum SolveStatus: Sendable, Equatable {
    /// Every block proven optimal.
    case optimal
    /// Stopped by the time limit with an allocation; the relative gap when known.
    case feasible(gap: Double?)
    /// The rules cannot all hold in these blocks.
    case infeasible(blocks: [Int])
    /// The time limit passed before any allocation was found.
    case noSolutionWithinTimeLimit
    /// The solver failed.
    case failed(String)

    /// Whether an allocation exists to report.
    public var hasAllocation: Bool {
        switch self {
        case .optimal, .feasible: return true
        default: return false
        }
    }
}
