/// Column headers of the summary's tables.
public enum SummaryColumn: String, Localizable, CaseIterable {
    case kind, before, after
    case priorityClass, units, weight, floor, shortfallBefore, shortfallAfter
    case channel, carried, cap, cost
    case shareFloor, required, share, short
    case unit, department, region, quota, headcount, need, newQuota, change, bound
    case from, to, amount, lane

    public var bilingual: Bilingual {
        switch self {
        case .kind: return Bilingual(zh: "编制类型", en: "Kind")
        case .before: return Bilingual(zh: "调整前", en: "Before")
        case .after: return Bilingual(zh: "调整后", en: "After")
        case .priorityClass: return Bilingual(zh: "重点保障类别", en: "Priority class")
        case .units: return Bilingual(zh: "单位数", en: "Units")
        case .weight: return Bilingual(zh: "权重", en: "Weight")
        case .floor: return Bilingual(zh: "保障下限", en: "Floor")
        case .shortfallBefore: return Bilingual(zh: "调整前缺口", en: "Shortfall before")
        case .shortfallAfter: return Bilingual(zh: "调整后缺口", en: "after")
        case .channel: return Bilingual(zh: "跨池调配通道", en: "Channel")
        case .carried: return Bilingual(zh: "调配数", en: "Carried")
        case .cap: return Bilingual(zh: "上限", en: "Cap")
        case .cost: return Bilingual(zh: "成本", en: "Cost")
        case .shareFloor: return Bilingual(zh: "占比下限", en: "Share floor")
        case .required: return Bilingual(zh: "要求", en: "Required")
        case .share: return Bilingual(zh: "占比", en: "Share")
        case .short: return Bilingual(zh: "差额", en: "Short")
        case .unit: return Bilingual(zh: "单位", en: "Unit")
        case .department: return Bilingual(zh: "主管部门", en: "Department")
        case .region: return Bilingual(zh: "区域", en: "Region")
        case .quota: return Bilingual(zh: "编制数", en: "Quota")
        case .headcount: return Bilingual(zh: "实有人数", en: "Headcount")
        case .need: return Bilingual(zh: "需求", en: "Need")
        case .newQuota: return Bilingual(zh: "新编制数", en: "New")
        case .change: return Bilingual(zh: "增减", en: "Change")
        case .bound: return Bilingual(zh: "限制", en: "Bound")
        case .from: return Bilingual(zh: "调出", en: "From")
        case .to: return Bilingual(zh: "调入", en: "To")
        case .amount: return Bilingual(zh: "数量", en: "Amount")
        case .lane: return Bilingual(zh: "方式", en: "Lane")
        }
    }
}
