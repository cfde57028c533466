/// The workload drivers (测算因子) a unit may carry for staffing standards, and the names a
/// register or a scenario may give them.
///
/// A driver is a unit column (在校生数, 床位数, 服务人口) in the unit table, or a key of a YAML
/// unit's `drivers:` mapping. The usual ones are known here with their aliases; any other
/// driver a `standards:` entry names (辖区面积, 案件数) is accepted under exactly that name.
/// Every spelling maps to one canonical name, the first Chinese header, which the outputs show.
enum DriverNames {
    /// A known driver: its English key and its Chinese headers, canonical first.
    struct Known: Sendable {
        var key: String
        var headers: [String]
        var canonical: String { headers[0] }
    }

    /// The drivers of the standards in docs/scenario-format.md.
    static let known: [Known] = [
        Known(key: "students", headers: ["在校生数", "在校学生数", "学生数", "在校生"]),  // i18n-exempt: accepted header names
        Known(key: "beds", headers: ["床位数", "编制床位数", "核定床位数", "开放床位数", "床位"]),  // i18n-exempt: accepted header names
        Known(key: "population", headers: ["服务人口", "服务人口数", "辖区人口", "辖区人口数"]),  // i18n-exempt: accepted header names
    ]

    /// The canonical name of a driver written `name` (a known key or header, blanks and a
    /// trailing unit in brackets ignored like any header), or `nil` for an unknown one.
    static func canonical(_ name: String) -> String? {
        let written = UnitTableColumns.normalized(name)
        return known.first { $0.key == written || $0.headers.contains(written) }?.canonical
    }

    /// The canonical name of a driver a standard names: a known one's first header, any other
    /// as written (without blanks and bracketed unit).
    static func canonicalOrWritten(_ name: String) -> String {
        canonical(name) ?? UnitTableColumns.normalized(name)
    }

    /// The driver a table header names, given the drivers the scenario's standards name.
    static func driver(forHeader header: String, declared: [String]) -> String? {
        if let known = canonical(header) { return known }
        let written = UnitTableColumns.normalized(header)
        return declared.contains(written) ? written : nil
    }
}
