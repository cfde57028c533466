/// Exact infeasibility proofs in Swift, before any solver runs: each failed check is simple
/// arithmetic on the hard bounds that a planner can redo by hand.
///
/// Checks: a unit's priority floor above its maximum; per pool, the sum of hard floors
/// against what the pool can hold (its total plus channel caps into it) and the sum of
/// ceilings against what it must place; per hard share floor, its amount against what its
/// units may hold and against the totals left after the other units' floors.
public enum FeasibilityChecks {
    /// Every failing check, in unit, pool, floor order.
    public static func run(_ data: ProblemData) -> [FeasibilityConflict] {
        located(data).map(\.conflict)
    }

    /// A failing check with the place in the scenario file it concerns.
    public struct Located: Sendable {
        /// The check.
        public var conflict: FeasibilityConflict
        /// The field, e.g. `units[3]`, `pools[0]`, `shareFloors[1]`.
        public var field: String
        /// Where that field is written.
        public var location: SourceLocation?

        /// The check as a compiler-style line (`validate` prints these): an error, since no
        /// allocation exists, though the file itself is well formed (exit status 1).
        public var diagnostic: Diagnostic {
            .error(at: location, field: field, value: String(conflict.required), message: conflict.message, fix: conflict.fix)
        }
    }

    /// Every failing check with its place, in unit, pool, floor order.
    public static func located(_ data: ProblemData) -> [Located] {
        let naming = ExplainNaming(data: data)
        var found: [Located] = []
        found += priorityFloors(data, naming)
        found += unitBoundConflicts(data, naming)
        found += poolTotals(data, naming)
        found += shareFloors(data, naming)
        return found
    }

    /// The field and location of pool `p`: its `pools[i]` entry, or for a default pool the
    /// region that scopes it.
    static func place(_ data: ProblemData, pool p: Int) -> (String, SourceLocation?) {
        let pool = data.pools.pools[p]
        if let i = pool.specIndex { return ("pools[\(i)]", pool.spec?.location) }
        return ("pools(\(pool.kind)@\(pool.scope))", data.tree.region(pool.scope)?.location)
    }

    /// What a pool can hold: its total plus what channels can bring, or its current sum for a
    /// shrink-only kind, whichever is smaller (the validator's rule).
    static func capacity(_ data: ProblemData, pool p: Int) -> (amount: Int, text: String) {
        let pool = data.pools.pools[p]
        let incoming = data.channelPools.enumerated().filter { $0.element.to == p }
            .reduce(0) { $0 + max(0, data.scenario.channels[$1.offset].cap) }
        if isShrinkOnly(data, pool: p), pool.currentTotal < pool.total + incoming {
            return (pool.currentTotal, "its current sum \(pool.currentTotal), the kind being shrink-only")
        }
        return (pool.total + incoming, incoming > 0 ? "total \(pool.total) + \(incoming) by channels" : "total \(pool.total)")
    }

    static func isShrinkOnly(_ data: ProblemData, pool p: Int) -> Bool {
        data.scenario.kinds.first { $0.id == data.pools.pools[p].kind }?.shrinkOnly ?? false
    }

    static func ranked(_ units: [Int], _ value: (Int) -> Int) -> [Int] {
        units.sorted { value($0) != value($1) ? value($0) > value($1) : $0 < $1 }
    }

    /// Sums of lower bounds by rule, largest first.
    static func byRule(_ units: [Int], _ data: ProblemData) -> [UnitAmount] {
        var sums: [BoundReason: (amount: Int, count: Int)] = [:]
        for u in units where data.bounds[u].lower > 0 {
            let b = data.bounds[u]
            sums[b.lowerReason, default: (0, 0)].amount += b.lower
            sums[b.lowerReason, default: (0, 0)].count += 1
        }
        return BoundReason.allCases.compactMap { reason in
            guard let s = sums[reason] else { return nil }
            return UnitAmount(id: reason.rawValue, name: "\(reason.englishDescription) (\(s.count) unit\(s.count == 1 ? "" : "s"))", amount: s.amount, rule: reason)
        }.sorted { $0.amount > $1.amount }
    }

    /// "the priority floors", "the no-dismissal floors".
    static func floorsPhrase(_ reason: BoundReason?) -> String {
        switch reason {
        case .priorityFloor: return "the priority floors"
        case .noDismissals: return "the no-dismissal floors"
        case .changeLimit: return "the change-limit floors"
        case .needProtection: return "the need-protection floors"
        default: return "the other units' floors"
        }
    }

