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
    case vacancyAfter = "totals.vacancyAfter"
    case overQuotaAfter = "totals.overQuotaAfter"
    case departuresRelied = "totals.departuresRelied"

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
        case .vacancyAfter: return Bilingual(zh: "调整后空编", en: "vacancies after")
        case .overQuotaAfter: return Bilingual(zh: "调整后超编", en: "over quota after")
        case .departuresRelied: return Bilingual(zh: "依靠减员", en: "departures relied on")
        }
    }
}
