import Foundation
import Testing
@testable import Bianzhi

/// `ResultJSONWriter` must write exactly the bytes `JSONEncoder` wrote before it, so old and
/// new result files diff clean. `JSONEncoder` is the reference here and only here.
@Suite("Result JSON writer")
struct ResultJSONWriterTests {
    /// What `ResultFiles.json` wrote with `JSONEncoder`.
    static func reference(_ result: SolveResult) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(result), as: UTF8.self) + "\n"
    }

    /// Compares the two renderings; on a difference, reports the first differing line.
    static func expectSame(_ result: SolveResult, _ comment: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let expected = try reference(result)
        let actual = ResultJSONWriter.render(result)
        if actual == expected {
            #expect(Array(actual.utf8) == Array(expected.utf8), sourceLocation: sourceLocation)
            return
        }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = line < a.count ? String(a[line]) : "<end>", want = line < e.count ? String(e[line]) : "<end>"
        Issue.record("\(comment): line \(line + 1) differs: got \(got.debugDescription), JSONEncoder wrote \(want.debugDescription)", sourceLocation: sourceLocation)
    }

    @Test("shipped scenarios: the writer matches JSONEncoder byte for byte",
          arguments: ["Scenarios/small.yaml", "Scenarios/county.yaml", "Scenarios/infeasible.yaml"])
    func shippedScenarios(relative: String) throws {
        let path = Repository.root.appendingPathComponent(relative).path
        let result = try SolvePipeline(options: SolveOptions(threads: 1)).run(path: path).result
        try Self.expectSame(result, relative)
        #expect(ResultFiles.json(result) == (try Self.reference(result)))
    }

    @Test("generated county and city: the writer matches JSONEncoder byte for byte",
          arguments: [ScenarioGenerator.Scale.county, .city])
    func generated(scale: ScenarioGenerator.Scale) throws {
        let path = try ScenarioGeneratorTests.written(scale, seed: 3)
        let result = try SolvePipeline(options: SolveOptions(threads: 2)).run(path: path).result
        #expect(!result.units.isEmpty && !result.transfers.isEmpty)
        try Self.expectSame(result, "\(scale)")
    }

    @Test("hostile strings, empty arrays, nil and present optionals, odd doubles")
    func hostile() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar($0)! }))
        let nasty = [
            "", controls, "say \"hi\"", #"back\slash \\ \""#, "a/b//c", "</script><!--", "\u{2028}\u{2029}\u{7F}\u{85}",
            "😀👨‍👩‍👧 🇨🇳", "编制调整 县委办", "e\u{301} é", "\r\n", "\u{FEFF}bom", "\u{FFFD}", " lead and trail ",
        ]
        let doubles: [Double] = [
            0, -0.0, 1, -1, 12, 0.1, 0.1 + 0.2, 1e-7, 1e-5, 0.0001, 123456789.123, 1e15, 1e16, 1e21, 1e-300,
            -2.5e-6, 9007199254740992 /* 2^53 */, 1.7976931348623157e308, Double.leastNonzeroMagnitude, 1 / 3, 100.5, 2e22,
        ]
        func unit(_ i: Int, need: Double?) -> SolveResult.UnitResult {
            SolveResult.UnitResult(
                id: nasty[i % nasty.count], name: nasty[(i + 1) % nasty.count], department: nasty[(i + 2) % nasty.count],
                region: "r/\(i)", level: Level.allCases[i % Level.allCases.count], kind: "k\"\(i)", quota: i - 3,
                headcount: Int.max - i, attrition: Int.min + i, need: need, tags: i % 2 == 0 ? [] : nasty, newQuota: i,
                change: -i, lowerBound: 0, upperBound: 1_000_000, lowerReason: nasty[(i + 3) % nasty.count],
                upperReason: "", shortfallBefore: doubles[i % doubles.count], shortfallAfter: doubles[(i + 5) % doubles.count],
                pool: nasty[(i + 4) % nasty.count])
        }
        var units = doubles.enumerated().map { unit($0.offset, need: $0.element) }
        units += (0..<nasty.count).map { unit($0, need: nil) }
        let transfers = Transfer.Lane.allCases.enumerated().map { i, lane in
            SolveResult.TransferResult(
                kind: nasty[i % nasty.count], from: "reserve:\(nasty[(i + 1) % nasty.count])", fromName: nasty[(i + 2) % nasty.count],
                to: "cancelled:x", toName: nasty[(i + 6) % nasty.count], amount: i, lane: lane,
                via: i % 2 == 0 ? [] : ["a>b", nasty[i % nasty.count]])
        }
        var seconds: [String: Double] = ["load": 0.25, "validate": 1e-7, "build": 12, "solve": 0.1 + 0.2, "total": 1e21]
        for (i, name) in nasty.enumerated() { seconds[name] = doubles[i % doubles.count] }
        for name in ["10", "9", "B", "_", "a", "a b", "aa", "z", "Ａ", "a\u{0}"] { seconds[name, default: 0] += 1 }
        let full = SolveResult(
            formatVersion: 3,
            scenario: .init(
                name: nasty[8], path: "/tmp/a b/场景.yaml", digest: "0123456789abcdef", horizonYears: 5,
                kinds: nasty.map { .init(id: $0, name: $0) }, regions: []),
            status: "optimal", provenOptimal: true, gap: 1e-7,
            objective: .init(total: 0.1 + 0.2, shortfall: -0.0, excess: 0, moves: 1e21, penalties: 123456789.123, channels: 1e-7, transferCost: 2.5),
            units: units,
            pools: [.init(kind: "k", scope: nasty[5], currentTotal: 1, total: 2, allocated: 3, reserveHeld: 4, cancelled: 5, sent: 6, received: 7, units: 8)],
            channels: [.init(kind: nasty[4], from: nasty[1], to: nasty[2], cap: .max, cost: 0.1, amount: 0)],
            shareFloors: [
                .init(name: nasty[3], scope: "s", kind: "k", hard: true, required: 1, before: 2, after: 3, shareBefore: 1 / 3, shareAfter: 1e-7, short: 0),
                .init(name: "", scope: "", kind: "", hard: false, required: 0, before: 0, after: 0, shareBefore: 0, shareAfter: -0.0, short: 0),
            ],
            priorityClasses: [
                .init(tag: nasty[1], name: nasty[2], units: 0, need: 1e16, shortfallBefore: 1e15, shortfallAfter: 0, weight: 2, needFloor: nil),
                .init(tag: "t", name: "n", units: 1, need: 0.5, shortfallBefore: 0, shortfallAfter: 0, weight: 1, needFloor: 0.8),
            ],
            transfers: transfers,
            totals: .init(unitsChanged: 1, gained: 2, cut: 3, reserveHeld: 4, cancelled: 5, shortfallBefore: 1e-300, shortfallAfter: 0,
                          byKind: [.init(kind: nasty[6], name: nasty[7], before: -1, after: 1)]),
            statistics: .init(units: 0, pools: 0, blocks: 0, rows: 0, columns: 0, integerColumns: 0, nonzeros: 0, threads: 1, seconds: seconds),
            policy: nasty + ["key = value", ""])
        try Self.expectSame(full, "full")

        // Every optional absent, every array and the dictionary empty.
        var bare = full
        bare.gap = nil
        bare.policy = nil
        bare.scenario.kinds = []
        bare.units = [unit(1, need: nil)]
        bare.units[0].tags = []
        bare.pools = []
        bare.channels = []
        bare.shareFloors = []
        bare.priorityClasses = [full.priorityClasses[0]]
        bare.transfers = []
        bare.totals.byKind = []
        bare.statistics.seconds = [:]
        try Self.expectSame(bare, "bare")
        bare.units = []
        bare.priorityClasses = []
        bare.policy = []
        try Self.expectSame(bare, "empty")
    }

    @Test("a non-finite number is a programming error and traps instead of writing unreadable JSON")
    func nonFiniteTraps() async {
        await #expect(processExitsWith: .failure) {
            var result = SolveResult(
                formatVersion: 1,
                scenario: .init(name: "", path: "", digest: "", horizonYears: 1, kinds: [], regions: []),
                status: "optimal", provenOptimal: true, gap: .nan,
                objective: .init(total: 0, shortfall: 0, excess: 0, moves: 0, penalties: 0, channels: 0, transferCost: 0),
                units: [], pools: [], channels: [], shareFloors: [], priorityClasses: [], transfers: [],
                totals: .init(unitsChanged: 0, gained: 0, cut: 0, reserveHeld: 0, cancelled: 0, shortfallBefore: 0, shortfallAfter: 0, byKind: []),
                statistics: .init(units: 0, pools: 0, blocks: 0, rows: 0, columns: 0, integerColumns: 0, nonzeros: 0, threads: 1, seconds: [:]))
            result.gap = .infinity
            _ = ResultJSONWriter.render(result)
        }
    }
}