    static func priorityFloors(_ data: ProblemData, _ naming: ExplainNaming) -> [Located] {
        data.scenario.units.indices.compactMap { u -> Located? in
            let b = data.bounds[u], unit = data.scenario.units[u]
            guard let floor = b.priorityFloor, floor > b.upper else { return nil }
            let cls = naming.priorityClassIndex(ofUnit: u).map { data.scenario.priorities[$0] }
            let p = data.pools.poolOfUnit[u]
            let conflict = FeasibilityConflict(
                kind: .priorityFloorAboveMaximum, pools: p >= 0 ? [naming.poolKey(p)] : [],
                required: floor, available: b.upper, shortBy: floor - b.upper,
                units: [naming.unitAmount(u, floor, rule: .priorityFloor)], byRule: [],
                message: "\(unit.name): the priority floor of \(cls?.name ?? "its class") ⌈\(NumberFormat.plain(cls?.needFloor ?? 0)) × need \(NumberFormat.plain(unit.need ?? 0))⌉ = \(floor) is \(floor - b.upper) above the unit's maximum \(b.upper), set by \(naming.upperDetail(u))",
                fix: "lower needFloor of \(cls?.tag ?? "the class") to at most \(NumberFormat.plain(Double(b.upper) / max(1e-9, unit.need ?? 1), decimals: 3)), relax the rule that caps \(unit.name), or check its need.")
            return Located(conflict: conflict, field: "units[\(u)]", location: unit.location)
        }
    }

    /// Units whose lock, `min` or `max` leaves no value between their bounds (a priority floor
    /// above the maximum is ``priorityFloors(_:_:)``'s).
    static func unitBoundConflicts(_ data: ProblemData, _ naming: ExplainNaming) -> [Located] {
        data.scenario.units.indices.compactMap { u -> Located? in
            let b = data.bounds[u], unit = data.scenario.units[u]
            guard b.isEmpty, !(b.lowerReason == .priorityFloor && (b.priorityFloor ?? 0) > b.upper) else { return nil }
            let p = data.pools.poolOfUnit[u]
            let conflict = FeasibilityConflict(
                kind: .unitBoundsConflict, pools: p >= 0 ? [naming.poolKey(p)] : [],
                required: b.lower, available: b.upper, shortBy: b.lower - b.upper,
                units: [naming.unitAmount(u, b.lower, rule: b.lowerReason)], byRule: [],
                message: "\(unit.name): \(naming.lowerDetail(u)) is \(b.lower - b.upper) above \(naming.upperDetail(u))",
                fix: "unlock \(unit.name) or move its min/max, or relax the other rule.")
            return Located(conflict: conflict, field: "units[\(u)]", location: unit.location)
        }
    }

    static func poolTotals(_ data: ProblemData, _ naming: ExplainNaming) -> [Located] {
        var found: [Located] = []
        for (p, pool) in data.pools.pools.enumerated() {
            let (field, location) = place(data, pool: p)
            func add(_ conflict: FeasibilityConflict) { found.append(Located(conflict: conflict, field: field, location: location)) }
            let outgoing = data.channelPools.enumerated().filter { $0.element.from == p }
                .reduce(0) { $0 + max(0, data.scenario.channels[$1.offset].cap) }
            let sumLower = pool.units.reduce(0) { $0 + data.bounds[$1].lower }
            let sumUpper = pool.units.reduce(0) { $0 + data.bounds[$1].upper }
            let (cap, capText) = capacity(data, pool: p)
            if sumLower > cap {
                let units = ranked(pool.units.filter { data.bounds[$0].lower > 0 }) { data.bounds[$0].lower }
                let listed = units.prefix(10).map { naming.unitAmount($0, data.bounds[$0].lower, rule: data.bounds[$0].lowerReason) }
                let rules = byRule(pool.units, data)
                add(FeasibilityConflict(
                    kind: .poolFloorsExceedTotal, pools: [naming.poolKey(p)], required: sumLower, available: cap,
                    shortBy: sumLower - cap, units: listed, byRule: rules,
                    message: "the hard floors of the units of \(naming.poolName(p)) add up to \(sumLower), \(sumLower - cap) more than the pool can hold (\(cap): \(capText)); by rule: \(rules.map { "\($0.name) \($0.amount)" }.joined(separator: ", "))",
                    fix: RuleWords.poolFloorsFix(
                        short: sumLower - cap, total: pool.total, current: pool.currentTotal, capacity: cap,
                        shrinkOnly: isShrinkOnly(data, pool: p),
                        hasChannelIn: data.channelPools.contains { $0.to == p })))
            }
            if let reserveLimit = pool.reserveLimit {
                let mustPlace = pool.total - reserveLimit - outgoing
                if sumUpper < mustPlace {
                    let units = ranked(pool.units) { data.bounds[$0].upper }
                    add(FeasibilityConflict(
                        kind: .poolCannotPlaceTotal, pools: [naming.poolKey(p)], required: mustPlace, available: sumUpper,
                        shortBy: mustPlace - sumUpper,
                        units: units.prefix(10).map { naming.unitAmount($0, data.bounds[$0].upper, rule: data.bounds[$0].upperReason) },
                        byRule: [],
                        message: "the units of \(naming.poolName(p)) can hold at most \(sumUpper), \(mustPlace - sumUpper) less than the \(mustPlace) it must place (total \(pool.total) − reserve \(reserveLimit) − \(outgoing) by channels)",
                        fix: "allow a reserve of at least \(reserveLimit + mustPlace - sumUpper) (`reserve: unlimited` lets the office hold quota back), lower the total by \(mustPlace - sumUpper), or relax maxChange / overQuotaFrozen or the units' max and locks."))
                }
            }
        }
        return found
    }

