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
        var statistics = ValidationStatistics()
        return validate(scenario, statistics: &statistics)
    }

    /// ``validate(_:)``, counting its work (for the tests that keep it linear).
    static func validate(_ scenario: Scenario, statistics: inout ValidationStatistics) -> ValidationReport {
        var checker = ScenarioChecker(scenario)
        checker.checkReferences()
        statistics = checker.statistics
        return ValidationReport(diagnostics: scenario.source.warnings + checker.diagnostics)
    }
}

/// The work one validation did, so tests can check that it grows linearly with the scenario
/// (a 5,000-region chain once took minutes: the parent path was walked again per region, and
/// "did you mean" searched all regions again for every unit with the same unknown region).
struct ValidationStatistics: Sendable, Equatable {
    /// "Did you mean" searches run (each over a whole candidate list).
    var suggestionSearches = 0
    /// Steps from a region to its parent taken by the cycle check.
    var parentSteps = 0
}

/// The state of one validation run.
private struct ScenarioChecker {
    let scenario: Scenario
    let tree: RegionTree
    let pools: PoolIndex
    let kindIds: [String]
    let regionIds: [String]
    /// Ids then names, the candidates of a unit's kind or region (a unit may name either).
    let kindIdsAndNames: [String]
    let regionIdsAndNames: [String]
    var diagnostics: [Diagnostic] = []
    var statistics = ValidationStatistics()
    /// Suggestions already searched, by candidate list and word.
    private var suggestions: [String: String?] = [:]

