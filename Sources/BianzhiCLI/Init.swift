import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi init REGISTER --out scenario.yaml`: a first scenario from a register export.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: RegisterCLIText.initAbstract.text(CLILanguage.help),
        discussion: RegisterCLIText.initDiscussion.text(CLILanguage.help))

    @Argument(help: ArgumentHelp(RegisterCLIText.registerArgument.text(CLILanguage.help)))
    var register: String

    @Option(name: .long, help: ArgumentHelp(RegisterCLIText.outOption.text(CLILanguage.help)))
    var out: String

    @Option(name: .long, help: ArgumentHelp(RegisterCLIText.sheetOption.text(CLILanguage.help)))
    var sheet: String?

    @Flag(name: .long, help: ArgumentHelp(RegisterCLIText.forceOption.text(CLILanguage.help)))
    var force = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        func say(_ text: RegisterCLIText) { Terminal.error(text.text(lang) + "\n") }
        guard let data = FileManager.default.contents(atPath: register) else {
            say(.registerMissing(path: register))
            throw ExitStatus.invalidScenario
        }
        if Self.samePath(out, register) {
            say(.outIsRegister(path: out))
            throw ExitStatus.usage
        }
        if !force, FileManager.default.fileExists(atPath: out) {
            say(.outExists(path: out))
            throw ExitStatus.usage
        }
        let draft: ScenarioDraft
        do {
            draft = try ScenarioDraft.draft(registerPath: register, data: data, sheet: sheet, outputPath: out)
        } catch {
            switch error {
            case .unreadable(let diagnostics):
                ScenarioReporting.warnings(diagnostics, lang)
                say(.nothingWritten(errors: diagnostics.filter { $0.severity == .error }.count))
            case .severalProvinces(let names):
                say(.provinces(path: register, names: names))
            }
            throw ExitStatus.invalidScenario
        }
        ScenarioReporting.warnings(draft.notes, lang)
        do {
            try draft.write(to: out, force: force)
        } catch {
            switch error {
            case .exists: say(.outExists(path: out))
            case .isFolder: say(.outIsFolder(path: out))
            case .output(let failure): say(.cannotWrite(detail: "\(failure)"))
            }
            if case .output(let failure) = error, failure.kind == .busy { throw ExitStatus.busy }
            throw ExitStatus.cannotCreate
        }
        print(RegisterCLIText.registerRead(draft.readAs).text(lang))
        print(RegisterCLIText.columnsMapped.text(lang))
        for column in draft.mappedColumns { print("  " + column.header + " → " + column.key) }
        print(RegisterCLIText.written(path: out, units: draft.unitCount, kinds: draft.kindCount, regions: draft.regionCount).text(lang))
        print(RegisterCLIText.next(path: out).text(lang))
    }

    /// Whether two paths name one file (after resolving `..`, `.` and symbolic links).
    static func samePath(_ a: String, _ b: String) -> Bool {
        func canonical(_ p: String) -> String { URL(fileURLWithPath: p).resolvingSymlinksInPath().standardizedFileURL.path }
        return canonical(a) == canonical(b)
    }
}
