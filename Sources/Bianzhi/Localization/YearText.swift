/// The words of multi-year plans (`scenario.horizon` > 1) in the summary, reports, diff and
/// explain (catalogue area: years).
public enum YearText: Localizable, Equatable {
    /// Title of the year-by-year table.
    case planByYear(years: Int)
    /// Column: the plan year.
    case year
    /// A plan year's label, e.g. 第2年.
    case yearNumber(Int)
    /// Today, before the plan.
    case today
    /// Column: total quota.
    case quota
    /// Column: the unit's id.
    case unitID
    /// Column: the unit's name.
    case unitName
    /// Column: the year's change of quota.
    case change
    /// The workbook sheet of the plan by year.
    case planByYearSheet
    /// Column: quota gained that year.
    case gained
    /// Column: quota cut that year.
    case cut
    /// Column: departures that year.
    case departures
    /// Column: people in post at the end of the year.
    case peopleInPost
    /// Column: recruitment ceiling (招录计划).
    case recruitment
    /// Column: units over quota.
    case overQuotaUnits
    /// The over-quota absorption path, e.g. "超编消化：现在 4 人（2 个单位）→ 第1年 1 人 …".
    case absorption(steps: String)
    /// One step of the path: people over quota and the units they are in, today (`year`
    /// nil) or at the end of a plan year.
    case overQuotaStep(year: Int?, people: Int, units: Int)
    /// The rest of the result is the final year.
    case finalYearNote(years: Int)
    /// `diff`: the comparison is of the final years.
    case diffComparesFinalYear(before: Int, after: Int)
    /// `explain --unit`: the unit's path over the years.
    case unitPath(steps: String)
    /// One year of a unit's path: quota, people in post, recruitment ceiling.
    case unitStep(year: Int, quota: Int, peopleInPost: Int, recruitment: Int)
    /// `explain`: what follows treats the horizon as one round.
    case explainedAsOneRound(years: Int)
    /// Chart title: quota, people in post and 超编 over the years.
    case chartTitle
    /// Chart caption.
    case chartNote

    public var bilingual: Bilingual {
        switch self {
        case .planByYear(let n): return Bilingual(zh: "分年度计划（\(n) 年）：", en: "Plan by year (\(n) years):")
        case .year: return Bilingual(zh: "年度", en: "Year")
        case .yearNumber(let t): return Bilingual(zh: "第\(t)年", en: "Year \(t)")
        case .today: return Bilingual(zh: "现在", en: "Today")
        case .quota: return Bilingual(zh: "编制数", en: "Quota")
        case .unitID: return Bilingual(zh: "编号", en: "ID")
        case .unitName: return Bilingual(zh: "名称", en: "Name")
        case .change: return Bilingual(zh: "增减", en: "Change")
        case .planByYearSheet: return Bilingual(zh: "分年度计划", en: "Plan by year")
        case .gained: return Bilingual(zh: "调增", en: "Gained")
        case .cut: return Bilingual(zh: "调减", en: "Cut")
        case .departures: return Bilingual(zh: "自然减员", en: "Departures")
        case .peopleInPost: return Bilingual(zh: "实有人数", en: "People in post")
        case .recruitment: return Bilingual(zh: "招录计划", en: "Recruitment ceiling")
        case .overQuotaUnits: return Bilingual(zh: "超编单位", en: "Units over quota")
        case .absorption(let steps): return Bilingual(zh: "超编消化：\(steps)", en: "Over-quota absorption: \(steps)")
        case .overQuotaStep(let year, let people, let units):
            let label = year.map { YearText.yearNumber($0).bilingual } ?? YearText.today.bilingual
            return Bilingual(zh: "\(label.zh) \(people) 人（\(units) 个单位）", en: "\(label.en) \(people) (\(units) units)")
        case .finalYearNote(let n):
            return Bilingual(
                zh: "以下为第\(n)年（最后一年）相对现在的调整；各年计划见 plan-by-year.csv。",
                en: "Below: year \(n) (the last) against today; each year's plan is in plan-by-year.csv.")
        case .diffComparesFinalYear(let before, let after):
            return Bilingual(
                zh: "多年度方案：比较的是最后一年（前者第\(before)年，后者第\(after)年）。",
                en: "Multi-year plans: comparing the final years (year \(before) before, year \(after) after).")
        case .unitPath(let steps): return Bilingual(zh: "  分年度：\(steps)", en: "  by year: \(steps)")
        case .unitStep(let year, let quota, let people, let recruitment):
            let label = YearText.yearNumber(year).bilingual
            return Bilingual(
                zh: "\(label.zh) 编制 \(quota)、实有 \(people)、招录 \(recruitment)",
                en: "\(label.en) quota \(quota), in post \(people), recruit \(recruitment)")
        case .explainedAsOneRound(let n):
            return Bilingual(
                zh: "以下按一轮调整解释（\(n) 年的自然减员一次计入）；分年度路径见上。",
                en: "Below, explained as one round with the \(n) years' departures at once; the path by year is above.")
        case .chartTitle: return Bilingual(zh: "分年度编制、实有人数与超编", en: "Quota, people in post and over-quota by year")
        case .chartNote:
            return Bilingual(
                zh: "每年年末：编制数、实有人数（含招录）与超编人数；超编单位只出不进，逐年消化。",
                en: "At the end of each year: quota, people in post (recruits included) and people over quota, absorbed year by year.")
        }
    }
}
