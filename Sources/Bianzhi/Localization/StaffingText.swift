/// The words of the 空编/超编 and people-in-post parts of the terminal summary (catalogue area:
/// summary).
public enum StaffingText: Localizable, Equatable {
    /// Headline: vacancies and over-quota before → after, and the departures relied on.
    case headline(vacancyBefore: Int, vacancyAfter: Int, overQuotaBefore: Int, overQuotaAfter: Int, departuresRelied: Int)
    /// Column: what the units are grouped by.
    case groupedBy
    /// Column: the group.
    case group
    /// Column: vacancies (空编).
    case vacancies
    /// Column: over-quota staff (超编).
    case overQuota
    /// A grouping (pool, level, department, region).
    case dimension(StaffingGroup.Dimension)
    /// More departments and regions than shown.
    case moreGroups(count: Int)
    /// Title of the list of units below their people in post.
    case belowPeopleInPost(count: Int)
    /// Column: departures relied on.
    case departuresRelied
    /// Column: attrition declared.
    case attritionDeclared

    public var bilingual: Bilingual {
        switch self {
        case .headline(let vb, let va, let ob, let oa, let relied):
            let zhRelied = relied > 0 ? "；依靠预计减员 \(relied) 人低于实有人数" : ""
            let enRelied = relied > 0 ? "; relying on \(relied) departures to end below people in post" : ""
            return Bilingual(
                zh: "空编 \(vb) → \(va)；超编 \(ob) → \(oa)\(zhRelied)",
                en: "Vacancies \(vb) → \(va); over quota \(ob) → \(oa)\(enRelied)")
        case .groupedBy: return Bilingual(zh: "分组", en: "By")
        case .group: return Bilingual(zh: "名称", en: "Group")
        case .vacancies: return Bilingual(zh: "空编", en: "Vacancies")
        case .overQuota: return Bilingual(zh: "超编", en: "Over quota")
        case .dimension(let d):
            switch d {
            case .department: return Bilingual(zh: "部门", en: "department")
            case .region: return Bilingual(zh: "区域", en: "region")
            case .level: return Bilingual(zh: "层级", en: "level")
            case .pool: return Bilingual(zh: "编制池", en: "pool")
            }
        case .moreGroups(let count):
            return Bilingual(zh: "……另有 \(count) 个部门和区域（见 result.json）", en: "… and \(count) more departments and regions (see result.json)")
        case .belowPeopleInPost(let count):
            return Bilingual(zh: "低于实有人数、依靠自然减员消化的单位（\(count)）：", en: "Below people in post, relying on departures (\(count)):")
        case .departuresRelied: return Bilingual(zh: "依靠减员", en: "Departures relied on")
        case .attritionDeclared: return Bilingual(zh: "预计减员", en: "Attrition declared")
        }
    }
}

/// Diagnostics of the planner's own bounds and the rule values that are more than a scalar
/// (catalogue area: diagnostics): locks, min/max, `protectNeed`, `noDismissals: strict`, `base`.
public enum PlannerRuleMessage: Localizable, Equatable {
    /// A yes/no value that is neither.
    case notAFlag(key: String)
    /// `protectNeed` that is not true, false or {penalty: P}.
    case protectNeedValue
    /// `noDismissals` that is not true, false or strict.
    case noDismissalsValue
    /// A share floor's `base` that is not new or current.
    case baseValue
    /// A unit's min above its max.
    case minAboveMax(unit: String, minimum: Int, maximum: Int)
    /// A unit whose hard lower bound lies above its upper bound.
    case emptyRange(unit: String, lower: Int, lowerReason: BoundReason, upper: Int, upperReason: BoundReason)

