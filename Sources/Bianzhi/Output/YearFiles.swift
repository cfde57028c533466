extension ResultFiles {
    /// `plan-by-year.csv`: one row per year and unit (years ascending, units in scenario
    /// order) with the year's quota, change, departures, people in post, recruitment ceiling
    /// (招录计划), 空编 and 超编. `nil` for a one-year plan.
    public static func planByYearCSV(_ result: SolveResult) -> String? {
        guard let years = result.years else { return nil }
        let names = Dictionary(result.units.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var csv = CSVWriter(header: [
            "year", "id", "name", "quota", "change", "departures", "people_in_post", "recruitment_ceiling", "vacancy", "over_quota",
        ])
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
    /// `nil` for a one-year plan.
    public static func transfersByYearCSV(_ result: SolveResult) -> String? {
        guard let years = result.years else { return nil }
        var csv = CSVWriter(header: ["year", "kind", "from", "from_name", "to", "to_name", "amount", "lane", "lane_name", "via"])
        for y in years {
            for t in y.transfers {
                csv.append([
                    String(y.year), t.kind, t.from, t.fromName, t.to, t.toName, String(t.amount), t.lane.rawValue,
                    t.lane.chineseName, t.via.joined(separator: ";"),
                ])
            }
        }
        return csv.text
    }
}
