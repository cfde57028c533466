import Foundation

/// Reads the unit table of a scenario from a CSV text or an Excel sheet: headers in English or
/// Chinese (the register's own headers included, see ``UnitTableColumns``), one unit per row,
/// every problem reported with the file and the row's line (CSV) or row number (Excel).
///
/// Registers are taken as exported: columns the format does not use, blank trailing columns
/// and total rows (合计/总计/小计) are skipped with one warning each kind.
struct UnitTableReader {
    /// File name used in every location (the CSV path resolved against the YAML's folder, or
    /// `book.xlsx[sheet]` for a workbook).
    let file: String
    /// The region of units whose region cell is empty (`units: {file: …, region: …}`): registers
    /// often leave 所在区域/乡镇 blank for county-level units. `nil`: an empty cell is an error.
    let defaultRegion: String?
    /// Canonical names of the drivers the scenario's standards name: their columns are read
    /// as drivers (so are the known driver columns, see ``DriverNames``).
    let declaredDrivers: [String]
    /// Everything found, in row order.
    var diagnostics: [Diagnostic] = []

    init(file: String, defaultRegion: String? = nil, drivers: [String] = []) {
        self.file = file
        self.defaultRegion = defaultRegion
        self.declaredDrivers = drivers
    }

    /// The column key of a driver column: `driver:` and the driver's canonical name.
    static func driverKey(_ driver: String) -> String { "driver:" + driver }

    private mutating func error(line: Int, _ field: String, value: String? = nil, _ message: DiagnosticMessage, fix: DiagnosticFix) {
        diagnostics.append(.error(
            at: SourceLocation(file: file, line: line), field: field, value: value, message: message, fix: fix))
    }

    private mutating func warning(line: Int, _ field: String, value: String? = nil, _ message: RegisterMessage, fix: RegisterFix) {
        diagnostics.append(.warning(
            at: SourceLocation(file: file, line: line), field: field, value: value, message: .register(message), fix: .register(fix)))
    }

    /// The units of a CSV text; rows with problems are left out (and reported).
    mutating func read(text: String) -> [OrgUnit] {
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch {
            self.error(line: error.line, "", error.message, fix: .closeQuote)
            return []
        }
        return read(table: table, padShortRows: false)
    }

    /// Maps each header to a column key: (key → header index, header names as written).
    /// Unused, misspelt and blank headers are reported here.
    mutating func mapHeader(_ header: CSVTable.Record, records: [CSVTable.Record]) -> (columnOfKey: [String: Int], names: [String])? {
        var columnOfKey: [String: Int] = [:]
        var names: [String] = []
        var unused: [String] = []
        var blank: [String] = []
        var nearMisses: [(String, String)] = []
        let present = Set(header.fields.compactMap { UnitTableColumns.column(forHeader: $0)?.key })
        // A first line naming no column at all is not a unit table (a wrong path, /etc/passwd):
        // say so without quoting it, since it may hold anything.
        guard !present.isEmpty else {
            error(line: header.line, "", .robustness(.headerNamesNoColumn), fix: .robustness(.checkUnitsPath))
            return nil
        }
        for (i, raw) in header.fields.enumerated() {
            let name = raw.trimmingWhitespace
            names.append(name)
            if name.isEmpty {
                let hasData = records.contains { i < $0.fields.count && !$0.fields[i].trimmingWhitespace.isEmpty }
                if hasData {
                    error(line: header.line, XLSXSheetReader.columnName(i), .register(.headerlessData), fix: .register(.nameTheColumn))
                } else {
                    blank.append(XLSXSheetReader.columnName(i))
                }
                continue
            }
            if UnitTableColumns.column(forHeader: name) == nil,
               let driver = DriverNames.driver(forHeader: name, declared: declaredDrivers) {
                if columnOfKey[Self.driverKey(driver)] != nil {
                    error(line: header.line, name, .duplicateColumn(key: driver), fix: .keepOneColumn)
                } else {
                    columnOfKey[Self.driverKey(driver)] = i
                }
                continue
            }
            guard let column = UnitTableColumns.column(forHeader: name) else {
                if let suggestion = UnitTableColumns.nearMiss(of: name, present: present) {
                    nearMisses.append((name, suggestion))
                } else {
                    unused.append(name)
                }
                continue
            }
            if columnOfKey[column.key] != nil {
                error(line: header.line, name, .duplicateColumn(key: column.key), fix: .keepOneColumn)
                continue
            }
            columnOfKey[column.key] = i
        }
        if !unused.isEmpty {
            warning(line: header.line, unused.joined(separator: ", "), .unusedColumns, fix: .deleteUnusedColumns)
        }
        if !blank.isEmpty {
            warning(line: header.line, blank.joined(separator: ", "), .blankColumns, fix: .deleteEmptyColumns)
        }
        // A near-miss is a typo until the planner says otherwise: ignoring it would drop the
        // values of a column the format uses (needs → need) without a word.
        for (name, suggestion) in nearMisses {
            error(line: header.line, name, .unknownColumn(suggestion: suggestion), fix: .renameColumn(to: suggestion))
        }
        var missing = false
        for column in UnitTableColumns.columns where column.required && columnOfKey[column.key] == nil {
            if nearMisses.contains(where: { UnitTableColumns.column(forHeader: $0.1)?.key == column.key }) { missing = true; continue }
            error(line: header.line, column.key, .missingColumn,
                  fix: .register(.addColumn(chinese: column.chinese, key: column.key, also: Array(column.headers.dropFirst()))))
            missing = true
        }
        return missing ? nil : (columnOfKey, names)
    }

