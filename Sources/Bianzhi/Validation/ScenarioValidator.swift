/// Checks a loaded scenario for everything that makes it meaningless, and reports all
/// problems at once: references and values (duplicate ids, unknown regions and kinds,
/// cycles, shares outside [0, 1], …).
public enum ScenarioValidator {
    /// Every problem of the scenario, in section order.
    ///
    /// The exact bound checks (a floor above what a pool can hold, …) are not here: they
    /// prove that no allocation exists, which is not invalid input. ``FeasibilityChecks``
    /// runs them for `validate`, `solve` and `explain` alike (exit status 1).
    public static func validate(_ scenario: Scenario) -> ValidationReport {
        var checker = ScenarioChecker(scenario)
        checker.checkReferences()
        return ValidationReport(diagnostics: scenario.source.warnings + checker.diagnostics)
    }
}

/// The state of one validation run.
private struct ScenarioChecker {
    let scenario: Scenario
    let tree: RegionTree
    let pools: PoolIndex
    var diagnostics: [Diagnostic] = []

    init(_ scenario: Scenario) {
        self.scenario = scenario
        self.tree = RegionTree(regions: scenario.regions)
        self.pools = PoolIndex(scenario: scenario, tree: tree)
    }

    mutating func error(_ location: SourceLocation?, _ field: String, value: String? = nil, _ message: DiagnosticMessage, fix: DiagnosticFix) {
        diagnostics.append(.error(at: location, field: field, value: value, message: message, fix: fix))
    }

    mutating func warning(_ location: SourceLocation?, _ field: String, value: String? = nil, _ message: DiagnosticMessage, fix: DiagnosticFix) {
        diagnostics.append(.warning(at: location, field: field, value: value, message: message, fix: fix))
    }

    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func suggestion(_ word: String, _ candidates: [String]) -> String? {
        KeySuggestion.closest(to: word, in: candidates)
    }

    var kindIds: [String] { scenario.kinds.map(\.id) }
    var regionIds: [String] { scenario.regions.map(\.id) }

    // MARK: - Pass 1: references and values

    mutating func checkReferences() {
        checkMetadata()
        checkKinds()
        checkRegions()
        checkUnits()
        checkRules()
        checkPools()
        checkChannels()
        checkPriorities()
        checkShareFloors()
        checkObjective()
        checkLanes()
    }