    public var bilingual: Bilingual {
        switch self {
        case .notAFlag(let key):
            return Bilingual(zh: "\(key) 应为 是/否（true/false）", en: "\(key) must be true or false (`是`/`否`)")
        case .protectNeedValue:
            return Bilingual(zh: "protectNeed 应为 true、false 或 `{penalty: P}`", en: "protectNeed must be true, false or {penalty: P}")
        case .noDismissalsValue:
            return Bilingual(zh: "noDismissals 应为 true、false 或 strict", en: "noDismissals must be true, false or strict")
        case .baseValue:
            return Bilingual(zh: "base 应为 new 或 current", en: "base must be new or current")
        case .minAboveMax(let unit, let minimum, let maximum):
            return Bilingual(zh: "\(unit)：下限 \(minimum) 高于上限 \(maximum)", en: "\(unit): min \(minimum) is above max \(maximum)")
        case .emptyRange(let unit, let lower, let lowerReason, let upper, let upperReason):
            return Bilingual(
                zh: "\(unit)：\(lowerReason.text(.zh))要求至少 \(lower)，但\(upperReason.text(.zh))只允许至多 \(upper)",
                en: "\(unit): the \(lowerReason.text(.en)) rule asks at least \(lower), but the \(upperReason.text(.en)) rule allows at most \(upper)")
        }
    }
}

/// What to do about a ``PlannerRuleMessage`` (catalogue area: diagnostics).
public enum PlannerRuleFix: Localizable, Equatable {
    /// The unit's min.
    case minimum
    /// The unit's max.
    case maximum
    /// The unit's lock.
    case locked
    /// `protectNeed`.
    case protectNeed
    /// `noDismissals`.
    case noDismissals
    /// A share floor's `base`.
    case base
    /// Lower the min or raise the max.
    case lowerMinimum(maximum: Int)
    /// Unlock or move the unit's bounds, or relax the other rule.
    case unlockOrMove(unit: String, lower: Int, upper: Int)

    public var bilingual: Bilingual {
        switch self {
        case .minimum:
            return Bilingual(zh: "填写调整后编制数的下限，例如 8，或留空。", en: "write the smallest new quota allowed, e.g. 8, or leave it empty.")
        case .maximum:
            return Bilingual(zh: "填写调整后编制数的上限，例如 20，或留空。", en: "write the largest new quota allowed, e.g. 20, or leave it empty.")
        case .locked:
            return Bilingual(zh: "填写“是”（或 true）保持编制数不变，填写“否”（或 false）或留空则不锁定。", en: "write true (or `是`) to keep the unit at its quota, false (or `否`) or nothing otherwise.")
        case .protectNeed:
            return Bilingual(
                zh: "填写 `protectNeed: true`（不从缺编单位调出，调整后不低于 min(编制数, ⌈需求⌉)）、`protectNeed: false`，或软约束 `protectNeed: {penalty: 50}`。",
                en: "write `protectNeed: true` (never cut a unit below min(quota, ⌈need⌉)), `protectNeed: false`, or `protectNeed: {penalty: 50}` for a soft rule.")
        case .noDismissals:
            return Bilingual(
                zh: "填写 `noDismissals: true`（可依靠预计减员）、`noDismissals: strict`（不低于实有人数）或 `noDismissals: false`。",
                en: "write `noDismissals: true` (attrition may absorb people in post), `noDismissals: strict` (never below headcount) or `noDismissals: false`.")
        case .base:
            return Bilingual(
                zh: "填写 `base: new`（按核减后的新总数计算）或 `base: current`（按现有总数计算）。",
                en: "write `base: new` (the scope's new total, after cuts) or `base: current` (today's total).")
        case .lowerMinimum(let maximum):
            return Bilingual(zh: "下限不要超过 \(maximum)，或提高上限。", en: "write a min at most \(maximum), or raise the max.")
        case .unlockOrMove(let unit, let lower, let upper):
            return Bilingual(
                zh: "解除锁定或调整下限/上限，使上限 \(upper) 不低于下限 \(lower)；或放宽\(unit)的另一条规则。",
                en: "unlock the unit or move its min/max so that \(upper) ≥ \(lower), or relax the other rule for \(unit).")
        }
    }
}
