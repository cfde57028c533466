extension ResultFileCheck {
    /// What decodes in a multi-year result's `years` but no solve writes: figures out of
    /// range (reports sum them) and names with control characters (they reach terminals).
    static func yearProblems(_ r: SolveResult, _ add: (String, String, ResultReadProblem) -> Void) {
        let unitLimit = ScalarParsing.maximum, sumLimit = 1_000_000_000_000_000
        for (t, y) in (r.years ?? []).enumerated() {
            let path = "years[\(t)]"
            if y.year != t + 1 { add("\(path).year", String(y.year), .wholeNumberRange(lower: t + 1, upper: t + 1)) }
            for (i, u) in y.units.enumerated() {
                if u.id.unicodeScalars.contains(where: SafeText.isUnsafe) { add("\(path).units[\(i)].id", u.id, .controlCharacter) }
                let figures = [("quota", u.quota), ("departures", u.departures), ("peopleInPost", u.peopleInPost),
                               ("recruitmentCeiling", u.recruitmentCeiling), ("vacancy", u.vacancy), ("overQuota", u.overQuota)]
                for (key, value) in figures where value < 0 || value > unitLimit {
                    add("\(path).units[\(i)].\(key)", String(value), .wholeNumberRange(lower: 0, upper: unitLimit))
                }
                if abs(u.change) > unitLimit { add("\(path).units[\(i)].change", String(u.change), .wholeNumberRange(lower: -unitLimit, upper: unitLimit)) }
            }
            let totals = y.totals
            if [totals.quota, totals.gained, totals.cut, totals.departures, totals.peopleInPost, totals.recruitment,
                totals.vacancy, totals.overQuota, totals.overQuotaUnits].contains(where: { $0 < 0 || $0 > sumLimit }) {
                add("\(path).totals", "", .totalBeyond(limit: sumLimit))
            }
            for (i, tr) in y.transfers.enumerated() {
                if tr.amount < 1 || tr.amount > unitLimit {
                    add("\(path).transfers[\(i)].amount", String(tr.amount), .wholeNumberRange(lower: 1, upper: unitLimit))
                }
                for (key, text) in [("from", tr.from), ("fromName", tr.fromName), ("to", tr.to), ("toName", tr.toName)]
                where text.unicodeScalars.contains(where: SafeText.isUnsafe) {
                    add("\(path).transfers[\(i)].\(key)", text, .controlCharacter)
                }
            }
        }
    }
}
