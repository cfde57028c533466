/// The columns of allocation.csv (catalogue area: output files). In English they are the
/// stable machine headers (`id`, `new_quota`, …); in Chinese the planner's headers, chosen so
/// that the file reads back as next year's unit table: `编制数` is the NEW quota, the current
/// one is `原编制数`, the reader's other names (编号, 名称, 部门, 区域, 编制类型, 实有人数,
/// 预计减员, 需求, 标签, 锁定, 下限, 上限, 备注) are kept, and the computed bounds of this round
/// are 规则下限/规则上限 so that they are not read back as the unit's own 下限/上限.
public enum AllocationColumn: String, Localizable, CaseIterable {
    case id, name, department, region, level, kind, pool, quota, headcount, attrition, need
    case newQuota = "new_quota"
    case change
    case shortfallBefore = "shortfall_before"
    case shortfallAfter = "shortfall_after"
    case lowerBound = "lower_bound"
    case lowerReason = "lower_reason"
    case upperBound = "upper_bound"
    case upperReason = "upper_reason"
    case tags
    case vacancyBefore = "vacancy_before"
    case vacancyAfter = "vacancy_after"
    case overQuotaBefore = "over_quota_before"
    case overQuotaAfter = "over_quota_after"
    case departuresRelied = "departures_relied"
    case locked, min, max, reason
    /// How a need derived from a staffing standard was obtained (编制标准).
    case needBasis = "need_basis"

    public var bilingual: Bilingual {
        switch self {
        case .id: return Bilingual(zh: "编号", en: rawValue)
        case .name: return Bilingual(zh: "名称", en: rawValue)
        case .department: return Bilingual(zh: "部门", en: rawValue)
        case .region: return Bilingual(zh: "区域", en: rawValue)
        case .level: return Bilingual(zh: "层级", en: rawValue)
        case .kind: return Bilingual(zh: "编制类型", en: rawValue)
        case .pool: return Bilingual(zh: "总量控制范围", en: rawValue)
        case .quota: return Bilingual(zh: "原编制数", en: rawValue)
        case .headcount: return Bilingual(zh: "实有人数", en: rawValue)
        case .attrition: return Bilingual(zh: "预计减员", en: rawValue)
        case .need: return Bilingual(zh: "需求", en: rawValue)
        case .newQuota: return Bilingual(zh: "编制数", en: rawValue)
        case .change: return Bilingual(zh: "增减", en: rawValue)
        case .shortfallBefore: return Bilingual(zh: "调整前缺口", en: rawValue)
        case .shortfallAfter: return Bilingual(zh: "调整后缺口", en: rawValue)
        case .lowerBound: return Bilingual(zh: "规则下限", en: rawValue)
        case .lowerReason: return Bilingual(zh: "规则下限依据", en: rawValue)
        case .upperBound: return Bilingual(zh: "规则上限", en: rawValue)
        case .upperReason: return Bilingual(zh: "规则上限依据", en: rawValue)
        case .tags: return Bilingual(zh: "标签", en: rawValue)
        case .vacancyBefore: return Bilingual(zh: "调整前空编", en: rawValue)
        case .vacancyAfter: return Bilingual(zh: "调整后空编", en: rawValue)
        case .overQuotaBefore: return Bilingual(zh: "调整前超编", en: rawValue)
        case .overQuotaAfter: return Bilingual(zh: "调整后超编", en: rawValue)
        case .departuresRelied: return Bilingual(zh: "依靠减员", en: rawValue)
        case .locked: return Bilingual(zh: "锁定", en: rawValue)
        case .min: return Bilingual(zh: "下限", en: rawValue)
        case .max: return Bilingual(zh: "上限", en: rawValue)
        case .reason: return Bilingual(zh: "备注", en: rawValue)
        case .needBasis: return Bilingual(zh: "需求测算", en: rawValue)
        }
    }
}
