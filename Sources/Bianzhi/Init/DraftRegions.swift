/// The region tree of a drafted scenario: one region per distinct 所在区域 value, its level
/// from the 层级 cells of its rows (or, without them, from the name: …乡/镇/街道 is a township,
/// …市 a city, anything else a county), all under one root.
///
/// The root is the only region at the top level; when several share it (or all are townships)
/// a root one level up is added (全县/全市/全省). Every other region hangs from the root: a
/// register does not say which county a township belongs to, so a three-level register gets a
/// note asking the planner to check `parent`.
struct DraftRegions {
    struct Entry: Equatable {
        var id: String
        var name: String
        var level: Level
        var parent: String?
    }

    /// Root first, then by level, then in the order the register first names them.
    var regions: [Entry] = []
    /// Whether some rows have no region (they sit in the root: `units: {…, region: ROOT}`).
    var hasUnplacedUnits = false
    /// The id of the root region.
    var root: String { regions[0].id }

    init(register: RegisterTable, notes: inout [Diagnostic]) throws(ScenarioDraft.Failure) {
        var order: [String] = []
        var written: [String: [String]] = [:]
        let unplaced = register.units.filter { $0.region == RegisterTable.unplaced }
        hasUnplacedUnits = !unplaced.isEmpty
        for unit in register.units where unit.region != RegisterTable.unplaced {
            if written[unit.region] == nil { order.append(unit.region) }
            let cell = unit.location.flatMap { register.levelOfLine[$0.line] } ?? ""
            written[unit.region, default: []].append(cell)
        }
        var levels: [String: Level] = [:]
        var guessed: [String] = []
        var unreadable: [String] = []
        for name in order {
            let parsed = written[name, default: []].compactMap(Self.level(written:))
            if let level = Self.mostFrequent(parsed) {
                levels[name] = level
            } else {
                levels[name] = Self.level(fromName: name)
                let cells = written[name, default: []].filter { !$0.isEmpty }
                if cells.isEmpty { guessed.append(name) } else { unreadable.append("\(name) (\(cells[0]))") }
            }
        }
        let file = register.contents.file
        if !unreadable.isEmpty {
            notes.append(.warning(
                at: SourceLocation(file: file, line: 1), field: "level", value: unreadable.joined(separator: ", "),
                message: .register(.levelNotUnderstood), fix: .register(.writeLevel(forms: Level.acceptedFormsText))))
        }
        if !guessed.isEmpty, register.levelOfLine.isEmpty == false {
            notes.append(.warning(
                at: SourceLocation(file: file, line: 1), field: "level", value: guessed.joined(separator: ", "),
                message: .register(.levelFromName), fix: .register(.checkLevels)))
        }

        let top = order.map { levels[$0]! }.min() ?? .township
        let atTop = order.filter { levels[$0] == top }
        var rootID: String
        if atTop.count == 1, top != .township {
            rootID = atTop[0]
        } else {
            guard let above = Level.allCases.last(where: { $0 < top }) else {
                throw .severalProvinces(atTop)
            }
            rootID = ["province": "全省", "city": "全市", "county": "全县"][above.rawValue]!  // i18n-exempt: region names written into the scenario
            while levels[rootID] != nil { rootID += "（合并）" }  // i18n-exempt: a region name
            regions.append(Entry(id: rootID, name: rootID, level: above, parent: nil))
        }
        let sorted = order.enumerated().sorted { a, b in
            let (la, lb) = (levels[a.element]!, levels[b.element]!)
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
        for name in sorted {
            regions.append(Entry(id: name, name: name, level: levels[name]!, parent: name == rootID ? nil : rootID))
        }
        if let first = unplaced.first {
            notes.append(.warning(
                at: first.location, field: "region", value: nil,
                message: .register(.unplacedUnits(count: unplaced.count, root: rootID)), fix: .register(.fillRegion)))
        }
        if Set(regions.map(\.level)).count > 2 {
            notes.append(.warning(
                at: SourceLocation(file: file, line: 1), field: "regions", value: rootID,
                message: .register(.threeLevels(root: rootID)), fix: .register(.setParents)))
        }
    }

    /// A level cell: any accepted form, or 县直/市直/省直 (units directly under that level).
    static func level(written: String) -> Level? {
        let text = written.trimmingWhitespace
        guard !text.isEmpty else { return nil }
        if let level = Level(written: text) { return level }
        for suffix in ["直属", "直", "本级"] where text.hasSuffix(suffix) {  // i18n-exempt: register cell forms
            if let level = Level(written: String(text.dropLast(suffix.count))) { return level }
        }
        return nil
    }

    /// The level a region's name suggests.
    static func level(fromName name: String) -> Level {
        if ["乡", "镇", "街道", "办事处", "街道办"].contains(where: name.hasSuffix) { return .township }  // i18n-exempt: name suffixes
        if name.hasSuffix("省") { return .province }  // i18n-exempt: name suffix
        if name.hasSuffix("市") && !name.hasSuffix("县级市") { return .city }  // i18n-exempt: name suffixes
        return .county
    }

    /// The commonest level; ties go to the higher level.
    static func mostFrequent(_ levels: [Level]) -> Level? {
        Level.allCases.filter(levels.contains).max { a, b in
            let (ca, cb) = (levels.filter { $0 == a }.count, levels.filter { $0 == b }.count)
            return ca != cb ? ca < cb : a > b
        }
    }
}
