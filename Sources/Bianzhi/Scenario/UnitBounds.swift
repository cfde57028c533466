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
    /// Expected departures over the horizon: the unit's figure, or derived from the rate.
    public var attrition: Int
    /// ⌈needFloor × need⌉, the highest over the unit's priority classes; `nil` when none applies.
    public var priorityFloor: Int?
    /// The bounded-change allowance `limit` (`nil` when change is unbounded).
    public var changeLimit: Int?
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
        attrition: Int, priorityFloor: Int? = nil, changeLimit: Int? = nil
    ) {
        self.lower = lower
        self.upper = upper
        self.lowerReason = lowerReason
        self.upperReason = upperReason
        self.attrition = attrition
        self.priorityFloor = priorityFloor
        self.changeLimit = changeLimit
    }

    /// Bounds of every unit, in unit order, following docs/scenario-format.md:
    /// - attrition `a = unit.attrition ?? ⌊h × attritionRate × horizon⌋`;
    /// - lower `max(0, min(q, h − a) if noDismissals, q − limit)`, raised to the priority
    ///   floor `⌈needFloor × need⌉`;
    /// - upper `q + limit` (or the pool total when change is unbounded), `q` for frozen
    ///   over-quota units, never above the pool total.
    ///
    /// When two rules give the same value the more specific one is named (priority floor >
    /// no dismissals > change limit > zero; over-quota freeze > change limit > pool total).
    public static func compute(for scenario: Scenario, pools: PoolIndex) -> [UnitBounds] {
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
            let derived = Double(h) * rules.attritionRate * Double(scenario.metadata.horizonYears)
            let a = unit.attrition ?? Int((derived + 1e-9).rounded(.down))
            let limit = rules.maxChange?.limit(forQuota: q)

            // Lower: candidates in order of preference; a later one must be strictly higher.
            var lower = 0, lowerReason = BoundReason.zero
            var lowerCandidates: [(BoundReason, Int)] = []
            // A rule whose value is not above zero does not bind: zero is the honest reason.
            if rules.noDismissals, min(q, h - a) > 0 { lowerCandidates.append((.noDismissals, min(q, h - a))) }
            if let limit, q - limit > 0 { lowerCandidates.append((.changeLimit, q - limit)) }
            lowerCandidates.append((.zero, 0))
            if let best = lowerCandidates.max(by: { $0.1 < $1.1 }) {
                let value = best.1
                lower = value
                lowerReason = lowerCandidates.first { $0.1 == value }!.0
            }

            // Upper, same idea with the other order of preference.
            let poolIndex = pools.poolOfUnit[u]
            let poolTotal = poolIndex >= 0 ? pools.pools[poolIndex].total + inflow[poolIndex] : q + (limit ?? 0)
            var upperCandidates: [(BoundReason, Int)] = []
            if rules.overQuotaFrozen && h > q { upperCandidates.append((.overQuotaFrozen, q)) }
            if let limit { upperCandidates.append((.changeLimit, q + limit)) }
            upperCandidates.append((.poolTotal, poolTotal))
            let upperValue = upperCandidates.map(\.1).min()!
            let upperReason = upperCandidates.first { $0.1 == upperValue }!.0

            var priorityFloor: Int? = nil
            if let need = unit.need, need.isFinite {
                for tag in unit.tags {
                    for priority in classesByTag[tag] ?? [] {
                        guard let share = priority.needFloor else { continue }
                        let floor = Int((share * need - 1e-9).rounded(.up))
                        priorityFloor = max(priorityFloor ?? floor, floor)
                    }
                }
            }
            if let floor = priorityFloor, floor > 0, floor >= lower {
                lower = floor
                lowerReason = .priorityFloor
            }
            var bounds = UnitBounds(
                lower: lower, upper: upperValue, lowerReason: lowerReason, upperReason: upperReason,
                attrition: a, priorityFloor: priorityFloor, changeLimit: limit)
            bounds.lowerTerms = lowerCandidates.filter { $0.0 != .zero }.map { BoundTerm(reason: $0.0, value: $0.1) }
            if let need = unit.need, need.isFinite {
                // One term per class: a unit in two classes is held by both floors.
                for (c, priority) in scenario.priorities.enumerated() where unit.tags.contains(priority.tag) {
                    guard let share = priority.needFloor else { continue }
                    let floor = Int((share * need - 1e-9).rounded(.up))
                    if floor > 0 { bounds.lowerTerms.append(BoundTerm(reason: .priorityFloor, value: floor, priorityClass: c)) }
                }
            }
            bounds.upperTerms = upperCandidates.map { BoundTerm(reason: $0.0, value: $0.1) }
            return bounds
        }
    }
}
