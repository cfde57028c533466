import Foundation
import Testing

/// The `bianzhi` executable built next to the test bundle, if any.
enum BuiltTool {
    static let path: String? = {
        let candidates = [CommandLine.arguments.first, Bundle.main.executablePath, Bundle.main.bundlePath].compactMap { $0 }
        for candidate in candidates {
            var url = URL(fileURLWithPath: candidate).deletingLastPathComponent()
            for _ in 0..<3 {
                let tool = url.appendingPathComponent("bianzhi").path
                if FileManager.default.isExecutableFile(atPath: tool) { return tool }
                url.deleteLastPathComponent()
            }
        }
        return nil
    }()

    /// Runs the tool; returns exit status, stdout and stderr.
    static func run(_ arguments: [String], environment: [String: String] = ["NO_COLOR": "1"], directory: URL? = nil) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }
}
