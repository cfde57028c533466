/// The figures of a report, derived from a ``SolveResult``: headline numbers and the data of
/// each chart. Shared by the Markdown and the HTML report so both say the same.
public struct ReportModel: Sendable, Equatable {
    /// A labelled number.
    public struct Bar: Sendable, Equatable {
        /// What the bar stands for, e.g. a department.
        public var label: String
        /// Its length: a signed change in quotas.
        public var value: Int
    }

    /// Total of one kind before and after.
    public struct KindFigure: Sendable, Equatable {
        /// Quota kind display name.
        public var name: String
        /// Total quota of the kind before the change.
        public var before: Int
        /// Total quota of the kind after the change.
        public var after: Int
        /// True when the total did not change (the fixed-total rule, "严控总量").
        public var unchanged: Bool { before == after }
    }

    /// Quota of one kind by level, before and after.
    public struct LevelShare: Sendable, Equatable {
        /// Quota kind display name.
        public var kind: String
        /// `(level, before, after)`, top level first.
        public var levels: [(level: Level, before: Int, after: Int)]

        /// Quota of the kind over all levels before the change: the share's denominator.
        public var totalBefore: Int { levels.reduce(0) { $0 + $1.before } }
        /// Quota of the kind over all levels after the change.
        public var totalAfter: Int { levels.reduce(0) { $0 + $1.after } }

        /// Share of the township level (the grassroots, 基层), before and after.
        public var grassroots: (before: Double, after: Double) {
            let t = levels.first { $0.level == .township }
            return (Double(t?.before ?? 0) / Double(max(1, totalBefore)), Double(t?.after ?? 0) / Double(max(1, totalAfter)))
        }

        /// Field by field; written out because tuples (``levels``) are not `Equatable`.
        public static func == (x: LevelShare, y: LevelShare) -> Bool {
            x.kind == y.kind && x.levels.elementsEqual(y.levels) { $0.level == $1.level && $0.before == $1.before && $0.after == $1.after }
        }
    }

    /// One kind's figures for the summary table: totals, changes and 空编/超编.
    public struct KindSummary: Sendable, Equatable {
        /// Quota kind display name.
        public var name: String
        /// Units of the kind.
        public var units: Int
        /// Units of the kind whose quota changes.
        public var changedUnits: Int
        /// Total quota before and after.
        public var before: Int, after: Int
        /// Quotas gained and cut over the kind's units.
        public var gained: Int, cut: Int
        /// 空编 and 超编 summed over the kind's units, before and after.
        public var staffing: StaffingFigures
    }

    /// The department bars of one kind: quota never moves between kinds, so a department's
    /// 行政编制 and 事业编制 are never netted into one bar.
    public struct KindBars: Sendable, Equatable {
        /// Quota kind display name.
        public var kind: String
        /// Net change per department, largest gain first (unchanged departments left out).
        public var bars: [Bar]
    }

    /// A unit's need and how a staffing standard gave it (编制标准).
    public struct DerivedNeed: Sendable, Equatable {
        /// Unit display name.
        public var unit: String
        /// "小学教职工编制标准：在校生数 1,140 ÷ 19 = 60.0", with the override when a need was typed.
        public var derivation: String
    }

    /// Shortfall of a priority class before and after.
    public struct Coverage: Sendable, Equatable {
        /// Priority class display name.
        public var name: String
        /// Shortfall against need before the change.
        public var before: Double
        /// Shortfall against need after the change.
        public var after: Double
        /// Share of the shortfall covered (1 when there was none).
        public var covered: Double { before > 0 ? (before - after) / before : 1 }
    }

    /// Transfers summed between groups: `amounts[from][to]`.
    public struct FlowMatrix: Sendable, Equatable {
        /// Chart title.
        public var title: String
        /// Row labels: the groups that give.
        public var from: [String]
        /// Column labels: the groups that receive.
        public var to: [String]
        /// Quotas moved from `from[i]` to `to[j]`.
        public var amounts: [[Int]]
        /// Quotas moved between all groups (the caption's total).
        public var total: Int { amounts.reduce(0) { $0 + $1.reduce(0, +) } }
    }

