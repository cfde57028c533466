import Foundation

/// Reads one side of a `diff` (or the input of `report`): a result file as written by
/// `solve`, or a scenario file that is solved on the spot.
///
/// A file whose first non-blank byte is `{` is taken for a result (JSON); anything else for
/// a scenario (YAML).
public struct ResultSource: Sendable {
    /// How scenario files are solved.
    public var pipeline: SolvePipeline

    /// Creates a source.
    public init(pipeline: SolvePipeline = SolvePipeline()) {
        self.pipeline = pipeline
    }

    /// Whether `path` holds a result file rather than a scenario.
    public static func isResultFile(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return path.hasSuffix(".json") }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first.map { $0 == UInt8(ascii: "{") } ?? path.hasSuffix(".json")
    }

    /// The result at `path`, solving it first when it is a scenario. A scenario must yield
    /// an allocation: an infeasible one or a solve without a solution is an error.
    public func load(_ path: String) throws(ResultSourceError) -> SolveResult {
        if Self.isResultFile(path) {
            do {
                return try ResultFiles.read(path: path)
            } catch {
                throw .unreadableResult(error)
            }
        }
        let output: PipelineOutput
        do {
            output = try pipeline.run(path: path)
        } catch {
            throw .pipeline(path: path, error)
        }
        let result = output.result
        switch result.status {
        case "optimal", "feasible": return result
        case "infeasible": throw .infeasible(path: path)
        default: throw .noAllocation(path: path, status: result.status)
        }
    }
}

/// Why one side of a comparison could not be obtained.
public enum ResultSourceError: Error, Sendable, CustomStringConvertible {
    /// A result file could not be read or decoded.
    case unreadableResult(ResultReadError)
    /// The scenario file could not be loaded, was invalid, or the solver failed.
    case pipeline(path: String, PipelineError)
    /// The scenario's rules cannot all hold.
    case infeasible(path: String)
    /// The solve ended without an allocation (time limit or solver failure).
    case noAllocation(path: String, status: String)

    /// One line for the terminal, in `language`.
    public func rendered(_ language: Language) -> String {
        switch self {
        case .unreadableResult(let error): return error.rendered(language)
        case .pipeline(let path, let error):
            switch error {
            case .unreadable(let e): return e.rendered(language)
            case .invalidScenario(let report):
                return "\(path): " + CLIMessage.problemCount(errors: report.errors.count, warnings: report.warnings.count).text(language)
            case .solver(let e): return "\(path): " + CLIMessage.internalError(detail: "\(e)").text(language)
            }
        case .infeasible(let path): return CLIMessage.scenarioInfeasible(path: path).text(language)
        case .noAllocation(let path, let status): return CLIMessage.scenarioWithoutAllocation(path: path, status: status).text(language)
        }
    }

    /// The line in English.
    public var description: String { rendered(.en) }
}
