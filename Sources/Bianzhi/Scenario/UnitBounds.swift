/// The hard bounds of one unit's new quota and the rules that set them.
///
/// Computed once in Swift (not by the solver) so the validator can prove infeasibility with
/// exact arithmetic and reports can say which rule holds a unit where it is.
public struct UnitBounds: Sendable, Equatable {
    /// Smallest allowed new quota.
    public var lower: Int
    /// Largest allowed new quota.
    public var upper: Int
    /// The rule that gives `lower`.
    public var lowerReason: BoundReason
    /// The rule that gives `upper`.
    public var upperReason: BoundReason
    /// Departures expected by the end of the year the bounds are for (cumulative from today):
    /// the unit's yearly figure times the years, or derived from the rate (see
    /// ``departures(of:rules:years:)``).
    public var attrition: Int
    /// ⌈needFloor × need⌉, the highest over the unit's priority classes; `nil` when none applies.
    public var priorityFloor: Int?
    /// The bounded-change allowance `limit` (`nil` when change is unbounded).
    public var changeLimit: Int?
    /// Need protection's floor `min(quota, ⌈need⌉)` when `protectNeed` is on (hard: part of
    /// `lower`; soft: priced in the objective); `nil` when off, without need, or zero.
    public var needFloor: Int?
    /// Every rule that puts a floor under the unit (above zero), one term per rule (and per
    /// priority class): the one source the elastic model and the checks read, so a new
    /// bound reason is a new term here and nothing else.
    public var lowerTerms: [BoundTerm] = []
    /// Every rule that caps the unit, one term per rule; the pool total (implied by the
    /// pool's balance row) included.
    public var upperTerms: [BoundTerm] = []

    /// Creates bounds.
    public init(
        lower: Int, upper: Int, lowerReason: BoundReason, upperReason: BoundReason,
        attrition: Int, priorityFloor: Int? = nil, changeLimit: Int? = nil, needFloor: Int? = nil
    ) {
        self.lower = lower
        self.upper = upper
        self.lowerReason = lowerReason
        self.upperReason = upperReason
        self.attrition = attrition
        self.priorityFloor = priorityFloor
        self.changeLimit = changeLimit
        self.needFloor = needFloor
    }

    /// Whether the bounds contradict each other (a lock or a unit bound against another hard
    /// rule); the validator reports such units and the scenario is never solved.
    public var isEmpty: Bool { lower > upper }

    /// Bounds of every unit's quota in plan year `year` (1 for a one-year plan; a multi-year
    /// plan has one set per year), in unit order, following docs/scenario-format.md:
    /// - attrition `a` = the departures by the end of `year` (``departures(of:rules:years:)``;
    ///   `strict`: 0);
    /// - lower: the highest of 0, `min(q, h − a)` (no dismissals), `q − limit`,
    ///   `min(q, ⌈need⌉)` (hard need protection), `q` (a `noCut` class), the priority floor
    ///   `⌈needFloor × need⌉`, the unit's `min`, and `q` when locked;
    /// - upper: the lowest of `q + limit` (or the pool total plus channel caps when change is
    ///   unbounded), `q` for frozen over-quota units (people in post at the start of `year`,
    ///   `h` less the departures of the earlier years, above `q`), the unit's `max`, and `q`
    ///   when locked;
    /// - `limit` is the yearly change limit times `year` (the change can add up year by year).
    ///
    /// When two rules give the same value the more specific one is named, in the order of
    /// ``lowerPreference`` and ``upperPreference``. Lower may end above upper: the validator
    /// reports that as a located error before anything is solved.
    public static func compute(for scenario: Scenario, pools: PoolIndex, year: Int = 1) -> [UnitBounds] {
        var classesByTag: [String: [PriorityClass]] = [:]
        for priority in scenario.priorities { classesByTag[priority.tag, default: []].append(priority) }
        let rules = scenario.rules
        // Quota can arrive through channels, so a unit may grow past its own pool's total.
        var inflow = [Int](repeating: 0, count: pools.pools.count)
        for channel in scenario.channels {
            if let p = pools.pool(kind: channel.kind, scope: channel.to) { inflow[p] += max(0, channel.cap) }
        }

        return scenario.units.enumerated().map { u, unit in
            let q = unit.quota, h = unit.headcount
            let a = departures(of: unit, rules: rules, years: year)
            let limit = rules.maxChange?.limit(forQuota: q).map { $0 * year }
            let classes = unit.tags.flatMap { classesByTag[$0] ?? [] }

            var priorityFloor: Int? = nil
            if let need = unit.need, need.isFinite {
                for priority in classes {
                    guard let share = priority.needFloor else { continue }
                    let floor = Int((share * need - 1e-9).rounded(.up))
                    priorityFloor = max(priorityFloor ?? floor, floor)
                }
            }
            let needFloor = rules.protectNeed.isOn ? NeedProtection.floor(quota: q, need: unit.need) : nil

            // A rule whose value is not above zero does not bind: zero is the honest reason.
            var lowers: [BoundReason: Int] = [.zero: 0]
            if unit.locked { lowers[.locked] = q }
            if let minimum = unit.minQuota, minimum > 0 { lowers[.unitMinimum] = minimum }
            if let floor = priorityFloor, floor > 0 { lowers[.priorityFloor] = floor }
            if classes.contains(where: \.noCut), q > 0 { lowers[.priorityNoCut] = q }
            if rules.protectNeed == .hard, let needFloor { lowers[.needProtection] = needFloor }
            let kept = rules.strictNoDismissals ? h : h - a
            if rules.noDismissals, min(q, kept) > 0 { lowers[.noDismissals] = min(q, kept) }
            if let limit, q - limit > 0 { lowers[.changeLimit] = q - limit }
            let (lowerReason, lower) = pick(lowers, lowerPreference, highest: true)

            let poolIndex = pools.poolOfUnit[u]
            let poolTotal = poolIndex >= 0 ? pools.pools[poolIndex].total + inflow[poolIndex] : q + (limit ?? 0)
            let atStart = h - departures(of: unit, rules: rules, years: year - 1)
            let uppers = ceilingTerms(of: unit, rules: rules, changeLimit: limit, poolCeiling: poolTotal, peopleInPost: atStart)
            let (upperReason, upper) = pick(uppers, upperPreference, highest: false)

            var bounds = UnitBounds(
                lower: lower, upper: upper, lowerReason: lowerReason, upperReason: upperReason,
                attrition: rules.strictNoDismissals ? 0 : a, priorityFloor: priorityFloor, changeLimit: limit,
                needFloor: needFloor)
            // Terms in a fixed order; a priority floor is one term per class, so a unit in two
            // classes is held by both floors.
            bounds.lowerTerms = lowerTermOrder.compactMap { reason in lowers[reason].map { BoundTerm(reason: reason, value: $0) } }
            if let need = unit.need, need.isFinite {
                for (c, priority) in scenario.priorities.enumerated() where unit.tags.contains(priority.tag) {
                    guard let share = priority.needFloor else { continue }
                    let floor = Int((share * need - 1e-9).rounded(.up))
                    if floor > 0 { bounds.lowerTerms.append(BoundTerm(reason: .priorityFloor, value: floor, priorityClass: c)) }
                }
            }
            if q > 0 {
                for (c, priority) in scenario.priorities.enumerated() where priority.noCut && unit.tags.contains(priority.tag) {
                    bounds.lowerTerms.append(BoundTerm(reason: .priorityNoCut, value: q, priorityClass: c))
                }
            }
            bounds.upperTerms = upperTermOrder.compactMap { reason in uppers[reason].map { BoundTerm(reason: reason, value: $0) } }
            return bounds
        }
    }

