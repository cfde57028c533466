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
        return ValidationReport(diagnostics: checker.diagnostics)
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

    mutating func error(_ location: SourceLocation?, _ field: String, value: String? = nil, _ message: String, fix: String) {
        diagnostics.append(.error(at: location, field: field, value: value, message: message, fix: fix))
    }

    mutating func warning(_ location: SourceLocation?, _ field: String, value: String? = nil, _ message: String, fix: String) {
        diagnostics.append(.warning(at: location, field: field, value: value, message: message, fix: fix))
    }

    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func suggestion(_ word: String, _ candidates: [String]) -> String {
        KeySuggestion.closest(to: word, in: candidates).map { " (did you mean `\($0)`?)" } ?? ""
    }

    static func at(_ location: SourceLocation?) -> String {
        location.map { " at \($0)" } ?? ""
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
    mutating func checkDuplicates(_ ids: [String], _ locations: [SourceLocation?], section: String, what: String) {
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if let j = first[id] {
                error(
                    locations[i], "\(section)[\(i)].id", value: id,
                    "duplicate \(what) id, also used by \(section)[\(j)]\(Self.at(locations[j]))",
                    fix: "give each \(what) its own id.")
            } else {
                first[id] = i
            }
        }
    }

    mutating func checkMetadata() {
        if scenario.metadata.horizonYears < 1 {
            error(
                nil, "scenario.horizon", value: String(scenario.metadata.horizonYears),
                "horizon must be a whole number ≥ 1", fix: "write the number of years the plan covers, e.g. 1.")
        }
    }

    mutating func checkKinds() {
        checkDuplicates(kindIds, scenario.kinds.map(\.location), section: "kinds", what: "kind")
    }

    mutating func checkRegions() {
        let regions = scenario.regions
        checkDuplicates(regionIds, regions.map(\.location), section: "regions", what: "region")
        for (i, region) in regions.enumerated() {
            guard let parentId = region.parent else { continue }
            guard let parent = tree.region(parentId) else {
                error(
                    region.location, "regions[\(i)].parent", value: parentId,
                    "no region has this id" + Self.suggestion(parentId, regionIds),
                    fix: "write the id of a declared region, or leave `parent` out for the root.")
                continue
            }
            if parentId != region.id, region.level <= parent.level {
                error(
                    region.location, "regions[\(i)].level", value: region.level.rawValue,
                    "\(region.name) is not below its parent \(parent.name) (\(parent.level.rawValue))",
                    fix: "give \(region.name) a level below `\(parent.level.rawValue)`, or correct its parent.")
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
                        let names = (cycle + [cycle[0]]).joined(separator: " → ")
                        error(
                            region.location, "regions[\(i)].parent", value: region.parent,
                            "the region tree has a cycle: \(names)",
                            fix: "give one of these regions a parent outside the cycle, or none for the root.")
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
            warning(nil, "units", "the scenario has no units: there is nothing to reallocate", fix: "list units inline or give the path of the unit table (CSV).")
        }
        checkDuplicates(units.map(\.id), units.map(\.location), section: "units", what: "unit")
        let kinds = Set(kindIds)
        for (i, unit) in units.enumerated() {
            let at = unit.location, path = "units[\(i)]"
            if tree.region(unit.region) == nil {
                error(
                    at, "\(path).region", value: unit.region,
                    "no region has this id" + Self.suggestion(unit.region, regionIds),
                    fix: "write the id of a region declared under `regions`.")
            }
            if !kinds.contains(unit.kind) {
                error(
                    at, "\(path).kind", value: unit.kind,
                    "no kind has this id" + Self.suggestion(unit.kind, kindIds),
                    fix: "write one of the declared kinds: \(kindIds.joined(separator: ", ")).")
            }
            // The loader caps numbers from files; scenarios built in code get the same cap,
            // which keeps every pool sum far from overflow.
            for (field, value) in [("quota", unit.quota), ("headcount", unit.headcount), ("attrition", unit.attrition ?? 0)]
            where value > ScalarParsing.maximum {
                error(at, "\(path).\(field)", value: String(value), "\(field) must be at most \(ScalarParsing.maximum)", fix: "write the real figure; no unit holds a billion quotas.")
            }
            if let need = unit.need, need.isFinite, need > Double(ScalarParsing.maximum) {
                error(at, "\(path).need", value: Self.format(need), "need must be at most \(ScalarParsing.maximum)", fix: UnitFieldHints.need)
            }
            if unit.quota < 0 {
                error(at, "\(path).quota", value: String(unit.quota), "quota must be a whole number ≥ 0", fix: UnitFieldHints.quota)
            }
            if unit.headcount < 0 {
                error(at, "\(path).headcount", value: String(unit.headcount), "headcount must be a whole number ≥ 0", fix: UnitFieldHints.headcount)
            }
            if let attrition = unit.attrition {
                if attrition < 0 {
                    error(at, "\(path).attrition", value: String(attrition), "attrition must be a whole number ≥ 0", fix: UnitFieldHints.attrition)
                } else if attrition > unit.headcount, unit.headcount >= 0 {
                    error(
                        at, "\(path).attrition", value: String(attrition),
                        "\(unit.name): attrition \(attrition) exceeds the headcount \(unit.headcount)",
                        fix: "write at most the number of people in post (\(unit.headcount)).")
                }
            }
            if let need = unit.need, !(need >= 0) || !need.isFinite {
                error(at, "\(path).need", value: Self.format(need), "need must be a number ≥ 0", fix: UnitFieldHints.need)
            }
            // `;` separates tags in the CSV files Bianzhi writes; a tag holding one would come
            // back as two.
            for tag in unit.tags where tag.contains(";") || tag.contains("；") || tag.trimmingCharacters(in: .whitespaces).isEmpty {
                error(
                    at, "\(path).tags", value: tag, "a tag may not be empty or contain `;`",
                    fix: "write each tag as its own list item (YAML) or separate tags with `;` (CSV).")
            }
        }
    }

    mutating func checkRules() {
        let rules = scenario.rules, at = rules.location
        if !(0...1).contains(rules.attritionRate) {
            error(
                at, "rules.attritionRate", value: Self.format(rules.attritionRate),
                "attritionRate must be a yearly share between 0 and 1", fix: "write e.g. 0.03 for 3 % a year.")
        }
        guard let limit = rules.maxChange else { return }
        if let share = limit.share, !(0...1).contains(share) {
            error(at, "rules.maxChange.share", value: Self.format(share), "share must be between 0 and 1", fix: "write e.g. 0.2 for 20 % of the quota.")
        }
        if let atLeast = limit.atLeast, atLeast < 0 {
            error(at, "rules.maxChange.atLeast", value: String(atLeast), "atLeast must be a whole number ≥ 0", fix: "write e.g. 2.")
        }
        if let atMost = limit.atMost, atMost < 0 {
            error(at, "rules.maxChange.atMost", value: String(atMost), "atMost must be a whole number ≥ 0", fix: "write e.g. 30.")
        }
    }

    mutating func checkPools() {
        let kinds = Set(kindIds)
        var first: [String: Int] = [:]
        for (i, spec) in scenario.pools.enumerated() {
            let at = spec.location, path = "pools[\(i)]"
            if !kinds.contains(spec.kind) {
                error(
                    at, "\(path).kind", value: spec.kind, "no kind has this id" + Self.suggestion(spec.kind, kindIds),
                    fix: "write one of the declared kinds: \(kindIds.joined(separator: ", ")).")
            }
            if tree.region(spec.scope) == nil {
                error(
                    at, "\(path).scope", value: spec.scope, "no region has this id" + Self.suggestion(spec.scope, regionIds),
                    fix: "write the id of the region whose units share this budget.")
            }
            let key = spec.kind + "\u{1F}" + spec.scope
            if let j = first[key] {
                error(
                    at, path, value: "\(spec.kind)@\(spec.scope)",
                    "a second pool for kind \(spec.kind) and scope \(spec.scope), first declared as pools[\(j)]\(Self.at(scenario.pools[j].location))",
                    fix: "merge the two declarations into one.")
            } else {
                first[key] = i
            }
            if let total = spec.total, total < 0 {
                error(at, "\(path).total", value: String(total), "total must be a whole number ≥ 0", fix: "write the new control total.")
            }
            if case .upTo(let n) = spec.reserve, n < 0 {
                error(at, "\(path).reserve", value: String(n), "reserve must be none, a whole number ≥ 0 or unlimited", fix: "write e.g. `reserve: 10`.")
            }
        }
        for pool in pools.pools {
            guard let i = pool.specIndex, let spec = pool.spec else { continue }
            if pool.units.isEmpty {
                warning(
                    spec.location, "pools[\(i)]", value: "\(spec.kind)@\(spec.scope)",
                    "no unit falls into this pool",
                    fix: "check the kind and the scope (a nearer declared pool takes the units below it), or remove the pool.")
            }
            if let total = spec.total, total > pool.currentTotal {
                error(
                    spec.location, "pools[\(i)].total", value: String(total),
                    "the new total \(total) exceeds the current sum \(pool.currentTotal) of the pool's \(pool.units.count) units (严控总量: a control total may not grow)",
                    fix: "write a total of at most \(pool.currentTotal), or leave `total` out to keep \(pool.currentTotal).")
            }
        }
    }

    mutating func checkChannels() {
        let kinds = Set(kindIds)
        for (i, channel) in scenario.channels.enumerated() {
            let at = channel.location, path = "channels[\(i)]"
            guard kinds.contains(channel.kind) else {
                error(
                    at, "\(path).kind", value: channel.kind, "no kind has this id" + Self.suggestion(channel.kind, kindIds),
                    fix: "write one of the declared kinds: \(kindIds.joined(separator: ", ")).")
                continue
            }
            let scopes = pools.pools.filter { $0.kind == channel.kind }.map(\.scope)
            for (key, scope) in [("from", channel.from), ("to", channel.to)] where !scopes.contains(scope) {
                error(
                    at, "\(path).\(key)", value: scope,
                    "no pool of kind \(channel.kind) has this scope" + Self.suggestion(scope, scopes),
                    fix: "use the scope of a pool of \(channel.kind) (\(scopes.joined(separator: ", "))), or declare the pool under `pools`.")
            }
            if channel.from == channel.to {
                error(at, "\(path).to", value: channel.to, "a channel must connect two different pools", fix: "write a different scope for `to`, or remove the channel.")
            }
            if channel.cap < 0 {
                error(at, "\(path).cap", value: String(channel.cap), "cap must be a whole number ≥ 0", fix: "write the most quotas the channel may carry, e.g. 20.")
            }
            if !(channel.cost >= 0) {
                error(at, "\(path).cost", value: Self.format(channel.cost), "cost must be a number ≥ 0", fix: "write the cost per quota, e.g. 0.5.")
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
                    "a second priority class for this tag, first declared as priorities[\(j)]\(Self.at(scenario.priorities[j].location))",
                    fix: "merge the two classes into one.")
            } else {
                first[priority.tag] = i
            }
            if let floor = priority.needFloor, !(0...1).contains(floor) {
                error(at, "\(path).needFloor", value: Self.format(floor), "needFloor must be a share of need between 0 and 1", fix: "write e.g. 0.9.")
            }
            if !(priority.weight > 0) {
                error(at, "\(path).weight", value: Self.format(priority.weight), "weight must be above 0", fix: "write a multiplier such as 3, or leave it out for 1.")
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
                    at, "\(path).scope", value: floor.scope, "no region has this id" + Self.suggestion(floor.scope, regionIds),
                    fix: "write the id of the region whose subtree is measured.")
            }
            if !kinds.contains(floor.kind) {
                known = false
                error(
                    at, "\(path).kind", value: floor.kind, "no kind has this id" + Self.suggestion(floor.kind, kindIds),
                    fix: "write one of the declared kinds: \(kindIds.joined(separator: ", ")).")
            }
            if case .share(let share) = floor.floor, !(0...1).contains(share) {
                error(at, "\(path).floor", value: Self.format(share), "floor must be a share between 0 and 1 or `current`", fix: "write e.g. 0.3 for 30 %.")
            }
            if !(floor.penalty >= 0) {
                error(at, "\(path).penalty", value: Self.format(floor.penalty), "penalty must be a number ≥ 0", fix: "write the cost per quota short, e.g. 20.")
            }
            if known, selection.units(of: floor).isEmpty {
                warning(
                    at, path, value: floor.name, "the floor selects no unit",
                    fix: "check `level` and `tag` against the units of kind \(floor.kind) under \(floor.scope).")
            }
        }
    }

    mutating func checkObjective() {
        let objective = scenario.objective, at = objective.location
        for term in ObjectiveTerm.allCases {
            let weight = objective.weight(term)
            if !(weight >= 0) {
                error(at, "objective.weights.\(term.rawValue)", value: Self.format(weight), "weight must be a number ≥ 0", fix: "write e.g. 1, or 0 to ignore the term.")
            }
        }
        var tierOf: [ObjectiveTerm: Int] = [:]
        for (i, tier) in (objective.tiers ?? []).enumerated() {
            if tier.isEmpty {
                error(at, "objective.tiers[\(i)]", value: "[]", "a tier lists no term", fix: "remove the empty tier or list terms in it, e.g. [shortfall].")
            }
            for (j, term) in tier.enumerated() {
                if let k = tierOf[term] {
                    error(
                        at, "objective.tiers[\(i)][\(j)]", value: term.rawValue,
                        "the term is already listed in objective.tiers[\(k)]",
                        fix: "list each term in one tier only.")
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
            error(lanes.location, "lanes.\(key)", value: Self.format(cost), "cost must be a number ≥ 0", fix: "write a cost per quota, e.g. 2.")
        }
        // The transfer plan routes through hubs, so a pair pays the cheapest lane open to it;
        // that is its own lane only while the nearer lanes are no dearer.
        if lanes.sameDepartment > lanes.sameRegion || lanes.sameRegion > lanes.sameLevel {
            warning(
                lanes.location, "lanes",
                value: "sameDepartment \(Self.format(lanes.sameDepartment)), sameRegion \(Self.format(lanes.sameRegion)), sameLevel \(Self.format(lanes.sameLevel))",
                "nearer lanes cost more than farther ones; transfers will take the cheaper farther lane where both are open",
                fix: "order the costs sameDepartment ≤ sameRegion ≤ sameLevel.")
        }
    }
}
