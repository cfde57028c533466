import Foundation
import Testing
@testable import Bianzhi

/// Real `bianzhi generate` processes killed with SIGKILL at every step of writing their result
/// folder, and two writing the same folder at once: the folder always holds one whole set.
@Suite("Atomic writes across processes")
struct AtomicWriteProcessTests {
    /// The two files of a generated county, as the given seed writes them.
    static func generated(seed: UInt64) -> [String: String] {
        let scenario = ScenarioGenerator(scale: .county, seed: seed).generate()
        return [ScenarioGenerator.scenarioFileName: scenario.yaml, ScenarioGenerator.unitTableFileName: scenario.unitTable]
    }

    static func generate(seed: Int, into folder: String, hooks: [String: String] = [:]) throws -> Int32 {
        let (status, _, _) = try BuiltTool.run(
            ["generate", "--scale", "county", "--seed", String(seed), "--out", folder],
            environment: ["NO_COLOR": "1"].merging(hooks) { $1 })
        return status
    }

    /// SIGKILL at each step (no clean-up code runs): before the switch the folder holds the
    /// seed-1 set, from the switch on the seed-2 set; in the fallback (no `renameat2`) a kill
    /// after the old folder was moved aside leaves no folder, and the next run puts it back.
    /// The next run always removes what was left and installs its own set.
    @Test(arguments: ["0", "1"])
    func aProcessKilledAtAnyStepLeavesOneWholeSet(noExchange: String) throws {
        let (one, two, three) = (Self.generated(seed: 1), Self.generated(seed: 2), Self.generated(seed: 3))
        for step in AtomicFileSet.Step.allCases where step != .movedAside || noExchange == "1" {
            let parent = try AtomicFileSetTests.parent()
            defer { try? FileManager.default.removeItem(atPath: parent) }
            let out = parent + "/out"
            #expect(try Self.generate(seed: 1, into: out) == 0)
            let status = try Self.generate(seed: 2, into: out, hooks: ["BIANZHI_TEST_KILL_AT": step.rawValue, "BIANZHI_TEST_NO_EXCHANGE": noExchange])
            #expect(status == SIGKILL, "killed at \(step)")
            if step == .movedAside {
                #expect(!FileManager.default.fileExists(atPath: out), "between the fallback's two renames there is no folder")
            } else {
                #expect(try AtomicFileSetTests.contents(out) == (step == .switched ? two : one), "killed at \(step)")
            }
            #expect(try Self.generate(seed: 3, into: out, hooks: ["BIANZHI_TEST_NO_EXCHANGE": noExchange]) == 0)
            #expect(try AtomicFileSetTests.contents(out) == three, "after a kill at \(step)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == [".out.bianzhi-lock", "out"], "after a kill at \(step)")
        }
    }

    /// Two writers at once, the first holding the lock for a second after its set is written:
    /// both succeed, one after the other, and the folder holds the second writer's whole set.
    @Test func twoConcurrentWritersTakeTurns() async throws {
        let parent = try AtomicFileSetTests.parent()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let out = parent + "/out"
        async let first = Self.generate(seed: 1, into: out, hooks: ["BIANZHI_TEST_PAUSE_AT": AtomicFileSet.Step.written.rawValue])
        // Start the second once the first holds the lock (its staging folder exists).
        for _ in 0..<600 where !((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).contains(where: { $0.hasPrefix(".out.bianzhi-new.") }) {
            try await Task.sleep(for: .milliseconds(50))
        }
        async let second = Self.generate(seed: 2, into: out)
        let statuses = try await [first, second]
        #expect(statuses == [0, 0])
        let contents = try AtomicFileSetTests.contents(out)
        #expect(contents == Self.generated(seed: 2) || contents == Self.generated(seed: 1), "one whole set")
        #expect(contents == Self.generated(seed: 2), "the second writer waited for the first, which held the lock when the second started")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == [".out.bianzhi-lock", "out"])
    }
}
