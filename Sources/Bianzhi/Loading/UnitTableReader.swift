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

    private mutating func error(line: Int, _ field: String, value: String? = nil, _ message: String, fix: String) {
        diagnostics.append(.error(
            at: SourceLocation(file: file, line: line), field: field, value: value, message: message, fix: fix))
    }

    /// The units of the table; rows with problems are left out (and reported).
    mutating func read(text: String) -> [OrgUnit] {
        let table: CSVTable
        do {
            table = try CSVTable(text: text)
        } catch {
            self.error(line: error.line, "", error.message, fix: "close the quoted field with `\"`; a quote inside a quoted field is written `\"\"`.")
            return []
        }
        guard let header = table.header else {
            error(line: 1, "", "the unit table is empty", fix: "start with a header row: id,name,department,region,kind,quota,headcount,attrition,need,tags.")
            return []
        }

        // A first line naming no column at all is not a unit table (a wrong path, /etc/passwd):
        // say so without quoting it, since it may hold anything.
        let knownNames = Set(Self.columns.flatMap { [$0.key, $0.chinese] })
        guard header.fields.contains(where: { knownNames.contains($0.trimmingCharacters(in: .whitespaces)) }) else {
            error(line: header.line, "", "the first line names none of the unit table's columns: this does not look like a unit table (its content is not shown)", fix: "check the `units:` path; the table starts with a header row: id,name,department,region,kind,quota,headcount,attrition,need,tags (or 编号,名称,…).")
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
                    error(line: header.line, name, "unknown column (did you mean `\(suggestion)`?)", fix: "rename the column to `\(suggestion)`.")
                } else {
                    error(line: header.line, name, "unknown column", fix: "remove the column or rename it to one of: \(allNames.joined(separator: ", ")).")
                }
                continue
            }
            if columnOfKey[column.key] != nil {
                error(line: header.line, name, "column `\(column.key)` appears twice", fix: "keep one of the two columns.")
                continue
            }
            columnOfKey[column.key] = i
        }
        var missing = false
        for column in Self.columns where column.required && columnOfKey[column.key] == nil {
            error(line: header.line, column.key, "required column is missing", fix: "add a column `\(column.key)` (or `\(column.chinese)`).")
            missing = true
        }
        if missing { return [] }

        var units: [OrgUnit] = []
        for record in table.records {
            if record.fields.count != header.fields.count {
                error(
                    line: record.line, "row",
                    "the row has \(record.fields.count) cells but the header has \(header.fields.count)",
                    fix: "check for a missing or extra comma; quote cells that contain commas.")
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
                error(line: record.line, headerName(key), "required cell is empty", fix: "fill in the \(key) of this unit.")
            }
        }
        func int(_ key: String, required: Bool, fix: String) -> Int? {
            guard let found = cell(key) else {
                if required { error(line: record.line, headerName(key), "required cell is empty", fix: fix) }
                return nil
            }
            switch ScalarParsing.int(found.value, minimum: 0) {
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
            need = ScalarParsing.number(found.value)
            if need == nil {
                error(line: record.line, found.header, value: found.value, ScalarParsing.numberProblem("need", found.value), fix: UnitFieldHints.need)
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

/// The fixes suggested for unit fields, shared by inline YAML units and the CSV table so the
/// planner reads the same advice in both.
enum UnitFieldHints {
    static let quota = "write the approved quota, e.g. 12."
    static let headcount = "write the number of people in post, e.g. 10."
    static let attrition = "write the expected departures over the horizon, e.g. 1, or leave it empty to derive it from attritionRate."
    static let need = "write the workload-derived need, e.g. 14.5, or leave it empty when unknown."
}
