import LinearProgramming
import Testing

@testable import Bianzhi

/// A solve stopped by its time limit is reported as an allocation that is not proven optimal,
/// with the gap of the whole scenario, never as a success in disguise.
@Suite("Time-limited solves")
struct TimeLimitStatusTests {
    static func outcome(_ index: Int, _ status: SolutionStatus, objective: Double, bound: Double?) -> BlockOutcome {
        BlockOutcome(
            block: Block(index: index, pools: [index], units: [], channels: [], shareFloors: []),
            status: status, objectiveValue: objective, bestBound: bound, newQuota: [], reserve: [], channelFlow: [],
            statistics: SolveStatistics(rows: 1, columns: 1, integerColumns: 1, nonzeros: 1, seconds: 0),
            buildSeconds: 0, solveSeconds: 0, duals: nil)
    }

    /// Block 0 optimal at 60, block 1 stopped at 40 with a bound of 30: the scenario's
    /// objective is 100, its bound 90, its gap 10 %.
    @Test func gapIsOverTheWholeScenario() {
        let run = SolveRun(outcomes: [Self.outcome(0, .optimal, objective: 60, bound: 60), Self.outcome(1, .feasible, objective: 40, bound: 30)],
                           threads: 1, seconds: 0)
        #expect(run.status == .feasible(gap: 0.1))
        #expect(run.status.hasAllocation)
    }

    @Test func unknownBoundMeansUnknownGap() {
        let run = SolveRun(outcomes: [Self.outcome(0, .feasible, objective: 40, bound: nil)], threads: 1, seconds: 0)
        #expect(run.status == .feasible(gap: nil))
    }

    @Test func noIncumbentWithinTheLimitIsNoAllocation() {
        let run = SolveRun(outcomes: [Self.outcome(0, .optimal, objective: 1, bound: 1), Self.outcome(1, .timeLimitWithoutSolution, objective: .nan, bound: nil)],
                           threads: 1, seconds: 0)
        #expect(run.status == .noSolutionWithinTimeLimit)
        #expect(!run.status.hasAllocation)
    }

    @Test func summarySaysNotProvenOptimalWithTheGap() throws {
        var result = try solve(Fixtures.county(units: [Fixtures.unit("A", quota: 1, headcount: 1)])).result
        result.status = "feasible"
        result.provenOptimal = false
        result.gap = 0.1
        #expect(SolveSummary.verdict(result) == "stopped at the time limit, NOT proven optimal (gap 10.0%)")
    }

    /// `--time-limit inf` or `1e300` passes the CLI's "positive" check; the deadline must not
    /// trap converting it to milliseconds, and such a limit is no limit.
    @Test(arguments: [Double.infinity, 1e300, 3e6])
    func hugeLimitIsNoLimitAndDoesNotTrap(_ seconds: Double) throws {
        let scenario = Fixtures.county(units: [Fixtures.unit("A", quota: 2, headcount: 1, need: 1), Fixtures.unit("B", quota: 1, headcount: 1, need: 2)])
        let output = try SolvePipeline(options: SolveOptions(threads: 1, timeLimit: seconds)).run(scenario: scenario)
        #expect(output.result.provenOptimal)
    }
}
