/// A unit's bound with the rule and arithmetic behind it (catalogue area: explanations), as the
/// exact checks and `explain --unit` show it, e.g. “不裁减在编人员（实有人数 12 − 预计减员 1 = 11）”.
public enum BoundDetail: Localizable, Equatable {
    case noDismissals(headcount: Int, attrition: Int, lower: Int)
    case changeLimitDown(quota: Int, limit: Int, lower: Int)
    case changeLimitUp(quota: Int, limit: Int, upper: Int)
    case priorityFloor(className: String?, share: String, need: String, lower: Int)
    case zero
    case needProtection(quota: Int, need: String, lower: Int)
    case priorityNoCut(quota: Int)
    case overQuotaFrozen(headcount: Int, quota: Int)
    case poolTotal(upper: Int)
    /// Any other rule with its value, and the unit's own `reason` for a lock or min/max.
    case rule(BoundReason, value: Int, note: String?)

    public var bilingual: Bilingual {
        switch self {
        case .noDismissals(let headcount, let attrition, let lower):
            return Bilingual(
                zh: "不裁减在编人员（实有人数 \(headcount) − 预计减员 \(attrition) = \(lower)）",
                en: "no dismissals (headcount \(headcount) − attrition \(attrition) = \(lower))")
        case .changeLimitDown(let quota, let limit, let lower):
            return Bilingual(zh: "调整幅度限制（编制数 \(quota) − \(limit) = \(lower)）", en: "change limit (quota \(quota) − \(limit) = \(lower))")
        case .changeLimitUp(let quota, let limit, let upper):
            return Bilingual(zh: "调整幅度限制（编制数 \(quota) + \(limit) = \(upper)）", en: "change limit (quota \(quota) + \(limit) = \(upper))")
        case .priorityFloor(let className, let share, let need, let lower):
            return Bilingual(
                zh: "\(className ?? "重点保障")的保障下限（⌈\(share) × 需求 \(need)⌉ = \(lower)）",
                en: "priority floor of \(className ?? "priority") (⌈\(share) × need \(need)⌉ = \(lower))")
        case .zero: return Bilingual(zh: "没有规则使其高于 0", en: "no rule holds it above 0")
        case .needProtection(let quota, let need, let lower):
            return Bilingual(
                zh: "不从缺编单位调出（min(编制数 \(quota), ⌈需求 \(need)⌉) = \(lower)）",
                en: "need protection (min(quota \(quota), ⌈need \(need)⌉) = \(lower))")
        case .priorityNoCut(let quota):
            return Bilingual(zh: "保重点不核减（编制数 \(quota)）", en: "no cut for its priority class (quota \(quota))")
        case .overQuotaFrozen(let headcount, let quota):
            return Bilingual(
                zh: "超编单位不增编（实有人数 \(headcount) > 编制数 \(quota)：不得增加）",
                en: "over-quota freeze (headcount \(headcount) > quota \(quota): may not gain)")
        case .poolTotal(let upper):
            return Bilingual(zh: "总量控制（含调入可带来的：\(upper)）", en: "pool total (with what channels can bring: \(upper))")
        case .rule(let reason, let value, let note):
            return Bilingual(
                zh: "\(reason.text(.zh)) = \(value)\(note.map { "（\($0)）" } ?? "")",
                en: "\(reason.text(.en)) = \(value)\(note.map { " (\($0))" } ?? "")")
        }
    }
}

/// A bound's rule as a noun, in `explain --unit`'s what-ifs: “不裁减在编人员的下限”.
public struct BoundNoun: Localizable, Equatable {
    public var reason: BoundReason

    public init(_ reason: BoundReason) { self.reason = reason }

    public var bilingual: Bilingual {
        switch reason {
        case .zero: return Bilingual(zh: "零", en: "zero")
        case .noDismissals: return Bilingual(zh: "不裁减在编人员的下限", en: "the no-dismissal floor")
        case .changeLimit: return Bilingual(zh: "调整幅度限制", en: "the change limit")
        case .priorityFloor: return Bilingual(zh: "重点保障下限", en: "the priority floor")
        case .overQuotaFrozen: return Bilingual(zh: "超编单位不增编", en: "the over-quota freeze")
        case .poolTotal: return Bilingual(zh: "控制总数", en: "the pool total")
        case .needProtection: return Bilingual(zh: "不从缺编单位调出的下限", en: "the need-protection floor")
        case .priorityNoCut: return Bilingual(zh: "保重点不核减", en: "the class's no-cut rule")
        case .locked: return Bilingual(zh: "锁定", en: "the lock")
        case .unitMinimum: return Bilingual(zh: "单位下限", en: "the unit's minimum")
        case .unitMaximum: return Bilingual(zh: "单位上限", en: "the unit's maximum")
        }
    }
}
