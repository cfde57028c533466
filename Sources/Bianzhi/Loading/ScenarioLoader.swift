import Foundation
import Yams

/// Turns a scenario file (YAML, with an optional CSV unit table) into a ``Scenario``.
///
/// The loader checks the file's shape — syntax, keys, types, names of levels and terms, the
/// unit table's columns — and reports every problem at once. Cross-references and bounds
/// (unknown regions, cycles, infeasible pools) are ``ScenarioValidator``'s job; it runs on the
/// loaded scenario, so a planner sees shape problems first, then meaning problems.
public enum ScenarioLoader {
    /// Reads a scenario from disk; a CSV unit table is resolved relative to the YAML's folder.
    public static func load(path: String) throws(ScenarioLoadError) -> Scenario {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: .fileUnreadable)
        }
        if XLSXSheetReader.looksLikeZip(data) {
            throw .unreadable(
                path: path, reason: .register(.scenarioIsWorkbook(name: (path as NSString).lastPathComponent, path: path)))
        }
        guard let (text, encoding) = TextDecoding.decode(data) else {
            throw .unreadable(path: path, reason: .register(.fileNotText))
        }
        let notes = encoding == .gb18030 ? [UnitTableFile.encodingNote(encoding, file: path)] : []
        return try load(yaml: text, bytes: Array(data), path: path, notes: notes, readFile: defaultReadFile)
    }

    /// Reads a scenario from text, for tests and for editors that hold the file in memory.
    /// `path` names the file in messages and anchors a relative CSV path; `readFile` returns
    /// the bytes of the CSV file at a resolved path, or `nil` when it does not exist.
    public static func load(
        yaml: String, path: String, readFile: (String) -> Data? = defaultReadFile
    ) throws(ScenarioLoadError) -> Scenario {
        try load(yaml: yaml, bytes: Array(yaml.utf8), path: path, notes: [], readFile: readFile)
    }

    /// Reads a file from disk.
    public static func defaultReadFile(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    /// Where a CSV path written in the YAML file points: relative paths are relative to the
    /// YAML file's folder, as a spreadsheet saved next to it expects.
    public static func resolve(_ relative: String, against yamlPath: String) -> String {
        if relative.hasPrefix("/") { return relative }
        let folder = (yamlPath as NSString).deletingLastPathComponent
        return folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
    }

    static func load(
        yaml: String, bytes: [UInt8], path: String, notes: [Diagnostic], readFile: (String) -> Data?
    ) throws(ScenarioLoadError) -> Scenario {
        var reader = YAMLNodeReader(file: path)
        var digest = FNV1a()
        digest.update(bytes)

        let colons = FullWidth.keyColonProblems(in: yaml, file: path)
        if !colons.isEmpty { throw .invalid(ValidationReport(diagnostics: notes + colons)) }

        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw .invalid(ValidationReport(diagnostics: [syntaxDiagnostic(error, file: path)]))
        } catch {
            throw .invalid(ValidationReport(diagnostics: [.error(
                at: SourceLocation(file: path, line: 1), field: "", message: .yamlUnreadable(detail: "\(error)"),
                fix: .checkYAMLSyntax)]))
        }
        guard let root else {
            throw .invalid(ValidationReport(diagnostics: [.error(
                at: SourceLocation(file: path, line: 1), field: "", message: .fileEmpty, fix: .startFromExample)]))
        }

        // The section reader keeps the file reader for the CSV table; it never outlives this call.
        let (scenario, diagnostics, csvBytes) = withoutActuallyEscaping(readFile) { readFile in
            var parts = SectionReader(reader: reader, path: path, readFile: readFile)
            let scenario = parts.read(root: root)
            return (scenario, parts.reader.diagnostics, parts.csvBytes)
        }
        reader.diagnostics = diagnostics
        if let csvBytes { digest.update(csvBytes) }

        let report = ValidationReport(diagnostics: notes + reader.diagnostics)
        guard !report.hasErrors, var scenario else { throw .invalid(report) }
        scenario = NameResolution.resolvingNames(in: scenario)
        let (derived, derivation) = NeedDerivation.derive(scenario, yamlFile: path)
        let full = ValidationReport(diagnostics: report.diagnostics + derivation)
        if full.hasErrors { throw .invalid(full) }
        scenario = derived
        scenario.source = ScenarioSource(path: path, digest: digest.hex, warnings: full.warnings)
        return scenario
    }

    /// A YAML syntax error as a diagnostic, with the line libyaml reports.
    static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        let fix = DiagnosticFix.checkIndentation
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml notices a problem where parsing fails, often lines after the cause; the
            // context names where the unfinished construct began, which is where to look.
            let message = DiagnosticMessage.yamlSyntax(
                problem: problem, context: context?.text, line: context?.mark.line, column: context?.mark.column)
            return .error(at: SourceLocation(file: file, line: mark.line, column: mark.column), field: "", message: message, fix: fix)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column), field: "",
                value: duplicates.joined(separator: ", "), message: .duplicateKey, fix: .keepOneEntry)
        default:
            return .error(at: SourceLocation(file: file, line: 1), field: "", message: .yamlUnreadable(detail: "\(error)"), fix: fix)
        }
    }
}

