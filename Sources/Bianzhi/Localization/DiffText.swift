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

/// Column headers of the diff's tables (A, B and B−A are written as they are).
public enum DiffColumn: String, Localizable, CaseIterable {
    case unit, department, region, kind, before, totalA, totalB, movedA, movedB, shortfallA, shortfallB, setting

    public var bilingual: Bilingual {
        switch self {
        case .unit: return Bilingual(zh: "单位", en: "Unit")
        case .department: return Bilingual(zh: "主管部门", en: "Department")
        case .region: return Bilingual(zh: "区域", en: "Region")
        case .kind: return Bilingual(zh: "编制类型", en: "Kind")
        case .before: return Bilingual(zh: "调整前", en: "Before")
        case .totalA: return Bilingual(zh: "编制总数 A", en: "Total A")
        case .totalB: return Bilingual(zh: "编制总数 B", en: "Total B")
        case .movedA: return Bilingual(zh: "调整量 A", en: "Moved A")
        case .movedB: return Bilingual(zh: "调整量 B", en: "Moved B")
        case .shortfallA: return Bilingual(zh: "缺口 A", en: "Shortfall A")
        case .shortfallB: return Bilingual(zh: "缺口 B", en: "Shortfall B")
        case .setting: return Bilingual(zh: "设置", en: "Setting")
        }
    }
}

/// The figures compared by `diff`, keyed as in result.json.
public enum DiffFigure: String, Localizable, CaseIterable {
    case objectiveTotal = "objective.total"
    case objectiveShortfall = "objective.shortfall"
    case objectiveExcess = "objective.excess"
    case objectiveMoves = "objective.moves"
    case objectivePenalties = "objective.penalties"
    case objectiveChannels = "objective.channels"
    case objectiveTransferCost = "objective.transferCost"
    case unitsChanged = "totals.unitsChanged"
    case gained = "totals.gained"
    case cut = "totals.cut"
    case reserveHeld = "totals.reserveHeld"
    case cancelled = "totals.cancelled"
    case shortfallAfter = "totals.shortfallAfter"

    public var bilingual: Bilingual {
        switch self {
        case .objectiveTotal: return Bilingual(zh: "目标值", en: "objective")
        case .objectiveShortfall: return Bilingual(zh: "缺口", en: "shortfall")
        case .objectiveExcess: return Bilingual(zh: "超出需求", en: "excess")
        case .objectiveMoves: return Bilingual(zh: "调整量", en: "moves")
        case .objectivePenalties: return Bilingual(zh: "未达下限罚分", en: "penalties")
        case .objectiveChannels: return Bilingual(zh: "跨池调配成本", en: "channels")
        case .objectiveTransferCost: return Bilingual(zh: "调剂路径成本", en: "transfer cost")
        case .unitsChanged: return Bilingual(zh: "有变化的单位数", en: "units changed")
        case .gained: return Bilingual(zh: "增编", en: "gained")
        case .cut: return Bilingual(zh: "减编", en: "cut")
        case .reserveHeld: return Bilingual(zh: "留存周转池", en: "reserve")
        case .cancelled: return Bilingual(zh: "核减", en: "cancelled")
        case .shortfallAfter: return Bilingual(zh: "调整后缺口", en: "shortfall after")
        }
    }
}

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
