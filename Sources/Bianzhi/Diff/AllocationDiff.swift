/// Two results side by side: the units whose new quota differs, aggregates by department,
/// region, level, kind and priority class, the policy lines that differ and the objective's
/// parts.
///
/// Antisymmetric by construction: every row stores the value of side A and of side B and
/// derives its difference as `b − a`; rows are sorted by keys that do not depend on the side.
/// So `AllocationDiff(a: y, b: x) == AllocationDiff(a: x, b: y).negated()`.
public struct AllocationDiff: Sendable, Codable, Equatable {
    /// Label of side A (usually its path), so that every table says which side is which.
    public var labelA: String
    /// Label of side B (usually its path).
    public var labelB: String
    /// Scenario name of side A: two results of different scenarios are still comparable,
    /// but the reader should see it.
    public var scenarioA: String
    /// Scenario name of side B.
    public var scenarioB: String
    /// Units whose new quota differs, or that exist on one side only; sorted by department,
    /// then id.
    public var units: [UnitRow]
    /// Groups whose total, quotas moved or shortfall differ; by dimension, then key.
    public var aggregates: [AggregateRow]
    /// Policy lines that differ, sorted by key.
    public var policy: [PolicyRow]
    /// Objective parts and headline figures, always all of them, in a fixed order.
    public var figures: [FigureRow]
    /// True when the policy of at least one side was unknown (a result written without it).
    public var policyUnknown: Bool
    /// Plan years of side A when it is a multi-year plan (`nil` for one year): the rows
    /// compare the final years.
    public var yearsA: Int? = nil
    /// Plan years of side B when it is a multi-year plan.
    public var yearsB: Int? = nil

    /// The note that the final years are compared, when either side has years.
    public func finalYearNote(_ language: Language) -> String? {
        guard yearsA != nil || yearsB != nil else { return nil }
        return YearText.diffComparesFinalYear(before: yearsA ?? 1, after: yearsB ?? 1).text(language)
    }

    /// True when nothing differs: no unit, aggregate, policy or figure row differs.
    public var isEmpty: Bool {
        units.isEmpty && aggregates.isEmpty && policy.isEmpty && figures.allSatisfy { $0.a == $0.b }
    }

    /// The same comparison read from B to A.
    public func negated() -> AllocationDiff {
        AllocationDiff(
            labelA: labelB, labelB: labelA, scenarioA: scenarioB, scenarioB: scenarioA,
            units: units.map { $0.negated() }, aggregates: aggregates.map { $0.negated() },
            policy: policy.map { $0.negated() }, figures: figures.map { $0.negated() },
            policyUnknown: policyUnknown, yearsA: yearsB, yearsB: yearsA)
    }
}

extension AllocationDiff {
    /// Which side a unit is on.
    public enum Presence: String, Sendable, Codable, Equatable {
        /// The unit exists on both sides.
        case both
        /// The unit exists in A only (removed in B).
        case onlyA
        /// The unit exists in B only (added in B).
        case onlyB

        /// The presence seen from the other side.
        public var negated: Presence {
            switch self {
            case .both: return .both
            case .onlyA: return .onlyB
            case .onlyB: return .onlyA
            }
        }
    }

    /// One unit's quota on both sides.
    public struct UnitRow: Sendable, Codable, Equatable {
        /// Unit identifier, the key that pairs the two sides.
        public var id: String
        /// Display name.
        public var name: String
        /// Department (主管部门), the first sort key.
        public var department: String
        /// Region id.
        public var region: String
        /// Region display name.
        public var regionName: String
        /// Administrative level of the unit's region.
        public var level: Level
        /// Quota kind id.
        public var kind: String
        /// Quota kind display name.
        public var kindName: String
        /// Which side the unit is on.
        public var presence: Presence
        /// Current quota on side A (`nil` where absent); usually equal to ``beforeB``.
        public var beforeA: Int?
        /// Current quota on side B (`nil` where absent).
        public var beforeB: Int?
        /// New quota on side A (`nil` where absent).
        public var a: Int?
        /// New quota on side B (`nil` where absent).
        public var b: Int?

        /// `b − a`, an absent side counting as 0.
        public var difference: Int { (b ?? 0) - (a ?? 0) }