/// Reads the sections of a scenario document into the value types.
struct SectionReader {
    var reader: YAMLNodeReader
    let path: String
    let readFile: (String) -> Data?
    /// Bytes of the CSV unit table, for the digest.
    var csvBytes: [UInt8]? = nil
    /// Canonical names of the drivers the standards name (read before the units).
    var declaredDrivers: [String] = []

    static let topKeys = [
        "scenario", "kinds", "regions", "units", "pools", "channels", "rules", "priorities",
        "shareFloors", "objective", "lanes", "standards",
    ]

    mutating func read(root: Node) -> Scenario? {
        guard let top = reader.fields(
            of: root, at: "", known: Self.topKeys, required: ["scenario", "kinds", "regions", "units"],
            example: "scenario: {name: 示例县}")
        else { return nil }

        let metadata = top["scenario"].flatMap { readMetadata($0) }
        let kinds = entries(top, "kinds") { r, node, path in r.readKind(node, path) }
        let regions = entries(top, "regions") { r, node, path in r.readRegion(node, path) }
        // Standards first: the drivers they name are the unit table's driver columns.
        let standards = entries(top, "standards") { r, node, path in r.readStandard(node, path) }
        declaredDrivers = standards.map(\.driver)
        var units: [OrgUnit] = []
        if let node = top["units"] {
            if let csvPath = YAMLNodeReader.text(node) {
                units = readUnitTable(csvPath, sheet: nil, defaultRegion: nil, node: node)
            } else if case .mapping = node {
                if let f = reader.fields(
                    of: node, at: "units", known: ["file", "sheet", "region"], required: ["file"],
                    example: "{file: 编制台账.xlsx, sheet: 名册}"),
                    let file = reader.text(f, "file")
                {
                    units = readUnitTable(file, sheet: reader.text(f, "sheet"), defaultRegion: reader.text(f, "region"), node: node)
                }
            } else {
                units = entries(top, "units") { r, node, path in r.readUnit(node, path) }
            }
        }
        let pools = entries(top, "pools") { r, node, path in r.readPool(node, path) }
        let channels = entries(top, "channels") { r, node, path in r.readChannel(node, path) }
        let rules = top["rules"].flatMap { readRules($0) } ?? Rules()
        let priorities = entries(top, "priorities") { r, node, path in r.readPriority(node, path) }
        let shareFloors = entries(top, "shareFloors") { r, node, path in r.readShareFloor(node, path) }
        let objective = top["objective"].flatMap { readObjective($0) } ?? ObjectiveSpec()
        let lanes = top["lanes"].flatMap { readLanes($0) } ?? LaneCosts()

        guard let metadata else { return nil }
        return Scenario(
            metadata: metadata, kinds: kinds, regions: regions, units: units, pools: pools,
            channels: channels, rules: rules, priorities: priorities, shareFloors: shareFloors,
            objective: objective, lanes: lanes, standards: standards)
    }

    /// Reads every entry of a list section; entries with problems are reported and skipped.
    mutating func entries<T>(
        _ top: YAMLNodeReader.Fields, _ key: String,
        _ readOne: (inout SectionReader, Node, String) -> T?
    ) -> [T] {
        guard let node = top[key], let items = reader.list(node, at: key) else { return [] }
        var result: [T] = []
        for (i, item) in items.enumerated() {
            if let value = readOne(&self, item, "\(key)[\(i)]") { result.append(value) }
        }
        return result
    }

    func location(_ node: Node) -> SourceLocation? { reader.location(node) }

    mutating func readMetadata(_ node: Node) -> Scenario.Metadata? {
        guard let f = reader.fields(
            of: node, at: "scenario", known: ["name", "horizon", "description", "office", "date"], required: ["name"],
            example: "name: 示例县2026年编制调整")
        else { return nil }
        let name = reader.text(f, "name")
        let horizon = reader.int(f, "horizon", minimum: 1, fix: .horizon)
        let description = reader.freeText(f, "description") ?? ""
        let office = reader.text(f, "office")
        let date = reader.date(f, "date")
        guard let name else { return nil }
        return Scenario.Metadata(name: name, horizonYears: horizon ?? 1, description: description, office: office, date: date)
    }

