import ArgumentParser
import Bianzhi
import Foundation
import LinearProgramming

/// `bianzhi bench [SCENARIO…] [--scale S --seeds A...B] --runs N`: phase timings.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.bench.text(CLILanguage.help),
        discussion: HelpText.benchDiscussion.text(CLILanguage.help))

    @Argument(help: ArgumentHelp(HelpText.benchScenarios.text(CLILanguage.help)))
    var scenarios: [String] = []

    @Option(name: .long, help: ArgumentHelp(HelpText.benchScale.text(CLILanguage.help)))
    var scale: ScenarioGenerator.Scale?

    @Option(name: .long, help: ArgumentHelp(HelpText.benchSeeds.text(CLILanguage.help)))
    var seeds: String = "1"

    @Option(name: .long, help: ArgumentHelp(HelpText.benchRuns.text(CLILanguage.help)))
    var runs: Int = 5

    @OptionGroup var threadsOption: ThreadsOption
    /// The validated `--threads`.
    var threads: Int { threadsOption.threads }

    @Option(name: .long, help: ArgumentHelp(HelpText.benchMIPStrategy.text(CLILanguage.help)))
    var mipStrategy: MIPStrategy = .relaxationFirst

    @Option(name: .long, help: ArgumentHelp(HelpText.benchFormat.text(CLILanguage.help)))
    var format: OutputFormat = .text

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let l = language.language
        if runs < 1 { throw ValidationError(CLIMessage.atLeastOne(option: "--runs").text(l)) }
        if scenarios.isEmpty && scale == nil { throw ValidationError(CLIMessage.scenariosOrScale.text(l)) }
        if !scenarios.isEmpty && scale != nil { throw ValidationError(CLIMessage.scenariosOrScaleNotBoth.text(l)) }
        if Self.parseSeeds(seeds) == nil { throw ValidationError(CLIMessage.seedsForm.text(l)) }
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
                    throw ScenarioReporting.outputFailed(error, language.language)
                }
                paths.append(dir + "/" + ScenarioGenerator.scenarioFileName)
            }
        }
        defer { if let folder { try? FileManager.default.removeItem(atPath: folder) } }
        let report: BenchReport
        do {
            report = try BenchRunner(runs: runs, threads: threads, mipStrategy: mipStrategy).run(paths: paths)
        } catch {
            switch error {
            case .unreadable(_, let failure): throw ScenarioReporting.unreadable(failure, language.language)
            case .invalid(_, let diagnostics): throw ScenarioReporting.invalid(diagnostics, language.language)
            case .solver(_, let message): throw ScenarioReporting.internalError(message, language.language)
            case .output(let failure): throw ScenarioReporting.outputFailed(failure, language.language)
            }
        }
        switch format {
        case .text: print(BenchRunner.text(report), terminator: "")
        case .json:
            do {
                print(try BenchRunner.json(report), terminator: "")
            } catch {
                throw ScenarioReporting.internalError("\(error)", language.language)
            }
        }
    }
}

extension MIPStrategy: ExpressibleByArgument {}
