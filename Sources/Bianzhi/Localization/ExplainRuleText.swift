/// The sentences an infeasible explanation builds for its rule groups and ways out (catalogue
/// area: explain): the name of each rule group and what relaxing it by an amount means, in
/// planners' words. Values are the names and figures the explanation computed; `listed` is
/// the units a way out touches ("县委办 −4, 县政府办 −2").
public enum ExplainRuleText: Localizable, Equatable {
    /// A unit rule (no dismissals, change limit, …) over the units of a pool or of one unit.
    case unitRuleGroup(BoundReason, scope: String, note: String?)
    case poolTotalGroup(pool: String, total: Int)
    case priorityFloorGroup(className: String, needFloor: String)
    case shareFloorGroup(name: String, amount: Int)
    case channelCapGroup(channel: String, cap: Int)
    case noCutGroup(className: String)
    case shrinkOnlyGroup(pool: String)
    /// Relaxing a unit rule of `scope` (a pool, or the unit for a lock, min or max).
    case unitRuleAdvice(BoundReason, scope: String, amount: Int, listed: String)
    case totalShortWithin(pool: String, short: Int, total: Int, current: Int)
    case totalShortBeyond(pool: String, short: Int, total: Int, current: Int)
    case surplus(pool: String, surplus: Int)
    case priorityFloorAdvice(className: String, tag: String, amount: Int, listed: String)
    case shareFloorAdvice(name: String, amount: Int, from: Int, share: String?, base: Int)
    case channelCapAdvice(channel: String, amount: Int, from: Int)
    case noCutAdvice(className: String, tag: String, amount: Int, listed: String)
    case shrinkOnlyAdvice(pool: String, amount: Int, current: Int)
    case andMore(count: Int)
    case cannotBeMet(group: String, pools: String)
    case cannotAllHold(groups: [String], pools: String)

