/// What a failed exact check found (catalogue area: exact checks), as `validate`, `solve` and
/// `explain` print it: simple arithmetic on the hard bounds a planner can redo by hand.
/// ``FeasibilityFix`` says what to do.
public enum FeasibilityMessage: Localizable, Equatable {
    /// A unit's priority floor above its maximum.
    case priorityFloorAboveMaximum(unit: String, className: String?, share: String, need: String, floor: Int, maximum: Int, cap: BoundDetail)
    /// A unit's lock, min or max leaves no value between its bounds.
    case unitBoundsConflict(unit: String, lower: BoundDetail, upper: BoundDetail, gap: Int)
    /// The hard floors of a pool's units above what it can hold.
    case floorsExceedPool(pool: String, sum: Int, capacity: PoolCapacity, byRule: [RuleSum])
    /// The units of a pool cannot take what it must place.
    case poolCannotPlace(pool: String, upper: Int, mustPlace: Int, total: Int, reserve: Int, outgoing: Int)
    /// A hard share floor above what its units may hold.
    case shareFloorAboveMaximum(floor: String, amount: Int, units: Int, upper: Int)
    /// A hard share floor plus the other units' floors above the pools' totals.
    case shareFloorExceedsTotal(
        floor: String, pools: String, short: Int, after: BoundReason?, amount: Int, others: Int, othersLower: Int,
        byRule: [RuleSum], capacities: [PoolCapacity])

    public var bilingual: Bilingual {
        switch self {
        case .priorityFloorAboveMaximum(let unit, let className, let share, let need, let floor, let maximum, let cap):
            return Bilingual(
                zh: "\(unit)：\(className ?? "所属类别")的重点保障下限 ⌈\(share) × 需求 \(need)⌉ = \(floor)，比该单位最多可得的 \(maximum) 高 \(floor - maximum)，上限依据 \(cap.text(.zh))",
                en: "\(unit): the priority floor of \(className ?? "its class") ⌈\(share) × need \(need)⌉ = \(floor) is \(floor - maximum) above the unit's maximum \(maximum), set by \(cap.text(.en))")
        case .unitBoundsConflict(let unit, let lower, let upper, let gap):
            return Bilingual(
                zh: "\(unit)：下限（\(lower.text(.zh))）比上限（\(upper.text(.zh))）高 \(gap)",
                en: "\(unit): \(lower.text(.en)) is \(gap) above \(upper.text(.en))")
        case .floorsExceedPool(let pool, let sum, let capacity, let byRule):
            return Bilingual(
                zh: "\(pool)各单位的硬性下限合计 \(sum)，比可容纳的 \(capacity.amount)（\(capacity.text(.zh))）多 \(sum - capacity.amount)；按规则：\(byRule.map { $0.text(.zh) }.joined(separator: "，"))",
                en: "the hard floors of the units of \(pool) add up to \(sum), \(sum - capacity.amount) more than the pool can hold (\(capacity.amount): \(capacity.text(.en))); by rule: \(byRule.map { $0.text(.en) }.joined(separator: ", "))")
        case .poolCannotPlace(let pool, let upper, let mustPlace, let total, let reserve, let outgoing):
            return Bilingual(
                zh: "\(pool)各单位最多容纳 \(upper)，比须安排的 \(mustPlace)（控制总数 \(total) − 周转池 \(reserve) − 调出 \(outgoing)）少 \(mustPlace - upper)",
                en: "the units of \(pool) can hold at most \(upper), \(mustPlace - upper) less than the \(mustPlace) it must place (total \(total) − reserve \(reserve) − \(outgoing) by channels)")
        case .shareFloorAboveMaximum(let floor, let amount, let units, let upper):
            return Bilingual(
                zh: "占比下限“\(floor)”要求其 \(units) 个单位合计 \(amount) 名编制，但这些单位的上限合计最多 \(upper)（差 \(amount - upper)）",
                en: "the share floor \(floor) asks \(amount) quotas of its \(units) units, but their ceilings allow at most \(upper) (\(amount - upper) short)")
        case .shareFloorExceedsTotal(let floor, let pools, let short, let after, let amount, let others, let othersLower, let byRule, let capacities):
            let required = amount + othersLower
            let rulesZh = byRule.isEmpty ? "" : "（\(byRule.map { $0.text(.zh) }.joined(separator: "，"))）"
            let rulesEn = byRule.isEmpty ? "" : " (\(byRule.map { $0.text(.en) }.joined(separator: ", ")))"
            let afterZh = after.map { "\($0.text(.zh))的下限" } ?? "其他单位的下限"
            let afterEn: String
            switch after {
            case .priorityFloor: afterEn = "the priority floors"
            case .noDismissals: afterEn = "the no-dismissal floors"
            case .changeLimit: afterEn = "the change-limit floors"
            case .needProtection: afterEn = "the need-protection floors"
            default: afterEn = "the other units' floors"
            }
            return Bilingual(
                zh: "\(pools)的占比下限“\(floor)”在扣除\(afterZh)后还差 \(short) 名编制：下限 \(amount) + 其他 \(others) 个单位的下限 \(othersLower)\(rulesZh) = \(required) > \(capacities.map { $0.text(.zh) }.joined(separator: " + "))",
                en: "the share floor \(floor) of \(pools) needs \(short) more quotas than the total leaves after \(afterEn): floor \(amount) + floors of the other \(others) units \(othersLower)\(rulesEn) = \(required) > \(capacities.map { $0.text(.en) }.joined(separator: " + "))")
        }
    }
}

