/// Ids for a table without an id column, as short as keeps them unique: the unit's name; or
/// `name/kind` when the name is on several rows (a unit holding 行政编制 and 事业编制); or
/// `region/name` when one name recurs in several regions (each township's 党政办); or
/// `region/name/kind`. Rows alike in all three stay duplicates, which the validator reports
/// with both rows.
struct UnitIDs {
    private var nameCount: [String: Int] = [:]
    private var nameKindCount: [String: Int] = [:]
    private var regionNameCount: [String: Int] = [:]

    init(rows: [CSVTable.Record], columnOfKey: [String: Int]) {
        guard columnOfKey["id"] == nil, let name = columnOfKey["name"] else { return }
        func cell(_ row: CSVTable.Record, _ key: String) -> String {
            columnOfKey[key].map { row.fields[$0].trimmingWhitespace } ?? ""
        }
        for row in rows {
            let n = row.fields[name].trimmingWhitespace
            nameCount[n, default: 0] += 1
            nameKindCount[n + "/" + cell(row, "kind"), default: 0] += 1
            regionNameCount[cell(row, "region") + "/" + n, default: 0] += 1
        }
    }

    /// The id of a row with this name, kind and region cell (as written).
    func id(name: String, kind: String, region: String) -> String {
        if nameCount[name, default: 0] <= 1 { return name }
        if nameKindCount[name + "/" + kind, default: 0] <= 1 { return "\(name)/\(kind)" }
        if regionNameCount[region + "/" + name, default: 0] <= 1 { return "\(region)/\(name)" }
        return "\(region)/\(name)/\(kind)"
    }
}
