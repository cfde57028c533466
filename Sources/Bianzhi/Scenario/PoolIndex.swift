/// Which pool (budget scope × kind) every unit belongs to, including the default pools of
/// units no declared pool covers.
///
/// Rule (docs/scenario-format.md): a unit belongs to the pool of its kind whose scope is the
/// nearest declared scope at or above the unit's region; otherwise to a default pool whose
/// scope is its nearest county-level region at or above it, or, for units above county level,
/// the nearest city-level (else province-level) region.
public struct PoolIndex: Sendable {
    /// One pool: the units that exchange quota under one control total.
    public struct Pool: Sendable, Equatable {
        /// Quota kind identifier.
        public var kind: String
        /// Region identifier of the scope.
        public var scope: String
        /// Indices into `scenario.units`, ascending.
        public var units: [Int]
        /// Sum of the current quotas of the pool's units.
        public var currentTotal: Int
        /// The control total to reach: `spec.total ?? currentTotal`.
        public var total: Int
        /// Most quota the pool may hold back in its reserve; `nil` = unlimited.
        public var reserveLimit: Int?
        /// The declaration; `nil` for a default pool.
        public var spec: PoolSpec?
        /// Index of the declaration in `scenario.pools`; `nil` for a default pool.
        public var specIndex: Int?
    }

    /// All pools, sorted by the kind's position in `scenario.kinds`, then the scope's
    /// position in `scenario.regions`, so every consumer sees the same order.
    public var pools: [Pool]
    /// For each unit, the index of its pool in ``pools``; −1 only for a unit whose kind or
    /// region is unknown (the validator reports those, and such a scenario is never solved).
    public var poolOfUnit: [Int]
    /// Pool index by kind and scope, for ``pool(kind:scope:)``.
    private var poolByKey: [PoolKey: Int]

    /// Resolves the pools of a scenario.
    public init(scenario: Scenario) {
        self.init(scenario: scenario, tree: RegionTree(regions: scenario.regions))
    }

    /// Resolves the pools with an already built region tree.
    public init(scenario: Scenario, tree: RegionTree) {
        var kindOrder: [String: Int] = [:]
        for (i, kind) in scenario.kinds.enumerated() where kindOrder[kind.id] == nil { kindOrder[kind.id] = i }

        // Declared pools by kind and scope; for a duplicated pair the first declaration wins
        // (the validator reports the second).
        var declared: [PoolKey: Int] = [:]
        for (i, spec) in scenario.pools.enumerated() {
            let key = Self.key(spec.kind, spec.scope)
            if declared[key] == nil { declared[key] = i }
        }

        // The nearest declared scope of each kind, and the default scope, for every region at
        // once: linear in the regions, however deep the tree (a walk per unit up a 5,000-region
        // chain took minutes).
        let regions = tree.regions
        var declaredScope: [String: [Int?]] = [:]
        for kind in scenario.kinds where declaredScope[kind.id] == nil {
            declaredScope[kind.id] = tree.nearestAtOrAbove { declared[Self.key(kind.id, regions[$0].id)] != nil }
        }
        let defaultScopes = Self.defaultScopes(tree)

        var units: [PoolKey: [Int]] = [:]
        var unitScope: [(kind: String, scope: String)?] = []
        for (u, unit) in scenario.units.enumerated() {
            guard kindOrder[unit.kind] != nil, let r = tree.order(of: unit.region) else {
                unitScope.append(nil)
                continue
            }
            let scope = declaredScope[unit.kind]?[r].map { regions[$0].id } ?? defaultScopes[r]
            units[Self.key(unit.kind, scope), default: []].append(u)
            unitScope.append((unit.kind, scope))
        }

        // Collect pool keys from arrays (declarations, then units), never from the dictionary.
        var keys: [(kind: String, scope: String, spec: Int?)] = []
        var seenKeys: Set<PoolKey> = []
        for (i, spec) in scenario.pools.enumerated()
        where kindOrder[spec.kind] != nil && tree.region(spec.scope) != nil {
            if seenKeys.insert(Self.key(spec.kind, spec.scope)).inserted { keys.append((spec.kind, spec.scope, i)) }
        }
        for scope in unitScope {
            guard let scope else { continue }
            if seenKeys.insert(Self.key(scope.kind, scope.scope)).inserted { keys.append((scope.kind, scope.scope, nil)) }
        }
        keys.sort { a, b in
            let ka = kindOrder[a.kind]!, kb = kindOrder[b.kind]!
            if ka != kb { return ka < kb }
            return tree.order(of: a.scope)! < tree.order(of: b.scope)!
        }

        var pools: [Pool] = []
        var poolByKey: [PoolKey: Int] = [:]
        for key in keys {
            let members = units[Self.key(key.kind, key.scope)] ?? []
            let current = members.reduce(0) { $0 + scenario.units[$1].quota }
            let spec = key.spec.map { scenario.pools[$0] }
            poolByKey[Self.key(key.kind, key.scope)] = pools.count
            pools.append(Pool(
                kind: key.kind, scope: key.scope, units: members, currentTotal: current,
                total: spec?.total ?? current,
                reserveLimit: spec.map { $0.reserve.limit } ?? 0,
                spec: spec, specIndex: key.spec))
        }
        self.pools = pools
        self.poolByKey = poolByKey
        self.poolOfUnit = unitScope.map { scope in
            scope.flatMap { poolByKey[Self.key($0.kind, $0.scope)] } ?? -1
        }
    }

    /// The index of the pool of this kind and scope.
    public func pool(kind: String, scope: String) -> Int? {
        poolByKey[Self.key(kind, scope)]
    }

    /// The index of the pool with this key.
    public func pool(_ key: PoolKey) -> Int? {
        poolByKey[key]
    }

    /// The scope of the default pool of a unit in each region (by declaration index), in
    /// O(regions): the nearest county-level region at or above it, or, for a region above
    /// county level, the nearest city (else province) region; failing all, the top of its chain.
    static func defaultScopes(_ tree: RegionTree) -> [String] {
        let regions = tree.regions
        let nearest = [Level.county, .city, .province].map { level in
            (level, tree.nearestAtOrAbove { regions[$0].level == level })
        }
        let top = tree.nearestAtOrAbove { tree.parentIndex(of: $0) == nil }
        return regions.indices.map { i in
            let preference: [Level] = regions[i].level >= .county ? [.county, .city, .province] : [.city, .province]
            for (level, answers) in nearest where preference.contains(level) {
                if let scope = answers[i] { return regions[scope].id }
            }
            return top[i].map { regions[$0].id } ?? regions[i].id
        }
    }

    private static func key(_ kind: String, _ scope: String) -> PoolKey { PoolKey(kind: kind, scope: scope) }
}
