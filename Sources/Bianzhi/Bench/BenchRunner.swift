import Foundation
import LinearProgramming

/// Times the whole `solve` job phase by phase on scenario files, several runs each.
public struct BenchRunner: Sendable {
    /// Measured runs per scenario (at least 1).
    public var runs: Int
    /// Worker threads.
    public var threads: Int
    /// How GLPK proves blocks optimal (to compare the strategies in one run).
    public var mipStrategy: MIPStrategy

    /// Creates a runner.
    public init(runs: Int, threads: Int = SolveOptions.defaultThreads, mipStrategy: MIPStrategy = .relaxationFirst) {
        self.runs = max(1, runs)
        self.threads = max(1, threads)
        self.mipStrategy = mipStrategy
    }

    /// Benches every scenario in order.
    public func run(paths: [String]) throws(BenchError) -> BenchReport {
        var scenarios: [ScenarioBench] = []
        for path in paths { scenarios.append(try bench(path: path)) }
        return BenchReport(
            schema: BenchReport.schemaIdentifier,
            machine: .init(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: Self.cpuModel()),
            build: Self.buildConfiguration, runs: runs, threads: threads, scenarios: scenarios,
            peakMemoryBytes: Self.peakMemoryBytes())
    }

    /// Runs one scenario `runs` times.
    public func bench(path: String) throws(BenchError) -> ScenarioBench {
        var samples = [[Double]](repeating: [], count: BenchPhase.allCases.count)
        var totals: [Double] = [], modelBuild: [Double] = [], solver: [Double] = []
        var optimalRuns = 0
        var last: (data: ProblemData, run: SolveRun, transfers: Int, status: String)? = nil
        let folder = NSTemporaryDirectory() + "bianzhi-bench-\(ProcessInfo.processInfo.processIdentifier)"
        defer { try? FileManager.default.removeItem(atPath: folder) }

        for _ in 0..<runs {
            let clock = ContinuousClock()
            let output: PipelineOutput
            do {
                output = try SolvePipeline(options: SolveOptions(threads: threads, mipStrategy: mipStrategy)).run(path: path)
            } catch {
                switch error {
                case .unreadable(let failure): throw .unreadable(path: path, failure)
                case .invalidScenario(let report): throw .invalid(path: path, report)
                case .solver(let failure): throw .solver(path: path, "\(failure)")
                }
            }
            let written = clock.now
            do {
                try ResultFiles.fileSet(output.result).write(to: folder)
            } catch {
                throw .output(error)
            }
            let write = (clock.now - written).seconds
            let phases = output.result.statistics.seconds
            for (i, phase) in BenchPhase.allCases.enumerated() {
                samples[i].append(phase == .write ? write : phases[phase.rawValue] ?? 0)
            }
            totals.append((phases["total"] ?? 0) + write)
            modelBuild.append(output.run.outcomes.reduce(0) { $0 + $1.buildSeconds })
            solver.append(output.run.outcomes.reduce(0) { $0 + $1.solveSeconds })
            if output.run.status == .optimal { optimalRuns += 1 }
            last = (output.data, output.run, output.plan?.transfers.count ?? 0, output.result.status)
        }

        let (data, run, transfers, status) = last!
        let size = run.statistics
        return ScenarioBench(
            name: data.scenario.metadata.name, path: path, units: data.scenario.units.count,
            regions: data.scenario.regions.count, pools: data.pools.pools.count, blocks: run.outcomes.count,
            largestBlockUnits: run.outcomes.map(\.block.units.count).max() ?? 0,
            flowBlocks: run.outcomes.count(where: \.solvedAsFlow),
            rows: size.rows, columns: size.columns, integerColumns: size.integerColumns, nonzeros: size.nonzeros,
            status: optimalRuns == runs ? "optimal" : status, optimalRuns: optimalRuns,
            objective: run.status.hasAllocation ? run.objectiveValue : nil, transfers: transfers,
            phases: BenchPhase.allCases.enumerated().map { PhaseTiming(phase: $1.rawValue, samples: samples[$0]) },
            total: PhaseTiming(phase: "total", samples: totals),
            modelBuildSeconds: PhaseTiming(phase: "", samples: modelBuild).median,
            solverSeconds: PhaseTiming(phase: "", samples: solver).median,
            peakMemoryBytes: Self.peakMemoryBytes())
    }

    /// The process's peak resident set (VmHWM from /proc/self/status), bytes; `nil` where
    /// that file does not exist.
    public static func peakMemoryBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.dropFirst("VmHWM:".count).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }

    /// The CPU model from /proc/cpuinfo.
    public static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown"
    }

    /// `release` or `debug`.
    public static var buildConfiguration: String {
        #if DEBUG
        return "debug"
        #else
        return "release"
        #endif
    }

    /// The report as JSON: sorted keys, pretty-printed. Throws only for a figure JSON cannot
    /// hold (a non-finite number), which is a bug worth reporting rather than a crash.
    public static func json(_ report: BenchReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The report as text tables for people.
    public static func text(_ report: BenchReport) -> String {
        var out = "bianzhi bench — \(report.build) build, \(report.machine.cores) cores (\(report.machine.cpu)), \(report.threads) threads, \(report.runs) runs\n"
        for s in report.scenarios {
            out += "\n\(s.name) (\(s.path))\n"
            out += "  \(s.units) units, \(s.pools) pools, \(s.blocks) blocks (largest \(s.largestBlockUnits) units, \(s.flowBlocks) solved as flows); model \(s.rows) rows × \(s.columns) columns, \(s.nonzeros) non-zeros\n"
            out += "  status \(s.status) (\(s.optimalRuns)/\(report.runs) runs optimal), objective \(s.objective.map { NumberFormat.plain($0) } ?? "none"), \(s.transfers) transfers\n"
            out += "  " + pad("phase", 10) + pad("min", 11) + pad("median", 11) + pad("max", 11) + "\n"
            for p in s.phases + [s.total] {
                out += "  " + pad(p.phase, 10) + pad(ms(p.min), 11) + pad(ms(p.median), 11) + pad(ms(p.max), 11) + "\n"
            }
            out += "  inside solve: model building \(ms(s.modelBuildSeconds)), GLPK \(ms(s.solverSeconds)) (thread time)\n"
            if let peak = s.peakMemoryBytes { out += "  peak memory so far: \(mib(peak))\n" }
        }
        if let peak = report.peakMemoryBytes { out += "\nprocess peak memory (VmHWM): \(mib(peak))\n" }
        return out
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    private static func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

    private static func mib(_ bytes: Int) -> String { String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
}

/// Why a bench stopped.
public enum BenchError: Error, Sendable, CustomStringConvertible {
    /// A scenario could not be read.
    case unreadable(path: String, ScenarioLoadError)
    /// A scenario is invalid.
    case invalid(path: String, ValidationReport)
    /// The solver failed.
    case solver(path: String, String)
    /// Result files could not be written.
    case output(OutputError)

    public var description: String {
        switch self {
        case .unreadable(let path, let error): return "\(path): \(error)"
        case .invalid(let path, let report):
            return "\(path): invalid scenario\n" + report.diagnostics.map(\.description).joined(separator: "\n")
        case .solver(let path, let message): return "\(path): solver failed: \(message)"
        case .output(let error): return "\(error)"
        }
    }
}