        /// The row seen from the other side.
        public func negated() -> UnitRow {
            var row = self
            row.presence = presence.negated
            (row.beforeA, row.beforeB) = (beforeB, beforeA)
            (row.a, row.b) = (b, a)
            return row
        }
    }

    /// A grouping dimension of the aggregates.
    public enum Dimension: String, Sendable, Codable, Equatable, CaseIterable {
        /// By department (主管部门).
        case department
        /// By region.
        case region
        /// By administrative level.
        case level
        /// By quota kind.
        case kind
        /// By priority class tag.
        case priorityClass

        /// The Chinese heading planners use (the catalogue entry).
        public var chineseName: String { text(.zh) }
    }

    /// Totals of one group on both sides.
    public struct AggregateRow: Sendable, Codable, Equatable {
        /// The grouping this row belongs to.
        public var dimension: Dimension
        /// Department name, region id, level, kind id or priority tag.
        public var key: String
        /// Display name.
        public var name: String
        /// Sum of the new quotas on side A.
        public var totalA: Int
        /// Sum of the new quotas on side B.
        public var totalB: Int
        /// Quotas moved on side A: Σ |new − current| over the group's units.
        public var movedA: Int
        /// Quotas moved on side B.
        public var movedB: Int
        /// Shortfall against need after the change on side A.
        public var shortfallA: Double
        /// Shortfall against need after the change on side B.
        public var shortfallB: Double
        /// 空编 after, on side A (Σ over the group's units of max(0, new − headcount)).
        public var vacancyA: Int = 0
        /// 空编 after, on side B.
        public var vacancyB: Int = 0
        /// 超编 after, on side A (Σ of max(0, headcount − new)).
        public var overQuotaA: Int = 0
        /// 超编 after, on side B.
        public var overQuotaB: Int = 0

        /// `totalB − totalA`, derived so that the row stays antisymmetric.
        public var totalDifference: Int { totalB - totalA }
        /// `movedB − movedA`.
        public var movedDifference: Int { movedB - movedA }
        /// `shortfallB − shortfallA` (positive: B leaves more need uncovered).
        public var shortfallDifference: Double { shortfallB - shortfallA }
        /// `vacancyB − vacancyA`.
        public var vacancyDifference: Int { vacancyB - vacancyA }
        /// `overQuotaB − overQuotaA`.
        public var overQuotaDifference: Int { overQuotaB - overQuotaA }

        /// The row seen from the other side.
        public func negated() -> AggregateRow {
            var row = self
            (row.totalA, row.totalB) = (totalB, totalA)
            (row.movedA, row.movedB) = (movedB, movedA)
            (row.shortfallA, row.shortfallB) = (shortfallB, shortfallA)
            (row.vacancyA, row.vacancyB) = (vacancyB, vacancyA)
            (row.overQuotaA, row.overQuotaB) = (overQuotaB, overQuotaA)
            return row
        }
    }

    /// One policy key whose value differs (`nil`: the key is absent on that side).
    public struct PolicyRow: Sendable, Codable, Equatable {
        /// Dotted policy key, e.g. `rules.maxChange.share`.
        public var key: String
        /// The value on side A, as written in the policy summary.
        public var a: String?
        /// The value on side B.
        public var b: String?

        /// The row seen from the other side.
        public func negated() -> PolicyRow { PolicyRow(key: key, a: b, b: a) }
    }

    /// A number of each side: an objective part or a headline figure.
    public struct FigureRow: Sendable, Codable, Equatable {
        /// `objective.total`, `objective.shortfall`, …, `totals.unitsChanged`, ….
        public var key: String
        /// Display label.
        public var label: String
        /// The figure on side A.
        public var a: Double
        /// The figure on side B.
        public var b: Double

        /// `b − a`, derived so that the row stays antisymmetric.
        public var difference: Double { b - a }

        /// The row seen from the other side.
        public func negated() -> FigureRow { FigureRow(key: key, label: label, a: b, b: a) }
    }
}

extension AllocationDiff {
    /// Compares result `a` with result `b` (differences are `b − a`).
    public init(a: SolveResult, b: SolveResult, labelA: String = "A", labelB: String = "B") {
        self.labelA = labelA
        self.labelB = labelB
        scenarioA = a.scenario.name
        scenarioB = b.scenario.name
        units = Self.unitRows(a, b)
        aggregates = Self.aggregateRows(a, b)
        policyUnknown = a.policy == nil || b.policy == nil
        policy = Self.policyRows(a.policy ?? [], b.policy ?? [], unknown: policyUnknown)
        figures = Self.figureRows(a, b)
        yearsA = a.years.map(\.count)
        yearsB = b.years.map(\.count)
    }

