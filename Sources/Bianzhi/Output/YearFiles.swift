extension ResultFiles {
    /// `plan-by-year.csv`: one row per year and unit (years ascending, units in scenario
    /// order) with the year's quota, change, departures, people in post, recruitment ceiling
    /// (招录计划), 空编 and 超编, headed in `language` like allocation.csv (``YearColumn``).
    /// `nil` for a one-year plan.
    public static func planByYearCSV(_ result: SolveResult, language: Language = .en) -> String? {
        guard let years = result.years else { return nil }
        let names = Dictionary(result.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var csv = CSVWriter(header: YearColumn.allCases.map { $0.text(language) })
        for y in years {
            for u in y.units {
                csv.append([
                    String(y.year), u.id, names[u.id] ?? "", String(u.quota), String(u.change), String(u.departures),
                    String(u.peopleInPost), String(u.recruitmentCeiling), String(u.vacancy), String(u.overQuota),
                ])
            }
        }
        return csv.text
    }

    /// `transfers-by-year.csv`: each year's transfers, as `transfers.csv` with the year first.
    /// Headed and worded in `language` as `transfers.csv`; `nil` for a one-year plan.
    public static func transfersByYearCSV(_ result: SolveResult, language: Language = .en) -> String? {
        guard let years = result.years else { return nil }
        var csv = CSVWriter(header: [YearColumn.year.text(language)] + TransferColumn.allCases.map { $0.text(language) })
        for y in years {
            for t in y.transfers {
                csv.append([
                    String(y.year), t.kind, t.from, t.fromName, t.to, t.toName, String(t.amount), t.lane.rawValue,
                    t.lane.text(language), t.via.joined(separator: ";"),
                ])
            }
        }
        return csv.text
    }
}
