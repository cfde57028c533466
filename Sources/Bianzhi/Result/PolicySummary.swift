/// The policy of a scenario — its rules and parameters, not its units — flattened to sorted
/// `key = value` lines such as `rules.maxChange.share = 0.15`,
/// `shareFloors[乡镇行政编制占比].floor = 0.3`, `pools[admin@qh].reserve = 10` or
/// `objective.weights.shortfall = 10`.
///
/// Why lines and not the scenario's structure: a result must stay readable without the
/// scenario, and two policies are compared key by key (`diff`), which a flat sorted list makes
/// trivial and byte-stable. Absent optional settings are written as `none` so that adding a
/// rule shows as one changed line rather than a line on one side only.
public enum PolicySummary {
    /// The lines of `scenario`'s policy, sorted by key (Unicode scalar order).
    public static func lines(of scenario: Scenario) -> [String] {
        var entries: [(String, String)] = []
        func add(_ key: String, _ value: String) { entries.append((key, value)) }
        func number(_ value: Double) -> String { NumberFormat.plain(value, decimals: 6) }
        func optional(_ value: Int?) -> String { value.map(String.init) ?? "none" }

        add("scenario.horizon", String(scenario.metadata.horizonYears))
        for kind in scenario.kinds {
            add("kinds[\(kind.id)].name", kind.name)
            add("kinds[\(kind.id)].shrinkOnly", String(kind.shrinkOnly))
        }

        let rules = scenario.rules
        add("rules.maxChange.share", rules.maxChange?.share.map(number) ?? "none")
        add("rules.maxChange.atLeast", optional(rules.maxChange?.atLeast))
        add("rules.maxChange.atMost", optional(rules.maxChange?.atMost))
        add("rules.noDismissals", rules.noDismissals && rules.strictNoDismissals ? "strict" : String(rules.noDismissals))
        switch rules.protectNeed {
        case .off: add("rules.protectNeed", "false")
        case .hard: add("rules.protectNeed", "true")
        case .soft(let penalty): add("rules.protectNeed", "penalty \(number(penalty))")
        }
        add("rules.overQuotaFrozen", String(rules.overQuotaFrozen))
        add("rules.attritionRate", number(rules.attritionRate))

        for (key, pool) in disambiguated(scenario.pools, key: { $0.key.description }) {
            add("pools[\(key)].total", optional(pool.total))
            switch pool.reserve {
            case .none: add("pools[\(key)].reserve", "none")
            case .upTo(let n): add("pools[\(key)].reserve", String(n))
            case .unlimited: add("pools[\(key)].reserve", "unlimited")
            }
        }
        for (key, channel) in disambiguated(scenario.channels, key: { "\($0.kind):\($0.from)>\($0.to)" }) {
            add("channels[\(key)].cap", String(channel.cap))
            add("channels[\(key)].cost", number(channel.cost))
        }
        for (key, priority) in disambiguated(scenario.priorities, key: \.tag) {
            add("priorities[\(key)].name", priority.name)
            add("priorities[\(key)].needFloor", priority.needFloor.map(number) ?? "none")
            add("priorities[\(key)].weight", number(priority.weight))
            add("priorities[\(key)].noCut", String(priority.noCut))
        }
        for (key, floor) in disambiguated(scenario.shareFloors, key: \.name) {
            add("shareFloors[\(key)].scope", floor.scope)
            add("shareFloors[\(key)].kind", floor.kind)
            add("shareFloors[\(key)].level", floor.selector.level?.rawValue ?? "any")
            add("shareFloors[\(key)].tag", floor.selector.tag ?? "any")
            switch floor.floor {
            case .share(let share): add("shareFloors[\(key)].floor", number(share))
            case .current: add("shareFloors[\(key)].floor", "current")
            }
            add("shareFloors[\(key)].hard", String(floor.hard))
            add("shareFloors[\(key)].base", floor.base.rawValue)
            add("shareFloors[\(key)].penalty", number(floor.penalty))
        }
        for (key, standard) in disambiguated(scenario.standards, key: \.name) {
            add("standards[\(key)].tag", standard.selector.tag ?? "any")
            add("standards[\(key)].level", standard.selector.level?.rawValue ?? "any")
            add("standards[\(key)].kind", standard.kind ?? "any")
            add("standards[\(key)].driver", standard.driver)
            add("standards[\(key)].\(standard.formula.key.rawValue)", number(standard.formula.factor))
            add("standards[\(key)].base", number(standard.base))
        }

        for term in ObjectiveTerm.allCases {
            add("objective.weights.\(term.rawValue)", number(scenario.objective.weight(term)))
        }
        add("objective.tiers", scenario.objective.tiers.map { tiers in
            tiers.map { $0.map(\.rawValue).joined(separator: ",") }.joined(separator: " | ")
        } ?? "none")

        let lanes = scenario.lanes
        add("lanes.sameDepartment", number(lanes.sameDepartment))
        add("lanes.sameRegion", number(lanes.sameRegion))
        add("lanes.sameLevel", number(lanes.sameLevel))
        add("lanes.downward", number(lanes.downward))
        add("lanes.upward", number(lanes.upward))

        return entries
            .sorted { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
            .map { "\($0.0) = \($0.1)" }
    }

    /// Splits a line into key and value at the first ` = `; a line without one is all key.
    public static func split(_ line: String) -> (key: String, value: String) {
        guard let range = line.range(of: " = ") else { return (line, "") }
        return (String(line[..<range.lowerBound]), String(line[range.upperBound...]))
    }

    /// Keys for items, with `#2`, `#3`… appended to repeated keys so none is lost.
    private static func disambiguated<T>(_ items: [T], key: (T) -> String) -> [(String, T)] {
        var seen: [String: Int] = [:]
        return items.map { item in
            let base = key(item)
            let n = (seen[base] ?? 0) + 1
            seen[base] = n
            return (n == 1 ? base : "\(base)#\(n)", item)
        }
    }
}
