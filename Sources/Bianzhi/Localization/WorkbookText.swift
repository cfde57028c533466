/// The sheet names, column headers and marks of allocation.xlsx (catalogue area: workbook).
///
/// The workbook is Chinese in both languages, by design: its 调整方案 sheet must load back as
/// next year's unit table, whose loader reads the Chinese headers (编号, 名称, 编制数 …), and a
/// workbook is passed around a staffing office whatever language the command ran in. The
/// English texts are here for completeness (and for a future English workbook), not used.
public enum WorkbookText: Localizable, CaseIterable {
    case unitPlanSheet
    case transfersSheet
    case summarySheet
    case staffingSheet
    case id
    case name
    case department
    case region
    case kind
    case quota
    case headcount
    case need
    case tags
    case locked
    case minimum
    case maximum
    case note
    case level
    case quotaBefore
    case quotaAfter
    case change
    case vacancyBefore
    case vacancyAfter
    case overQuotaBefore
    case overQuotaAfter
    case reliesOnDepartures
    case shortfallBefore
    case shortfallAfter
    case ruleMinimum
    case ruleMinimumBasis
    case ruleMaximum
    case ruleMaximumBasis
    case needBasis
    case fromID
    case from
    case toID
    case to
    case amount
    case lane
    case via
    case dimension
    case units
    case yes

    public var bilingual: Bilingual {
        switch self {
        case .unitPlanSheet: return Bilingual(zh: "调整方案", en: "Allocation")
        case .transfersSheet: return Bilingual(zh: "调剂明细", en: "Transfers")
        case .summarySheet: return Bilingual(zh: "汇总", en: "Summary")
        case .staffingSheet: return Bilingual(zh: "空编超编", en: "Vacancies and over quota")
        case .id: return Bilingual(zh: "编号", en: "ID")
        case .name: return Bilingual(zh: "名称", en: "Name")
        case .department: return Bilingual(zh: "部门", en: "Department")
        case .region: return Bilingual(zh: "区域", en: "Region")
        case .kind: return Bilingual(zh: "编制类型", en: "Kind")
        case .quota: return Bilingual(zh: "编制数", en: "Quota")
        case .headcount: return Bilingual(zh: "实有人数", en: "Headcount")
        case .need: return Bilingual(zh: "需求", en: "Need")
        case .tags: return Bilingual(zh: "标签", en: "Tags")
        case .locked: return Bilingual(zh: "锁定", en: "Locked")
        case .minimum: return Bilingual(zh: "下限", en: "Min")
        case .maximum: return Bilingual(zh: "上限", en: "Max")
        case .note: return Bilingual(zh: "备注", en: "Note")
        case .level: return Bilingual(zh: "层级", en: "Level")
        case .quotaBefore: return Bilingual(zh: "调整前编制数", en: "Quota before")
        case .quotaAfter: return Bilingual(zh: "调整后编制数", en: "Quota after")
        case .change: return Bilingual(zh: "增减", en: "Change")
        case .vacancyBefore: return Bilingual(zh: "调整前空编", en: "Vacancies before")
        case .vacancyAfter: return Bilingual(zh: "调整后空编", en: "Vacancies after")
        case .overQuotaBefore: return Bilingual(zh: "调整前超编", en: "Over quota before")
        case .overQuotaAfter: return Bilingual(zh: "调整后超编", en: "Over quota after")
        case .reliesOnDepartures: return Bilingual(zh: "依赖减员", en: "Relies on departures")
        case .shortfallBefore: return Bilingual(zh: "调整前缺口", en: "Shortfall before")
        case .shortfallAfter: return Bilingual(zh: "调整后缺口", en: "Shortfall after")
        case .ruleMinimum: return Bilingual(zh: "规则下限", en: "Rule minimum")
        case .ruleMinimumBasis: return Bilingual(zh: "规则下限依据", en: "Rule minimum set by")
        case .ruleMaximum: return Bilingual(zh: "规则上限", en: "Rule maximum")
        case .ruleMaximumBasis: return Bilingual(zh: "规则上限依据", en: "Rule maximum set by")
        case .needBasis: return Bilingual(zh: "需求测算", en: "Need basis")
        case .fromID: return Bilingual(zh: "调出单位编号", en: "From ID")
        case .from: return Bilingual(zh: "调出单位", en: "From")
        case .toID: return Bilingual(zh: "调入单位编号", en: "To ID")
        case .to: return Bilingual(zh: "调入单位", en: "To")
        case .amount: return Bilingual(zh: "数量", en: "Amount")
        case .lane: return Bilingual(zh: "调剂方式", en: "Lane")
        case .via: return Bilingual(zh: "经由", en: "Via")
        case .dimension: return Bilingual(zh: "维度", en: "Dimension")
        case .units: return Bilingual(zh: "单位数", en: "Units")
        case .yes: return Bilingual(zh: "是", en: "Yes")
        }
    }
}
