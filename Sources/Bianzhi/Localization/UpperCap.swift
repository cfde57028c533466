/// The rule that caps a unit, with its arithmetic, in a priority-floor conflict.
public enum UpperCap: Localizable, Equatable {
    case changeLimit(quota: Int, limit: Int)
    case overQuotaFrozen(quota: Int, headcount: Int)
    case poolTotal(total: Int)
    case locked(quota: Int)
    case unitMaximum(maximum: Int)
    case other(BoundReason)

    public var bilingual: Bilingual {
        switch self {
        case .changeLimit(let quota, let limit):
            return Bilingual(zh: "受调整幅度限制（编制数 \(quota) + \(limit)）", en: "set by the change limit (quota \(quota) + \(limit))")
        case .overQuotaFrozen(let quota, let headcount):
            return Bilingual(zh: "受超编不增编限制（编制数 \(quota)，实有人数 \(headcount)）", en: "set by the over-quota freeze (quota \(quota), headcount \(headcount))")
        case .poolTotal(let total):
            return Bilingual(zh: "受控制总数 \(total) 限制", en: "set by the pool total \(total)")
        case .locked(let quota):
            return Bilingual(zh: "受锁定限制（编制数 \(quota)）", en: "set by its lock (quota \(quota))")
        case .unitMaximum(let maximum):
            return Bilingual(zh: "受单位上限 \(maximum) 限制", en: "set by its own max \(maximum)")
        case .other(let reason):
            return Bilingual(zh: "受\(reason.text(.zh))限制", en: "set by the \(reason.text(.en))")
        }
    }
}