    /// The table from its header row on: registers often open with a title row or two
    /// (清河县机构编制台账, 填报日期); when the first row names fewer than three known columns and
    /// one of the next five names three or more, the rows above it are skipped with a warning.
    mutating func skippingTitleRows(_ table: CSVTable) -> CSVTable? {
        guard let first = table.header else { return nil }
        guard UnitTableColumns.knownHeaderCount(first.fields) < 3,
              let index = table.records.prefix(5).firstIndex(where: { UnitTableColumns.knownHeaderCount($0.fields) >= 3 })
        else { return table }
        let skipped = [first] + table.records[..<index]
        warning(line: first.line, "", value: skipped.map { $0.fields.first { !$0.isEmpty } ?? "" }.joined(separator: " / "),
                .titleRows, fix: .headerAt(line: table.records[index].line))
        return CSVTable(rows: Array(table.records[index...]))
    }

    /// The units of a table (from CSV or an Excel sheet). Excel omits trailing empty cells, so
    /// its short rows are padded; a short CSV row is an error (a missing comma shifts cells).
    mutating func read(table: CSVTable, padShortRows: Bool) -> [OrgUnit] {
        guard let table = skippingTitleRows(table), let header = table.header else {
            error(line: 1, "", .unitTableEmpty, fix: .startWithHeader)
            return []
        }
        guard let (columnOfKey, headerNames) = mapHeader(header, records: table.records) else { return [] }

        var rows: [CSVTable.Record] = []
        var totals: [Int] = []
        for var record in table.records {
            if UnitTableColumns.isTotalRow(record.fields) {
                totals.append(record.line)
                continue
            }
            let width = header.fields.count
            if record.fields.count > width, record.fields[width...].allSatisfy({ $0.trimmingWhitespace.isEmpty }) {
                record.fields.removeLast(record.fields.count - width)
            }
            if padShortRows, record.fields.count < width {
                record.fields += Array(repeating: "", count: width - record.fields.count)
            }
            if record.fields.count != width {
                error(line: record.line, "", .cellCount(row: record.fields.count, header: width), fix: .checkCommas)
                continue
            }
            rows.append(record)
        }
        if let first = totals.first {
            warning(line: first, "", value: totals.map(String.init).joined(separator: ", "), .totalRows, fix: .totalsAreComputed)
        }

        let ids = UnitIDs(rows: rows, columnOfKey: columnOfKey)
        var units: [OrgUnit] = []
        for record in rows {
            if let unit = readRow(record, columnOfKey: columnOfKey, headerNames: headerNames, ids: ids) {
                units.append(unit)
            }
        }
        return units
    }

