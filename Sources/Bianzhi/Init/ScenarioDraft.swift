import Foundation

/// `bianzhi init`: a first scenario drafted from a register export, so a planner edits a
/// scenario instead of writing one.
///
/// The draft declares the kinds (编制类型) and regions (所在区域/乡镇, levels from 层级 or the
/// name) found in the register, references the register itself as the unit table (so next
/// year's export is dropped in place and the scenario still reads it), and writes out the
/// default rules, objective and lanes with Chinese comments. Before it is returned the draft
/// is loaded and validated exactly as `bianzhi solve` will, so it solves without hand edits.
public struct ScenarioDraft: Sendable {
    /// Why no draft was made.
    public enum Failure: Error, Sendable {
        /// The register could not be read, or its rows have errors; the diagnostics say where.
        case unreadable([Diagnostic])
        /// The regions cannot form one tree: the register names several provinces.
        case severalProvinces([String])
    }

    /// The scenario text (UTF-8 YAML).
    public var yaml: String
    /// Register headers and the unit-table column each feeds, in the format's column order.
    public var mappedColumns: [(header: String, key: String)]
    /// Warnings from reading the register (encoding, ignored columns, skipped rows) and from
    /// drafting (levels guessed from names).
    public var notes: [Diagnostic]
    /// How the register was read: `reg.csv (GB18030/GBK)` or `book.xlsx[台账] (Excel)`.
    public var readAs: String
    /// What was found: units, kinds and regions.
    public var unitCount: Int, kindCount: Int, regionCount: Int

    /// Drafts a scenario for the register at `registerPath` (its bytes `data`), to be written
    /// at `outputPath`; `sheet` picks a worksheet of a workbook.
    public static func draft(
        registerPath: String, data: Data, sheet: String?, outputPath: String
    ) throws(Failure) -> ScenarioDraft {
        let register = try RegisterTable(data: data, path: registerPath, sheet: sheet)
        if register.diagnostics.contains(where: { $0.severity == .error }) || register.units.isEmpty {
            var diagnostics = register.diagnostics
            if register.units.isEmpty, !diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(.error(
                    at: SourceLocation(file: register.contents.file, line: 1), field: "", message: .register(.noUnitRows),
                    fix: .register(.exportUnitRows)))
            }
            throw .unreadable(diagnostics)
        }
        var notes = register.diagnostics
        let regions = try DraftRegions(register: register, notes: &notes)
        let kinds = DraftKinds(units: register.units)
        let reference = UnitReference(
            registerPath: registerPath, outputPath: outputPath,
            sheet: register.contents.isWorkbook ? String(register.contents.file.split(separator: "[").last?.dropLast() ?? "") : nil,
            defaultRegion: regions.hasUnplacedUnits ? regions.root : nil)
        let title = ((registerPath as NSString).lastPathComponent as NSString).deletingPathExtension
        let yaml = DraftWriter(
            title: title, registerName: (registerPath as NSString).lastPathComponent,
            mapped: register.mapped, kinds: kinds, regions: regions, units: reference, tags: DraftKinds.tags(register.units)
        ).text()

        // Load and validate the draft as `solve` will; a failure here is a bug of the draft.
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(yaml: yaml, path: outputPath) { path in
                ScenarioLoader.resolve(reference.written, against: outputPath) == path ? data : nil
            }
        } catch {
            throw .unreadable(error.report?.errors ?? [])
        }
        let report = ScenarioValidator.validate(scenario)
        if report.hasErrors { throw .unreadable(report.errors) }
        return ScenarioDraft(
            yaml: yaml, mappedColumns: register.mapped.map { ($0.header, $0.key) }, notes: notes,
            readAs: "\(register.contents.file) (\(register.contents.encoding?.displayName ?? "Excel"))",  // i18n-exempt: file (encoding)
            unitCount: register.units.count, kindCount: kinds.kinds.count, regionCount: regions.regions.count)
    }

    /// Why the draft was not written.
    public enum WriteFailure: Error, Sendable {
        /// The file exists and `force` was not given.
        case exists
        /// A folder has the output's name.
        case isFolder
        /// Writing failed (disk full, permissions).
        case output(OutputError)
    }

    /// Writes the draft atomically (a temporary file renamed into place); an existing file is
    /// replaced only with `force`.
    public func write(to path: String, force: Bool) throws(WriteFailure) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw .isFolder }
            if !force { throw .exists }
        }
        var set = AtomicFileSet()
        set.add((path as NSString).lastPathComponent, text: yaml)
        let folder = (path as NSString).deletingLastPathComponent
        do {
            // One file in a folder shared with others: replaced on its own, not the folder.
            try set.writeEach(in: folder.isEmpty ? "." : folder)
        } catch {
            throw .output(error)
        }
    }
}

/// How the draft names the register: relative to the scenario's folder when both are on one
/// path tree (so the pair can be moved together), absolute otherwise.
struct UnitReference {
    var written: String
    var sheet: String?
    /// The region of rows without one (`region:` under `units`).
    var defaultRegion: String?

    init(registerPath: String, outputPath: String, sheet: String?, defaultRegion: String?) {
        self.sheet = sheet
        self.defaultRegion = defaultRegion
        let cwd = FileManager.default.currentDirectoryPath
        func absolute(_ p: String) -> [String] {
            let full = p.hasPrefix("/") ? p : (cwd as NSString).appendingPathComponent(p)
            return (full as NSString).standardizingPath.split(separator: "/").map(String.init)
        }
        let register = absolute(registerPath)
        let folder = Array(absolute(outputPath).dropLast())
        var common = 0
        while common < min(register.count - 1, folder.count), register[common] == folder[common] { common += 1 }
        if common == 0 {
            written = "/" + register.joined(separator: "/")
        } else {
            written = (Array(repeating: "..", count: folder.count - common) + register[common...]).joined(separator: "/")
        }
    }
}
