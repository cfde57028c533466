import Foundation
import Testing
@testable import Bianzhi
import SeededRandom

/// Property: whatever a scenario file holds, load → validate → solve ends in a located error
/// or a valid result — never a trap, an abort inside GLPK, a hang or a solver failure.
///
/// The inputs are the shipped scenarios (and the county's CSV unit table) mutated by a seeded
/// SplitMix64 generator: numbers swapped for hostile ones (hex, subnormal, huge, negative,
/// fractional, `.nan`), keys misspelt, scalars turned into mappings or lists, control and
/// multi-byte characters inserted, lines deleted or repeated, the text truncated. A fixed
/// number of cases keeps it to a few seconds; the case number and seed reproduce a failure.
@Suite("Fuzz: mutated scenarios")
struct MutatedScenarioFuzzTests {
    static let sources = ["Scenarios/small.yaml", "Scenarios/county.yaml", "Scenarios/infeasible.yaml"]
    static let cases = 300

    static let hostileNumbers = [
        "-1", "0", "5e-324", "1e-320", "0.0000001", "0x10", "0x1p3", "1e200", "1000000001", "2.5",
        ".nan", ".inf", "-.inf", "99999999999999999999", "十", "１２", "1e9", "0.000001", "\"\"", "~",
    ]
    static let insertions = [
        "\u{0}", "\u{1B}[31m", "\u{1B}]0;x\u{07}", "\t", "\r", ": ", "- ", "{", "]", "\"", "'", "#", "&a", "*a",
        "编制", "\u{FEFF}", "\u{202E}", "\n  ", "?", "!!binary ",
    ]

    /// One mutation of `text`.
    static func mutate(_ text: String, _ random: inout SplitMix64) -> String {
        var lines = text.components(separatedBy: "\n")
        let i = random.int(0...(lines.count - 1))
        switch random.int(0...7) {
        case 0, 1:  // a number replaced (on a line that has one)
            let numbered = lines.indices.filter { lines[$0].contains(where: \.isNumber) }
            guard !numbered.isEmpty else { break }
            let j = random.pick(numbered)
            let matches = lines[j].ranges(of: #/-?[0-9]+(\.[0-9]+)?(e-?[0-9]+)?/#)
            if !matches.isEmpty {
                lines[j] = lines[j].replacingCharacters(in: random.pick(matches), with: random.pick(hostileNumbers))
            }
        case 2:  // a key misspelt
            if let colon = lines[i].firstIndex(of: ":"), colon > lines[i].startIndex {
                var key = Array(lines[i][..<colon])
                key.remove(at: random.int(0...(key.count - 1)))
                lines[i] = String(key) + lines[i][colon...]
            }
        case 3:  // a value turned into a mapping or a list
            if let range = lines[i].range(of: #": [^{\[ ][^,}]*"#, options: .regularExpression) {
                lines[i] = lines[i].replacingCharacters(in: range, with: random.chance(0.5) ? ": {a: 1}" : ": [1, 2]")
            }
        case 4:  // characters inserted
            var characters = Array(lines[i])
            characters.insert(contentsOf: random.pick(insertions), at: random.int(0...characters.count))
            lines[i] = String(characters)
        case 5:  // a line deleted
            lines.remove(at: i)
        case 6:  // a line repeated
            lines.insert(lines[i], at: i)
        default:  // the text truncated
            let cut = random.int(0...text.count)
            return String(text.prefix(cut))
        }
        return lines.joined(separator: "\n")
    }

    @Test func mutatedScenariosGiveALocatedErrorOrAValidResult() throws {
        var random = SplitMix64(seed: 20_261_130)
        var outcomes = (loadErrors: 0, invalid: 0, solved: 0, infeasible: 0)
        for n in 0..<Self.cases {
            let source = random.pick(Self.sources)
            var yaml = String(decoding: Repository.read(source) ?? Data(), as: UTF8.self)
            var csv = String(decoding: Repository.read("Scenarios/county-units.csv") ?? Data(), as: UTF8.self)
            for _ in 0..<random.int(1...3) {
                if source.contains("county"), random.chance(0.3) {
                    csv = Self.mutate(csv, &random)
                } else {
                    yaml = Self.mutate(yaml, &random)
                }
            }
            let label = "case \(n) (\(source))"
            let scenario: Scenario
            do {
                scenario = try ScenarioLoader.load(yaml: yaml, path: source) { path in
                    path.hasSuffix("county-units.csv") ? Data(csv.utf8) : nil
                }
            } catch {
                outcomes.loadErrors += 1
                let diagnostics = try #require(error.report?.diagnostics, "\(label): \(error)")
                Self.expectLocatedAndSafe(diagnostics, label)
                continue
            }
            let report = ScenarioValidator.validate(scenario)
            if report.hasErrors {
                outcomes.invalid += 1
                Self.expectLocatedAndSafe(report.errors, label)
                continue
            }
            let output: PipelineOutput
            do {
                output = try SolvePipeline(options: SolveOptions(threads: 1)).run(scenario: scenario)
            } catch {
                Issue.record("\(label): a validated scenario failed to solve: \(error)")
                continue
            }
            let result = output.result
            switch result.status {
            case "optimal", "feasible":
                outcomes.solved += 1
                #expect(ResultFileCheck.meaningProblems(result).isEmpty, "\(label)")
                // The result reads back through the same checks `report` and `diff` apply.
                if case .problems(let problems) = ResultFileCheck.decode(Data(ResultFiles.json(result).utf8)) {
                    Issue.record("\(label): the written result does not read back: \(problems)")
                }
            case "infeasible":
                outcomes.infeasible += 1
            default:
                Issue.record("\(label): status \(result.status)")
            }
        }
        // Every kind of outcome occurs, so the property is exercised on each path.
        #expect(outcomes.loadErrors > 20 && outcomes.invalid > 5 && outcomes.solved > 20 && outcomes.infeasible > 0, "\(outcomes)")
    }

    /// Every error names a place (a file location or a field), and its text carries no
    /// control character and no long verbatim excerpt.
    static func expectLocatedAndSafe(_ diagnostics: [Diagnostic], _ label: String) {
        #expect(!diagnostics.isEmpty, "\(label)")
        for diagnostic in diagnostics {
            #expect(diagnostic.location != nil || !diagnostic.field.isEmpty, "\(label): unlocated: \(diagnostic)")
            let text = diagnostic.description
            #expect(!text.unicodeScalars.contains(where: SafeText.isUnsafe), "\(label): \(text)")
            #expect(text.count < 1_000, "\(label): \(text.prefix(200))…")
        }
    }
}