    public var bilingual: Bilingual {
        switch self {
        case .unitRuleGroup(let reason, let scope, let note):
            let zhNote = note.map { "：\($0)" } ?? "", enNote = note.map { ": \($0)" } ?? ""
            return Bilingual(zh: "\(scope)的\(Self.zhNoun(reason))\(zhNote)", en: "\(Self.enNoun(reason)) of \(scope)\(enNote)")
        case .poolTotalGroup(let pool, let total):
            return Bilingual(zh: "\(pool)的控制总数（\(total)）", en: "the total of \(pool) (\(total))")
        case .priorityFloorGroup(let name, let share):
            return Bilingual(zh: "\(name)的重点保障下限（需求的 \(share) 倍）", en: "the priority floors of \(name) (needFloor \(share))")
        case .shareFloorGroup(let name, let amount):
            return Bilingual(zh: "占比下限“\(name)”（至少 \(amount) 名编制）", en: "the share floor \(name) (≥ \(amount) quotas)")
        case .channelCapGroup(let channel, let cap):
            return Bilingual(zh: "\(channel)的上限（\(cap)）", en: "the cap of \(channel) (\(cap))")
        case .noCutGroup(let name):
            return Bilingual(zh: "\(name)的不核减规则（保重点）", en: "the no-cut rule of \(name)")
        case .shrinkOnlyGroup(let pool):
            return Bilingual(zh: "\(pool)只减不增的规定", en: "the shrink-only rule of \(pool)")
        case .unitRuleAdvice(let reason, let scope, let amount, let listed):
            return Self.unitRuleAdvice(reason, scope, amount, listed)
        case .totalShortWithin(let pool, let short, let total, let current):
            return Bilingual(
                zh: "把\(pool)的控制总数提高 \(short) 名，从 \(total) 到 \(total + short)（最多到现有编制数合计 \(current)）",
                en: "raise the total of \(pool) by \(short) \(Self.quotas(short)), from \(total) to \(total + short) (at most its current sum \(current))")
        case .totalShortBeyond(let pool, let short, let total, let current):
            return Bilingual(
                zh: "\(pool)比控制总数 \(total) 多需要 \(short) 名编制：超出现有编制数合计 \(current) 的部分只能由上级通过跨池调配通道调入（严控总量，控制总数不能增加）",
                en: "\(pool) would need \(short) more \(Self.quotas(short)) than its total \(total): beyond its current sum \(current) only through a channel from above, since a total may not grow")
        case .surplus(let pool, let surplus):
            return Bilingual(
                zh: "\(pool)有 \(surplus) 名编制分不下去：允许周转池多留 \(surplus) 名，或把控制总数核减 \(surplus) 名",
                en: "\(pool) cannot place \(surplus) of its total: allow a reserve of \(surplus) more or cut the total by \(surplus)")
        case .priorityFloorAdvice(let name, let tag, let amount, let listed):
            return Bilingual(
                zh: "把\(name)的重点保障下限降低 \(amount) 名：\(listed)（调低 \(tag) 的 needFloor）",
                en: "lower the priority floors of \(name) by \(amount) \(Self.quotas(amount)): \(listed) (a lower needFloor for \(tag))")
        case .shareFloorAdvice(let name, let amount, let from, let share, let base):
            let zhShare = share.map { "（占比不高于 \(base) 的 \($0)）" } ?? "", enShare = share.map { " (floor ≤ \($0) of \(base))" } ?? ""
            return Bilingual(
                zh: "把占比下限“\(name)”降低 \(amount) 名，从 \(from) 到 \(from - amount)\(zhShare)，或改为软约束（`hard: false`）",
                en: "lower the share floor \(name) by \(amount) \(Self.quotas(amount)), from \(from) to \(from - amount)\(enShare), or make it soft (`hard: false`)")
        case .channelCapAdvice(let channel, let amount, let from):
            return Bilingual(
                zh: "把\(channel)的上限提高 \(amount) 名，从 \(from) 到 \(from + amount)",
                en: "raise the cap of \(channel) by \(amount), from \(from) to \(from + amount)")
        case .noCutAdvice(let name, let tag, let amount, let listed):
            return Bilingual(
                zh: "允许\(name)的单位核减 \(amount) 名：\(listed)（取消 \(tag) 的 noCut）",
                en: "let units of \(name) lose \(amount) \(Self.quotas(amount)): \(listed) (drop noCut for \(tag))")
        case .shrinkOnlyAdvice(let pool, let amount, let current):
            return Bilingual(
                zh: "允许\(pool)比现有编制数合计 \(current) 多 \(amount) 名（该编制类型只减不增）",
                en: "let \(pool) end \(amount) \(Self.quotas(amount)) above its current total \(current) (the kind is shrink-only)")
        case .andMore(let count): return Bilingual(zh: "等，另有 \(count) 个单位", en: " and \(count) more")
        case .cannotBeMet(let group, let pools):
            return Bilingual(zh: "在\(pools)的控制总数内无法满足\(group)", en: "\(group) cannot be met within the totals of \(pools)")
        case .cannotAllHold(let groups, let pools):
            return Bilingual(
                zh: "在\(pools)的控制总数内，以下规则无法同时满足：\(groups.joined(separator: "；"))；去掉其中任何一条，其余都能满足",
                en: "these rules cannot all hold together within the totals of \(pools): \(groups.joined(separator: "; ")); without any one of them the rest can")
        }
    }

    static func quotas(_ n: Int) -> String { n == 1 ? "quota" : "quotas" }

    /// "the no-dismissal floors": one rule over a pool's units (or one unit's own rule).
    static func enNoun(_ reason: BoundReason) -> String {
        switch reason {
        case .zero: return "the zero floors"
        case .noDismissals: return "the no-dismissal floors"
        case .changeLimit: return "the change limits"
        case .priorityFloor: return "the priority floors"
        case .overQuotaFrozen: return "the over-quota freeze"
        case .poolTotal: return "the pool-total ceilings"
        case .needProtection: return "the need-protection floors"
        case .priorityNoCut: return "the no-cut rule"
        case .locked: return "the lock"
        case .unitMinimum: return "the minimum"
        case .unitMaximum: return "the maximum"
        }
    }

