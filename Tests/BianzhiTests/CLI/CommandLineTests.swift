import Foundation
import Testing
@testable import Bianzhi

/// The `bianzhi` executable as a planner runs it: exit statuses, where messages go, and the
/// files it leaves behind.
@Suite("Command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Run {
        let (status, stdout, stderr) = try BuiltTool.run(arguments, directory: Fixtures.root)
        return Run(status: status, stdout: stdout, stderr: stderr)
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func executableWasBuilt() {
        #expect(BuiltTool.path != nil, "swift test should build bianzhi next to the tests")
    }

    @Test func solvingTheSmallScenarioExitsZeroAndWritesThreeFiles() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Self.run(["solve", "Scenarios/small.yaml", "--out", dir.path, "--threads", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        // No locale variable in the test's environment: the summary is in Chinese.
        #expect(run.stdout.contains("求解状态：已证明最优"))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(files.filter { !$0.hasPrefix(".") }.contains("result.json"))
        #expect(files.contains("allocation.csv") && files.contains("transfers.csv"))
        #expect(!files.contains { $0.hasSuffix(".tmp") })
        let csv = try Data(contentsOf: dir.appendingPathComponent("allocation.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF], "Excel needs the BOM to read Chinese")
    }

    @Test func sameScenarioGivesTheSameBytes() throws {
        let a = Self.temporaryDirectory(), b = Self.temporaryDirectory()
        defer { for dir in [a, b] { try? FileManager.default.removeItem(at: dir) } }
        #expect(try Self.run(["solve", "Scenarios/county.yaml", "--out", a.path, "--threads", "1"]).status == 0)
        #expect(try Self.run(["solve", "Scenarios/county.yaml", "--out", b.path, "--threads", "2"]).status == 0)
        for name in ["allocation.csv", "transfers.csv"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func jsonOnStdoutIsTheResultFileByteForByte() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Self.run(["solve", "Scenarios/county.yaml", "--out", dir.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Data(run.stdout.utf8) == (try Data(contentsOf: dir.appendingPathComponent("result.json"))))
        #expect(run.stdout.hasPrefix("{\n") && run.stdout.hasSuffix("}\n"))
    }

    @Test func infeasibleScenarioExitsOne() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try Self.run(["solve", "Scenarios/infeasible.yaml", "--out", dir.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("无可行方案"))
        // The result (status infeasible) and the reports stating the conflict; no allocation files.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["explanation.json", "report.html", "report.md", "result.json"])
    }

    @Test func invalidScenarioExits65WithTheFileAndLine() throws {
        let path = try LanguageCLITests.badScenario()
        let run = try Self.run(["validate", path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("bad.yaml:5"))
        #expect(run.stderr.contains("quota"))
        #expect(run.stdout.isEmpty)
    }

    @Test func missingFileExits65() throws {
        let run = try Self.run(["solve", "Scenarios/no-such-file.yaml"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("no-such-file.yaml"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Self.run(["solve", "Scenarios/small.yaml", "--threads", "0"]).status == 2)
        #expect(try Self.run(["solve"]).status == 2)
        #expect(try Self.run(["frobnicate"]).status == 2)
        // An empty output path is a usage error, not an internal one (it was 70).
        #expect(try Self.run(["solve", "Scenarios/small.yaml", "--out", ""]).status == 2)
        #expect(try Self.run(["export", "Scenarios/small.yaml", "--mps", ""]).status == 2)
        #expect(try Self.run(["export", "Scenarios/small.yaml", "--mps", "out/"]).status == 2)
        #expect(try Self.run(["generate", "--scale", "county", "--out", ""]).status == 2)
    }

    @Test("--threads is checked once for every command that takes it, with the same words")
    func threadsCheckedForEveryCommand() throws {
        for command in [["solve", "Scenarios/small.yaml"], ["explain", "Scenarios/small.yaml"], ["bench", "Scenarios/small.yaml"]] {
            let run = try Self.run(command + ["--threads", "0", "--lang", "en"])
            #expect(run.status == 2)
            #expect(run.stderr.hasPrefix("Error: --threads must be at least 1.\n"), "\(command[0]): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func unwritableOutputLeavesNothingBehindAndExits73() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let blocker = dir.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let run = try Self.run(["solve", "Scenarios/small.yaml", "--out", blocker.appendingPathComponent("out").path])
        #expect(run.status == 73)
        #expect(run.stderr.contains("错误：") && run.stderr.contains("/file: 无法创建文件夹（ENOTDIR：路径中有一项不是文件夹）"), "\(run.stderr)")
        let english = try Self.run(["solve", "Scenarios/small.yaml", "--out", blocker.appendingPathComponent("out").path, "--lang", "en"])
        #expect(english.status == 73)
        #expect(english.stderr.contains("/file: cannot create the folder (ENOTDIR: Not a directory)"), "\(english.stderr)")
    }

    @Test func exportWritesFreeMPSWithALabelMap() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let mps = dir.appendingPathComponent("county.mps").path
        let run = try Self.run(["export", "Scenarios/small.yaml", "--mps", mps])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: mps, encoding: .utf8)
        #expect(text.hasPrefix("NAME") || text.contains("\nNAME"))
        #expect(text.contains("'INTORG'"))
        #expect(text.allSatisfy { $0.isASCII })
        let labels = try String(contentsOfFile: mps + ".labels.tsv", encoding: .utf8)
        #expect(labels.contains("x["))
        // The pair is matched: the model's first line names the digest of its label file.
        var digest = FNV1a()
        digest.update(labels.utf8)
        #expect(text.hasPrefix("* labels: county.mps.labels.tsv fnv1a-64 \(digest.hex)\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".county.mps.labels.tsv.bianzhi-lock", "county.mps", "county.mps.labels.tsv"])
    }

    /// A run that fails writes nothing: no output folder for an unreadable scenario, and no
    /// staging folder beside it. An infeasible one writes its result and reports (exit 1
    /// all the same), and no staging folder either.
    @Test func aFailedSolveLeavesNoOutput() throws {
        let dir = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let unreadable = try Self.run(["solve", "/nonexistent.yaml", "--out", dir.appendingPathComponent("out").path])
        #expect(unreadable.status == 65)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
        let infeasible = try Self.run(["solve", "Scenarios/infeasible.yaml", "--out", dir.appendingPathComponent("out").path])
        #expect(infeasible.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [".out.bianzhi-lock", "out"], "no staging folder")
    }
}