    private static func unitRows(_ a: SolveResult, _ b: SolveResult) -> [UnitRow] {
        let unitsA = Dictionary(a.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unitsB = Dictionary(b.units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ids = Set(unitsA.keys).union(unitsB.keys)
        let names = DisplayNames(a, b)
        var rows: [UnitRow] = []
        for id in ids {
            let ua = unitsA[id], ub = unitsB[id]
            // Descriptive fields are the same on both sides of any sensible comparison; to
            // keep antisymmetry exact when they are not, a side-independent choice is made.
            guard let base = pickDescription(ua, ub) else { continue }
            let presence: Presence = ua == nil ? .onlyB : ub == nil ? .onlyA : .both
            let row = UnitRow(
                id: id, name: base.name, department: base.department, region: base.region,
                regionName: names.region(base.region), level: base.level,
                kind: base.kind, kindName: names.kind(base.kind), presence: presence, beforeA: ua?.quota, beforeB: ub?.quota,
                a: ua?.newQuota, b: ub?.newQuota)
            if row.presence != .both || row.a != row.b { rows.append(row) }
        }
        return rows.sorted { $0.department != $1.department ? scalarLess($0.department, $1.department) : scalarLess($0.id, $1.id) }
    }

    /// The unit whose descriptive fields label a row: the one side when only one exists,
    /// else the smaller of the two under a side-independent order (so swapping the sides
    /// labels the row the same way).
    private static func pickDescription(_ ua: SolveResult.UnitResult?, _ ub: SolveResult.UnitResult?) -> SolveResult.UnitResult? {
        guard let ua else { return ub }
        guard let ub else { return ua }
        let ka = [ua.department, ua.name, ua.region, ua.kind, ua.level.rawValue]
        let kb = [ub.department, ub.name, ub.region, ub.kind, ub.level.rawValue]
        return ka.lexicographicallyPrecedes(kb, by: scalarLess) ? ua : ub
    }

    private static func aggregateRows(_ a: SolveResult, _ b: SolveResult) -> [AggregateRow] {
        struct Sums { var total = 0, moved = 0, shortfall = 0.0, vacancy = 0, overQuota = 0 }
        typealias GroupKey = String
        func groups(_ r: SolveResult, _ tags: [String]) -> [Dimension: [GroupKey: Sums]] {
            var out: [Dimension: [GroupKey: Sums]] = [:]
            for u in r.units {
                var keys: [(Dimension, String)] = [
                    (.department, u.department), (.region, u.region), (.level, u.level.rawValue), (.kind, u.kind),
                ]
                for tag in tags where u.tags.contains(tag) { keys.append((.priorityClass, tag)) }
                for (dimension, key) in keys {
                    var sums = out[dimension, default: [:]][key, default: Sums()]
                    sums.total += u.newQuota
                    sums.moved += abs(u.change)
                    sums.shortfall += u.shortfallAfter
                    sums.vacancy += u.staffing.vacancyAfter
                    sums.overQuota += u.staffing.overQuotaAfter
                    out[dimension, default: [:]][key] = sums
                }
            }
            return out
        }
        let tags = Array(Set(a.priorityClasses.map(\.tag) + b.priorityClasses.map(\.tag)))
        let ga = groups(a, tags), gb = groups(b, tags)
        let names = DisplayNames(a, b)
        var rows: [AggregateRow] = []
        for dimension in Dimension.allCases {
            let keysA = ga[dimension] ?? [:], keysB = gb[dimension] ?? [:]
            let keys = Set(keysA.keys).union(keysB.keys).sorted { x, y in
                if dimension == .level, let lx = Level(rawValue: x), let ly = Level(rawValue: y) { return lx < ly }
                return scalarLess(x, y)
            }
            for key in keys {
                let sa = keysA[key] ?? Sums(), sb = keysB[key] ?? Sums()
                let row = AggregateRow(
                    dimension: dimension, key: key, name: names.name(dimension, key),
                    totalA: sa.total, totalB: sb.total, movedA: sa.moved, movedB: sb.moved,
                    shortfallA: ResultBuilder.rounded(sa.shortfall), shortfallB: ResultBuilder.rounded(sb.shortfall),
                    vacancyA: sa.vacancy, vacancyB: sb.vacancy, overQuotaA: sa.overQuota, overQuotaB: sb.overQuota)
                if row.totalA != row.totalB || row.movedA != row.movedB || row.shortfallA != row.shortfallB
                    || row.vacancyA != row.vacancyB || row.overQuotaA != row.overQuotaB {
                    rows.append(row)
                }
            }
        }
        return rows
    }

    private static func policyRows(_ a: [String], _ b: [String], unknown: Bool) -> [PolicyRow] {
        if unknown { return [] }
        func map(_ lines: [String]) -> [String: String] {
            Dictionary(lines.map { PolicySummary.split($0) }, uniquingKeysWith: { first, _ in first })
        }
        let ma = map(a), mb = map(b)
        return Set(ma.keys).union(mb.keys).sorted(by: scalarLess).compactMap { key in
            ma[key] == mb[key] ? nil : PolicyRow(key: key, a: ma[key], b: mb[key])
        }
    }

    private static func figureRows(_ a: SolveResult, _ b: SolveResult) -> [FigureRow] {
        let parts: [(DiffFigure, (SolveResult) -> Double)] = [
            (.objectiveTotal, { $0.objective.total }),
            (.objectiveShortfall, { $0.objective.shortfall }),
            (.objectiveExcess, { $0.objective.excess }),
            (.objectiveMoves, { $0.objective.moves }),
            (.objectivePenalties, { $0.objective.penalties }),
            (.objectiveChannels, { $0.objective.channels }),
            (.objectiveTransferCost, { $0.objective.transferCost }),
            (.unitsChanged, { Double($0.totals.unitsChanged) }),
            (.gained, { Double($0.totals.gained) }),
            (.cut, { Double($0.totals.cut) }),
            (.reserveHeld, { Double($0.totals.reserveHeld) }),
            (.cancelled, { Double($0.totals.cancelled) }),
            (.shortfallAfter, { $0.totals.shortfallAfter }),
            (.vacancyAfter, { Double($0.totals.staffing.vacancyAfter) }),
            (.overQuotaAfter, { Double($0.totals.staffing.overQuotaAfter) }),
            (.departuresRelied, { Double($0.totals.departuresRelied) }),
        ]
        // The stored label (JSON) is English; renderers show the figure in their language.
        return parts.map { FigureRow(key: $0.0.rawValue, label: $0.0.text(.en), a: $0.1(a), b: $0.1(b)) }
    }
}

/// Display names of groups, looked up in both results.
struct DisplayNames {
    private var regions: [String: String] = [:]
    private var kinds: [String: String] = [:]
    private var classes: [String: String] = [:]

    /// Where the sides disagree on a name, the smaller one (scalar order) wins, so the
    /// names do not depend on which side is A.
    init(_ results: SolveResult...) {
        func keep(_ table: inout [String: String], _ key: String, _ name: String) {
            if let old = table[key], !scalarLess(name, old) { return }
            table[key] = name
        }
        for r in results {
            for item in r.scenario.regions { keep(&regions, item.id, item.name) }
            for item in r.scenario.kinds { keep(&kinds, item.id, item.name) }
            for c in r.priorityClasses { keep(&classes, c.tag, c.name) }
        }
    }

    func name(_ dimension: AllocationDiff.Dimension, _ key: String) -> String {
        switch dimension {
        case .department: return key
        case .region: return regions[key] ?? key
        case .level: return Level(rawValue: key)?.chineseName ?? key
        case .kind: return kinds[key] ?? key
        case .priorityClass: return classes[key] ?? key
        }
    }

    func region(_ id: String) -> String { regions[id] ?? id }
    func kind(_ id: String) -> String { kinds[id] ?? id }
}

/// Unicode-scalar order: the same on every platform and locale.
func scalarLess(_ x: String, _ y: String) -> Bool {
    x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
}

extension Array where Element == String {
    fileprivate func lexicographicallyPrecedes(_ other: [String], by less: (String, String) -> Bool) -> Bool {
        for (x, y) in zip(self, other) where x != y { return less(x, y) }
        return count < other.count
    }
}
