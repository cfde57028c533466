import Spreadsheet

extension AllocationWorkbook {
    /// Name of the multi-year sheet, after the others.
    public static let yearSheetName = YearText.planByYearSheet.text(.zh)

    /// 分年度计划: one row per year and unit (as plan-by-year.csv); `nil` for a one-year plan
    /// or when the rows would not fit in a sheet.
    static func years(_ result: SolveResult) -> Sheet? {
        guard let years = result.years, years.count * result.units.count <= maximumUnits else { return nil }
        let names = Dictionary(result.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let counts: [YearText] = [.quota, .change, .departures, .peopleInPost, .recruitment]
        var sheet = Sheet(
            name: yearSheetName,
            columns: [.init(header: YearText.year.text(.zh), format: .integer), .init(header: YearText.unitID.text(.zh)), .init(header: YearText.unitName.text(.zh))]
                + counts.map { .init(header: $0.text(.zh), format: .integer) }
                + [StaffingText.vacancies, .overQuota].map { .init(header: $0.text(.zh), format: .integer) })
        for y in years {
            for u in y.units {
                sheet.rows.append([.number(Double(y.year)), .text(u.id), .text(names[u.id] ?? "")]
                    + [u.quota, u.change, u.departures, u.peopleInPost, u.recruitmentCeiling, u.vacancy, u.overQuota].map { .number(Double($0)) })
            }
        }
        return sheet
    }
}
