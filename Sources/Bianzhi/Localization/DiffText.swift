/// The words of `bianzhi diff` (catalogue area: diff): headings, notes and column headers.
public enum DiffText: Localizable, Equatable {
    case title
    case noDifferences
    case unitsDiffer(count: Int)
    case none
    case by(AllocationDiff.Dimension)
    case policyDiffers(count: Int)
    case policyUnknown
    case objectiveAndTotals
    case absent
    case onlyA
    case onlyB
    case column(DiffColumn)

    public var bilingual: Bilingual {
        switch self {
        case .title: return Bilingual(zh: "编制方案对比", en: "Allocation diff")
        case .noDifferences: return Bilingual(zh: "两个方案没有差异", en: "no differences")
        case .unitsDiffer(let count):
            return Bilingual(zh: "编制数不同的单位（\(count)）", en: "Units whose quota differs (\(count))")
        case .none: return Bilingual(zh: "无", en: "none")
        case .by(let dimension): return Bilingual(zh: "按\(dimension.text(.zh))", en: "By \(dimension.text(.en))")
        case .policyDiffers(let count):
            return Bilingual(zh: "不同的规则和参数（\(count)）", en: "Rules and parameters that differ (\(count))")
        case .policyUnknown:
            return Bilingual(zh: "不详：有一个结果文件没有记录其规则", en: "unknown: a result file written without its policy")
        case .objectiveAndTotals: return Bilingual(zh: "目标值与合计", en: "Objective and totals")
        case .absent: return Bilingual(zh: "（未设置）", en: "(absent)")
        case .onlyA: return Bilingual(zh: "（仅 A 有）", en: " (A only)")
        case .onlyB: return Bilingual(zh: "（仅 B 有）", en: " (B only)")
        case .column(let column): return column.bilingual
        }
    }
}
