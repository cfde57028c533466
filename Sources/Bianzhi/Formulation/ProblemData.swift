/// Everything the formulation needs, derived once from a validated scenario.
///
/// Why a separate value: pool membership, unit bounds and floor targets are needed by the
/// model builder, the transfer planner, the explanations and the reports alike; computing
/// them in one place keeps every stage consistent.
public struct ProblemData: Sendable {
    /// The validated scenario.
    public let scenario: Scenario
    /// The region tree.
    public let tree: RegionTree
    /// Pool membership and totals.
    public let pools: PoolIndex
    /// Hard bounds of every unit's new quota, by unit index: those of the final plan year
    /// (the only year of a one-year plan), which the allocation reports.
    /// (Settable inside the module so explanations can re-solve with one bound moved.)
    public internal(set) var bounds: [UnitBounds]
    /// Plan years (`scenario.horizon`, at least 1).
    public var horizon: Int { yearBounds.count }
    /// Bounds of every unit's quota in each plan year: `yearBounds[t − 1]` for year `t`; the
    /// last is ``bounds``. A multi-year model holds every year in its own box.
    public let yearBounds: [[UnitBounds]]
    /// Resolved share floors, by floor index.
    /// (Settable inside the module so explanations can re-solve with one floor lowered.)
    public internal(set) var floors: [ShareFloorTarget]
    /// Shortfall weight multiplier per unit (the highest of its priority classes, else 1).
    public let priorityWeight: [Double]
    /// Pool index per channel: (from, to).
    public let channelPools: [(from: Int, to: Int)]

    /// Derives the data; the scenario must have passed ``ScenarioValidator``.
    public init(scenario: Scenario) {
        self.scenario = scenario
        let tree = RegionTree(regions: scenario.regions)
        self.tree = tree
        let pools = PoolIndex(scenario: scenario, tree: tree)
        self.pools = pools
        let years = max(1, scenario.metadata.horizonYears)
        let yearBounds = (1...years).map { UnitBounds.compute(for: scenario, pools: pools, year: $0) }
        self.yearBounds = yearBounds
        self.bounds = yearBounds[years - 1]
        self.floors = ShareFloorTarget.resolve(scenario, tree: tree, pools: pools)
        var weightOfTag: [String: Double] = [:]
        for priority in scenario.priorities { weightOfTag[priority.tag] = max(weightOfTag[priority.tag] ?? 0, priority.weight) }
        self.priorityWeight = scenario.units.map { unit in
            unit.tags.compactMap { weightOfTag[$0] }.max() ?? 1
        }
        self.channelPools = scenario.channels.map {
            (pools.pool(kind: $0.kind, scope: $0.from)!, pools.pool(kind: $0.kind, scope: $0.to)!)
        }
    }

    /// The priority classes a unit belongs to, in declaration order.
    public func priorityClasses(ofUnit u: Int) -> [PriorityClass] {
        let tags = scenario.units[u].tags
        return scenario.priorities.filter { tags.contains($0.tag) }
    }
}
