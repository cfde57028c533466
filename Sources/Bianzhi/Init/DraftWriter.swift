import Foundation

/// The text of a drafted scenario: every section a planner may want to edit, the defaults
/// written out (taken from the model's own defaults, so the comments stay true) and commented
/// in Chinese, optional sections as commented examples.
struct DraftWriter {
    var title: String
    var registerName: String
    var mapped: [RegisterTable.MappedColumn]
    var kinds: DraftKinds
    var regions: DraftRegions
    var units: UnitReference
    var tags: [String]

    /// What each unit-table column means, for the header comment.
    static let meaning: [String: String] = [
        "id": "编号 id", "name": "单位名称 name", "department": "部门 department", "region": "区域 region",
        "level": "层级 (用于生成区域)", "kind": "编制类型 kind", "quota": "编制数 quota", "headcount": "实有人数 headcount",
        "attrition": "预计减员 attrition", "need": "需求 need", "tags": "标签 tags",
    ]

    func text() -> String {
        var lines: [String] = []
        lines.append("# 由 `bianzhi init \(registerName)` 生成的编制调整方案草稿。")
        lines.append("# 请核对区域层级与编制类型，再按本地政策修改下面的规则；修改后运行")
        lines.append("#   bianzhi validate 本文件    检查；   bianzhi solve 本文件 --out 结果文件夹    求解。")
        lines.append("# 台账列的对应关系（台账列 → 方案字段）：")
        for column in mapped { lines.append("#   \(column.header) → \(Self.meaning[column.key] ?? column.key)") }
        if !mapped.contains(where: { $0.key == "need" }) {
            lines.append("# 台账没有“需求”列：没有需求时不计缺编和超需求，方案只在规则要求时调整。")
        }
        lines.append("")
        lines.append("scenario:")
        lines.append("  name: \(Self.quoted(title + " 编制调整方案"))")
        lines.append("  horizon: 1          # 规划年限（年）：1 为一轮调整，3 为三年分年度计划（逐年消化超编）")
        lines.append("  description: \(Self.quoted("根据台账 \(registerName) 生成"))")
        lines.append("")
        lines.append("# 编制类型：id 供规则引用；台账中写类型名称即可（按名称或 id 匹配）。")
        lines.append("# 加 shrinkOnly: true 表示该类编制只减不增（例如政法专项编制）。")
        lines.append("kinds:")
        for kind in kinds.kinds { lines.append("  - {id: \(Self.quoted(kind.id)), name: \(Self.quoted(kind.name))}") }
        lines.append("")
        lines.append("# 区域树：level 为 province/省、city/市、county/县（区）、township/乡镇（乡、镇、街道）；")
        lines.append("# parent 为上级区域的 id。台账中按区域名称或 id 匹配。")
        lines.append("regions:")
        for region in regions.regions {
            var entry = "  - {id: \(Self.quoted(region.id)), name: \(Self.quoted(region.name)), level: \(region.level.rawValue)"
            if let parent = region.parent { entry += ", parent: \(Self.quoted(parent))" }
            lines.append(entry + "}")
        }
        lines.append("")
        lines.append("# 单位编制表：直接读取台账（路径相对于本文件所在文件夹）。台账更新后无需重新生成本文件。")
        var reference = ["file: \(Self.quoted(units.written))"]
        if let sheet = units.sheet { reference.append("sheet: \(Self.quoted(sheet))") }
        if let region = units.defaultRegion {
            lines.append("# region：台账中“所在区域”为空的单位归入该区域。")
            reference.append("region: \(Self.quoted(region))")
        }
        lines.append(reference.count == 1 ? "units: \(Self.quoted(units.written))" : "units: {\(reference.joined(separator: ", "))}")
        lines.append("")
        lines.append(contentsOf: rulesSection())
        return lines.joined(separator: "\n") + "\n"
    }

