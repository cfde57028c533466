import Foundation
import Testing
@testable import Bianzhi

/// The message catalogue (Sources/Bianzhi/Localization/): every entry exists in both
/// languages, Chinese is planner Chinese, English is plain English.
@Suite("Message catalogue")
struct CatalogueTests {
    static var cjk: Regex<AnyRegexOutput> { try! Regex("[\\u{4E00}-\\u{9FFF}]") }
    /// Two lowercase English words in a row: a phrase left untranslated in Chinese text.
    static var englishPhrase: Regex<AnyRegexOutput> { try! Regex("\\b[a-z]{2,} [a-z]{2,}\\b") }
    /// Backtick spans hold file syntax (`reserve: 10`, `tag: 派出所`), the same in both languages.
    static var backticks: Regex<AnyRegexOutput> { try! Regex("`[^`]*`") }

    /// Text outside backticks.
    static func prose(_ text: String) -> String { text.replacing(backticks, with: "") }

    @Test func everyEntryRendersInBothLanguagesAndTheyDiffer() {
        for (type, entry) in CatalogueSamples.all {
            let zh = entry.text(.zh), en = entry.text(.en)
            #expect(!zh.isEmpty && !en.isEmpty, "\(type).\(entry): empty text")
            if case .untranslated = entry as? DiagnosticMessage { continue }
            if case .untranslated = entry as? DiagnosticFix { continue }
            #expect(zh != en, "\(type).\(entry): the same in both languages: \(zh)")
            #expect(zh.contains(Self.cjk), "\(type).\(entry): Chinese text without Chinese: \(zh)")
            #expect(!Self.prose(zh).contains(Self.englishPhrase), "\(type).\(entry): English words in Chinese: \(zh)")
            #expect(!Self.prose(en).contains(Self.cjk), "\(type).\(entry): Chinese in English text: \(en)")
            #expect(!zh.contains("Fix:") && !zh.contains("error:"), "\(type).\(entry): \(zh)")
        }
    }

    /// The samples must cover every declared case, so a new entry cannot skip the test above.
    @Test func everyDeclaredEntryHasASample() throws {
        let declared = try CatalogueSource.declaredCases()
        #expect(declared["DiagnosticMessage"]?.isEmpty == false, "the parser found the catalogue")
        var sampled: [String: Set<String>] = [:]
        for (type, entry) in CatalogueSamples.all {
            let name = String(String(describing: entry).prefix { $0 != "(" })
            sampled[type, default: []].insert(name)
        }
        for (type, cases) in declared.sorted(by: { $0.key < $1.key }) {
            let missing = cases.subtracting(sampled[type] ?? []).sorted()
            #expect(missing.isEmpty, "\(type) has no sample for: \(missing.joined(separator: ", ")) (add them to CatalogueSamples)")
        }
    }

    @Test func localeVariablesChooseTheLanguageInPOSIXOrder() {
        #expect(Language.fromEnvironment([:]) == .zh, "no locale: Chinese first")
        #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "C"]) == .en)
        #expect(Language.fromEnvironment(["LANG": ""]) == .zh, "empty counts as unset")
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LC_ALL": "C"]) == .en)
    }

    @Test func langOnTheCommandLineWinsOverTheLocale() {
        let env = ["LANG": "zh_CN.UTF-8"]
        #expect(Language.resolve(arguments: ["bianzhi", "solve", "--lang", "en", "a.yaml"], environment: env) == .en)
        #expect(Language.resolve(arguments: ["bianzhi", "--lang=en", "solve"], environment: env) == .en)
        #expect(Language.resolve(arguments: ["bianzhi", "solve", "--lang", "fr"], environment: env) == .zh)
        #expect(Language.resolve(arguments: ["bianzhi", "solve", "--", "--lang", "en"], environment: env) == .zh)
        #expect(Language.resolve(arguments: ["bianzhi", "solve"], environment: ["LANG": "en_GB"]) == .en)
    }

    @Test func diagnosticsRenderWholeInEitherLanguage() {
        let d = Diagnostic.error(
            at: SourceLocation(file: "a.yaml", line: 5), field: "units[0].quota", value: "-3",
            message: .wholeNumberBelow(key: "quota", minimum: 0), fix: .quota)
        #expect(d.rendered(.en) == "a.yaml:5: error: units[0].quota: \"-3\" — quota must be a whole number ≥ 0. Fix: write the approved quota, e.g. 12.")
        #expect(d.rendered(.zh) == "a.yaml:5: 错误：units[0].quota：“-3” — quota 应为不小于 0 的整数。改法：填写核定的编制数，例如 12。")
    }
}

/// Reads the catalogue's source to list the cases each enum declares.
enum CatalogueSource {
    static var folder: URL { Repository.root.appendingPathComponent("Sources/Bianzhi/Localization") }

    /// Case names by enum name (`case a, b` and `case c(x: Int)` declarations; the `case .x`
    /// labels of switches are not declarations).
    static func declaredCases() throws -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var current: String? = nil
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if let match = line.firstMatch(of: /^public enum (\w+)/) {
                    // Only catalogue types; e.g. `Language` itself is not an entry.
                    current = line.contains("Localizable") ? String(match.1) : nil
                    continue
                }
                guard let enumName = current, line.hasPrefix("case "), !line.hasPrefix("case .") else { continue }
                // Drop associated and raw values, then split `case a, b, c`.
                var depth = 0, names = ""
                for c in line.dropFirst(5).prefix(while: { $0 != "=" }) {
                    if c == "(" { depth += 1 } else if c == ")" { depth -= 1 } else if depth == 0 { names.append(c) }
                }
                // A switch label (`case (.a, true): return …`) is not a declaration.
                if names.contains(":") { continue }
                for name in names.split(separator: ",") {
                    let trimmed = name.trimmingCharacters(in: .whitespaces)
                    if !trimmed.isEmpty { result[enumName, default: []].insert(trimmed) }
                }
            }
        }
        return result
    }
}
