/// Which units a share floor measures, shared by the validator and the formulation so both
/// count the same units.
public enum ShareFloorSelection {
    /// Indices (ascending) of the units of the floor's kind in the subtree of its scope that
    /// match its selector — the numerator of the share.
    public static func units(of floor: ShareFloor, in scenario: Scenario, tree: RegionTree) -> [Int] {
        Index(scenario: scenario, tree: tree).units(of: floor)
    }

    /// Indices (ascending) of all units of the floor's kind in the subtree of its scope — the
    /// base `B` of the share.
    public static func scopeUnits(of floor: ShareFloor, in scenario: Scenario, tree: RegionTree) -> [Int] {
        Index(scenario: scenario, tree: tree).scopeUnits(of: floor)
    }

    /// The floor in quotas: `⌈share × B − 10⁻⁹⌉` (so 0.3 × 100 asks 30, not 31), or the selected units' current sum for `.current`.
    public static func amount(of floor: ShareFloor, in scenario: Scenario, tree: RegionTree) -> Int {
        Index(scenario: scenario, tree: tree).amount(of: floor)
    }

    /// `⌈share × base⌉`, with a tolerance of 10⁻⁹ so that 0.3 × 100 asks 30, not 31.
    public static func amount(share: Double, base: Int) -> Int {
        Int((share * Double(base) - 1e-9).rounded(.up))
    }

    /// Units grouped by region, built once, so that resolving many floors costs the size of
    /// each floor's subtree rather than a walk up the tree for every unit and every floor
    /// (a province has ~300 floors over ~60,000 units).
    public struct Index: Sendable {
        let scenario: Scenario
        let tree: RegionTree
        /// Unit indices (ascending) per region, by the region's declaration index.
        let unitsByRegion: [[Int]]
        /// Regions whose parent is each region, by declaration index: a floor's subtree is
        /// walked down from its scope, in the size of the subtree (a mask over all regions per
        /// floor was quadratic at country scale: 5,400 floors × 49,000 regions).
        let children: [[Int]]
        /// Pools, for the new total a `base: new` floor is measured against.
        let pools: PoolIndex

        /// Groups the units of a scenario by region.
        public init(scenario: Scenario, tree: RegionTree, pools: PoolIndex? = nil) {
            self.scenario = scenario
            self.tree = tree
            self.pools = pools ?? PoolIndex(scenario: scenario, tree: tree)
            var byRegion = [[Int]](repeating: [], count: tree.regions.count)
            for (u, unit) in scenario.units.enumerated() {
                if let r = tree.order(of: unit.region) { byRegion[r].append(u) }
            }
            self.unitsByRegion = byRegion
            var children = [[Int]](repeating: [], count: tree.regions.count)
            for (r, region) in tree.regions.enumerated() {
                if let parent = region.parent.flatMap({ tree.order(of: $0) }) { children[parent].append(r) }
            }
            self.children = children
        }

        /// Units of the floor's kind in the subtree of its scope, ascending: the regions whose
        /// walk up the parents reaches the scope (as ``RegionTree/subtreeMask(of:)``; a cycle
        /// is walked once).
        public func scopeUnits(of floor: ShareFloor) -> [Int] {
            var result: [Int] = []
            for r in subtree(of: floor.scope) {
                for u in unitsByRegion[r] where scenario.units[u].kind == floor.kind { result.append(u) }
            }
            result.sort()
            return result
        }

        /// The regions (declaration indices) at or below `scope`, walked down its children.
        func subtree(of scope: String) -> Set<Int> {
            guard let start = tree.order(of: scope) else { return [] }
            var visited: Set<Int> = [start]
            var stack = [start]
            while let r = stack.popLast() {
                for child in children[r] where visited.insert(child).inserted { stack.append(child) }
            }
            return visited
        }

        /// Units of the scope that match the floor's selector, ascending.
        public func units(of floor: ShareFloor) -> [Int] {
            select(scopeUnits(of: floor), floor)
        }

        /// The floor in quotas.
        public func amount(of floor: ShareFloor) -> Int {
            resolve(floor).amount
        }

        /// Selected units, base, current selected sum and amount in one pass.
        func resolve(_ floor: ShareFloor) -> (selected: [Int], base: Int, currentSelected: Int, amount: Int) {
            let scope = scopeUnits(of: floor)
            let selected = select(scope, floor)
            let base = floor.base == .new ? newBase(scope, inside: subtree(of: floor.scope)) : scope.reduce(0) { $0 + scenario.units[$1].quota }
            let current = selected.reduce(0) { $0 + scenario.units[$1].quota }
            switch floor.floor {
            case .current:
                return (selected, base, current, current)
            case .share(let share):
                return (selected, base, current, ShareFloorSelection.amount(share: share, base: base))
            }
        }

        /// The scope's new total of the kind: the control total of every pool whose scope lies
        /// inside the floor's scope, plus the current quota of scope units whose pool reaches
        /// above it (their share of a wider total is not fixed in advance). Channels are not
        /// counted: what they carry is decided by the solve, and the base must be a constant.
        func newBase(_ scope: [Int], inside: Set<Int>) -> Int {
            var base = 0
            for u in scope where !basePoolsContain(u, inside) { base += scenario.units[u].quota }
            for p in basePools(scope, inside: inside) { base += pools.pools[p].total }
            return base
        }

        /// The pools whose control total a `base: new` floor counts, ascending.
        public func basePools(of floor: ShareFloor) -> [Int] {
            guard floor.base == .new else { return [] }
            return basePools(scopeUnits(of: floor), inside: subtree(of: floor.scope))
        }

        /// `inside`: the regions of the floor's scope (``subtree(of:)``); a set the size of the
        /// subtree, not a mask over every region per floor (quadratic at country scale).
        func basePools(_ scope: [Int], inside: Set<Int>) -> [Int] {
            Array(Set(scope.filter { basePoolsContain($0, inside) }.map { pools.poolOfUnit[$0] })).sorted()
        }

        private func basePoolsContain(_ u: Int, _ inside: Set<Int>) -> Bool {
            let p = pools.poolOfUnit[u]
            guard p >= 0, let r = tree.order(of: pools.pools[p].scope) else { return false }
            return inside.contains(r)
        }

        private func select(_ scope: [Int], _ floor: ShareFloor) -> [Int] {
            scope.filter { u in
                let unit = scenario.units[u]
                if let level = floor.selector.level, tree.level(of: unit.region) != level { return false }
                if let tag = floor.selector.tag, !unit.tags.contains(tag) { return false }
                return true
            }
        }
    }
}