    private func rulesSection() -> [String] {
        let rules = Rules()
        let weights = ObjectiveSpec.defaultWeights
        let lanes = LaneCosts()
        let root = regions.regions.first?.id ?? "全县"
        let kind = kinds.kinds.first?.id ?? "admin"
        var lines: [String] = []
        lines.append("# 总量与周转池：未声明时，每个县（区）每类编制自成一个池，总量不变、全部重新分配。")
        lines.append("# pools:")
        lines.append("#   - {kind: \(kind), scope: \(Self.quoted(root)), total: 900, reserve: 10}   # total 新核定总量（不得超过现有合计），reserve 周转池可留编制数")
        lines.append("")
        lines.append("# 硬性规则（以下为默认值）：")
        lines.append("rules:")
        lines.append("  # maxChange: {share: 0.2, atLeast: 2, atMost: 30}   # 单个单位增减上限 = min(atMost, max(atLeast, ⌊share × 编制数⌋))；默认不限")
        lines.append("  noDismissals: \(rules.noDismissals)          # 不减在编人员：新编制数 ≥ min(编制数, 实有人数 − 预计减员)")
        lines.append("  overQuotaFrozen: \(rules.overQuotaFrozen)       # 超编单位（实有人数 > 编制数）不增编")
        lines.append("  attritionRate: \(Self.number(rules.attritionRate))        # 年自然减员率，用于没有“预计减员”的单位；0 表示不假定减员")
        lines.append("  protectNeed: true        # 不从缺编单位调出：新编制数 ≥ min(编制数, ⌈需求⌉)；false 关闭，{penalty: 50} 为软约束")
        lines.append("")
        lines.append("# 优先保障：带某标签的单位缺编时权重更高，needFloor 为按需求的硬性下限比例。")
        lines.append("# priorities:")
        lines.append("#   - {tag: \(Self.quoted(tags.first ?? "基层一线")), needFloor: 0.9, weight: 3}   # noCut: true 保重点，该类单位不核减")
        lines.append("")
        lines.append("# 占比下限：例如乡镇行政编制占全县的比例不下降。")
        lines.append("# shareFloors:")
        lines.append("#   - {name: 乡镇行政编制占比, scope: \(Self.quoted(root)), kind: \(kind), level: township, floor: current, hard: false, penalty: 20}")
        lines.append("")
        lines.append("# 编制标准：按在校生数、床位数、服务人口等测算需求（单位表加“在校生数”“床位数”等列）；填写了需求的单位以填写的为准。")
        lines.append("# standards:")
        lines.append("#   - {name: 小学教职工编制标准, tag: 小学, driver: 在校生数, ratio: 19}       # 师生比 1:19（中央编办发〔2014〕72号）")
        lines.append("#   - {name: 乡镇卫生院编制标准, tag: 卫生院, driver: 床位数, perDriver: 1.3}  # 床位编制比 1:1.3")
        lines.append("")
        lines.append("# 目标权重（以下为默认值）：shortfall 缺编（低于需求）、excess 超需求、moves 调整的编制数、")
        lines.append("# penalties 软性下限的罚分、channels 跨池调剂的成本。")
        lines.append("objective:")
        let terms = ObjectiveTerm.allCases.map { "\($0.rawValue): \(Self.number(weights[$0] ?? 0))" }
        lines.append("  weights: {\(terms.joined(separator: ", "))}")
        lines.append("")
        lines.append("# 调剂路径的单价（只影响调剂明细，不影响分配结果，以下为默认值）：同部门、同区域、同层级、下沉、上收。")
        lines.append("lanes: {sameDepartment: \(Self.number(lanes.sameDepartment)), sameRegion: \(Self.number(lanes.sameRegion)), sameLevel: \(Self.number(lanes.sameLevel)), downward: \(Self.number(lanes.downward)), upward: \(Self.number(lanes.upward))}")
        return lines
    }

    /// A YAML double-quoted scalar (always quoted: a name such as `yes`, `1` or `a: b` must
    /// stay text).
    static func quoted(_ text: String) -> String { YAMLTextWriter.quote(text) }

    /// A default value as a planner writes it: `1`, `0.1`, `0.03`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
