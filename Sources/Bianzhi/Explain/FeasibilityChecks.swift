/// Exact infeasibility proofs in Swift, before any solver runs: each failed check is simple
/// arithmetic on the hard bounds that a planner can redo by hand.
///
/// Checks: a unit's priority floor above its maximum; per pool, the sum of hard floors
/// against what the pool can hold (its total plus channel caps into it) and the sum of
/// ceilings against what it must place; per hard share floor, its amount against what its
/// units may hold and against the totals left after the other units' floors.
public enum FeasibilityChecks {
    /// Every failing check, in unit, pool, floor order, told in `language`.
    public static func run(_ data: ProblemData, language: Language = .zh) -> [FeasibilityConflict] {
        located(data).map { $0.conflict(language) }
    }

    /// A failing check with the place in the scenario file it concerns.
    public struct Located: Sendable {
        /// The check, its `message` and `fix` left empty: ``conflict(_:)`` tells them.
        var found: FeasibilityConflict
        /// The finding (catalogue entry).
        public var message: FeasibilityMessage
        /// What to do (catalogue entry).
        public var fix: FeasibilityFix
        /// The requirement by rule (the conflict's `byRule`).
        var ruleSums: [RuleSum] = []
        /// The field, e.g. `units[3]`, `pools[0]`, `shareFloors[1]`.
        public var field: String
        /// Where that field is written.
        public var location: SourceLocation?

        /// The check as a compiler-style line (`validate` prints these): an error, since no
        /// allocation exists, though the file itself is well formed (exit status 1).
        public var diagnostic: Diagnostic {
            .error(at: location, field: field, value: String(found.required), message: .exactCheck(message), fix: .exactCheck(fix))
        }

        /// The check with its finding and fix in `language`, and its rule sums named in it.
        public func conflict(_ language: Language) -> FeasibilityConflict {
            var conflict = found
            conflict.message = message.text(language)
            conflict.fix = fix.text(language)
            conflict.byRule = ruleSums.map {
                UnitAmount(id: $0.reason.rawValue, name: $0.name.text(language), amount: $0.amount, rule: $0.reason)
            }
            return conflict
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
        return ("pools(\(pool.key))", data.tree.region(pool.scope)?.location)
    }

    /// What a pool can hold: its total plus what channels can bring, or its current sum for a
    /// shrink-only kind, whichever is smaller (the validator's rule).
    static func capacity(_ data: ProblemData, pool p: Int) -> PoolCapacity {
        let pool = data.pools.pools[p]
        let incoming = data.channelPools.enumerated().filter { $0.element.to == p }
            .reduce(0) { $0 + max(0, data.scenario.channels[$1.offset].cap) }
        if isShrinkOnly(data, pool: p), pool.currentTotal < pool.total + incoming {
            return .shrinkOnly(current: pool.currentTotal)
        }
        return .total(total: pool.total, incoming: incoming)
    }

    static func isShrinkOnly(_ data: ProblemData, pool p: Int) -> Bool {
        data.scenario.kinds.first { $0.id == data.pools.pools[p].kind }?.shrinkOnly ?? false
    }

    static func ranked(_ units: [Int], _ value: (Int) -> Int) -> [Int] {
        units.sorted { value($0) != value($1) ? value($0) > value($1) : $0 < $1 }
    }

    /// Sums of lower bounds by rule, largest first.
    static func byRule(_ units: [Int], _ data: ProblemData) -> [RuleSum] {
        var sums: [BoundReason: (amount: Int, count: Int)] = [:]
        for u in units where data.bounds[u].lower > 0 {
            let b = data.bounds[u]
            sums[b.lowerReason, default: (0, 0)].amount += b.lower
            sums[b.lowerReason, default: (0, 0)].count += 1
        }
        return BoundReason.allCases.compactMap { reason in
            guard let s = sums[reason] else { return nil }
            return RuleSum(reason: reason, units: s.count, amount: s.amount)
        }.sorted { $0.amount > $1.amount }
    }

    /// A conflict whose message and fix are filled in by ``Located/conflict(_:)``.
    static func conflict(
        _ kind: FeasibilityConflict.Kind, pools: [PoolKey], required: Int, available: Int, units: [UnitAmount]
    ) -> FeasibilityConflict {
        FeasibilityConflict(
            kind: kind, pools: pools, required: required, available: available, shortBy: required - available,
            units: units, byRule: [], message: "", fix: "")
    }

    static func priorityFloors(_ data: ProblemData, _ naming: ExplainNaming) -> [Located] {
        data.scenario.units.indices.compactMap { u -> Located? in
            let b = data.bounds[u], unit = data.scenario.units[u]
            guard let floor = b.priorityFloor, floor > b.upper else { return nil }
            let cls = naming.priorityClassIndex(ofUnit: u).map { data.scenario.priorities[$0] }
            let p = data.pools.poolOfUnit[u]
            return Located(
                found: conflict(
                    .priorityFloorAboveMaximum, pools: p >= 0 ? [naming.poolKey(p)] : [], required: floor, available: b.upper,
                    units: [naming.unitAmount(u, floor, rule: .priorityFloor)]),
                message: .priorityFloorAboveMaximum(
                    unit: unit.name, className: cls?.name, share: NumberFormat.plain(cls?.needFloor ?? 0),
                    need: NumberFormat.plain(unit.need ?? 0), floor: floor, maximum: b.upper, cap: naming.upperEntry(u)),
                fix: .lowerNeedFloor(
                    tag: cls?.tag, share: NumberFormat.plain(Double(b.upper) / max(1e-9, unit.need ?? 1), decimals: 3), unit: unit.name),
                field: "units[\(u)]", location: unit.location)
        }
    }

