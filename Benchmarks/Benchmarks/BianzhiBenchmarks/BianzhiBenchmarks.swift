import Benchmark
import Bianzhi
import Foundation

// County, city and province solves end to end, and the phases that matter, on data from
// `bianzhi generate` (seed 1), generated once per process into a temporary folder.
//
// Run from Benchmarks/:   swift package benchmark --no-progress
// Check thresholds:       swift package benchmark thresholds check --no-progress
// Update thresholds:      swift package --allow-writing-to-package-directory benchmark thresholds update --no-progress

/// The YAML path of a generated scenario of this scale (generated on first use).
func scenarioPath(_ scale: ScenarioGenerator.Scale) -> String {
    scenarioPath(ScenarioGenerator(scale: scale, seed: 1), name: scale.rawValue)
}

/// The YAML path of a generated scenario (generated on first use under `name`).
func scenarioPath(_ generator: ScenarioGenerator, name: String) -> String {
    let dir = NSTemporaryDirectory() + "bianzhi-benchmarks-\(ProcessInfo.processInfo.processIdentifier)/\(name)-1"
    let path = dir + "/" + ScenarioGenerator.scenarioFileName
    if !FileManager.default.fileExists(atPath: path) {
        try! generator.write(to: dir)
    }
    return path
}

/// The whole `solve --out` job: load, validate, derive, solve, transfer plan, write files.
func endToEnd(_ path: String, into folder: String) throws -> SolveResult {
    let scenario = try ScenarioLoader.load(path: path)
    let output = try SolvePipeline().run(scenario: scenario)
    try ResultFiles.fileSet(output.result).write(to: folder)
    return output.result
}

let benchmarks: @Sendable () -> Void = {
    // Wall clock is what the targets are about; CPU and mallocs show where it goes.
    // (Instruction counts are not available on these VMs.)
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident]
    let tolerance = BenchmarkThresholds(
        relative: [.p50: 35.0, .p75: 50.0], absolute: [:])
    func configuration(_ iterations: Int, seconds: Int) -> Benchmark.Configuration {
        .init(
            metrics: metrics, timeUnits: .milliseconds, warmupIterations: 1,
            maxDuration: .seconds(seconds), maxIterations: iterations,
            thresholds: [.wallClock: tolerance, .cpuTotal: tolerance, .peakMemoryResident: tolerance])
    }

    let scales: [(ScenarioGenerator.Scale, Int, Int)] = [(.county, 50, 10), (.city, 15, 20), (.province, 5, 60)]
    for (scale, iterations, seconds) in scales {
        let out = NSTemporaryDirectory() + "bianzhi-benchmarks-out-\(ProcessInfo.processInfo.processIdentifier)-\(scale.rawValue)"

        Benchmark("\(scale.rawValue) end to end", configuration: configuration(iterations, seconds: seconds)) { benchmark in
            let path = scenarioPath(scale)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try endToEnd(path, into: out))
            }
        }

        Benchmark("\(scale.rawValue) load", configuration: configuration(iterations, seconds: seconds)) { benchmark in
            let path = scenarioPath(scale)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try ScenarioLoader.load(path: path))
            }
        }

        Benchmark("\(scale.rawValue) validate + derive", configuration: configuration(iterations, seconds: seconds)) { benchmark in
            let scenario = try ScenarioLoader.load(path: scenarioPath(scale))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(ScenarioValidator.validate(scenario))
                blackHole(ProblemData(scenario: scenario))
            }
        }

        Benchmark("\(scale.rawValue) solve", configuration: configuration(iterations, seconds: seconds)) { benchmark in
            let data = ProblemData(scenario: try ScenarioLoader.load(path: scenarioPath(scale)))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                let run = try AllocationSolver().solve(data, options: SolveOptions())
                precondition(run.status == .optimal, "\(scale) not proven optimal")
                blackHole(run)
            }
        }

        Benchmark("\(scale.rawValue) transfer plan", configuration: configuration(iterations, seconds: seconds)) { benchmark in
            let data = ProblemData(scenario: try ScenarioLoader.load(path: scenarioPath(scale)))
            let allocation = Allocation(data: data, run: try AllocationSolver().solve(data, options: SolveOptions()))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try TransferPlanner().plan(allocation, data: data, threads: SolveOptions.defaultThreads))
            }
        }
    }

    // One block of a given size (a city whose 事业编制 pools are joined by channels): the
    // solve should grow about linearly with the block (BENCHMARKS.md, "Block size").
    for units in [2_000, 8_000] {
        Benchmark("joined block \(units) solve", configuration: configuration(10, seconds: 20)) { benchmark in
            let path = scenarioPath(ScenarioGenerator(joinedBlockUnits: units, seed: 1), name: "block\(units)")
            let data = ProblemData(scenario: try ScenarioLoader.load(path: path))
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                let run = try AllocationSolver().solve(data, options: SolveOptions())
                precondition(run.status == .optimal, "joined block \(units) not proven optimal")
                blackHole(run)
            }
        }
    }

    // The country (~1.1 million units, ~3 GB, about a minute): only when asked, never in CI.
    //   BIANZHI_BENCH_COUNTRY=1 swift package benchmark --filter country --no-progress
    if ProcessInfo.processInfo.environment["BIANZHI_BENCH_COUNTRY"] == "1" {
        let out = NSTemporaryDirectory() + "bianzhi-benchmarks-out-\(ProcessInfo.processInfo.processIdentifier)-country"
        Benchmark("country end to end", configuration: configuration(1, seconds: 600)) { benchmark in
            let path = scenarioPath(.country)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try endToEnd(path, into: out))
            }
        }
    }
}