    init(_ scenario: Scenario) {
        self.scenario = scenario
        self.tree = RegionTree(regions: scenario.regions)
        self.pools = PoolIndex(scenario: scenario, tree: tree)
        self.kindIds = scenario.kinds.map(\.id)
        self.regionIds = scenario.regions.map(\.id)
        self.kindIdsAndNames = kindIds + scenario.kinds.map(\.name)
        self.regionIdsAndNames = regionIds + scenario.regions.map(\.name)
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

    /// The closest candidate to `word` for "did you mean", searched once per distinct word and
    /// candidate list (`list` names the list: 60,000 units with one unknown region search once).
    mutating func suggestion(_ word: String, _ candidates: [String], list: String) -> String? {
        let key = list + "\u{1F}" + word
        if let known = suggestions[key] { return known }
        statistics.suggestionSearches += 1
        let found = KeySuggestion.closest(to: word, in: candidates)
        suggestions[key] = .some(found)
        return found
    }


    // MARK: - Pass 1: references and values

    mutating func checkReferences() {
        checkTexts()
        checkMagnitudes()
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

    /// Ids and names reach terminals, CSV files and reports: a control character in one (an
    /// ANSI colour, an OSC title change, a NUL) is refused here, so no valid scenario carries
    /// one into any output. The description may hold line breaks and tabs.
    mutating func checkTexts() {
        func check(_ texts: [(String, String?)], _ location: SourceLocation?, _ path: String, allowingLayout: Bool = false) {
            for case let (key, text?) in texts where text.unicodeScalars.contains(where: {
                SafeText.isUnsafe($0) && !(allowingLayout && ($0 == "\n" || $0 == "\t" || $0 == "\r"))
            }) {
                error(location, path.isEmpty ? key : "\(path).\(key)", value: text, .robustness(.controlCharacter(key: key)), fix: .robustness(.removeControlCharacter))
            }
        }
        check([("name", scenario.metadata.name)], nil, "scenario")
        check([("description", scenario.metadata.description)], nil, "scenario", allowingLayout: true)
        for (i, k) in scenario.kinds.enumerated() { check([("id", k.id), ("name", k.name)], k.location, "kinds[\(i)]") }
        for (i, r) in scenario.regions.enumerated() { check([("id", r.id), ("name", r.name), ("parent", r.parent)], r.location, "regions[\(i)]") }
        for (i, u) in scenario.units.enumerated() {
            check([("id", u.id), ("name", u.name), ("department", u.department), ("region", u.region), ("kind", u.kind)]
                  + u.tags.map { ("tags", $0) }, u.location, "units[\(i)]")
        }
        for (i, p) in scenario.pools.enumerated() { check([("kind", p.kind), ("scope", p.scope)], p.location, "pools[\(i)]") }
        for (i, c) in scenario.channels.enumerated() { check([("kind", c.kind), ("from", c.from), ("to", c.to)], c.location, "channels[\(i)]") }
        for (i, p) in scenario.priorities.enumerated() { check([("tag", p.tag), ("name", p.name)], p.location, "priorities[\(i)]") }
        for (i, f) in scenario.shareFloors.enumerated() {
            check([("name", f.name), ("scope", f.scope), ("kind", f.kind), ("tag", f.selector.tag)], f.location, "shareFloors[\(i)]")
        }
    }

    /// Every non-zero number of the objective and the rules lies within what GLPK's scaling
    /// takes: 0, or a magnitude from 0.000001 to 1,000,000,000 (docs/scenario-format.md). The
    /// loader refuses others in files; this covers scenarios built in code. (A subnormal
    /// weight once reached GLPK and aborted the process.)
    mutating func checkMagnitudes() {
        func check(_ value: Double?, _ location: SourceLocation?, _ field: String) {
            guard let value, value.isFinite, value > 0, !ScalarParsing.isScalable(value) else { return }
            error(
                location, field, value: "\(value)",
                .robustness(.outsideScalableRange(lower: ScalarParsing.rangeText.lowerBound, upper: ScalarParsing.rangeText.upperBound)),
                fix: .robustness(.writeInScalableRange))
        }
        let objective = scenario.objective
        for term in ObjectiveTerm.allCases { check(objective.weight(term), objective.location, "objective.weights.\(term.rawValue)") }
        let lanes = scenario.lanes
        for (key, cost) in [("sameDepartment", lanes.sameDepartment), ("sameRegion", lanes.sameRegion), ("sameLevel", lanes.sameLevel), ("downward", lanes.downward), ("upward", lanes.upward)] {
            check(cost, lanes.location, "lanes.\(key)")
        }
        let rules = scenario.rules
        check(rules.attritionRate, rules.location, "rules.attritionRate")
        check(rules.maxChange?.share, rules.location, "rules.maxChange.share")
        for (i, c) in scenario.channels.enumerated() { check(c.cost, c.location, "channels[\(i)].cost") }
        for (i, p) in scenario.priorities.enumerated() {
            check(p.weight, p.location, "priorities[\(i)].weight")
            check(p.needFloor, p.location, "priorities[\(i)].needFloor")
        }
        for (i, f) in scenario.shareFloors.enumerated() {
            check(f.penalty, f.location, "shareFloors[\(i)].penalty")
            if case .share(let share) = f.floor { check(share, f.location, "shareFloors[\(i)].floor") }
        }
        // (A need above the maximum has its own message in checkUnits.)
        for (i, u) in scenario.units.enumerated() where (u.need ?? 0) < ScalarParsing.smallest { check(u.need, u.location, "units[\(i)].need") }
    }

    mutating func checkMetadata() {
        if scenario.metadata.horizonYears < 1 {
            error(
                nil, "scenario.horizon", value: String(scenario.metadata.horizonYears),
                .horizonBelowOne, fix: .horizon)
        } else if scenario.metadata.horizonYears > Self.maximumHorizon {
            // Each year is a copy of the model: a typo such as 2026 must not build thousands.
            error(
                nil, "scenario.horizon", value: String(scenario.metadata.horizonYears),
                .horizonAboveMaximum(maximum: Self.maximumHorizon), fix: .horizon)
        }
    }

    /// The longest plan, in years (two five-year plans); each year is a copy of the model.
    public static let maximumHorizon = 10

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
                    .unknownRegion(suggestion: suggestion(parentId, regionIds, list: "regions")),
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
        checkRoots()
        checkCycles()
    }

    /// The regions form one tree: exactly one region without a parent (the province, city or
    /// county the scenario covers). Two roots would be two unrelated scenarios in one file,
    /// whose pools and totals never meet; that is refused rather than solved side by side.
    mutating func checkRoots() {
        let roots = scenario.regions.indices.filter { scenario.regions[$0].parent == nil }
        guard roots.count > 1 else { return }
        let first = scenario.regions[roots[0]]
        for i in roots.dropFirst() {
            let region = scenario.regions[i]
            error(
                region.location, "regions[\(i)].parent", value: region.id,
                .robustness(.secondRoot(first: first.id, firstIndex: roots[0])),
                fix: .robustness(.giveParent(region: region.id, root: first.id)))
        }
    }

    /// Cycles in the parent links, each reported once, from its first member in declaration
    /// order. Each region is walked once (its state is remembered), so a chain of n regions
    /// takes O(n) steps, not O(n²).
    mutating func checkCycles() {
        let regions = scenario.regions
        // Index of each region's parent (first declaration of the id), nil for none or unknown.
        let parentIndex: [Int?] = regions.map { $0.parent.flatMap { tree.order(of: $0) } }
        // 0 not visited, 1 on the walk in progress, 2 done.
        var state = [UInt8](repeating: 0, count: regions.count)
        var positionOnPath = [Int](repeating: -1, count: regions.count)
        var found: [[Int]] = []
        for start in regions.indices where state[start] == 0 {
            var path: [Int] = []
            var next: Int? = start
            while let k = next, state[k] != 2 {
                if state[k] == 1 {
                    found.append(Array(path[positionOnPath[k]...]))
                    break
                }
                state[k] = 1
                positionOnPath[k] = path.count
                path.append(k)
                next = parentIndex[k]
                statistics.parentSteps += 1
            }
            for k in path { state[k] = 2 }
        }
        for cycle in found.sorted(by: { $0.min()! < $1.min()! }) {
            // Start the cycle at its first declared member; follow parents from there.
            let first = cycle.min()!
            let at = cycle.firstIndex(of: first)!
            let ordered = Array(cycle[at...] + cycle[..<at])
            error(
                regions[first].location, "regions[\(first)].parent", value: regions[first].parent,
                .regionCycle(names: (ordered + [first]).map { regions[$0].id }), fix: .breakCycle)
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
                    .unknownRegion(suggestion: suggestion(unit.region, regionIdsAndNames, list: "regionsAndNames")), fix: .declaredRegion)
            }
            if !kinds.contains(unit.kind) {
                error(
                    at, "\(path).kind", value: unit.kind,
                    .unknownKind(suggestion: suggestion(unit.kind, kindIdsAndNames, list: "kindsAndNames")),
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
            checkUnitRange(unit, path)
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
                    at, "\(path).kind", value: spec.kind, .unknownKind(suggestion: suggestion(spec.kind, kindIds, list: "kinds")),
                    fix: .declaredKinds(kindIds))
            }
            if tree.region(spec.scope) == nil {
                error(
                    at, "\(path).scope", value: spec.scope, .unknownRegion(suggestion: suggestion(spec.scope, regionIds, list: "regions")),
                    fix: .poolScopeRegion)
            }
            let key = spec.kind + "\u{1F}" + spec.scope
            if let j = first[key] {
                error(
                    at, path, value: spec.key.description,
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
                    spec.location, "pools[\(i)]", value: spec.key.description,
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
                    at, "\(path).kind", value: channel.kind, .unknownKind(suggestion: suggestion(channel.kind, kindIds, list: "kinds")),
                    fix: .declaredKinds(kindIds))
                continue
            }
            let scopes = pools.pools.filter { $0.kind == channel.kind }.map(\.scope)
            for (key, scope) in [("from", channel.from), ("to", channel.to)] where !scopes.contains(scope) {
                error(
                    at, "\(path).\(key)", value: scope,
                    .noPoolScope(kind: channel.kind, suggestion: suggestion(scope, scopes, list: "scopes\u{1F}" + channel.kind)),
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
        let selection = ShareFloorSelection.Index(scenario: scenario, tree: tree, pools: pools)
        for (i, floor) in scenario.shareFloors.enumerated() {
            let at = floor.location, path = "shareFloors[\(i)]"
            var known = true
            if tree.region(floor.scope) == nil {
                known = false
                error(
                    at, "\(path).scope", value: floor.scope, .unknownRegion(suggestion: suggestion(floor.scope, regionIds, list: "regions")),
                    fix: .floorScopeRegion)
            }
            if !kinds.contains(floor.kind) {
                known = false
                error(
                    at, "\(path).kind", value: floor.kind, .unknownKind(suggestion: suggestion(floor.kind, kindIds, list: "kinds")),
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

    /// A unit's own `min`/`max`: whole numbers ≥ 0 with min ≤ max.
    mutating func checkUnitRange(_ unit: OrgUnit, _ path: String) {
        let at = unit.location
        if let minimum = unit.minQuota, minimum < 0 {
            error(at, "\(path).min", value: String(minimum), .wholeNumberBelow(key: "min", minimum: 0), fix: .plannerRule(.minimum))
        }
        if let maximum = unit.maxQuota, maximum < 0 {
            error(at, "\(path).max", value: String(maximum), .wholeNumberBelow(key: "max", minimum: 0), fix: .plannerRule(.maximum))
        }
        if let minimum = unit.minQuota, let maximum = unit.maxQuota, minimum > maximum {
            error(
                at, "\(path).min", value: String(minimum), .plannerRule(.minAboveMax(unit: unit.name, minimum: minimum, maximum: maximum)),
                fix: .plannerRule(.lowerMinimum(maximum: maximum)))
        }
    }
}