    /// Scenario title, the report's heading.
    public var scenarioName: String
    /// Path of the scenario file as given, so that a printed report names its input.
    public var scenarioPath: String
    /// FNV-1a digest of the scenario's bytes: which exact input the report describes.
    public var digest: String
    /// Years the plan covers.
    public var horizonYears: Int
    /// The solve status as stored in the result (`optimal`, `feasible`, …).
    public var status: String
    /// The status in words, as the terminal summary says it.
    public var verdict: String
    /// True when the allocation is proven optimal (the report marks anything else).
    public var provenOptimal: Bool
    /// Relative MIP gap when a time limit stopped the solver; `nil` when unknown or optimal.
    public var gap: Double?
    /// Seconds spent in the solver.
    public var solveSeconds: Double
    /// Seconds of the whole run: load, validate, solve and the transfer plan.
    public var totalSeconds: Double
    /// Total per quota kind before and after.
    public var kinds: [KindFigure]
    /// Quotas moved by the transfer plan (Σ transfer amounts: unit to unit, to and from
    /// reserves, cancelled).
    public var quotasMoved: Int
    /// Headline totals of the result (moved, cut, gained, shortfall …).
    public var totals: SolveResult.Totals
    /// The objective's parts.
    public var objective: SolveResult.ObjectiveSummary
    /// Net change per department, largest gain first (departments that do not change left out).
    public var departmentChanges: [Bar]
    /// Quota by level per kind (kinds without units left out).
    public var levelShares: [LevelShare]
    /// Shortfall per priority class before and after.
    public var coverage: [Coverage]
    /// Units whose need came from a staffing standard, in scenario order: name and derivation.
    public var derivedNeeds: [DerivedNeed]
    /// Transfers between departments.
    public var flowsByDepartment: FlowMatrix
    /// Transfers between regions.
    public var flowsByRegion: FlowMatrix
    /// The issuing office (编制单位), shown under the title when the scenario names one.
    public var office: String?
    /// The report's date in the report's language ("2026年3月1日"), when the scenario gives one.
    public var date: String?
    /// Per kind: totals, changes and 空编/超编 (kinds without units left out).
    public var kindSummaries: [KindSummary]
    /// Net change per department, one chart per kind (kinds without units left out).
    public var departmentChangesByKind: [KindBars]
    /// True when no allocation exists (infeasible, or none found within the time limit): the
    /// report states the conflict and the ways out instead of the changes.
    public var noAllocation: Bool
    /// The result itself, for the full tables.
    public var result: SolveResult
    /// The language of the report's words.
    public var language: Language

    /// Most groups a flow matrix shows; the rest are summed as "others" (其他).
    public static let flowGroups = 10