    /// Reports the second and later uses of each id, naming where the first one is.
    mutating func checkDuplicates(_ ids: [String], _ locations: [SourceLocation?], section: String, what: ScenarioItem) {
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if let j = first[id] {
                error(
                    locations[i], "\(section)[\(i)].id", value: id,
                    .duplicateID(item: what, section: section, index: j, at: locations[j]),
                    fix: .giveOwnID(what))
            } else {
                first[id] = i
            }
        }
    }

    mutating func checkMetadata() {
        if scenario.metadata.horizonYears < 1 {
            error(
                nil, "scenario.horizon", value: String(scenario.metadata.horizonYears),
                .horizonBelowOne, fix: .horizon)
        }
    }

    mutating func checkKinds() {
        checkDuplicates(kindIds, scenario.kinds.map(\.location), section: "kinds", what: .kind)
    }

    mutating func checkRegions() {
        let regions = scenario.regions
        checkDuplicates(regionIds, regions.map(\.location), section: "regions", what: .region)
        for (i, region) in regions.enumerated() {
            guard let parentId = region.parent else { continue }
            guard let parent = tree.region(parentId) else {
                error(
                    region.location, "regions[\(i)].parent", value: parentId,
                    .unknownRegion(suggestion: Self.suggestion(parentId, regionIds)),
                    fix: .declaredRegionOrRoot)
                continue
            }
            if parentId != region.id, region.level <= parent.level {
                error(
                    region.location, "regions[\(i)].level", value: region.level.rawValue,
                    .notBelowParent(region: region.name, parent: parent.name, parentLevel: parent.level),
                    fix: .levelBelow(region: region.name, parentLevel: parent.level))
            }
        }
        // Cycles: follow parents from each region; report each cycle once, from its first member.
        var reported: Set<String> = []
        for (i, region) in regions.enumerated() where !reported.contains(region.id) {
            var path: [String] = [region.id]
            var current = region.parent
            while let next = current, tree.region(next) != nil {
                if let start = path.firstIndex(of: next) {
                    let cycle = Array(path[start...])
                    if cycle.first == region.id, !cycle.contains(where: reported.contains) {
                        reported.formUnion(cycle)
                        error(
                            region.location, "regions[\(i)].parent", value: region.parent,
                            .regionCycle(names: cycle + [cycle[0]]), fix: .breakCycle)
                    }
                    break
                }
                path.append(next)
                current = tree.region(next)?.parent
            }
        }
    }

    mutating func checkUnits() {
        let units = scenario.units
        if units.isEmpty {
            warning(nil, "units", .noUnits, fix: .listUnits)
        }
        checkDuplicates(units.map(\.id), units.map(\.location), section: "units", what: .unit)
        let kinds = Set(kindIds)
        for (i, unit) in units.enumerated() {
            let at = unit.location, path = "units[\(i)]"
            if tree.region(unit.region) == nil {
                error(
                    at, "\(path).region", value: unit.region,
                    .unknownRegion(suggestion: Self.suggestion(unit.region, regionIds + scenario.regions.map(\.name))), fix: .declaredRegion)
            }
            if !kinds.contains(unit.kind) {
                error(
                    at, "\(path).kind", value: unit.kind,
                    .unknownKind(suggestion: Self.suggestion(unit.kind, kindIds + scenario.kinds.map(\.name))),
                    fix: .declaredKinds(scenario.kinds.map { "\($0.id) (\($0.name))" }))
            }
            // The loader caps numbers from files; scenarios built in code get the same cap,
            // which keeps every pool sum far from overflow.
            for (field, value) in [("quota", unit.quota), ("headcount", unit.headcount), ("attrition", unit.attrition ?? 0)]
            where value > ScalarParsing.maximum {
                error(at, "\(path).\(field)", value: String(value), .atMost(key: field, maximum: ScalarParsing.maximum), fix: .realFigure)
            }
            if let need = unit.need, need.isFinite, need > Double(ScalarParsing.maximum) {
                error(at, "\(path).need", value: Self.format(need), .atMost(key: "need", maximum: ScalarParsing.maximum), fix: .need)
            }
            if unit.quota < 0 {
                error(at, "\(path).quota", value: String(unit.quota), .wholeNumberBelow(key: "quota", minimum: 0), fix: .quota)
            }
            if unit.headcount < 0 {
                error(at, "\(path).headcount", value: String(unit.headcount), .wholeNumberBelow(key: "headcount", minimum: 0), fix: .headcount)
            }
            if let attrition = unit.attrition {
                if attrition < 0 {
                    error(at, "\(path).attrition", value: String(attrition), .wholeNumberBelow(key: "attrition", minimum: 0), fix: .attrition)
                } else if attrition > unit.headcount, unit.headcount >= 0 {
                    error(
                        at, "\(path).attrition", value: String(attrition),
                        .attritionAboveHeadcount(unit: unit.name, attrition: attrition, headcount: unit.headcount),
                        fix: .atMostInPost(headcount: unit.headcount))
                }
            }
            if let need = unit.need, !(need >= 0) || !need.isFinite {
                error(at, "\(path).need", value: Self.format(need), .numberBelowZero(key: "need"), fix: .need)
            }
            // `;` separates tags in the CSV files Bianzhi writes; a tag holding one would come
            // back as two.
            for tag in unit.tags where tag.contains(";") || tag.contains("；") || tag.trimmingCharacters(in: .whitespaces).isEmpty {
                error(
                    at, "\(path).tags", value: tag, .badTag, fix: .tagsSeparately)
            }
        }
    }

    mutating func checkRules() {
        let rules = scenario.rules, at = rules.location
        if !(0...1).contains(rules.attritionRate) {
            error(
                at, "rules.attritionRate", value: Self.format(rules.attritionRate),
                .yearlyShareOutOfRange(key: "attritionRate"), fix: .writeExample("0.03", meaning: .threePercentAYear))
        }
        guard let limit = rules.maxChange else { return }
        if let share = limit.share, !(0...1).contains(share) {
            error(at, "rules.maxChange.share", value: Self.format(share), .shareOutOfRange(key: "share"), fix: .writeExample("0.2", meaning: .twentyPercentOfQuota))
        }
        if let atLeast = limit.atLeast, atLeast < 0 {
            error(at, "rules.maxChange.atLeast", value: String(atLeast), .wholeNumberBelow(key: "atLeast", minimum: 0), fix: .writeExample("2", meaning: nil))
        }
        if let atMost = limit.atMost, atMost < 0 {
            error(at, "rules.maxChange.atMost", value: String(atMost), .wholeNumberBelow(key: "atMost", minimum: 0), fix: .writeExample("30", meaning: nil))
        }
    }

    mutating func checkPools() {
        let kinds = Set(kindIds)
        var first: [String: Int] = [:]
        for (i, spec) in scenario.pools.enumerated() {
            let at = spec.location, path = "pools[\(i)]"
            if !kinds.contains(spec.kind) {
                error(
                    at, "\(path).kind", value: spec.kind, .unknownKind(suggestion: Self.suggestion(spec.kind, kindIds)),
                    fix: .declaredKinds(kindIds))
            }
            if tree.region(spec.scope) == nil {
                error(
                    at, "\(path).scope", value: spec.scope, .unknownRegion(suggestion: Self.suggestion(spec.scope, regionIds)),
                    fix: .poolScopeRegion)
            }
            let key = spec.kind + "\u{1F}" + spec.scope
            if let j = first[key] {
                error(
                    at, path, value: "\(spec.kind)@\(spec.scope)",
                    .duplicatePool(kind: spec.kind, scope: spec.scope, index: j, at: scenario.pools[j].location),
                    fix: .mergePools)
            } else {
                first[key] = i
            }
            if let total = spec.total, total < 0 {
                error(at, "\(path).total", value: String(total), .wholeNumberBelow(key: "total", minimum: 0), fix: .poolTotal)
            }
            if case .upTo(let n) = spec.reserve, n < 0 {
                error(at, "\(path).reserve", value: String(n), .reserveForm, fix: .reserve)
            }
        }
        for pool in pools.pools {
            guard let i = pool.specIndex, let spec = pool.spec else { continue }
            if pool.units.isEmpty {
                warning(
                    spec.location, "pools[\(i)]", value: "\(spec.kind)@\(spec.scope)",
                    .poolWithoutUnits, fix: .checkPoolKindScope)
            }
            if let total = spec.total, total > pool.currentTotal {
                error(
                    spec.location, "pools[\(i)].total", value: String(total),
                    .poolTotalGrows(total: total, current: pool.currentTotal, units: pool.units.count),
                    fix: .totalAtMost(current: pool.currentTotal))
            }
        }
    }

    mutating func checkChannels() {
        let kinds = Set(kindIds)
        for (i, channel) in scenario.channels.enumerated() {
            let at = channel.location, path = "channels[\(i)]"
            guard kinds.contains(channel.kind) else {
                error(
                    at, "\(path).kind", value: channel.kind, .unknownKind(suggestion: Self.suggestion(channel.kind, kindIds)),
                    fix: .declaredKinds(kindIds))
                continue
            }
            let scopes = pools.pools.filter { $0.kind == channel.kind }.map(\.scope)
            for (key, scope) in [("from", channel.from), ("to", channel.to)] where !scopes.contains(scope) {
                error(
                    at, "\(path).\(key)", value: scope,
                    .noPoolScope(kind: channel.kind, suggestion: Self.suggestion(scope, scopes)),
                    fix: .usePoolScope(kind: channel.kind, scopes: scopes))
            }
            if channel.from == channel.to {
                error(at, "\(path).to", value: channel.to, .channelToItself, fix: .differentTo)
            }
            if channel.cap < 0 {
                error(at, "\(path).cap", value: String(channel.cap), .wholeNumberBelow(key: "cap", minimum: 0), fix: .channelCap)
            }
            if !(channel.cost >= 0) {
                error(at, "\(path).cost", value: Self.format(channel.cost), .numberBelowZero(key: "cost"), fix: .channelCost)
            }
        }
    }

    mutating func checkPriorities() {
        var first: [String: Int] = [:]
        for (i, priority) in scenario.priorities.enumerated() {
            let at = priority.location, path = "priorities[\(i)]"
            if let j = first[priority.tag] {
                error(
                    at, "\(path).tag", value: priority.tag,
                    .duplicatePriority(index: j, at: scenario.priorities[j].location), fix: .mergeClasses)
            } else {
                first[priority.tag] = i
            }
            if let floor = priority.needFloor, !(0...1).contains(floor) {
                error(at, "\(path).needFloor", value: Self.format(floor), .shareOfNeedOutOfRange(key: "needFloor"), fix: .writeExample("0.9", meaning: nil))
            }
            if !(priority.weight > 0) {
                error(at, "\(path).weight", value: Self.format(priority.weight), .notPositive(key: "weight"), fix: .multiplier)
            }
        }
    }

    mutating func checkShareFloors() {
        let kinds = Set(kindIds)
        let selection = ShareFloorSelection.Index(scenario: scenario, tree: tree)
        for (i, floor) in scenario.shareFloors.enumerated() {
            let at = floor.location, path = "shareFloors[\(i)]"
            var known = true
            if tree.region(floor.scope) == nil {
                known = false
                error(
                    at, "\(path).scope", value: floor.scope, .unknownRegion(suggestion: Self.suggestion(floor.scope, regionIds)),
                    fix: .floorScopeRegion)
            }
            if !kinds.contains(floor.kind) {
                known = false
                error(
                    at, "\(path).kind", value: floor.kind, .unknownKind(suggestion: Self.suggestion(floor.kind, kindIds)),
                    fix: .declaredKinds(kindIds))
            }
            if case .share(let share) = floor.floor, !(0...1).contains(share) {
                error(at, "\(path).floor", value: Self.format(share), .floorForm, fix: .writeExample("0.3", meaning: .thirtyPercent))
            }
            if !(floor.penalty >= 0) {
                error(at, "\(path).penalty", value: Self.format(floor.penalty), .numberBelowZero(key: "penalty"), fix: .floorPenalty)
            }
            if known, selection.units(of: floor).isEmpty {
                warning(
                    at, path, value: floor.name, .floorSelectsNoUnit,
                    fix: .checkFloorSelection(kind: floor.kind, scope: floor.scope))
            }
        }
    }

    mutating func checkObjective() {
        let objective = scenario.objective, at = objective.location
        for term in ObjectiveTerm.allCases {
            let weight = objective.weight(term)
            if !(weight >= 0) {
                error(at, "objective.weights.\(term.rawValue)", value: Self.format(weight), .numberBelowZero(key: "weight"), fix: .objectiveWeight)
            }
        }
        var tierOf: [ObjectiveTerm: Int] = [:]
        for (i, tier) in (objective.tiers ?? []).enumerated() {
            if tier.isEmpty {
                error(at, "objective.tiers[\(i)]", value: "[]", .emptyTier, fix: .removeEmptyTier)
            }
            for (j, term) in tier.enumerated() {
                if let k = tierOf[term] {
                    error(
                        at, "objective.tiers[\(i)][\(j)]", value: term.rawValue,
                        .termRepeated(tier: k), fix: .oneTierOnly)
                } else {
                    tierOf[term] = i
                }
            }
        }
    }

    mutating func checkLanes() {
        let lanes = scenario.lanes
        let costs: [(String, Double)] = [
            ("sameDepartment", lanes.sameDepartment), ("sameRegion", lanes.sameRegion), ("sameLevel", lanes.sameLevel),
            ("downward", lanes.downward), ("upward", lanes.upward),
        ]
        for (key, cost) in costs where !(cost >= 0) {
            error(lanes.location, "lanes.\(key)", value: Self.format(cost), .numberBelowZero(key: "cost"), fix: .laneCost)
        }
        // The transfer plan routes through hubs, so a pair pays the cheapest lane open to it;
        // that is its own lane only while the nearer lanes are no dearer.
        if lanes.sameDepartment > lanes.sameRegion || lanes.sameRegion > lanes.sameLevel {
            warning(
                lanes.location, "lanes",
                value: "sameDepartment \(Self.format(lanes.sameDepartment)), sameRegion \(Self.format(lanes.sameRegion)), sameLevel \(Self.format(lanes.sameLevel))",  // i18n-exempt: file keys
                .lanesOutOfOrder, fix: .orderLanes)
        }
    }
}