    private mutating func readRow(
        _ record: CSVTable.Record, columnOfKey: [String: Int], headerNames: [String], ids: UnitIDs
    ) -> OrgUnit? {
        let before = diagnostics.count
        func cell(_ key: String) -> (value: String, header: String)? {
            guard let i = columnOfKey[key] else { return nil }
            let value = record.fields[i].trimmingWhitespace
            return value.isEmpty ? nil : (value, headerNames[i])
        }
        func headerName(_ key: String) -> String { columnOfKey[key].map { headerNames[$0] } ?? key }

        var texts: [String: String] = [:]
        for key in ["name", "region", "kind"] {
            if let found = cell(key) {
                texts[key] = found.value
            } else if key == "region", let defaultRegion {
                texts[key] = defaultRegion
            } else {
                error(line: record.line, headerName(key), .emptyCell, fix: .fillIn(key: headerName(key)))
            }
        }
        let id: String?
        if columnOfKey["id"] != nil {
            id = cell("id")?.value
            if id == nil { error(line: record.line, headerName("id"), .emptyCell, fix: .fillIn(key: headerName("id"))) }
        } else {
            id = texts["name"].map { ids.id(name: $0, kind: texts["kind"] ?? "", region: cell("region")?.value ?? "") }
        }
        func int(_ key: String, required: Bool, fix: DiagnosticFix) -> Int? {
            guard let found = cell(key) else {
                if required { error(line: record.line, headerName(key), .emptyCell, fix: fix) }
                return nil
            }
            switch ScalarParsing.int(FullWidth.asciiDigits(found.value), minimum: 0) {
            case .success(let value): return value
            case .failure(.aboveMaximum):
                error(line: record.line, found.header, value: found.value, .wholeNumberAbove(key: key, maximum: ScalarParsing.maximum), fix: fix)
            case .failure:
                error(line: record.line, found.header, value: found.value, .wholeNumberBelow(key: key, minimum: 0), fix: fix)
            }
            return nil
        }
        let quota = int("quota", required: true, fix: .quota)
        let headcount = int("headcount", required: true, fix: .headcount)
        let attrition = int("attrition", required: false, fix: .attrition)
        var need: Double? = nil
        if let found = cell("need") {
            need = ScalarParsing.number(FullWidth.asciiDigits(found.value))
            if need == nil {
                error(line: record.line, found.header, value: found.value, ScalarParsing.numberProblem("need", found.value), fix: .need)
            }
        }
        let minimum = int("min", required: false, fix: .plannerRule(.minimum))
        let maximum = int("max", required: false, fix: .plannerRule(.maximum))
        var locked = false
        if let found = cell("locked") {
            if let value = ScalarParsing.flag(found.value) {
                locked = value
            } else {
                error(line: record.line, found.header, value: found.value, .plannerRule(.notAFlag(key: "locked")), fix: .plannerRule(.locked))
            }
        }
        var drivers: [String: Double] = [:]
        // In column order, so problems are reported left to right.
        for (key, _) in columnOfKey.filter({ $0.key.hasPrefix("driver:") }).sorted(by: { $0.value < $1.value }) {
            guard let found = cell(key) else { continue }
            let driver = String(key.dropFirst("driver:".count))
            if let value = ScalarParsing.number(FullWidth.asciiDigits(found.value)) {
                drivers[driver] = value
            } else {
                error(line: record.line, found.header, value: found.value, ScalarParsing.numberProblem(found.header, found.value),
                      fix: .standard(.driverNumber(driver: found.header)))
            }
        }
        guard diagnostics.count == before, let id, let quota, let headcount else { return nil }
        return OrgUnit(
            id: id, name: texts["name"]!, department: cell("department")?.value ?? "",
            region: texts["region"]!, kind: texts["kind"]!, quota: quota, headcount: headcount,
            attrition: attrition, need: need, tags: cell("tags").map { ScalarParsing.tags($0.value) } ?? [],
            locked: locked, minQuota: minimum, maxQuota: maximum, reason: cell("reason")?.value,
            location: SourceLocation(file: file, line: record.line), drivers: drivers)
    }
}
