import Foundation
import Testing

/// No user-facing words outside the catalogue: the files that print, render or diagnose hold
/// no string literal that reads as prose (a word followed by more text, a capitalised label,
/// or any Chinese). File keys, paths and format codes are single tokens and pass.
///
/// A line may opt out with `// i18n-exempt: reason` (machine formats, file syntax). File
/// syntax is exempt without a mark in two forms: YAML examples (`example: "{id: admin, …}"`)
/// and the unit table's accepted header names (`Column(key: "quota", chinese: "编制数", …)`).
@Suite("No string escapes the catalogue")
struct NoStringEscapesTests {
    /// The converted areas. A file added to one of these folders is scanned too.
    static let scanned: [String] = [
        "Sources/BianzhiCLI",
        "Sources/Bianzhi/Validation",
        "Sources/Bianzhi/Loading/ScenarioLoader.swift",
        "Sources/Bianzhi/Loading/ScenarioLoadError.swift",
        "Sources/Bianzhi/Loading/YAMLNodeReader.swift",
        "Sources/Bianzhi/Loading/UnitTableReader.swift",
        "Sources/Bianzhi/Loading/UnitTableFile.swift",
        "Sources/Bianzhi/Loading/UnitIDs.swift",
        "Sources/Bianzhi/Loading/FullWidth.swift",
        "Sources/Bianzhi/Loading/TextDecoding.swift",
        "Sources/Bianzhi/Loading/XLSXSheetReader.swift",
        "Sources/Bianzhi/Loading/XLSXParts.swift",
        "Sources/Bianzhi/Loading/NameResolution.swift",
        "Sources/Bianzhi/Scenario/UnitLookup.swift",
        "Sources/Bianzhi/Init/ScenarioDraft.swift",
        "Sources/Bianzhi/Init/RegisterTable.swift",
        "Sources/Bianzhi/Init/DraftRegions.swift",
        "Sources/Bianzhi/Loading/ScalarParsing.swift",
        "Sources/Bianzhi/Rendering/SolveSummary.swift",
    ]

    static var literal: Regex<AnyRegexOutput> { try! Regex(#""(?:[^"\\]|\\.)*""#) }
    static var prose: Regex<AnyRegexOutput> { try! Regex(#"[A-Za-z]{2,}[:,.;!?]? +[^\s"]"#) }
    static var label: Regex<AnyRegexOutput> { try! Regex(#"^"[A-Z][a-z]+[ :]*"$"#) }
    static var cjk: Regex<AnyRegexOutput> { try! Regex("[\\u{4E00}-\\u{9FFF}]") }

    /// The literals of one line of Swift that read as user-facing words.
    static func offending(_ line: String) -> [String] {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("//") || line.contains("// i18n-exempt:") || trimmed.hasPrefix("Column(key:") { return [] }
        if trimmed.contains("\"\"\"") { return [trimmed] }
        let code = line.components(separatedBy: " // ").first ?? line
        return code.matches(of: literal).filter { match in
            !code[..<match.range.lowerBound].hasSuffix("example: ")
        }.map { String(code[$0.range]) }.filter { text in
            text.contains(prose) || text.contains(label) || text.contains(cjk)
        }
    }

    @Test func theDetectorCatchesProseAndLetsTokensThrough() {
        #expect(Self.offending(#"        print("wrote \(file) to \(folder)")"#).count == 1)
        #expect(Self.offending(#"        Terminal.error("error: \(error)\n")"#).count == 1)
        #expect(Self.offending(#"    var t = TextTable(headers: ["Kind", "Before"])"#).count == 2)
        #expect(Self.offending(#"        let x = "编制数""#).count == 1)
        #expect(Self.offending(#"        error(at, "\(path).quota", value: String(q), .quota, fix: .quota)"#).isEmpty)
        #expect(Self.offending(#"        case "optimal", "feasible": return"#).isEmpty)
        #expect(Self.offending(#"        /// The summary in words."#).isEmpty)
    }

    @Test func convertedFilesHoldNoUserFacingLiterals() throws {
        var found: [String] = []
        for path in Self.scanned {
            let url = Repository.root.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), "\(path) moved: update the scan list")
            let files = isFolder.boolValue
                ? try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }.sorted()
                    .map { url.appendingPathComponent($0) }
                : [url]
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    for hit in Self.offending(String(line)) {
                        found.append("\(file.lastPathComponent):\(number + 1): \(hit)")
                    }
                }
            }
        }
        #expect(found.isEmpty, "user-facing text outside the catalogue (Sources/Bianzhi/Localization/):\n\(found.joined(separator: "\n"))")
    }
}
