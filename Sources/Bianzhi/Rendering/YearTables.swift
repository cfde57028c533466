/// The year-by-year parts of a multi-year plan's summary: one row of totals per year and the
/// over-quota absorption path (超编消化). Empty for a one-year plan.
public struct YearTables: Sendable {
    /// The language of the words.
    public var language: Language

    /// Creates the tables.
    public init(language: Language) {
        self.language = language
    }

    private func say(_ text: YearText) -> String { text.text(language) }

    /// The table of each year's totals, the absorption path and the note that the rest of
    /// the summary is the final year; "" without years.
    public func render(_ result: SolveResult) -> String {
        guard let years = result.years, !years.isEmpty else { return "" }
        var out = say(.planByYear(years: years.count)) + "\n"
        var table = TextTable(
            headers: [.year, .quota, .gained, .cut, .departures, .peopleInPost, .recruitment].map(say)
                + [StaffingText.vacancies.text(language), StaffingText.overQuota.text(language), say(.overQuotaUnits)],
            alignments: [.left] + Array(repeating: .right, count: 9))
        for y in years {
            let t = y.totals
            table.append([say(.yearNumber(y.year)), String(t.quota), String(t.gained), String(t.cut), String(t.departures),
                          String(t.peopleInPost), String(t.recruitment), String(t.vacancy), String(t.overQuota), String(t.overQuotaUnits)])
        }
        out += table.render()
        out += absorption(result) + "\n"
        out += say(.finalYearNote(years: years.count)) + "\n"
        return out
    }

    /// "超编消化：现在 4 人（2 个单位）→ 第1年 1 人（1 个单位）→ …".
    public func absorption(_ result: SolveResult) -> String {
        let overToday = result.units.filter { $0.headcount > $0.quota }
        var steps = [say(.overQuotaStep(year: nil, people: overToday.reduce(0) { $0 + $1.headcount - $1.quota }, units: overToday.count))]
        for y in result.years ?? [] {
            steps.append(say(.overQuotaStep(year: y.year, people: y.totals.overQuota, units: y.totals.overQuotaUnits)))
        }
        return say(.absorption(steps: steps.joined(separator: " → ")))
    }
}