/// The sum of one rule's floors in a pool, with how many units it binds.
public struct RuleSum: Localizable, Equatable {
    public var reason: BoundReason
    public var units: Int
    public var amount: Int

    public init(reason: BoundReason, units: Int, amount: Int) {
        self.reason = reason
        self.units = units
        self.amount = amount
    }

    /// The rule and its unit count, without the amount (``UnitAmount``'s name).
    public var name: Bilingual {
        Bilingual(
            zh: "\(reason.text(.zh))（\(units) 个单位）",
            en: "\(reason.text(.en)) (\(units) unit\(units == 1 ? "" : "s"))")
    }

    public var bilingual: Bilingual { Bilingual(zh: "\(name.zh) \(amount)", en: "\(name.en) \(amount)") }
}

/// What to do about a failed exact check (catalogue area: exact checks), as a sentence.
public enum FeasibilityFix: Localizable, Equatable {
    case lowerNeedFloor(tag: String?, share: String, unit: String)
    case unlockUnit(unit: String)
    /// Relax the floors; `raiseTotalTo` is the current sum when a higher total would help.
    case relaxPoolFloors(short: Int, raiseTotalTo: Int?, more: MoreQuotaWay)
    case allowReserve(reserve: Int, short: Int)
    case lowerShareFloor(short: Int)
    case lowerShareFloorOrOthers(short: Int, channel: Bool)

    public var bilingual: Bilingual {
        switch self {
        case .lowerNeedFloor(let tag, let share, let unit):
            return Bilingual(
                zh: "把\(tag.map { "`\($0)` 类别" } ?? "该类别")的 needFloor 降到不超过 \(share)，放宽限制\(unit)上限的规则，或核对其需求。",
                en: "lower needFloor of \(tag ?? "the class") to at most \(share), relax the rule that caps \(unit), or check its need.")
        case .unlockUnit(let unit):
            return Bilingual(zh: "解除\(unit)的锁定或调整其 min/max，或放宽另一条规则。", en: "unlock \(unit) or move its min/max, or relax the other rule.")
        case .relaxPoolFloors(let short, let raiseTotalTo, let more):
            var zh = "把设定这些下限的规则（`noDismissals`、`maxChange`、`needFloor`、`protectNeed`、`noCut`、锁定）放宽 \(short) 名编制"
            var en = "relax the rules that set these floors by \(short) quotas (noDismissals, maxChange, needFloor, protectNeed, noCut, locks)"
            if let current = raiseTotalTo {
                zh += "，把控制总数提高到接近现有编制数之和 \(current)"
                en += ", raise the pool's total toward its current sum \(current)"
            }
            switch more {
            case .none: break
            case .raiseChannelCaps:
                zh += "，或提高调入该池的调剂通道上限"
                en += ", or raise the caps of the channels into the pool"
            case .channelFromAbove:
                zh += "，或通过上级调剂通道调入编制"
                en += ", or bring quotas in through a channel from above"
            }
            return Bilingual(zh: zh + "。", en: en + ".")
        case .allowReserve(let reserve, let short):
            return Bilingual(
                zh: "允许周转池至少留 \(reserve)（`reserve: unlimited` 允许编办留存编制），把控制总数降低 \(short)，或放宽 maxChange / overQuotaFrozen 或各单位的 max 与锁定。",
                en: "allow a reserve of at least \(reserve) (`reserve: unlimited` lets the office hold quota back), lower the total by \(short), or relax maxChange / overQuotaFrozen or the units' max and locks.")
        case .lowerShareFloor(let short):
            return Bilingual(
                zh: "把占比下限降低 \(short) 名编制或改为软约束（`hard: false`），或放宽这些单位的 maxChange / overQuotaFrozen、max 与锁定。",
                en: "lower the floor by \(short) quotas or make it soft (`hard: false`), or relax maxChange / overQuotaFrozen or the max and locks of these units.")
        case .lowerShareFloorOrOthers(let short, let channel):
            return Bilingual(
                zh: "把占比下限降低 \(short) 名编制或改为软约束（`hard: false`），或把其他单位的下限放宽 \(short)" + (channel ? "，或通过上级调剂通道调入 \(short) 名编制。" : "。"),
                en: "lower the floor by \(short) quotas or make it soft (`hard: false`), or relax the floors of the other units by \(short)"
                    + (channel ? ", or bring \(short) quotas in through a channel from above." : "."))
        }
    }
}

/// How more quota could reach a pool whose floors exceed it.
public enum MoreQuotaWay: Sendable, Equatable {
    /// The kind may not grow: only the rules can give way.
    case none
    /// Channels come in: raise their caps.
    case raiseChannelCaps
    /// No channel comes in: open one from above.
    case channelFromAbove
}
