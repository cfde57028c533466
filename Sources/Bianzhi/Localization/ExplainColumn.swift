/// Column headers of the explanation's tables.
public enum ExplainColumn: String, Localizable, CaseIterable {
    case pool, total, objective, where_, estimate, channel, flowCap, cap, channelEstimate

    public var bilingual: Bilingual {
        switch self {
        case .pool: return Bilingual(zh: "总量控制范围", en: "Pool")
        case .total: return Bilingual(zh: "控制总数", en: "Total")
        case .objective: return Bilingual(zh: "目标值变化", en: "Objective")
        case .where_: return Bilingual(zh: "编制去向", en: "Where")
        case .estimate: return Bilingual(zh: "估计值", en: "LP dual")
        case .channel: return Bilingual(zh: "跨池调配通道", en: "Channel")
        case .flowCap: return Bilingual(zh: "调配/上限", en: "Flow/cap")
        case .cap: return Bilingual(zh: "上限", en: "Cap")
        case .channelEstimate: return Bilingual(zh: "估计值", en: "Reduced cost")
        }
    }
}