    mutating func readKind(_ node: Node, _ path: String) -> QuotaKind? {
        guard let f = reader.fields(
            of: node, at: path, known: ["id", "name", "shrinkOnly"], required: ["id", "name"],
            example: "{id: admin, name: 行政编制}")
        else { return nil }
        let id = reader.text(f, "id"), name = reader.text(f, "name")
        let shrinkOnly = reader.bool(f, "shrinkOnly")
        guard let id, let name else { return nil }
        return QuotaKind(id: id, name: name, shrinkOnly: shrinkOnly ?? false, location: location(node))
    }

    mutating func readRegion(_ node: Node, _ path: String) -> Region? {
        guard let f = reader.fields(
            of: node, at: path, known: ["id", "name", "level", "parent"], required: ["id", "name", "level"],
            example: "{id: sx, name: 示例县, level: county, parent: city}")
        else { return nil }
        let id = reader.text(f, "id"), name = reader.text(f, "name")
        let level = reader.level(f, "level"), parent = reader.text(f, "parent")
        guard let id, let name, let level else { return nil }
        return Region(id: id, name: name, level: level, parent: parent, location: location(node))
    }

    mutating func readUnit(_ node: Node, _ path: String) -> OrgUnit? {
        let before = reader.diagnostics.count
        guard let f = reader.fields(
            of: node, at: path,
            known: [
                "id", "name", "department", "region", "kind", "quota", "headcount", "attrition", "need", "tags",
                "locked", "min", "max", "reason", "drivers",
            ],
            required: ["id", "name", "region", "kind", "quota", "headcount"],
            example: "{id: u1, name: 县教育局, region: sx, kind: admin, quota: 12, headcount: 10}")
        else { return nil }
        let id = reader.text(f, "id"), name = reader.text(f, "name")
        let department = reader.text(f, "department")
        let region = reader.text(f, "region"), kind = reader.text(f, "kind")
        let quota = reader.int(f, "quota", fix: .quota)
        let headcount = reader.int(f, "headcount", fix: .headcount)
        let attrition = reader.int(f, "attrition", fix: .attrition)
        let need = reader.number(f, "need", fix: .need)
        let tags = reader.tags(f, "tags")
        let locked = reader.flag(f, "locked")
        let minimum = reader.int(f, "min", fix: .plannerRule(.minimum))
        let maximum = reader.int(f, "max", fix: .plannerRule(.maximum))
        let reason = f["reason"].flatMap { YAMLNodeReader.text($0) }?.trimmingWhitespace
        let drivers = f["drivers"].map { readDrivers($0, f.path("drivers")) } ?? [:]
        guard reader.diagnostics.count == before, let id, let name, let region, let kind, let quota, let headcount
        else { return nil }
        return OrgUnit(
            id: id, name: name, department: department ?? "", region: region, kind: kind, quota: quota,
            headcount: headcount, attrition: attrition, need: need, tags: tags, locked: locked ?? false,
            minQuota: minimum, maxQuota: maximum, reason: reason.flatMap { $0.isEmpty ? nil : $0 }, location: location(node),
            drivers: drivers)
    }

    mutating func readUnitTable(_ written: String, sheet: String?, defaultRegion: String?, node: Node) -> [OrgUnit] {
        let resolved = ScenarioLoader.resolve(written, against: path)
        if let problem = UnitTableSafety.problem(at: resolved) {
            reader.error(node, "units", value: written, .robustness(problem.message), fix: .robustness(problem.fix))
            return []
        }
        guard let data = readFile(resolved) else {
            reader.error(
                node, "units", value: written,
                .unitTableUnreadable(path: resolved), fix: .checkUnitTablePath(scenario: path))
            return []
        }
        csvBytes = Array(data)
        if let problem = UnitTableSafety.problem(at: resolved, data: data) {
            // The content is never quoted: the path may name a secret (/proc/self/environ).
            reader.error(node, "units", value: written, .robustness(problem.message), fix: .robustness(problem.fix))
            return []
        }
        let contents: UnitTableFile.Contents
        switch UnitTableFile.read(data: data, path: resolved, sheet: sheet) {
        case .success(let read): contents = read
        case .failure(let problem):
            reader.diagnostics.append(problem.diagnostic)
            return []
        }
        if let encoding = contents.encoding, encoding == .gb18030 {
            reader.diagnostics.append(UnitTableFile.encodingNote(encoding, file: resolved))
        }
        var table = UnitTableReader(file: contents.file, defaultRegion: defaultRegion, drivers: declaredDrivers)
        let units = table.read(table: contents.table, padShortRows: contents.isWorkbook)
        reader.diagnostics.append(contentsOf: table.diagnostics)
        return units
    }

