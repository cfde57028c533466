import Foundation
@testable import Bianzhi

/// The repository, found from this file's path so tests read `Scenarios/` in place instead of
/// copying it into a resource bundle.
enum Repository {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// Bytes of a file given relative to the repository root.
    static func read(_ relative: String) -> Data? {
        FileManager.default.contents(atPath: root.appendingPathComponent(relative).path)
    }

    /// Loads a shipped scenario with its repository-relative path, as a planner running
    /// `bianzhi validate Scenarios/…` from the root would see it.
    static func load(_ relative: String) throws(ScenarioLoadError) -> Scenario {
        let text = String(decoding: read(relative) ?? Data(), as: UTF8.self)
        return try ScenarioLoader.load(yaml: text, path: relative, readFile: read)
    }
}

/// The descriptions of everything wrong with an inline scenario: loader problems if any,
/// otherwise the validator's.
func problems(_ yaml: String, path: String = "test.yaml", files: [String: String] = [:]) -> [String] {
    do {
        let scenario = try ScenarioLoader.load(yaml: yaml, path: path) { files[$0].map { Data($0.utf8) } }
        return ScenarioValidator.validate(scenario).diagnostics.map(\.description)
    } catch {
        return error.report?.diagnostics.map(\.description) ?? [error.description]
    }
}

/// The exact checks that fail for an inline (valid) scenario, as `validate` prints them.
func conflicts(_ yaml: String, path: String = "test.yaml") -> [String] {
    guard let scenario = try? ScenarioLoader.load(yaml: yaml, path: path) else { return ["unreadable"] }
    return FeasibilityChecks.located(ProblemData(scenario: scenario)).map(\.diagnostic.description)
}

/// A valid one-county scenario; tests replace or append lines to break it in one way.
let baseYAML = """
    scenario: {name: 测试县}
    kinds:
      - {id: admin, name: 行政编制}
    regions:
      - {id: cs, name: 测试县, level: county}
      - {id: zz, name: 张庄镇, level: township, parent: cs}
    units:
      - {id: u1, name: 县政府办, region: cs, kind: admin, quota: 10, headcount: 8}
      - {id: u2, name: 张庄镇党政办, region: zz, kind: admin, quota: 6, headcount: 6}

    """
