/// The diff's grouping dimensions in planner words (headings of `diff`).
extension AllocationDiff.Dimension: Localizable {
    public var bilingual: Bilingual {
        switch self {
        case .department: return Bilingual(zh: "主管部门", en: "department")
        case .region: return Bilingual(zh: "区域", en: "region")
        case .level: return Bilingual(zh: "层级", en: "level")
        case .kind: return Bilingual(zh: "编制类型", en: "kind")
        case .priorityClass: return Bilingual(zh: "重点保障类别", en: "priority class")
        }
    }
}