    static func shareFloors(_ data: ProblemData, _ naming: ExplainNaming) -> [Located] {
        var found: [Located] = []
        for (f, floor) in data.scenario.shareFloors.enumerated() where floor.hard {
            func add(_ conflict: FeasibilityConflict) { found.append(Located(conflict: conflict, field: "shareFloors[\(f)]", location: floor.location)) }
            let target = data.floors[f]
            let selected = target.units
            let pools = Array(Set(selected.map { data.pools.poolOfUnit[$0] }).filter { $0 >= 0 }).sorted()
            let poolKeys = pools.map(naming.poolKey)
            let poolNames = pools.map(naming.poolName).joined(separator: ", ")
            let sumUpper = selected.reduce(0) { $0 + data.bounds[$1].upper }
            if sumUpper < target.amount {
                let units = ranked(selected) { data.bounds[$0].upper }
                add(FeasibilityConflict(
                    kind: .shareFloorAboveMaximum, pools: poolKeys, required: target.amount, available: sumUpper,
                    shortBy: target.amount - sumUpper,
                    units: units.prefix(10).map { naming.unitAmount($0, data.bounds[$0].upper, rule: data.bounds[$0].upperReason) },
                    byRule: [],
                    message: "the share floor \(floor.name) asks \(target.amount) quotas of its \(selected.count) units, but their ceilings allow at most \(sumUpper) (\(target.amount - sumUpper) short)",
                    fix: "lower the floor by \(target.amount - sumUpper) quotas or make it soft (`hard: false`), or relax maxChange / overQuotaFrozen or the max and locks of these units."))
                continue
            }
            let sumLowerSelected = selected.reduce(0) { $0 + data.bounds[$1].lower }
            guard target.amount > sumLowerSelected, !pools.isEmpty else { continue }
            let selectedSet = Set(selected)
            let others = pools.flatMap { data.pools.pools[$0].units }.filter { !selectedSet.contains($0) }
            let othersLower = others.reduce(0) { $0 + data.bounds[$1].lower }
            let capacities = pools.map { capacity(data, pool: $0) }
            let cap = capacities.reduce(0) { $0 + $1.amount }
            guard target.amount + othersLower > cap else { continue }
            let short = target.amount + othersLower - cap
            let rules = byRule(others, data)
            let ruleText = rules.isEmpty ? "" : " (\(rules.map { "\($0.name) \($0.amount)" }.joined(separator: ", ")))"
            let after = rules.count == 1 ? floorsPhrase(rules[0].rule) : "the other units' floors"
            let units = ranked(others.filter { data.bounds[$0].lower > 0 }) { data.bounds[$0].lower }
            add(FeasibilityConflict(
                kind: .shareFloorExceedsTotal, pools: poolKeys, required: target.amount + othersLower, available: cap,
                shortBy: short,
                units: units.prefix(10).map { naming.unitAmount($0, data.bounds[$0].lower, rule: data.bounds[$0].lowerReason) },
                byRule: rules,
                message: "the share floor \(floor.name) of \(poolNames) needs \(short) more quotas than the total leaves after \(after): floor \(target.amount) + floors of the other \(others.count) units \(othersLower)\(ruleText) = \(target.amount + othersLower) > \(capacities.map(\.text).joined(separator: " + "))",
                fix: "lower the floor by \(short) quotas or make it soft (`hard: false`), or relax the floors of the other units by \(short)"
                    + (pools.allSatisfy { isShrinkOnly(data, pool: $0) } ? "." : ", or bring \(short) quotas in through a channel from above.")))
        }
        return found
    }
}
