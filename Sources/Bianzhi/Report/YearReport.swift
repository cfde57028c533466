/// The multi-year parts of the Markdown and HTML reports: the path over the years as a chart
/// and a table, worded in the report's language (``YearText``).
struct YearReport {
    /// The report's language.
    var language: Language

    private func say(_ text: YearText) -> String { text.text(language) }

    /// Section title.
    var title: String { say(.chartTitle) }
    /// Caption of the chart and note above the table.
    var note: String { say(.chartNote) }
    /// The chart's series: quota, people in post, over quota.
    var series: [String] { [say(.quota), say(.peopleInPost), StaffingText.overQuota.text(language)] }

    /// Today, then each year: quota, people in post, over quota (over all units).
    func columns(_ r: SolveResult) -> [(label: String, values: [Int])] {
        let today = (label: say(.today), values: [
            r.units.reduce(0) { $0 + $1.quota }, r.units.reduce(0) { $0 + $1.headcount },
            r.units.reduce(0) { $0 + max(0, $1.headcount - $1.quota) },
        ])
        return [today] + (r.years ?? []).map { y in
            (label: say(.yearNumber(y.year)), values: [y.totals.quota, y.totals.peopleInPost, y.totals.overQuota])
        }
    }

    /// Table headers, one row per year.
    var headers: [String] {
        [YearText.year, .quota, .gained, .cut, .departures, .peopleInPost, .recruitment].map(say)
            + [StaffingText.vacancies, .overQuota].map { $0.text(language) } + [say(.overQuotaUnits)]
    }
    /// Which columns are numbers.
    static let numeric = [false] + Array(repeating: true, count: 9)

    /// One row per year.
    func rows(_ r: SolveResult) -> [[String]] {
        (r.years ?? []).map { y in
            let t = y.totals
            return [say(.yearNumber(y.year)), String(t.quota), String(t.gained), String(t.cut), String(t.departures),
                    String(t.peopleInPost), String(t.recruitment), String(t.vacancy), String(t.overQuota), String(t.overQuotaUnits)]
        }
    }

    /// The chart.
    func chart(_ r: SolveResult) -> String {
        SVGChart.groupedBars(columns(r), series: series, title: title, language: language)
    }
}
