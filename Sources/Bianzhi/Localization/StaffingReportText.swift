/// The 空编/超编 and people-in-post sections of the Markdown and HTML reports (catalogue
/// area: reports), in the run's language.
public enum StaffingReportText: Localizable, CaseIterable {
    case groupsTitle
    case groupsNote
    case departuresTitle
    case departuresNote
    case headcount
    case quota
    case unit
    case newQuota
    case note
    case units
    case locked

    public var bilingual: Bilingual {
        switch self {
        case .groupsTitle: return Bilingual(zh: "空编与超编", en: "Vacancies and over-quota")
        case .groupsNote:
            return Bilingual(
                zh: "空编 = max(0, 编制数 − 实有人数)，超编 = max(0, 实有人数 − 编制数)，按单位计算后加总。",
                en: "Vacancies = max(0, quota − headcount), over-quota = max(0, headcount − quota), per unit, summed per group.")
        case .departuresTitle: return Bilingual(zh: "依靠自然减员", en: "Relying on departures")
        case .departuresNote:
            return Bilingual(
                zh: "这些单位调整后编制低于实有人数，依靠已申报的预计减员消化。",
                en: "These units end below their people in post, relying on the departures declared.")
        case .headcount: return Bilingual(zh: "实有", en: "Headcount")
        case .quota: return Bilingual(zh: "编制数", en: "Quota")
        case .unit: return Bilingual(zh: "单位", en: "Unit")
        case .newQuota: return Bilingual(zh: "调整后", en: "New")
        case .note: return Bilingual(zh: "备注", en: "Note")
        case .units: return Bilingual(zh: "单位数", en: "Units")
        case .locked: return Bilingual(zh: "锁定", en: "locked")
        }
    }
}

/// A planner's own bound in a report's note: “下限 8”, “上限 12”.
public enum StaffingBoundNote: Localizable, Equatable {
    case minimum(Int)
    case maximum(Int)

    public var bilingual: Bilingual {
        switch self {
        case .minimum(let v): return Bilingual(zh: "下限 \(v)", en: "min \(v)")
        case .maximum(let v): return Bilingual(zh: "上限 \(v)", en: "max \(v)")
        }
    }
}
