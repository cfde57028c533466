/// Derives units' need from the scenario's staffing standards (编制标准) — the one place it is
/// done. ``ScenarioLoader`` calls it right after reading a file, so `validate`, `solve`,
/// `explain`, `diff`, `report` and `bench` all see the same need, derived once.
///
/// For every unit not yet derived: the standards that select it (tag and/or level, and kind
/// when given) are looked up; exactly one may. With its driver value the need is
/// `base + formula(driver)` and the unit records a ``NeedBasis``; a need the planner typed
/// overrides the derived one (the basis keeps both, so outputs can say so). Problems:
/// a unit selected by two standards, a selected unit without the driver value and without a
/// typed need, a standard of an unknown kind, a need beyond the format's maximum (errors);
/// a standard that selects no unit (warning).
public enum NeedDerivation {
    /// The scenario with derived needs and every problem found. `yamlFile` is the scenario
    /// file: units read from it are named `units[3]…` in messages, units of a unit table by
    /// their columns.
    public static func derive(_ scenario: Scenario, yamlFile: String? = nil) -> (scenario: Scenario, diagnostics: [Diagnostic]) {
        guard !scenario.standards.isEmpty else { return (scenario, []) }
        var s = scenario
        var diagnostics: [Diagnostic] = []
        let tree = RegionTree(regions: scenario.regions)
        let kindIDs = Set(scenario.kinds.map(\.id))

        var usable: [Int] = []
        for (i, standard) in scenario.standards.enumerated() {
            if let kind = standard.kind, !kindIDs.contains(kind) {
                let suggestion = KeySuggestion.closest(to: kind, in: scenario.kinds.map(\.id) + scenario.kinds.map(\.name))
                diagnostics.append(.error(
                    at: standard.location, field: "standards[\(i)].kind", value: kind,
                    message: .unknownKind(suggestion: suggestion), fix: .useOneOf(scenario.kinds.map(\.id))))
            } else {
                usable.append(i)
            }
        }

        var selected = Array(repeating: 0, count: scenario.standards.count)
        for u in s.units.indices {
            let unit = s.units[u]
            let level = tree.level(of: unit.region)
            let matching = usable.filter { i in
                let standard = scenario.standards[i]
                return standard.selector.matches(unit, level: level) && (standard.kind.map { $0 == unit.kind } ?? true)
            }
            for i in matching { selected[i] += 1 }
            guard unit.needBasis == nil, let first = matching.first else { continue }
            let fromYAML = yamlFile != nil && unit.location?.file == yamlFile
            if matching.count > 1 {
                diagnostics.append(.error(
                    at: unit.location, field: fromYAML ? "units[\(u)].tags" : unit.name,
                    value: unit.tags.joined(separator: ";"),
                    message: .standard(.twoStandards(
                        first: scenario.standards[first].name, second: scenario.standards[matching[1]].name)),
                    fix: .standard(.oneStandardPerUnit)))
                continue
            }
            let standard = scenario.standards[first]
            guard let value = unit.drivers[standard.driver] else {
                if unit.need == nil {
                    diagnostics.append(.error(
                        at: unit.location, field: fromYAML ? "units[\(u)].drivers.\(standard.driver)" : standard.driver,
                        message: .standard(.driverMissing(standard: standard.name, driver: standard.driver)),
                        fix: .standard(.fillDriver(driver: standard.driver))))
                }
                continue
            }
            let derived = standard.need(driver: value)
            guard derived <= Double(ScalarParsing.maximum) else {
                diagnostics.append(.error(
                    at: unit.location, field: fromYAML ? "units[\(u)].drivers.\(standard.driver)" : standard.driver,
                    value: NumberFormat.plain(value, decimals: 6),
                    message: .standard(.derivedNeedTooLarge(standard: standard.name, maximum: ScalarParsing.maximum)),
                    fix: .standard(.checkDriverAndFactor)))
                continue
            }
            let basis = NeedBasis(
                standard: standard.name, driver: standard.driver, driverValue: value, formula: standard.formula.key,
                factor: standard.formula.factor, base: standard.base, derivedNeed: derived, explicitNeed: unit.need,
                source: standard.source)
            s.units[u].needBasis = basis
            s.units[u].need = basis.need
        }
        for i in usable where selected[i] == 0 {
            let standard = scenario.standards[i]
            diagnostics.append(.warning(
                at: standard.location, field: "standards[\(i)]", value: standard.name,
                message: .standard(.selectsNoUnit(standard: standard.name)), fix: .standard(.checkSelection)))
        }
        return (s, diagnostics)
    }
}