    /// A unit's upper bound and its rule: the least of the lock, its own max, the over-quota
    /// freeze, the change limit and `poolCeiling` (its pool's total plus what channels can bring).
    /// Shared with the explanations, which move a pool's total and recompute its ceilings.
    public static func ceiling(of unit: OrgUnit, rules: Rules, changeLimit limit: Int?, poolCeiling: Int) -> (BoundReason, Int) {
        pick(ceilingTerms(of: unit, rules: rules, changeLimit: limit, poolCeiling: poolCeiling), upperPreference, highest: false)
    }

    /// Every rule capping a unit with its value (the terms behind ``ceiling(of:rules:changeLimit:poolCeiling:)``).
    /// `peopleInPost` (default: the headcount) is who is in post when the plan year starts: a
    /// unit is frozen while it is over quota (超编单位只出不进).
    public static func ceilingTerms(
        of unit: OrgUnit, rules: Rules, changeLimit limit: Int?, poolCeiling: Int, peopleInPost: Int? = nil
    ) -> [BoundReason: Int] {
        let q = unit.quota
        var uppers: [BoundReason: Int] = [.poolTotal: poolCeiling]
        if unit.locked { uppers[.locked] = q }
        if let maximum = unit.maxQuota { uppers[.unitMaximum] = maximum }
        if rules.overQuotaFrozen && (peopleInPost ?? unit.headcount) > q { uppers[.overQuotaFrozen] = q }
        if let limit { uppers[.changeLimit] = q + limit }
        return uppers
    }

    /// Departures of a unit over the first `years` plan years, cumulative: 0 under
    /// `noDismissals: strict`; else the unit's yearly `attrition` × `years` (at most its
    /// headcount); else `⌊headcount × attritionRate × years⌋`. Rounding the cumulative figure
    /// down (rather than each year's) keeps the total over the horizon the same as one round
    /// of `years` years would assume; a year's departures are the difference of two such
    /// figures (a 3 % rate on 20 people gives 0, 1, 0, 1, 1, …).
    public static func departures(of unit: OrgUnit, rules: Rules, years: Int) -> Int {
        guard years > 0, !rules.strictNoDismissals else { return 0 }
        if let yearly = unit.attrition { return min(max(0, unit.headcount), yearly * years) }
        let derived = Double(unit.headcount) * rules.attritionRate * Double(years)
        return Int((derived + 1e-9).rounded(.down))
    }

    /// The order lower terms are listed in: the scenario-wide rules first, the unit's own
    /// minimum and lock last (priority floors and no-cut rules follow, one per class).
    static let lowerTermOrder: [BoundReason] = [.noDismissals, .changeLimit, .needProtection, .unitMinimum, .locked]
    /// The order upper terms are listed in.
    static let upperTermOrder: [BoundReason] = [.overQuotaFrozen, .changeLimit, .poolTotal, .unitMaximum, .locked]

    /// Which lower-bound rule is named when several give the same value: the most specific.
    public static let lowerPreference: [BoundReason] = [
        .locked, .unitMinimum, .priorityFloor, .priorityNoCut, .needProtection, .noDismissals, .changeLimit, .zero,
    ]
    /// Which upper-bound rule is named when several give the same value.
    public static let upperPreference: [BoundReason] = [.locked, .unitMaximum, .overQuotaFrozen, .changeLimit, .poolTotal]

    /// The extreme value among the candidates and the first rule, in preference order, giving it.
    static func pick(_ candidates: [BoundReason: Int], _ preference: [BoundReason], highest: Bool) -> (BoundReason, Int) {
        let values = preference.compactMap { candidates[$0] }
        let value = highest ? values.max()! : values.min()!
        return (preference.first { candidates[$0] == value }!, value)
    }
}
