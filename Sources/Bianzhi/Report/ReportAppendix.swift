/// The appendix of a report (附录：技术信息): what a reader checking the run needs and a
/// director does not — the input file and its digest, the solver's status, times, objective
/// parts and model size — as labelled rows each renderer lays out.
struct ReportAppendix {
    /// The report's figures.
    var model: ReportModel

    /// (label, value) rows in the report's language.
    var rows: [(String, String)] {
        let m = model
        let l = m.language
        func say(_ text: ReportText) -> String { text.text(l) }
        let stats = m.result.statistics
        let o = m.objective
        var rows: [(String, String)] = [
            (say(.scenarioFile), m.scenarioPath),
            (say(.digest), m.digest),
            (say(.horizonLabel), say(.years(count: m.horizonYears))),
            (say(.statusLabel), m.provenOptimal || m.noAllocation ? m.verdict : "\(m.verdict) · \(say(.gap(value: m.gap.map { NumberFormat.percent($0) })))"),
            (say(.solveSeconds), NumberFormat.seconds(m.solveSeconds, language: l)),
            (say(.totalSeconds), NumberFormat.seconds(m.totalSeconds, language: l)),
            (say(.modelLabel), say(.modelSize(units: stats.units, pools: stats.pools, blocks: stats.blocks)) + " · " + say(.threads(count: stats.threads))),
            (say(.modelLabel), say(.modelRows(rows: stats.rows, columns: stats.columns, integers: stats.integerColumns, nonzeros: stats.nonzeros))),
        ]
        guard !m.noAllocation else { return rows }
        let parts: [(ReportText, Double)] = [
            (.total, o.total), (.shortfall, o.shortfall), (.excess, o.excess), (.moves, o.moves), (.penalties, o.penalties),
            (.channels, o.channels), (.transferCost, o.transferCost),
        ]
        rows += parts.map { ("\(say(.objective)) · \(say($0.0))", NumberFormat.plain($0.1)) }
        return rows
    }
}