    /// Derives the figures of `result`, worded in `language`.
    public init(result r: SolveResult, language: Language = .en) {
        self.language = language
        scenarioName = r.scenario.name
        scenarioPath = r.scenario.path
        digest = r.scenario.digest
        horizonYears = r.scenario.horizonYears
        status = r.status
        verdict = SolveSummary.verdict(r, language: language)
        provenOptimal = r.provenOptimal
        gap = r.gap
        solveSeconds = r.statistics.seconds["solve"] ?? 0
        totalSeconds = r.statistics.seconds["total"] ?? 0
        kinds = r.totals.byKind.map { KindFigure(name: $0.name, before: $0.before, after: $0.after) }
        totals = r.totals
        quotasMoved = r.transfers.reduce(0) { $0 + $1.amount }
        objective = r.objective
        result = r

        office = r.scenario.office
        date = r.scenario.date.flatMap { ReportText.date($0)?.text(language) }
        noAllocation = r.status == "infeasible" || r.status == "noSolution" || r.status == "failed"
        departmentChanges = Self.bars(r.units)
        let kindsInUse = r.scenario.kinds.filter { kind in r.units.contains { $0.kind == kind.id } }
        departmentChangesByKind = kindsInUse.map { kind in KindBars(kind: kind.name, bars: Self.bars(r.units.filter { $0.kind == kind.id })) }
        kindSummaries = kindsInUse.map { kind in
            let units = r.units.filter { $0.kind == kind.id }
            var staffing = StaffingFigures.zero
            for u in units {
                staffing.vacancyBefore += u.staffing.vacancyBefore
                staffing.vacancyAfter += u.staffing.vacancyAfter
                staffing.overQuotaBefore += u.staffing.overQuotaBefore
                staffing.overQuotaAfter += u.staffing.overQuotaAfter
            }
            return KindSummary(
                name: kind.name, units: units.count, changedUnits: units.filter { $0.change != 0 }.count,
                before: units.reduce(0) { $0 + $1.quota }, after: units.reduce(0) { $0 + $1.newQuota },
                gained: units.reduce(0) { $0 + max(0, $1.change) }, cut: units.reduce(0) { $0 - min(0, $1.change) }, staffing: staffing)
        }

        levelShares = r.scenario.kinds.compactMap { kind in
            let units = r.units.filter { $0.kind == kind.id }
            guard !units.isEmpty else { return nil }
            let levels = Level.allCases.compactMap { level -> (level: Level, before: Int, after: Int)? in
                let at = units.filter { $0.level == level }
                guard !at.isEmpty else { return nil }
                return (level, at.reduce(0) { $0 + $1.quota }, at.reduce(0) { $0 + $1.newQuota })
            }
            return LevelShare(kind: kind.name, levels: levels)
        }

        derivedNeeds = r.units.compactMap { u in u.needBasis.map { DerivedNeed(unit: u.name, derivation: $0.text(language)) } }
        coverage = r.priorityClasses.map { Coverage(name: $0.name, before: $0.shortfallBefore, after: $0.shortfallAfter) }

        let unitsById = Dictionary(r.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let names = DisplayNames(r)
        func group(_ endpoint: String, _ key: (SolveResult.UnitResult) -> String) -> String {
            if let u = unitsById[endpoint] { return key(u) }
            if endpoint.hasPrefix("reserve:") { return ReportText.reserve.text(language) }
            if endpoint.hasPrefix("cancelled:") { return ReportText.cancelled.text(language) }
            return endpoint
        }
        let other = ReportText.others.text(language)
        flowsByDepartment = Self.matrix(title: ReportText.flowsBetweenDepartments.text(language), other: other, r.transfers) {
            (group($0.from, \.department), group($0.to, \.department))
        }
        flowsByRegion = Self.matrix(title: ReportText.flowsBetweenRegions.text(language), other: other, r.transfers) {
            (group($0.from) { names.region($0.region) }, group($0.to) { names.region($0.region) })
        }
    }

    /// Net change per department of `units`, largest gain first, unchanged ones left out.
    private static func bars(_ units: [SolveResult.UnitResult]) -> [Bar] {
        var byDepartment: [String: Int] = [:]
        for u in units { byDepartment[u.department, default: 0] += u.change }
        return byDepartment.filter { $0.value != 0 }
            .map { Bar(label: $0.key, value: $0.value) }
            .sorted { $0.value != $1.value ? $0.value > $1.value : scalarLess($0.label, $1.label) }
    }

    private static func matrix(
        title: String, other: String, _ transfers: [SolveResult.TransferResult], _ key: (SolveResult.TransferResult) -> (String, String)
    ) -> FlowMatrix {
        var pairs: [(String, String, Int)] = []
        var volume: [String: Int] = [:]
        for t in transfers {
            let (f, g) = key(t)
            pairs.append((f, g, t.amount))
            volume[f, default: 0] += t.amount
            volume[g, default: 0] += t.amount
        }
        let ranked = volume.sorted { $0.value != $1.value ? $0.value > $1.value : scalarLess($0.key, $1.key) }.map(\.key)
        let kept = Set(ranked.prefix(flowGroups))
        func bucket(_ name: String) -> String { kept.contains(name) ? name : other }
        var cells: [String: [String: Int]] = [:]
        for (f, g, amount) in pairs { cells[bucket(f), default: [:]][bucket(g), default: 0] += amount }
        let order = ranked.filter(kept.contains) + (ranked.count > flowGroups ? [other] : [])
        let from = order.filter { cells[$0] != nil }
        let to = order.filter { name in cells.values.contains { $0[name] != nil } }
        return FlowMatrix(title: title, from: from, to: to, amounts: from.map { f in to.map { cells[f]?[$0] ?? 0 } })
    }
}
