/// Which units a share floor measures, shared by the validator and the formulation so both
/// count the same units.
public enum ShareFloorSelection {
    /// Indices (ascending) of the units of the floor's kind in the subtree of its scope that
    /// match its selector — the numerator of the share.
    public static func units(of floor: ShareFloor, in scenario: Scenario, tree: RegionTree) -> [Int] {
        scopeUnits(of: floor, in: scenario, tree: tree).filter { u in
            let unit = scenario.units[u]
            if let level = floor.selector.level, tree.level(of: unit.region) != level { return false }
            if let tag = floor.selector.tag, !unit.tags.contains(tag) { return false }
            return true
        }
    }

    /// Indices (ascending) of all units of the floor's kind in the subtree of its scope — the
    /// base `B` of the share.
    public static func scopeUnits(of floor: ShareFloor, in scenario: Scenario, tree: RegionTree) -> [Int] {
        scenario.units.indices.filter { u in
            scenario.units[u].kind == floor.kind && tree.isInSubtree(scenario.units[u].region, of: floor.scope)
        }
    }

    /// The floor in quotas: `⌈share × B⌉`, or the selected units' current sum for `.current`.
    public static func amount(of floor: ShareFloor, in scenario: Scenario, tree: RegionTree) -> Int {
        switch floor.floor {
        case .current:
            return units(of: floor, in: scenario, tree: tree).reduce(0) { $0 + scenario.units[$1].quota }
        case .share(let share):
            let base = scopeUnits(of: floor, in: scenario, tree: tree).reduce(0) { $0 + scenario.units[$1].quota }
            return Int((share * Double(base) - 1e-9).rounded(.up))
        }
    }
}