    mutating func readPool(_ node: Node, _ path: String) -> PoolSpec? {
        guard let f = reader.fields(
            of: node, at: path, known: ["kind", "scope", "total", "reserve"], required: ["kind", "scope"],
            example: "{kind: admin, scope: sx, reserve: 10}")
        else { return nil }
        let kind = reader.text(f, "kind"), scope = reader.text(f, "scope")
        let total = reader.int(f, "total", fix: .poolTotal)
        var reserve = PoolSpec.Reserve.none
        var reserveOK = true
        if let node = f["reserve"] {
            let written = YAMLNodeReader.text(node) ?? YAMLNodeReader.shape(node)
            if written == "none" {
                reserve = .none
            } else if written == "unlimited" {
                reserve = .unlimited
            } else if case .success(let n) = ScalarParsing.int(written, minimum: 0) {
                reserve = .upTo(n)
            } else {
                reserveOK = false
                reader.error(
                    node, f.path("reserve"), value: written,
                    .reserveForm, fix: .reserve)
            }
        }
        guard let kind, let scope, reserveOK else { return nil }
        return PoolSpec(kind: kind, scope: scope, total: total, reserve: reserve, location: location(node))
    }

    mutating func readChannel(_ node: Node, _ path: String) -> Channel? {
        guard let f = reader.fields(
            of: node, at: path, known: ["kind", "from", "to", "cap", "cost"], required: ["kind", "from", "to", "cap"],
            example: "{kind: admin, from: city, to: sx, cap: 20}")
        else { return nil }
        let kind = reader.text(f, "kind"), from = reader.text(f, "from"), to = reader.text(f, "to")
        let cap = reader.int(f, "cap", fix: .channelCap)
        let cost = reader.number(f, "cost", fix: .channelCost)
        guard let kind, let from, let to, let cap else { return nil }
        return Channel(kind: kind, from: from, to: to, cap: cap, cost: cost ?? 0, location: location(node))
    }

    mutating func readRules(_ node: Node) -> Rules? {
        guard let f = reader.fields(
            of: node, at: "rules", known: ["maxChange", "noDismissals", "overQuotaFrozen", "attritionRate", "protectNeed"],
            required: [], example: "maxChange: {share: 0.2, atLeast: 2}")
        else { return nil }
        var maxChange: ChangeLimit? = nil
        if let limitNode = f["maxChange"], let g = reader.fields(
            of: limitNode, at: "rules.maxChange", known: ["share", "atLeast", "atMost"], required: [],
            example: "{share: 0.2, atLeast: 2}")
        {
            let fix = DiagnosticFix.wholeNumberOfQuotas
            maxChange = ChangeLimit(
                share: reader.number(g, "share", fix: .writeExample("0.2", meaning: .twentyPercentOfQuota)),
                atLeast: reader.int(g, "atLeast", fix: fix), atMost: reader.int(g, "atMost", fix: fix))
        }
        let defaults = Rules()
        let dismissals = reader.dismissals(f, "noDismissals")
        return Rules(
            maxChange: maxChange,
            noDismissals: dismissals?.on ?? defaults.noDismissals,
            strictNoDismissals: dismissals?.strict ?? defaults.strictNoDismissals,
            overQuotaFrozen: reader.bool(f, "overQuotaFrozen") ?? defaults.overQuotaFrozen,
            attritionRate: reader.number(f, "attritionRate", fix: .writeExample("0.03", meaning: .threePercentAYear)) ?? defaults.attritionRate,
            protectNeed: reader.needProtection(f, "protectNeed") ?? defaults.protectNeed,
            location: location(node))
    }

    mutating func readPriority(_ node: Node, _ path: String) -> PriorityClass? {
        guard let f = reader.fields(
            of: node, at: path, known: ["tag", "name", "needFloor", "weight", "noCut"], required: ["tag"],
            example: "{tag: 基层一线, needFloor: 0.9, weight: 3}")
        else { return nil }
        let tag = reader.text(f, "tag"), name = reader.text(f, "name")
        let needFloor = reader.number(f, "needFloor", fix: .needFloor)
        let weight = reader.number(f, "weight", fix: .weight)
        let noCut = reader.bool(f, "noCut")
        guard let tag else { return nil }
        return PriorityClass(tag: tag, name: name, needFloor: needFloor, weight: weight ?? 1, noCut: noCut ?? false, location: location(node))
    }