    /// Units whose lock, `min` or `max` leaves no value between their bounds (a priority floor
    /// above the maximum is ``priorityFloors(_:_:)``'s).
    static func unitBoundConflicts(_ data: ProblemData, _ naming: ExplainNaming) -> [Located] {
        data.scenario.units.indices.compactMap { u -> Located? in
            let b = data.bounds[u], unit = data.scenario.units[u]
            guard b.isEmpty, !(b.lowerReason == .priorityFloor && (b.priorityFloor ?? 0) > b.upper) else { return nil }
            let p = data.pools.poolOfUnit[u]
            return Located(
                found: conflict(
                    .unitBoundsConflict, pools: p >= 0 ? [naming.poolKey(p)] : [], required: b.lower, available: b.upper,
                    units: [naming.unitAmount(u, b.lower, rule: b.lowerReason)]),
                message: .unitBoundsConflict(unit: unit.name, lower: naming.lowerEntry(u), upper: naming.upperEntry(u), gap: b.lower - b.upper),
                fix: .unlockUnit(unit: unit.name), field: "units[\(u)]", location: unit.location)
        }
    }

    static func poolTotals(_ data: ProblemData, _ naming: ExplainNaming) -> [Located] {
        var found: [Located] = []
        for (p, pool) in data.pools.pools.enumerated() {
            let (field, location) = place(data, pool: p)
            let outgoing = data.channelPools.enumerated().filter { $0.element.from == p }
                .reduce(0) { $0 + max(0, data.scenario.channels[$1.offset].cap) }
            let sumLower = pool.units.reduce(0) { $0 + data.bounds[$1].lower }
            let sumUpper = pool.units.reduce(0) { $0 + data.bounds[$1].upper }
            let capacity = capacity(data, pool: p)
            let cap = capacity.amount
            if sumLower > cap {
                let units = ranked(pool.units.filter { data.bounds[$0].lower > 0 }) { data.bounds[$0].lower }
                let listed = units.prefix(10).map { naming.unitAmount($0, data.bounds[$0].lower, rule: data.bounds[$0].lowerReason) }
                let rules = byRule(pool.units, data)
                found.append(Located(
                    found: conflict(.poolFloorsExceedTotal, pools: [naming.poolKey(p)], required: sumLower, available: cap, units: listed),
                    message: .floorsExceedPool(pool: naming.poolName(p), sum: sumLower, capacity: capacity, byRule: rules),
                    fix: RuleWords.poolFloorsFix(
                        short: sumLower - cap, total: pool.total, current: pool.currentTotal, capacity: cap,
                        shrinkOnly: isShrinkOnly(data, pool: p),
                        hasChannelIn: data.channelPools.contains { $0.to == p }),
                    ruleSums: rules, field: field, location: location))
            }
            if let reserveLimit = pool.reserveLimit {
                let mustPlace = pool.total - reserveLimit - outgoing
                if sumUpper < mustPlace {
                    let units = ranked(pool.units) { data.bounds[$0].upper }
                    found.append(Located(
                        found: conflict(
                            .poolCannotPlaceTotal, pools: [naming.poolKey(p)], required: mustPlace, available: sumUpper,
                            units: units.prefix(10).map { naming.unitAmount($0, data.bounds[$0].upper, rule: data.bounds[$0].upperReason) }),
                        message: .poolCannotPlace(
                            pool: naming.poolName(p), upper: sumUpper, mustPlace: mustPlace, total: pool.total, reserve: reserveLimit,
                            outgoing: outgoing),
                        fix: .allowReserve(reserve: reserveLimit + mustPlace - sumUpper, short: mustPlace - sumUpper),
                        field: field, location: location))
                }
            }
        }
        return found
    }

    static func shareFloors(_ data: ProblemData, _ naming: ExplainNaming) -> [Located] {
        var found: [Located] = []
        for (f, floor) in data.scenario.shareFloors.enumerated() where floor.hard {
            let field = "shareFloors[\(f)]"
            let target = data.floors[f]
            let selected = target.units
            let pools = Array(Set(selected.map { data.pools.poolOfUnit[$0] }).filter { $0 >= 0 }).sorted()
            let poolKeys = pools.map(naming.poolKey)
            let sumUpper = selected.reduce(0) { $0 + data.bounds[$1].upper }
            if sumUpper < target.amount {
                let units = ranked(selected) { data.bounds[$0].upper }
                found.append(Located(
                    found: conflict(
                        .shareFloorAboveMaximum, pools: poolKeys, required: target.amount, available: sumUpper,
                        units: units.prefix(10).map { naming.unitAmount($0, data.bounds[$0].upper, rule: data.bounds[$0].upperReason) }),
                    message: .shareFloorAboveMaximum(floor: floor.name, amount: target.amount, units: selected.count, upper: sumUpper),
                    fix: .lowerShareFloor(short: target.amount - sumUpper), field: field, location: floor.location))
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
            let units = ranked(others.filter { data.bounds[$0].lower > 0 }) { data.bounds[$0].lower }
            found.append(Located(
                found: conflict(
                    .shareFloorExceedsTotal, pools: poolKeys, required: target.amount + othersLower, available: cap,
                    units: units.prefix(10).map { naming.unitAmount($0, data.bounds[$0].lower, rule: data.bounds[$0].lowerReason) }),
                message: .shareFloorExceedsTotal(
                    floor: floor.name, pools: pools.map(naming.poolName).joined(separator: ", "), short: short,
                    after: rules.count == 1 ? rules[0].reason : nil, amount: target.amount, others: others.count,
                    othersLower: othersLower, byRule: rules, capacities: capacities),
                fix: .lowerShareFloorOrOthers(short: short, channel: !pools.allSatisfy { isShrinkOnly(data, pool: $0) }),
                ruleSums: rules, field: field, location: floor.location))
        }
        return found
    }
}
