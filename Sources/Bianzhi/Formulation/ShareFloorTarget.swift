/// A share floor resolved against the scenario: the units it counts and the quota they must
/// hold together.
public struct ShareFloorTarget: Sendable, Equatable {
    /// Index into ``Scenario/shareFloors``.
    public var floorIndex: Int
    /// Units selected by the floor (kind, scope subtree, selector), ascending.
    public var units: [Int]
    /// The base of the share: the scope's new total of the kind (`base: new`) or its current
    /// total (`base: current`).
    public var base: Int
    /// Current quota of the selected units.
    public var currentSelected: Int
    /// Pools whose control total is counted in a `base: new` base (empty for `base: current`):
    /// the base moves with their totals.
    public var basePools: [Int] = []
    /// The quota the selected units must hold together: `⌈share × base⌉` or the current sum.
    public var amount: Int

    /// Resolves every share floor of the scenario (the selection rules are
    /// ``ShareFloorSelection``'s, shared with the validator).
    public static func resolve(_ scenario: Scenario, tree: RegionTree, pools: PoolIndex? = nil) -> [ShareFloorTarget] {
        let index = ShareFloorSelection.Index(scenario: scenario, tree: tree, pools: pools)
        return scenario.shareFloors.enumerated().map { i, floor in
            let resolved = index.resolve(floor)
            return ShareFloorTarget(
                floorIndex: i, units: resolved.selected, base: resolved.base,
                currentSelected: resolved.currentSelected, basePools: index.basePools(of: floor), amount: max(0, resolved.amount))
        }
    }
}
