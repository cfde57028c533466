/// The lines of "rules that bind" (catalogue area: explain): the units an allocation leaves at
/// a bound, grouped by the rule that set it and by whether relaxing that rule by one quota
/// changes the objective (`binds`: `true`, `false`, or `nil` when not re-solved).
public enum BindingText: Localizable, Equatable {
    case group(side: BoundSide, reason: BoundReason, binds: Bool?, count: Int, units: String)
    case andMore(count: Int)

    public var bilingual: Bilingual {
        switch self {
        case .group(let side, let reason, let binds, let count, let units):
            let phrase = Self.phrase(side, reason)
            let en = phrase.en.prefix(1).uppercased() + phrase.en.dropFirst()
            let enCount = "\(count) unit\(count == 1 ? "" : "s")"
            switch binds {
            case true?:
                return Bilingual(
                    zh: "\(phrase.zh)，规则起限制作用（放宽 1 名编制，目标值就会变化），共 \(count) 个单位：\(units)",
                    en: "\(en), and the rule binds (relaxing it by one quota changes the objective), \(enCount): \(units)")
            case false?:
                return Bilingual(
                    zh: "\(phrase.zh)，但规则不起限制作用（放宽后结果不变），共 \(count) 个单位：\(units)",
                    en: "\(en), but the rule does not bind (relaxing it changes nothing), \(enCount): \(units)")
            case nil:
                return Bilingual(zh: "\(phrase.zh)（未重新求解），共 \(count) 个单位：\(units)", en: "\(en) (not re-solved), \(enCount): \(units)")
            }
        case .andMore(let count): return Bilingual(zh: "另有 \(count) 个", en: "and \(count) more")
        }
    }

    /// Where the units sit, by the rule that set the bound.
    static func phrase(_ side: BoundSide, _ reason: BoundReason) -> Bilingual {
        switch (side, reason) {
        case (.lower, .locked): return Bilingual(zh: "锁定在原编制数", en: "locked at their quota")
        case (.lower, .unitMinimum): return Bilingual(zh: "处在单位自己的下限", en: "at their own minimum")
        case (.lower, .priorityFloor): return Bilingual(zh: "处在重点保障下限", en: "at their priority floor")
        case (.lower, .priorityNoCut): return Bilingual(zh: "保重点不核减，保持原编制数", en: "kept at their quota by their priority class")
        case (.lower, .needProtection):
            return Bilingual(zh: "不从缺编单位调出，保持在编制数与需求（向上取整）中较小者", en: "kept at min(quota, ⌈need⌉) by need protection")
        case (.lower, .noDismissals): return Bilingual(zh: "处在不裁减在编人员的下限", en: "at their no-dismissal floor")
        case (.lower, .changeLimit): return Bilingual(zh: "已核减到调整幅度限制的下限", en: "cut as far as the change limit allows")
        case (.upper, .unitMaximum): return Bilingual(zh: "处在单位自己的上限", en: "at their own maximum")
        case (.upper, .overQuotaFrozen): return Bilingual(zh: "超编，冻结在原编制数", en: "over quota, frozen at their quota")
        case (.upper, .changeLimit): return Bilingual(zh: "已增加到调整幅度限制的上限", en: "raised as far as the change limit allows")
        case (.upper, .poolTotal): return Bilingual(zh: "占满所在总量控制范围的控制总数", en: "holding their pool's whole total")
        case (.lower, _): return Bilingual(zh: "处在下限", en: "at their lower bound")
        case (.upper, _): return Bilingual(zh: "处在上限", en: "at their upper bound")
        }
    }
}
