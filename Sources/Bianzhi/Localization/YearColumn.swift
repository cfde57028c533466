/// The columns of plan-by-year.csv: machine headers in English, the 分年度计划 headers in
/// Chinese (the same words as the workbook's sheet). transfers-by-year.csv is `year` followed
/// by ``TransferColumn``.
public enum YearColumn: String, Localizable, CaseIterable {
    case year, id, name, quota, change, departures
    case peopleInPost = "people_in_post"
    case recruitmentCeiling = "recruitment_ceiling"
    case vacancy
    case overQuota = "over_quota"

    public var bilingual: Bilingual {
        switch self {
        case .year: return Bilingual(zh: YearText.year.text(.zh), en: rawValue)
        case .id: return Bilingual(zh: YearText.unitID.text(.zh), en: rawValue)
        case .name: return Bilingual(zh: YearText.unitName.text(.zh), en: rawValue)
        case .quota: return Bilingual(zh: YearText.quota.text(.zh), en: rawValue)
        case .change: return Bilingual(zh: YearText.change.text(.zh), en: rawValue)
        case .departures: return Bilingual(zh: YearText.departures.text(.zh), en: rawValue)
        case .peopleInPost: return Bilingual(zh: YearText.peopleInPost.text(.zh), en: rawValue)
        case .recruitmentCeiling: return Bilingual(zh: YearText.recruitment.text(.zh), en: rawValue)
        case .vacancy: return Bilingual(zh: StaffingText.vacancies.text(.zh), en: rawValue)
        case .overQuota: return Bilingual(zh: StaffingText.overQuota.text(.zh), en: rawValue)
        }
    }
}
