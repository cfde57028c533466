import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi init REGISTER --out scenario.yaml`: a first scenario from a register export.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draft a scenario from a register export (编制台账: .xlsx, or CSV in UTF-8 or GBK).",
        discussion: """
            The draft declares the kinds and regions found in the register, references the register \
            as its unit table, and writes out the default rules with Chinese comments. It prints which \
            register columns were mapped to what. Exit status: 0 written; 2 usage or the output exists \
            (use --force); 65 the register cannot be read or has errors; 73 the file cannot be written.
            """)

    @Argument(help: "The register export: .xlsx workbook or CSV (UTF-8, UTF-8 with BOM, or GBK/GB18030).")
    var register: String

    @Option(name: .long, help: "The scenario file to write (YAML).")
    var out: String

    @Option(name: .long, help: "The worksheet of an .xlsx register (default: the first sheet).")
    var sheet: String?

    @Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: register) else {
            Terminal.error("\(register): error: the register does not exist or cannot be read. Fix: check the path.\n")
            throw ExitStatus.invalidScenario
        }
        if Self.samePath(out, register) {
            Terminal.error("\(out): error: --out names the register itself. Fix: write the scenario to another file, e.g. scenario.yaml.\n")
            throw ExitCode(2)
        }
        if !force, FileManager.default.fileExists(atPath: out) {
            Terminal.error("\(out): error: the file already exists (已存在). Fix: choose another --out, or add --force to replace it.\n")
            throw ExitCode(2)
        }
        let draft: ScenarioDraft
        do {
            draft = try ScenarioDraft.draft(registerPath: register, data: data, sheet: sheet, outputPath: out)
        } catch {
            switch error {
            case .unreadable(let diagnostics):
                for diagnostic in diagnostics { Terminal.error("\(diagnostic)\n") }
                Terminal.error("\(diagnostics.filter { $0.severity == .error }.count) error(s): no scenario was written.\n")
            case .noRegionTree(let reason):
                Terminal.error("\(register): error: \(reason). Fix: split the register by province.\n")
            }
            throw ExitStatus.invalidScenario
        }
        ScenarioReporting.warnings(draft.notes)
        do {
            try draft.write(to: out, force: force)
        } catch {
            Terminal.error("error: \(error)\n")
            throw ExitCode(73)
        }
        print("台账 (register read): \(draft.readAs)")
        print("列映射 (columns mapped):")
        for column in draft.mappedColumns { print("  \(column.header) → \(column.key)") }
        print("\(out): written — \(draft.unitCount) units, \(draft.kindCount) kinds, \(draft.regionCount) regions (已生成方案草稿)")
        print("Next: check regions and kinds, edit the rules, then `bianzhi solve \(out) --out RESULT`.")
    }

    /// Whether two paths name one file (after resolving `..`, `.` and symbolic links).
    static func samePath(_ a: String, _ b: String) -> Bool {
        func canonical(_ p: String) -> String { URL(fileURLWithPath: p).resolvingSymlinksInPath().standardizedFileURL.path }
        return canonical(a) == canonical(b)
    }
}
