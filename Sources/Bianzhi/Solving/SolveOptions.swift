import LinearProgramming

/// How to solve a scenario.
public struct SolveOptions: Sendable {
    /// Worker threads for independent blocks; at least 1.
    public var threads: Int
    /// Wall-clock limit for the whole solve in seconds; `nil` for none.
    public var timeLimit: Double?
    /// Solve everything as one model instead of independent blocks (slower; for checks).
    public var monolithic: Bool
    /// Also solve each block's LP relaxation to obtain duals for explanations.
    public var computeDuals: Bool
    /// How GLPK proves each block optimal (relaxation first by default; `branchAndCut` is
    /// the earlier path, kept for benchmarks against it).
    public var mipStrategy: MIPStrategy

    /// Creates options; by default one thread per core, no limit, decomposed, no duals.
    public init(threads: Int = SolveOptions.defaultThreads, timeLimit: Double? = nil, monolithic: Bool = false, computeDuals: Bool = false,
                mipStrategy: MIPStrategy = .relaxationFirst) {
        self.threads = max(1, threads)
        self.timeLimit = timeLimit
        self.monolithic = monolithic
        self.computeDuals = computeDuals
        self.mipStrategy = mipStrategy
    }

    /// The number of active processor cores.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

import Foundation