    static func zhNoun(_ reason: BoundReason) -> String {
        switch reason {
        case .zero: return "零下限"
        case .noDismissals: return "不裁减在编人员的下限"
        case .changeLimit: return "调整幅度限制"
        case .priorityFloor: return "重点保障下限"
        case .overQuotaFrozen: return "超编单位不增编的规定"
        case .poolTotal: return "控制总数上限"
        case .needProtection: return "不从缺编单位调出的下限"
        case .priorityNoCut: return "不核减规则"
        case .locked: return "锁定"
        case .unitMinimum: return "下限"
        case .unitMaximum: return "上限"
        }
    }

    static func unitRuleAdvice(_ reason: BoundReason, _ scope: String, _ amount: Int, _ listed: String) -> Bilingual {
        let q = quotas(amount)
        switch reason {
        case .noDismissals:
            return Bilingual(
                zh: "让\(scope)低于不裁减在编人员的下限 \(amount) 名：\(listed)（在编人员须先调出或退休；如有人员将离开，请填写预计减员）",
                en: "go \(amount) \(q) below the no-dismissal floors of \(scope): \(listed) (staff in post would have to leave or move first; give the expected attrition if people are leaving)")
        case .changeLimit:
            return Bilingual(
                zh: "允许\(scope)的单位超出调整幅度限制 \(amount) 名：\(listed)（调高 rules.maxChange）",
                en: "let units of \(scope) move \(amount) \(q) beyond their change limits: \(listed) (raise rules.maxChange)")
        case .overQuotaFrozen:
            return Bilingual(
                zh: "允许\(scope)的超编单位增编 \(amount) 名：\(listed)（对它们取消 overQuotaFrozen）",
                en: "let over-quota units of \(scope) gain \(amount) \(q): \(listed) (lift overQuotaFrozen for them)")
        case .priorityFloor:
            return Bilingual(zh: "把\(scope)的重点保障下限降低 \(amount) 名：\(listed)", en: "lower the priority floors in \(scope) by \(amount) \(q): \(listed)")
        case .needProtection:
            return Bilingual(
                zh: "从\(scope)未超出需求的单位核减 \(amount) 名：\(listed)（rules.protectNeed: false，或 {penalty: P} 改为软约束）",
                en: "cut \(amount) \(q) from units of \(scope) at or below need: \(listed) (rules.protectNeed: false, or {penalty: P} to make it soft)")
        case .priorityNoCut:
            return Bilingual(
                zh: "允许\(scope)的单位核减 \(amount) 名：\(listed)（取消其类别的 noCut）",
                en: "let units of \(scope) lose \(amount) \(q): \(listed) (drop noCut for their class)")
        case .locked:
            return Bilingual(zh: "解除\(scope)的锁定，允许调整 \(amount) 名：\(listed)", en: "unlock \(scope) and let it move \(amount) \(q): \(listed)")
        case .unitMinimum:
            return Bilingual(zh: "把\(scope)的下限降低 \(amount) 名：\(listed)", en: "lower the minimum of \(scope) by \(amount) \(q): \(listed)")
        case .unitMaximum:
            return Bilingual(zh: "把\(scope)的上限提高 \(amount) 名：\(listed)", en: "raise the maximum of \(scope) by \(amount) \(q): \(listed)")
        case .zero, .poolTotal:
            return Bilingual(
                zh: "放宽\(scope)的\(zhNoun(reason)) \(amount) 名：\(listed)",
                en: "relax \(enNoun(reason)) of \(scope) by \(amount) \(q): \(listed)")
        }
    }
}
