import Foundation

/// Reads the unit table of a scenario from CSV text: headers in English or Chinese, one unit
/// per row, every problem reported with the CSV file and the row's physical line.
struct UnitTableReader {
    /// A column of the unit table: its key and the Chinese header a spreadsheet may use.
    struct Column {
        var key: String
        var chinese: String
        var required: Bool
    }

    /// The columns in the order of docs/scenario-format.md.
    static let columns: [Column] = [
        Column(key: "id", chinese: "编号", required: true),
        Column(key: "name", chinese: "名称", required: true),
        Column(key: "department", chinese: "部门", required: false),
        Column(key: "region", chinese: "区域", required: true),
        Column(key: "kind", chinese: "编制类型", required: true),
        Column(key: "quota", chinese: "编制数", required: true),
        Column(key: "headcount", chinese: "实有人数", required: true),
        Column(key: "attrition", chinese: "预计减员", required: false),
        Column(key: "need", chinese: "需求", required: false),
        Column(key: "tags", chinese: "标签", required: false),
    ]

    /// File name used in every location (the CSV path resolved against the YAML's folder).
    let file: String
    /// Everything found, in row order.
    var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    private mutating func error(line: Int, _ field: String, value: String? = nil, _ message: DiagnosticMessage, fix: DiagnosticFix) {
        diagnostics.append(.error(
            at: SourceLocation(file: file, line: line), field: field, value: value, message: message, fix: fix))
    }

    /// The units of the table; rows with problems are left out (and reported).
    mutating func read(text: String) -> [OrgUnit] {
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch {
            self.error(line: error.line, "", error.message, fix: .closeQuote)
            return []
        }
        guard let header = table.header else {
            error(line: 1, "", .unitTableEmpty, fix: .startWithHeader)
            return []
        }

        // Map header cells to column keys.
        var columnOfKey: [String: Int] = [:]
        var headerNames: [String] = []
        let allNames = Self.columns.flatMap { [$0.key, $0.chinese] }
        for (i, raw) in header.fields.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces)
            headerNames.append(name)
            guard let column = Self.columns.first(where: { $0.key == name || $0.chinese == name }) else {
                if let suggestion = KeySuggestion.closest(to: name, in: allNames) {
                    error(line: header.line, name, .unknownColumn(suggestion: suggestion), fix: .renameColumn(to: suggestion))
                } else {
                    error(line: header.line, name, .unknownColumn(suggestion: nil), fix: .removeColumn(columns: allNames))
                }
                continue
            }
            if columnOfKey[column.key] != nil {
                error(line: header.line, name, .duplicateColumn(key: column.key), fix: .keepOneColumn)
                continue
            }
            columnOfKey[column.key] = i
        }
        var missing = false
        for column in Self.columns where column.required && columnOfKey[column.key] == nil {
            error(line: header.line, column.key, .missingColumn, fix: .addColumn(key: column.key, chinese: column.chinese))
            missing = true
        }
        if missing { return [] }

        var units: [OrgUnit] = []
        for record in table.records {
            if record.fields.count != header.fields.count {
                error(
                    line: record.line, "",
                    .cellCount(row: record.fields.count, header: header.fields.count), fix: .checkCommas)
                continue
            }
            if let unit = readRow(record, columnOfKey: columnOfKey, headerNames: headerNames) {
                units.append(unit)
            }
        }
        return units
    }

    private mutating func readRow(_ record: CSVTable.Record, columnOfKey: [String: Int], headerNames: [String]) -> OrgUnit? {
        let before = diagnostics.count
        func cell(_ key: String) -> (value: String, header: String)? {
            guard let i = columnOfKey[key] else { return nil }
            let value = record.fields[i].trimmingWhitespace
            return value.isEmpty ? nil : (value, headerNames[i])
        }
        func headerName(_ key: String) -> String { columnOfKey[key].map { headerNames[$0] } ?? key }

        var texts: [String: String] = [:]
        for key in ["id", "name", "region", "kind"] {
            if let found = cell(key) {
                texts[key] = found.value
            } else {
                error(line: record.line, headerName(key), .emptyCell, fix: .fillIn(key: headerName(key)))
            }
        }
        func int(_ key: String, required: Bool, fix: DiagnosticFix) -> Int? {
            guard let found = cell(key) else {
                if required { error(line: record.line, headerName(key), .emptyCell, fix: fix) }
                return nil
            }
            switch ScalarParsing.int(found.value, minimum: 0) {
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
            need = ScalarParsing.number(found.value)
            if need == nil {
                error(line: record.line, found.header, value: found.value, ScalarParsing.numberProblem("need", found.value), fix: .need)
            }
        }
        guard diagnostics.count == before, let quota, let headcount else { return nil }
        return OrgUnit(
            id: texts["id"]!, name: texts["name"]!, department: cell("department")?.value ?? "",
            region: texts["region"]!, kind: texts["kind"]!, quota: quota, headcount: headcount,
            attrition: attrition, need: need, tags: cell("tags").map { ScalarParsing.tags($0.value) } ?? [],
            location: SourceLocation(file: file, line: record.line))
    }
}
