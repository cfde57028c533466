/// Checks a loaded scenario for everything that makes it meaningless or provably infeasible,
/// and reports all problems at once.
///
/// Two passes: first references and values (duplicate ids, unknown regions and kinds, cycles,
/// shares outside [0, 1], …); then, only if that pass found no errors, the exact bound checks
/// per unit and per pool (Σ lower ≤ total ≤ Σ upper), because bounds computed from a broken
/// region tree or unknown kinds would only produce follow-on noise.
public enum ScenarioValidator {
    /// Every problem of the scenario, in section order.
    ///
    /// `checkBounds: false` runs only the first pass: `explain` reports the exact bound
    /// conflicts itself, as an infeasibility with ways out rather than as invalid input.
    public static func validate(_ scenario: Scenario, checkBounds: Bool = true) -> ValidationReport {
        var statistics = ValidationStatistics()
        return validate(scenario, checkBounds: checkBounds, statistics: &statistics)
    }

    /// ``validate(_:checkBounds:)``, counting its work (for the tests that keep it linear).
    static func validate(_ scenario: Scenario, checkBounds: Bool, statistics: inout ValidationStatistics) -> ValidationReport {
        var checker = ScenarioChecker(scenario)
        checker.checkReferences()
        if checkBounds, !checker.diagnostics.contains(where: { $0.severity == .error }) {
            checker.checkBounds()
        }
        statistics = checker.statistics
        return ValidationReport(diagnostics: checker.diagnostics)
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
    var diagnostics: [Diagnostic] = []
    var statistics = ValidationStatistics()
    /// Suggestions already searched, by candidate list and word.
    private var suggestions: [String: String] = [:]

    init(_ scenario: Scenario) {
        self.scenario = scenario
        self.tree = RegionTree(regions: scenario.regions)
        self.pools = PoolIndex(scenario: scenario, tree: tree)
        self.kindIds = scenario.kinds.map(\.id)
        self.regionIds = scenario.regions.map(\.id)
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

    /// " (did you mean `x`?)" or "", searched once per distinct word and candidate list
    /// (`list` names the list: 60,000 units with one unknown region search once).
    mutating func suggestion(_ word: String, _ candidates: [String], list: String) -> String {
        let key = list + "\u{1F}" + word
        if let known = suggestions[key] { return known }
        statistics.suggestionSearches += 1
        let text = KeySuggestion.closest(to: word, in: candidates).map { " (did you mean `\($0)`?)" } ?? ""
        suggestions[key] = text
        return text
    }

    static func at(_ location: SourceLocation?) -> String {
        location.map { " at \($0)" } ?? ""
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

    /// Ids and names reach terminals, CSV files and reports: a control character in one (an
    /// ANSI colour, an OSC title change, a NUL) is refused here, so no valid scenario carries
    /// one into any output. The description may hold line breaks and tabs.
    mutating func checkTexts() {
        func check(_ texts: [(String, String?)], _ location: SourceLocation?, _ path: String, allowingLayout: Bool = false) {
            for case let (key, text?) in texts where text.unicodeScalars.contains(where: {
                SafeText.isUnsafe($0) && !(allowingLayout && ($0 == "\n" || $0 == "\t" || $0 == "\r"))
            }) {
                error(location, path.isEmpty ? key : "\(path).\(key)", value: text, "\(key) contains a control character (shown escaped)", fix: "remove it: ids and names are plain text.")
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
                "must be 0 or between \(ScalarParsing.rangeText.lowerBound) and \(ScalarParsing.rangeText.upperBound) (GLPK cannot scale numbers outside this range)",
                fix: "write 0 to switch it off, or a value in the range (e.g. 0.001 instead of 1e-9).")
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
                    "no region has this id" + suggestion(parentId, regionIds, list: "regions"),
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
                "a second root region: \(first.id) (regions[\(roots[0])]) has no parent either, and the regions must form one tree",
                fix: "give \(region.id) a parent (e.g. `parent: \(first.id)`), or solve the two areas as two scenarios.")
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
            let names = (ordered + [first]).map { regions[$0].id }.joined(separator: " → ")
            error(
                regions[first].location, "regions[\(first)].parent", value: regions[first].parent,
                "the region tree has a cycle: \(names)",
                fix: "give one of these regions a parent outside the cycle, or none for the root.")
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
                    "no region has this id" + suggestion(unit.region, regionIds, list: "regions"),
                    fix: "write the id of a region declared under `regions`.")
            }
            if !kinds.contains(unit.kind) {
                error(
                    at, "\(path).kind", value: unit.kind,
                    "no kind has this id" + suggestion(unit.kind, kindIds, list: "kinds"),
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
                    at, "\(path).kind", value: spec.kind, "no kind has this id" + suggestion(spec.kind, kindIds, list: "kinds"),
                    fix: "write one of the declared kinds: \(kindIds.joined(separator: ", ")).")
            }
            if tree.region(spec.scope) == nil {
                error(
                    at, "\(path).scope", value: spec.scope, "no region has this id" + suggestion(spec.scope, regionIds, list: "regions"),
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
                    at, "\(path).kind", value: channel.kind, "no kind has this id" + suggestion(channel.kind, kindIds, list: "kinds"),
                    fix: "write one of the declared kinds: \(kindIds.joined(separator: ", ")).")
                continue
            }
            let scopes = pools.pools.filter { $0.kind == channel.kind }.map(\.scope)
            for (key, scope) in [("from", channel.from), ("to", channel.to)] where !scopes.contains(scope) {
                error(
                    at, "\(path).\(key)", value: scope,
                    "no pool of kind \(channel.kind) has this scope" + suggestion(scope, scopes, list: "scopes of " + channel.kind),
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
                    at, "\(path).scope", value: floor.scope, "no region has this id" + suggestion(floor.scope, regionIds, list: "regions"),
                    fix: "write the id of the region whose subtree is measured.")
            }
            if !kinds.contains(floor.kind) {
                known = false
                error(
                    at, "\(path).kind", value: floor.kind, "no kind has this id" + suggestion(floor.kind, kindIds, list: "kinds"),
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

    // MARK: - Pass 2: exact bounds

    mutating func checkBounds() {
        let bounds = UnitBounds.compute(for: scenario, pools: pools)
        checkPriorityFloors(bounds)
        checkPoolTotals(bounds)
    }

    /// Text naming the rule behind an upper bound, with its arithmetic.
    func upperExplanation(_ unit: OrgUnit, _ b: UnitBounds) -> String {
        switch b.upperReason {
        case .changeLimit: return "set by the change limit (quota \(unit.quota) + \(b.changeLimit ?? 0))"
        case .overQuotaFrozen: return "set by the over-quota freeze (quota \(unit.quota), headcount \(unit.headcount))"
        case .poolTotal: return "set by the pool total \(b.upper)"
        default: return "set by the \(b.upperReason.englishDescription)"
        }
    }

    mutating func checkPriorityFloors(_ bounds: [UnitBounds]) {
        for (i, unit) in scenario.units.enumerated() {
            let b = bounds[i]
            guard let floor = b.priorityFloor, floor > b.upper, let need = unit.need else { continue }
            // The class that sets the floor: the highest needFloor among the unit's tags.
            let binding = scenario.priorities
                .filter { unit.tags.contains($0.tag) && $0.needFloor != nil }
                .max { $0.needFloor! < $1.needFloor! }
            let share = binding?.needFloor ?? 0
            error(
                unit.location, "units[\(i)]",
                "\(unit.name): priority floor ⌈\(Self.format(share)) × \(Self.format(need))⌉ = \(floor) exceeds the unit's maximum \(b.upper) \(upperExplanation(unit, b))",
                fix: "lower needFloor of \(binding?.tag ?? "the class"), relax the rule that caps the unit, or check the need of \(unit.name).")
        }
    }

    func poolName(_ pool: PoolIndex.Pool) -> String {
        let kind = scenario.kinds.first { $0.id == pool.kind }?.name ?? pool.kind
        let scope = tree.region(pool.scope)?.name ?? pool.scope
        return "\(scope) \(kind)"
    }

    func poolField(_ pool: PoolIndex.Pool) -> (String, SourceLocation?) {
        if let i = pool.specIndex { return ("pools[\(i)]", pool.spec?.location) }
        return ("pool \(pool.kind)@\(pool.scope) (default)", tree.region(pool.scope)?.location)
    }

    mutating func checkPoolTotals(_ bounds: [UnitBounds]) {
        let shrinkOnly = Set(scenario.kinds.filter(\.shrinkOnly).map(\.id))
        for pool in pools.pools {
            let (field, at) = poolField(pool)
            let incoming = scenario.channels.filter { $0.kind == pool.kind && $0.to == pool.scope }.reduce(0) { $0 + $1.cap }
            let outgoing = scenario.channels.filter { $0.kind == pool.kind && $0.from == pool.scope }.reduce(0) { $0 + $1.cap }
            let sumLower = pool.units.reduce(0) { $0 + bounds[$1].lower }
            let sumUpper = pool.units.reduce(0) { $0 + bounds[$1].upper }

            // Incoming channels could cover hard floors above the total, except that a
            // shrink-only pool may never end above its current sum.
            var capacity = pool.total + incoming
            var capacityText = "total \(pool.total) + \(incoming) by channels"
            if shrinkOnly.contains(pool.kind), pool.currentTotal < capacity {
                capacity = pool.currentTotal
                capacityText = "its current sum \(pool.currentTotal), the kind being shrink-only"
            }
            if sumLower > capacity {
                let ranked = pool.units.sorted { a, b in
                    bounds[a].lower != bounds[b].lower ? bounds[a].lower > bounds[b].lower : a < b
                }
                var listed = ranked.prefix(10).map { u in
                    "\(scenario.units[u].name) \(bounds[u].lower) (\(bounds[u].lowerReason.englishDescription))"
                }
                if ranked.count > 10 { listed.append("and \(ranked.count - 10) more") }
                error(
                    at, field, value: String(sumLower),
                    "the hard lower bounds of \(poolName(pool)) add up to \(sumLower), more than the pool can hold (\(capacity): \(capacityText)); largest: \(listed.joined(separator: ", "))",
                    fix: "raise the pool's total, add a channel into the pool, or relax the rules that set these floors (noDismissals, maxChange, needFloor).")
            }
            // Implied today by pass 1 (an upper bound is never below min(quota, total), so
            // Σ upper ≥ total when total ≤ current); kept so the guarantee does not rest on that.
            if let reserveLimit = pool.reserveLimit {
                let mustPlace = pool.total - reserveLimit - outgoing
                if sumUpper < mustPlace {
                    error(
                        at, field, value: String(sumUpper),
                        "the pool cannot place its total: the units of \(poolName(pool)) can hold at most \(sumUpper), but \(pool.total) − reserve \(reserveLimit) − \(outgoing) by channels = \(mustPlace) must be placed",
                        fix: "allow a larger reserve (`reserve: unlimited` lets the office hold quota back), lower the total, add a channel out of the pool, or relax maxChange / overQuotaFrozen.")
                }
            }
        }
    }
}
