import Bianzhi
import Foundation
import Testing

@Suite("Bench report")
struct BenchReportTests {
    @Test("JSON of a two-run county bench has every key, every phase, and medians within min…max")
    func schema() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-bench-test-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ScenarioGenerator(scale: .county, seed: 1).write(to: dir)
        let report = try BenchRunner(runs: 2, threads: 2).run(paths: [dir + "/" + ScenarioGenerator.scenarioFileName])
        let text = try BenchRunner.json(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["schema", "machine", "build", "runs", "threads", "scenarios", "peakMemoryBytes"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["schema"] as? String == "bianzhi-bench/1")
        #expect(object["runs"] as? Int == 2)
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        #expect(scenarios.count == 1)
        let s = scenarios[0]
        for key in [
            "name", "path", "units", "regions", "pools", "blocks", "largestBlockUnits", "rows", "columns",
            "integerColumns", "nonzeros", "status", "optimalRuns", "objective", "transfers", "phases", "total",
            "modelBuildSeconds", "solverSeconds", "peakMemoryBytes",
        ] {
            #expect(s[key] != nil, "missing scenarios[0].\(key)")
        }
        #expect(s["status"] as? String == "optimal")
        #expect(s["optimalRuns"] as? Int == 2)
        #expect((s["blocks"] as? Int ?? 0) >= 1)
        #expect((s["rows"] as? Int ?? 0) > 0 && (s["nonzeros"] as? Int ?? 0) > 0)
        let phases = try #require(s["phases"] as? [[String: Any]])
        #expect(phases.compactMap { $0["phase"] as? String } == ["load", "validate", "build", "solve", "transfers", "write"])
        for p in phases + [try #require(s["total"] as? [String: Any])] {
            let lo = try #require(p["min"] as? Double), mid = try #require(p["median"] as? Double), hi = try #require(p["max"] as? Double)
            #expect(lo >= 0 && lo <= mid && mid <= hi, "\(p)")
        }
        // Decodes back into the typed report.
        let decoded = try JSONDecoder().decode(BenchReport.self, from: Data(text.utf8))
        #expect(decoded == report)
    }

    @Test("median of an even count is the mean of the middle two")
    func median() {
        let t = PhaseTiming(phase: "x", samples: [4, 1, 3, 2])
        #expect(t.min == 1 && t.max == 4 && t.median == 2.5)
        #expect(PhaseTiming(phase: "x", samples: [5, 1, 3]).median == 3)
    }
}
