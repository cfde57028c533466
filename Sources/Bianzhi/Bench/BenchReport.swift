/// The machine-readable output of `bianzhi bench --format json` (schema `bianzhi-bench/1`).
public struct BenchReport: Codable, Sendable, Equatable {
    /// Schema identifier; changes when a key changes meaning.
    public var schema: String
    /// Where the figures were measured.
    public var machine: Machine
    /// `release` or `debug`: timings of a debug build are not comparable.
    public var build: String
    /// Measured runs per scenario.
    public var runs: Int
    /// Worker threads for blocks and transfer plans.
    public var threads: Int
    /// One entry per scenario, in the order given.
    public var scenarios: [ScenarioBench]
    /// Peak resident memory (VmHWM) of the whole process, bytes; `nil` off Linux. It covers
    /// every scenario benched in this process: bench one scale per process for per-scale peaks.
    public var peakMemoryBytes: Int?

    /// The machine.
    public struct Machine: Codable, Sendable, Equatable {
        /// Active processor cores.
        public var cores: Int
        /// CPU model (from /proc/cpuinfo), `unknown` elsewhere.
        public var cpu: String
    }

    /// The current schema identifier.
    public static let schemaIdentifier = "bianzhi-bench/1"
}

/// The figures of one scenario.
public struct ScenarioBench: Codable, Sendable, Equatable {
    /// Scenario name (metadata).
    public var name: String
    /// Path of the YAML file.
    public var path: String
    /// Units, regions, pools and independent blocks.
    public var units: Int
    public var regions: Int
    public var pools: Int
    public var blocks: Int
    /// Units of the largest block (the longest single solve).
    public var largestBlockUnits: Int
    /// Blocks the network solver proved optimal (the rest went through the simplex).
    public var flowBlocks: Int
    /// Model size summed over the blocks.
    public var rows: Int
    public var columns: Int
    public var integerColumns: Int
    public var nonzeros: Int
    /// `optimal` when every run proved every block optimal, else the last run's status.
    public var status: String
    /// Runs whose solve was proven optimal.
    public var optimalRuns: Int
    /// Objective value of the last run; `nil` (left out of the JSON) when it found no
    /// allocation.
    public var objective: Double?
    /// Transfers in the plan of the last run.
    public var transfers: Int
    /// Min / median / max seconds per phase, in ``BenchPhase`` order.
    public var phases: [PhaseTiming]
    /// Min / median / max seconds of the whole run (sum of the phases).
    public var total: PhaseTiming
    /// Σ over blocks of model-building seconds (thread time, inside `solve`), median.
    public var modelBuildSeconds: Double
    /// Σ over blocks of GLPK seconds (thread time, inside `solve`), median.
    public var solverSeconds: Double
    /// VmHWM after this scenario's runs (process peak so far), bytes.
    public var peakMemoryBytes: Int?
}

/// Timing summary of one phase over the runs.
public struct PhaseTiming: Codable, Sendable, Equatable {
    /// Phase name (``BenchPhase`` raw value, or `total`).
    public var phase: String
    /// Seconds.
    public var min: Double
    public var median: Double
    public var max: Double

    /// Summarises samples (at least one); the median of an even count is the mean of the
    /// middle two.
    public init(phase: String, samples: [Double]) {
        let sorted = samples.sorted()
        self.phase = phase
        self.min = sorted.first ?? 0
        self.max = sorted.last ?? 0
        if sorted.isEmpty {
            self.median = 0
        } else if sorted.count % 2 == 1 {
            self.median = sorted[sorted.count / 2]
        } else {
            self.median = (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
    }
}

/// The phases of one end-to-end run.
public enum BenchPhase: String, Codable, Sendable, CaseIterable {
    /// Read and parse the YAML and the CSV unit table.
    case load
    /// ScenarioValidator: references, values, exact bound checks.
    case validate
    /// Derive the problem data: pools, unit bounds, share floors, weights.
    case build
    /// Decompose, build each block's model and solve it with GLPK on the thread pool.
    case solve
    /// The allocation and the min-cost-flow transfer plan.
    case transfers
    /// Render result.json, allocation.csv, transfers.csv and write them to a folder.
    case write
}
