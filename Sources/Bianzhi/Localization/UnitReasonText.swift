/// Why a unit got its new quota, as `explain --unit` tells it (catalogue area: explanations):
/// which bound holds it, and what one quota more or less would change, in planners' words.
public enum UnitReasonText: Localizable, Equatable {
    case noAllocation(lower: Int, upper: Int)
    case fixed(lower: BoundDetail, upper: BoundDetail)
    case atZero
    case atLowerNotBinding(lower: Int, detail: BoundDetail, shortfall: String)
    case heldAtLower(lower: Int, detail: BoundDetail)
    case keepsAboveNeed(excess: String, need: String)
    case atUpperAboveNeed(upper: Int, detail: BoundDetail)
    case heldAtUpper(upper: Int, detail: BoundDetail)
    case stillShort(shortfall: String, need: String)
    case between(lower: Int, upper: Int)
    /// The objective's change for one quota more or less here, and the pool's value.
    case marginal(up: String, down: String, poolValue: String?)

    public var bilingual: Bilingual {
        switch self {
        case .noAllocation(let lower, let upper):
            return Bilingual(
                zh: "不存在可行方案，该单位没有新的编制数；其可调范围为 \(lower)…\(upper)",
                en: "no allocation exists, so the unit has no new quota; its bounds are \(lower)…\(upper)")
        case .fixed(let lower, let upper):
            return Bilingual(
                zh: "可调范围没有余地：下限依据 \(lower.text(.zh))，上限依据 \(upper.text(.zh))",
                en: "its bounds leave no choice: lower by \(lower.text(.en)), upper by \(upper.text(.en))")
        case .atZero: return Bilingual(zh: "编制数已为零，不能再少", en: "it is at zero, the least a quota can be")
        case .atLowerNotBinding(let lower, let detail, let shortfall):
            return Bilingual(
                zh: "处于下限 \(lower)（\(detail.text(.zh))），但不是下限让它停在这里：它距需求还缺 \(shortfall) 名，而总量中没有更应给它的编制",
                en: "it sits at its lower bound \(lower) (\(detail.text(.en))), but that bound is not what keeps it there: it is \(shortfall) short of its need and the pool has no quota it would rather give it")
        case .heldAtLower(let lower, let detail):
            return Bilingual(zh: "被下限 \(lower) 卡住，依据 \(detail.text(.zh))", en: "it is held at its lower bound \(lower) by \(detail.text(.en))")
        case .keepsAboveNeed(let excess, let need):
            return Bilingual(
                zh: "它比需求 \(need) 多保留 \(excess) 名：没有这个下限，这些编制会被调出",
                en: "it keeps \(excess) above its need \(need): without the bound it would give these up")
        case .atUpperAboveNeed(let upper, let detail):
            return Bilingual(
                zh: "处于上限 \(upper)（\(detail.text(.zh))），虽然已超过需求：这些编制没有更好的去处",
                en: "it sits at its upper bound \(upper) (\(detail.text(.en))) although it is already above its need: the quota has nowhere better to go")
        case .heldAtUpper(let upper, let detail):
            return Bilingual(zh: "被上限 \(upper) 卡住，依据 \(detail.text(.zh))", en: "it is held at its upper bound \(upper) by \(detail.text(.en))")
        case .stillShort(let shortfall, let need):
            return Bilingual(
                zh: "距需求 \(need) 仍缺 \(shortfall) 名：是上限让它得不到更多",
                en: "it is still \(shortfall) short of its need \(need): the bound keeps it from getting more")
        case .between(let lower, let upper):
            return Bilingual(
                zh: "处于可调范围（\(lower)…\(upper)）之内：没有规则卡住它，是目标把它放在这里",
                en: "it sits between its bounds (\(lower)…\(upper)): no rule holds it; the objective placed it")
        case .marginal(let up, let down, let poolValue):
            return Bilingual(
                zh: "仅给这里多 1 名编制，目标值变化 \(up)；少 1 名，变化 \(down)（缺口、超出需求与调整量各项）"
                    + (poolValue.map { "；所在总量每增加 1 名编制，目标值变化 \($0)" } ?? ""),
                en: "one more quota here alone would change the objective by \(up), one less by \(down) (its shortfall, excess and move terms)"
                    + (poolValue.map { "; the pool's LP value of one more quota is \($0)" } ?? ""))
        }
    }
}

/// What `explain --unit` re-solves with one thing moved, and what came of it.
public enum UnitWhatIfText: Localizable, Equatable {
    case lowerBound(rule: BoundNoun, value: Int)
    case upperBound(rule: BoundNoun, value: Int)
    case oneMoreInPool(pool: String)
    case oneLessInPool(pool: String)
    /// The change could not be solved: the rules cannot all hold.
    indirect case infeasible(change: UnitWhatIfText)
    /// The unit's new quota (`quota == before`: unchanged) and the objective's change.
    indirect case outcome(change: UnitWhatIfText, unit: String, quota: Int, before: Int, objectiveChange: String)

    public var bilingual: Bilingual {
        switch self {
        case .lowerBound(let rule, let value):
            return Bilingual(zh: "如果下限（\(rule.text(.zh))）为 \(value)", en: "if its lower bound (\(rule.text(.en))) were \(value)")
        case .upperBound(let rule, let value):
            return Bilingual(zh: "如果上限（\(rule.text(.zh))）为 \(value)", en: "if its upper bound (\(rule.text(.en))) were \(value)")
        case .oneMoreInPool(let pool):
            return Bilingual(zh: "如果\(pool)多 1 名编制（只能经上级调剂通道调入）", en: "with one more quota in \(pool) (only through a channel from above)")
        case .oneLessInPool(let pool):
            return Bilingual(zh: "如果\(pool)少 1 名编制", en: "with one quota less in \(pool)")
        case .infeasible(let change):
            return Bilingual(zh: "\(change.text(.zh))：各项规则无法同时满足", en: "\(change.text(.en)): the rules could not all hold")
        case .outcome(let change, let unit, let quota, let before, let delta):
            return Bilingual(
                zh: "\(change.text(.zh))：\(unit)" + (quota == before ? "仍为 \(before)" : "将为 \(quota)（而不是 \(before)）") + "；目标值变化 \(delta)",
                en: "\(change.text(.en)): \(unit) " + (quota == before ? "would still get \(before)" : "would get \(quota) instead of \(before)")
                    + "; the objective would change by \(delta)")
        }
    }
}
