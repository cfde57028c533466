/// The multi-year parts of the Markdown and HTML reports: the path over the years as a chart
/// and a table (words from ``YearText``, both languages side by side as the reports are).
enum YearReport {
    /// A catalogue entry in both languages, as the reports write them.
    static func both(_ text: YearText) -> String { "\(text.text(.zh)) \(text.text(.en))" }

    /// Section title.
    static var title: String { both(.chartTitle) }
    /// Caption of the chart and note above the table.
    static var note: String { both(.chartNote) }
    /// The chart's series: quota, people in post, over quota.
    static var series: [String] {
        [YearText.quota, .peopleInPost].map(both) + ["\(StaffingText.overQuota.text(.zh)) \(StaffingText.overQuota.text(.en))"]
    }

    /// Today, then each year: quota, people in post, over quota (over all units).
    static func columns(_ r: SolveResult) -> [(label: String, values: [Int])] {
        let today = (label: both(.today), values: [
            r.units.reduce(0) { $0 + $1.quota }, r.units.reduce(0) { $0 + $1.headcount },
            r.units.reduce(0) { $0 + max(0, $1.headcount - $1.quota) },
        ])
        return [today] + (r.years ?? []).map { y in
            (label: both(.yearNumber(y.year)), values: [y.totals.quota, y.totals.peopleInPost, y.totals.overQuota])
        }
    }

    /// Table headers, one row per year.
    static var headers: [String] {
        [YearText.year, .quota, .gained, .cut, .departures, .peopleInPost, .recruitment].map(both)
            + [StaffingText.vacancies, .overQuota].map { "\($0.text(.zh)) \($0.text(.en))" } + [both(.overQuotaUnits)]
    }
    /// Which columns are numbers.
    static let numeric = [false] + Array(repeating: true, count: 9)

    /// One row per year.
    static func rows(_ r: SolveResult) -> [[String]] {
        (r.years ?? []).map { y in
            let t = y.totals
            return [both(.yearNumber(y.year)), String(t.quota), String(t.gained), String(t.cut), String(t.departures),
                    String(t.peopleInPost), String(t.recruitment), String(t.vacancy), String(t.overQuota), String(t.overQuotaUnits)]
        }
    }

    /// The chart.
    static func chart(_ r: SolveResult) -> String {
        SVGChart.groupedBars(columns(r), series: series, title: YearText.chartTitle.text(.zh))
    }
}
