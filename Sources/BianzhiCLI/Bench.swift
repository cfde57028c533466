import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi bench [SCENARIO…] [--scale S --seeds A...B] --runs N`: phase timings.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time load, validate, build, solve, transfers and write on scenarios (min / median / max over runs).",
        discussion: """
            Give scenario files, or --scale with --seeds to bench generated data (generated into a \
            temporary folder, generation not timed). Peak memory is the process's VmHWM: bench one \
            scale per process to get per-scale peaks.
            """)

    @Argument(help: "Scenario files (YAML).")
    var scenarios: [String] = []

    @Option(name: .long, help: "Bench generated data of this scale: county, city or province.")
    var scale: ScenarioGenerator.Scale?

    @Option(name: .long, help: "Seeds of the generated data: N or A...B (default 1).")
    var seeds: String = "1"

    @Option(name: .long, help: "Measured runs per scenario.")
    var runs: Int = 5

    @Option(name: .long, help: "Threads solving independent blocks (default: the number of cores).")
    var threads: Int = SolveOptions.defaultThreads

    @Option(name: .long, help: "Output: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if runs < 1 { throw ValidationError("--runs must be at least 1.") }
        if threads < 1 { throw ValidationError("--threads must be at least 1.") }
        if scenarios.isEmpty && scale == nil { throw ValidationError("give scenario files or --scale.") }
        if !scenarios.isEmpty && scale != nil { throw ValidationError("give scenario files or --scale, not both.") }
        if Self.parseSeeds(seeds) == nil { throw ValidationError("--seeds must be N or A...B with A ≤ B.") }
    }

    /// `N` or `A...B`.
    static func parseSeeds(_ text: String) -> [UInt64]? {
        let parts = text.components(separatedBy: "...")
        if parts.count == 1, let n = UInt64(parts[0]) { return [n] }
        guard parts.count == 2, let a = UInt64(parts[0]), let b = UInt64(parts[1]), a <= b, b - a < 10_000 else { return nil }
        return Array(a...b)
    }

    func run() throws {
        var paths = scenarios
        var folder: String? = nil
        if let scale {
            let base = NSTemporaryDirectory() + "bianzhi-bench-data-\(ProcessInfo.processInfo.processIdentifier)"
            folder = base
            for seed in Self.parseSeeds(seeds)! {
                let dir = base + "/\(scale.rawValue)-\(seed)"
                do {
                    try ScenarioGenerator(scale: scale, seed: seed).write(to: dir)
                } catch {
                    Terminal.error("error: \(error)\n")
                    throw ExitStatus.internalError
                }
                paths.append(dir + "/" + ScenarioGenerator.scenarioFileName)
            }
        }
        defer { if let folder { try? FileManager.default.removeItem(atPath: folder) } }
        let report: BenchReport
        do {
            report = try BenchRunner(runs: runs, threads: threads).run(paths: paths)
        } catch {
            switch error {
            case .unreadable(_, let failure): throw ScenarioReporting.unreadable(failure)
            case .invalid(_, let diagnostics): throw ScenarioReporting.invalid(diagnostics)
            case .solver(_, let message): throw ScenarioReporting.internalError(message)
            case .output(let failure):
                Terminal.error("error: \(failure)\n")
                throw ExitStatus.internalError
            }
        }
        switch format {
        case .text: print(BenchRunner.text(report), terminator: "")
        case .json:
            do {
                print(try BenchRunner.json(report), terminator: "")
            } catch {
                throw ScenarioReporting.internalError("\(error)")
            }
        }
    }
}
