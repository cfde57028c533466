import Foundation

/// Times the whole `solve` job phase by phase on scenario files, several runs each.
public struct BenchRunner: Sendable {
    /// Measured runs per scenario (at least 1).
    public var runs: Int
    /// Worker threads.
    public var threads: Int

    /// Creates a runner.
    public init(runs: Int, threads: Int = SolveOptions.defaultThreads) {
        self.runs = max(1, runs)
        self.threads = max(1, threads)
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
            let t0 = clock.now
            let scenario: Scenario
            do {
                scenario = try ScenarioLoader.load(path: path)
            } catch {
                throw .unreadable(path: path, error)
            }
            let t1 = clock.now
            let report = ScenarioValidator.validate(scenario)
            if report.hasErrors { throw .invalid(path: path, report) }
            let t2 = clock.now
            let data = ProblemData(scenario: scenario)
            let t3 = clock.now
            let run: SolveRun
            do {
                run = try AllocationSolver().solve(data, options: SolveOptions(threads: threads))
            } catch {
                throw .solver(path: path, "\(error)")
            }
            let t4 = clock.now
            var allocation: Allocation? = nil
            var plan: TransferPlan? = nil
            if run.status.hasAllocation {
                let a = Allocation(data: data, run: run)
                allocation = a
                do {
                    plan = try TransferPlanner().plan(a, data: data, threads: threads)
                } catch {
                    throw .solver(path: path, "\(error)")
                }
            }
            let t5 = clock.now
            let seconds: [String: Double] = [
                "load": (t1 - t0).seconds, "validate": (t2 - t1).seconds, "build": (t3 - t2).seconds,
                "solve": (t4 - t3).seconds, "transfers": (t5 - t4).seconds,
            ]
            let result = ResultBuilder.build(data: data, run: run, allocation: allocation, plan: plan, seconds: seconds)
            do {
                try ResultFiles.fileSet(result).write(to: folder)
            } catch {
                throw .output(error)
            }
            let t6 = clock.now
            for (i, pair) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5), (t5, t6)].enumerated() {
                samples[i].append((pair.1 - pair.0).seconds)
            }
            totals.append((t6 - t0).seconds)
            modelBuild.append(run.outcomes.reduce(0) { $0 + $1.buildSeconds })
            solver.append(run.outcomes.reduce(0) { $0 + $1.solveSeconds })
            if run.status == .optimal { optimalRuns += 1 }
            last = (data, run, plan?.transfers.count ?? 0, result.status)
        }

        let (data, run, transfers, status) = last!
        let size = run.statistics
        return ScenarioBench(
            name: data.scenario.metadata.name, path: path, units: data.scenario.units.count,
            regions: data.scenario.regions.count, pools: data.pools.pools.count, blocks: run.outcomes.count,
            largestBlockUnits: run.outcomes.map(\.block.units.count).max() ?? 0,
            rows: size.rows, columns: size.columns, integerColumns: size.integerColumns, nonzeros: size.nonzeros,
            status: optimalRuns == runs ? "optimal" : status, optimalRuns: optimalRuns,
            objective: run.objectiveValue, transfers: transfers,
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

    /// The report as JSON: sorted keys, pretty-printed.
    public static func json(_ report: BenchReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The report as text tables for people.
    public static func text(_ report: BenchReport) -> String {
        var out = "bianzhi bench — \(report.build) build, \(report.machine.cores) cores (\(report.machine.cpu)), \(report.threads) threads, \(report.runs) runs\n"
        for s in report.scenarios {
            out += "\n\(s.name) (\(s.path))\n"
            out += "  \(s.units) units, \(s.pools) pools, \(s.blocks) blocks (largest \(s.largestBlockUnits) units); model \(s.rows) rows × \(s.columns) columns, \(s.nonzeros) non-zeros\n"
            out += "  status \(s.status) (\(s.optimalRuns)/\(report.runs) runs optimal), objective \(NumberFormat.plain(s.objective)), \(s.transfers) transfers\n"
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
