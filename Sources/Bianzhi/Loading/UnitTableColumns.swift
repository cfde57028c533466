/// The columns of a unit table and the headers a register export may give them.
///
/// Registers (编制台账) exported from the staffing-office systems name the same thing in
/// several ways (单位名称 for 名称, 主管部门 for 部门, …); every alias maps to one column key.
/// Columns the format does not use are ignored (with one warning naming them all), so a
/// register goes in as it is exported.
enum UnitTableColumns {
    /// A column of the unit table: its key, the headers accepted for it and whether it must be there.
    struct Column: Sendable {
        var key: String
        /// The Chinese header the docs use first, then the other accepted headers.
        var headers: [String]
        var required: Bool
        var chinese: String { headers[0] }
    }

    /// The columns in the order of docs/scenario-format.md. `id` is optional: without it a
    /// unit's id is its name (name + "/" + kind when the name occurs on several rows).
    /// `level` (层级) is read only by `bianzhi init`, which builds the regions from it.
    static let columns: [Column] = [
        Column(key: "id", headers: ["编号", "单位编号", "单位代码", "单位编码"], required: false),
        Column(key: "name", headers: ["名称", "单位名称", "单位"], required: true),
        Column(key: "department", headers: ["部门", "主管部门", "系统", "所属系统"], required: false),
        Column(key: "region", headers: ["区域", "所在区域", "所在区域/乡镇", "所在乡镇", "乡镇", "所在地区", "地区"], required: true),
        Column(key: "level", headers: ["层级", "级别", "单位层级"], required: false),
        Column(key: "kind", headers: ["编制类型", "编制性质", "编制类别"], required: true),
        Column(key: "quota", headers: ["编制数", "核定编制数", "核定编制", "编制"], required: true),
        Column(key: "headcount", headers: ["实有人数", "在编人数", "实有在编人数"], required: true),
        Column(key: "attrition", headers: ["预计减员", "预计减员数"], required: false),
        Column(key: "need", headers: ["需求", "核定需求", "需求编制", "需求编制数"], required: false),
        Column(key: "tags", headers: ["标签", "分类标签"], required: false),
        Column(key: "locked", headers: ["锁定", "是否锁定"], required: false),
        Column(key: "min", headers: ["下限", "编制下限"], required: false),
        Column(key: "max", headers: ["上限", "编制上限"], required: false),
        Column(key: "reason", headers: ["备注"], required: false),
    ]

    /// Register columns that are known not to be used: never offered as a misspelling.
    static let knownUnused: Set<String> = [
        "序号", "空编数", "超编数", "空编", "超编", "说明", "需求测算", "统一社会信用代码", "机构规格", "单位性质",
        "经费形式", "经费来源", "主要职责", "内设机构", "领导职数", "联系人", "联系电话",
    ]

    /// The column a header names (English key or any accepted Chinese header). Blanks and line
    /// breaks inside the header and a trailing unit in brackets are ignored, as registers
    /// write them: `编制数\n（名）`, `实有 人数`, `核定需求(人)`.
    static func column(forHeader header: String) -> Column? {
        let name = normalized(header)
        return columns.first { $0.key == name || $0.headers.contains(name) }
    }

    /// A header without blanks and without a trailing bracketed unit.
    static func normalized(_ header: String) -> String {
        var text = header.filter { !$0.isWhitespace }
        if let last = text.last, last == ")" || last == "）",
           let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }), open != text.startIndex {
            text = String(text[..<open])
        }
        return text
    }

    /// How many cells of a row name a known column: a header row names several, a title row
    /// (清河县机构编制台账) none.
    static func knownHeaderCount(_ fields: [String]) -> Int {
        Set(fields.compactMap { column(forHeader: $0)?.key }).count
    }

    /// The known header an unknown one is probably a misspelling of: one edit away for short
    /// Chinese headers, two for longer ones (`编制素` → `编制数`, `headcuont` → `headcount`);
    /// never for a register column the format knowingly ignores (序号 is not a typo of 编号).
    static func nearMiss(of header: String, present: Set<String>) -> String? {
        guard !knownUnused.contains(header) else { return nil }
        let candidates = columns.filter { !present.contains($0.key) }.flatMap { [$0.key] + $0.headers }
        let ascii = header.unicodeScalars.allSatisfy(\.isASCII)
        let length = header.count
        let maxDistance = ascii ? (length >= 5 ? 2 : 1) : (length >= 3 ? 1 : 0)
        guard maxDistance > 0 else { return nil }
        return KeySuggestion.closest(to: header, in: candidates, maxDistance: maxDistance)
    }

    /// Whether a row is a total line a register adds (合计, 总计, 小计) rather than a unit: its
    /// first non-empty cell starts with one of these words (`合计`, `合 计：`), or one of its
    /// cells ends with one (`8,全县合计,…`, `乡镇小计`).
    static func isTotalRow(_ fields: [String]) -> Bool {
        let words = ["合计", "总计", "小计"]
        let cells = fields.map { $0.filter { !$0.isWhitespace && $0 != ":" && $0 != "：" } }.filter { !$0.isEmpty }
        guard let first = cells.first else { return false }
        return words.contains { first.hasPrefix($0) } || cells.contains { cell in words.contains { cell.hasSuffix($0) } }
    }
}
