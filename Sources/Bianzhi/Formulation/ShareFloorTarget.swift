/// A share floor resolved against the scenario: the units it counts and the quota they must
/// hold together.
public struct ShareFloorTarget: Sendable, Equatable {
    /// Index into ``Scenario/shareFloors``.
    public var floorIndex: Int
    /// Units selected by the floor (kind, scope subtree, selector), ascending.
    public var units: [Int]
    /// Current quota of every unit of the kind in the scope: the base of the share.
    public var base: Int
    /// Current quota of the selected units.
    public var currentSelected: Int
    /// The quota the selected units must hold together: `⌈share × base⌉` or the current sum.
    public var amount: Int

    /// Resolves every share floor of the scenario.
    public static func resolve(_ scenario: Scenario, tree: RegionTree) -> [ShareFloorTarget] {
        scenario.shareFloors.enumerated().map { index, floor in
            var selected: [Int] = []
            var base = 0
            var current = 0
            for (u, unit) in scenario.units.enumerated()
            where unit.kind == floor.kind && tree.isInSubtree(unit.region, of: floor.scope) {
                base += unit.quota
                let levelMatches = floor.selector.level.map { tree.level(of: unit.region) == $0 } ?? true
                let tagMatches = floor.selector.tag.map { unit.tags.contains($0) } ?? true
                if levelMatches && tagMatches {
                    selected.append(u)
                    current += unit.quota
                }
            }
            let amount: Int
            switch floor.floor {
            case .current: amount = current
            case .share(let share): amount = Int((share * Double(base) - 1e-9).rounded(.up))
            }
            return ShareFloorTarget(floorIndex: index, units: selected, base: base, currentSelected: current, amount: max(0, amount))
        }
    }
}