    mutating func readShareFloor(_ node: Node, _ path: String) -> ShareFloor? {
        guard let f = reader.fields(
            of: node, at: path, known: ["name", "scope", "kind", "level", "tag", "floor", "hard", "penalty", "base"],
            required: ["name", "scope", "kind", "floor"],
            example: "{name: 乡镇行政编制占比, scope: sx, kind: admin, level: township, floor: 0.3}")
        else { return nil }
        let before = reader.diagnostics.count
        let name = reader.text(f, "name"), scope = reader.text(f, "scope"), kind = reader.text(f, "kind")
        let level = reader.level(f, "level"), tag = reader.text(f, "tag")
        if f["level"] == nil && f["tag"] == nil {
            reader.error(
                node, path, .floorWithoutSelection, fix: .floorSelection)
        }
        var floor: ShareFloor.Floor? = nil
        if let floorNode = f["floor"] {
            let written = YAMLNodeReader.text(floorNode) ?? YAMLNodeReader.shape(floorNode)
            if written == "current" {
                floor = .current
            } else if let share = ScalarParsing.decimal(written), share.isFinite, ScalarParsing.isScalable(share) {
                floor = .share(share)
            } else {
                reader.error(
                    floorNode, f.path("floor"), value: written, .floorForm, fix: .floor)
            }
        }
        let hard = reader.bool(f, "hard")
        let penalty = reader.number(f, "penalty", fix: .floorPenalty)
        let base = reader.shareBase(f, "base")
        guard reader.diagnostics.count == before, let name, let scope, let kind, let floor else { return nil }
        return ShareFloor(
            name: name, scope: scope, kind: kind, selector: UnitSelector(level: level, tag: tag), floor: floor,
            hard: hard ?? true, penalty: penalty ?? 10, base: base ?? .new, location: location(node))
    }

    mutating func readObjective(_ node: Node) -> ObjectiveSpec? {
        guard let f = reader.fields(
            of: node, at: "objective", known: ["weights", "tiers"], required: [],
            example: "weights: {shortfall: 10, excess: 1}")
        else { return nil }
        let termNames = ObjectiveTerm.allCases.map(\.rawValue)
        var weights: [ObjectiveTerm: Double] = [:]
        if let weightsNode = f["weights"], let g = reader.fields(
            of: weightsNode, at: "objective.weights", known: termNames, required: [],
            example: "{shortfall: 10, excess: 1, moves: 0.1}")
        {
            for term in ObjectiveTerm.allCases {
                if let w = reader.number(g, term.rawValue, fix: .objectiveWeight) { weights[term] = w }
            }
        }
        var tiers: [[ObjectiveTerm]]? = nil
        if let tiersNode = f["tiers"], let tierNodes = reader.list(tiersNode, at: "objective.tiers") {
            var result: [[ObjectiveTerm]] = []
            for (i, tierNode) in tierNodes.enumerated() {
                guard let termNodes = reader.list(tierNode, at: "objective.tiers[\(i)]") else { continue }
                var tier: [ObjectiveTerm] = []
                for (j, termNode) in termNodes.enumerated() {
                    let written = YAMLNodeReader.text(termNode) ?? YAMLNodeReader.shape(termNode)
                    if let term = ObjectiveTerm(rawValue: written) {
                        tier.append(term)
                    } else {
                        let suggestion = KeySuggestion.closest(to: written, in: termNames)
                        reader.error(
                            termNode, "objective.tiers[\(i)][\(j)]", value: written,
                            .unknownTerm(suggestion: suggestion), fix: .useOneOf(termNames))
                    }
                }
                result.append(tier)
            }
            tiers = result
        }
        return ObjectiveSpec(weights: weights, tiers: tiers, location: location(node))
    }

    mutating func readLanes(_ node: Node) -> LaneCosts? {
        let keys = ["sameDepartment", "sameRegion", "sameLevel", "downward", "upward"]
        guard let f = reader.fields(
            of: node, at: "lanes", known: keys, required: [], example: "{sameDepartment: 1, sameRegion: 2}")
        else { return nil }
        let fix = DiagnosticFix.laneCost
        let d = LaneCosts()
        return LaneCosts(
            sameDepartment: reader.number(f, "sameDepartment", fix: fix) ?? d.sameDepartment,
            sameRegion: reader.number(f, "sameRegion", fix: fix) ?? d.sameRegion,
            sameLevel: reader.number(f, "sameLevel", fix: fix) ?? d.sameLevel,
            downward: reader.number(f, "downward", fix: fix) ?? d.downward,
            upward: reader.number(f, "upward", fix: fix) ?? d.upward,
            location: location(node))
    }
}
