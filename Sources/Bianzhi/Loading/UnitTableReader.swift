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
    /// Everything found, in row order.
    var diagnostics: [Diagnostic] = []

    init(file: String, defaultRegion: String? = nil) {
        self.file = file
        self.defaultRegion = defaultRegion
    }

    private mutating func error(line: Int, _ field: String, value: String? = nil, _ message: String, fix: String) {
        diagnostics.append(.error(
            at: SourceLocation(file: file, line: line), field: field, value: value, message: message, fix: fix))
    }

    private mutating func warning(line: Int, _ field: String, value: String? = nil, _ message: String, fix: String) {
        diagnostics.append(.warning(
            at: SourceLocation(file: file, line: line), field: field, value: value, message: message, fix: fix))
    }

    /// The units of a CSV text; rows with problems are left out (and reported).
    mutating func read(text: String) -> [OrgUnit] {
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch {
            self.error(line: error.line, "", error.message, fix: "close the quoted field with `\"`; a quote inside a quoted field is written `\"\"`.")
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
        for (i, raw) in header.fields.enumerated() {
            let name = raw.trimmingWhitespace
            names.append(name)
            if name.isEmpty {
                let hasData = records.contains { i < $0.fields.count && !$0.fields[i].trimmingWhitespace.isEmpty }
                if hasData {
                    error(line: header.line, "column \(XLSXSheetReader.columnName(i))", "the column has data but no header",
                          fix: "write a header (e.g. 备注) or delete the column.")
                } else {
                    blank.append(XLSXSheetReader.columnName(i))
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
                error(line: header.line, name, "column `\(column.key)` appears twice (also as `\(names[columnOfKey[column.key]!])`)",
                      fix: "keep one of the two columns.")
                continue
            }
            columnOfKey[column.key] = i
        }
        if !unused.isEmpty {
            warning(line: header.line, unused.joined(separator: ", "),
                    "column(s) not used by the format, ignored (未使用的列，已忽略)",
                    fix: "nothing to do; delete them from the table to silence this warning.")
        }
        if !blank.isEmpty {
            warning(line: header.line, "columns \(blank.joined(separator: ", "))",
                    "empty column(s) without a header, skipped (空列，已跳过)",
                    fix: "nothing to do; delete the empty columns in the spreadsheet to silence this warning.")
        }
        // A near-miss is a typo until the planner says otherwise: ignoring it would drop the
        // values of a column the format uses (needs → need) without a word.
        for (name, suggestion) in nearMisses {
            error(line: header.line, name, "unknown column (did you mean `\(suggestion)`?)", fix: "rename the column to `\(suggestion)`.")
        }
        var missing = false
        for column in UnitTableColumns.columns where column.required && columnOfKey[column.key] == nil {
            if nearMisses.contains(where: { UnitTableColumns.column(forHeader: $0.1)?.key == column.key }) { missing = true; continue }
            error(line: header.line, column.key, "required column is missing",
                  fix: "add a column `\(column.chinese)` (or `\(column.key)`; also accepted: \(column.headers.dropFirst().joined(separator: ", "))).")
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
        warning(line: first.line, "row", value: skipped.map { $0.fields.first { !$0.isEmpty } ?? "" }.joined(separator: " / "),
                "title row(s) above the header skipped (表头上方的标题行，已跳过)",
                fix: "nothing to do; the header is read from line \(table.records[index].line).")
        return CSVTable(rows: Array(table.records[index...]))
    }

    /// The units of a table (from CSV or an Excel sheet). Excel omits trailing empty cells, so
    /// its short rows are padded; a short CSV row is an error (a missing comma shifts cells).
    mutating func read(table: CSVTable, padShortRows: Bool) -> [OrgUnit] {
        guard let table = skippingTitleRows(table), let header = table.header else {
            error(line: 1, "", "the unit table is empty", fix: "start with a header row: 编号,名称,部门,区域,编制类型,编制数,实有人数,预计减员,需求,标签.")
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
                error(
                    line: record.line, "row",
                    "the row has \(record.fields.count) cells but the header has \(width)",
                    fix: "check for a missing or extra comma; quote cells that contain commas.")
                continue
            }
            rows.append(record)
        }
        if let first = totals.first {
            warning(line: first, "row", value: totals.map(String.init).joined(separator: ", "),
                    "total row(s) (合计/总计/小计) skipped", fix: "nothing to do; totals are computed from the units.")
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
                error(line: record.line, headerName(key), "required cell is empty", fix: "fill in the \(key) of this unit.")
            }
        }
        let id: String?
        if columnOfKey["id"] != nil {
            id = cell("id")?.value
            if id == nil { error(line: record.line, headerName("id"), "required cell is empty", fix: "fill in the id of this unit.") }
        } else {
            id = texts["name"].map { ids.id(name: $0, kind: texts["kind"] ?? "", region: cell("region")?.value ?? "") }
        }
        func int(_ key: String, required: Bool, fix: String) -> Int? {
            guard let found = cell(key) else {
                if required { error(line: record.line, headerName(key), "required cell is empty", fix: fix) }
                return nil
            }
            switch ScalarParsing.int(FullWidth.asciiDigits(found.value), minimum: 0) {
            case .success(let value): return value
            case .failure(.aboveMaximum):
                error(line: record.line, found.header, value: found.value, "\(key) must be a whole number ≤ \(ScalarParsing.maximum)", fix: fix)
            case .failure:
                error(line: record.line, found.header, value: found.value, "\(key) must be a whole number ≥ 0", fix: fix)
            }
            return nil
        }
        let quota = int("quota", required: true, fix: UnitFieldHints.quota)
        let headcount = int("headcount", required: true, fix: UnitFieldHints.headcount)
        let attrition = int("attrition", required: false, fix: UnitFieldHints.attrition)
        var need: Double? = nil
        if let found = cell("need") {
            need = ScalarParsing.number(FullWidth.asciiDigits(found.value))
            if need == nil {
                error(line: record.line, found.header, value: found.value, ScalarParsing.numberProblem("need", found.value), fix: UnitFieldHints.need)
            }
        }
        guard diagnostics.count == before, let id, let quota, let headcount else { return nil }
        return OrgUnit(
            id: id, name: texts["name"]!, department: cell("department")?.value ?? "",
            region: texts["region"]!, kind: texts["kind"]!, quota: quota, headcount: headcount,
            attrition: attrition, need: need, tags: cell("tags").map { ScalarParsing.tags($0.value) } ?? [],
            location: SourceLocation(file: file, line: record.line))
    }
}

/// The fixes suggested for unit fields, shared by inline YAML units and the CSV table so the
/// planner reads the same advice in both.
enum UnitFieldHints {
    static let quota = "write the approved quota, e.g. 12."
    static let headcount = "write the number of people in post, e.g. 10."
    static let attrition = "write the expected departures over the horizon, e.g. 1, or leave it empty to derive it from attritionRate."
    static let need = "write the workload-derived need, e.g. 14.5, or leave it empty when unknown."
}
