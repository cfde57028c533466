/// 空编/超编 of one department, region, level or pool, summed over its units.
public struct StaffingGroup: Sendable, Codable, Equatable {
    /// What the units are grouped by.
    public enum Dimension: String, Sendable, Codable, Equatable, CaseIterable {
        case department, region, level, pool

        /// The planners' word for the grouping.
        public var chineseName: String {
            switch self {
            case .department: return "部门"
            case .region: return "区域"
            case .level: return "层级"
            case .pool: return "编制池"
            }
        }
    }

    /// What the units are grouped by.
    public var by: Dimension
    /// The group's key: department name, region id, level, or pool `kind@scope`.
    public var id: String
    /// Display name.
    public var name: String
    /// Number of units.
    public var units: Int
    /// People in post.
    public var headcount: Int
    /// Quota before and after.
    public var quotaBefore: Int
    /// Quota after.
    public var quotaAfter: Int
    /// 空编/超编 before and after.
    public var staffing: StaffingFigures

    /// The groups of a result's units: departments in order of first appearance, regions and
    /// pools in scenario order, levels from province down; empty groups left out.
    public static func groups(
        units: [SolveResult.UnitResult], regions: [SolveResult.NamedItem], kinds: [SolveResult.NamedItem]
    ) -> [StaffingGroup] {
        func collect(_ by: Dimension, keys: [(id: String, name: String)], key: (SolveResult.UnitResult) -> String) -> [StaffingGroup] {
            var index: [String: Int] = [:]
            var result = keys.enumerated().map { i, k -> StaffingGroup in
                index[k.id] = i
                return StaffingGroup(by: by, id: k.id, name: k.name, units: 0, headcount: 0, quotaBefore: 0, quotaAfter: 0, staffing: .zero)
            }
            for u in units {
                guard let i = index[key(u)] else { continue }
                result[i].units += 1
                result[i].headcount += u.headcount
                result[i].quotaBefore += u.quota
                result[i].quotaAfter += u.newQuota
                result[i].staffing = result[i].staffing + u.staffing
            }
            return result.filter { $0.units > 0 }
        }
        var departments: [(id: String, name: String)] = [], seen = Set<String>()
        for u in units where seen.insert(u.department).inserted {
            departments.append((u.department, u.department.isEmpty ? "(无部门)" : u.department))
        }
        let regionName = regions.namesByID
        let kindName = kinds.namesByID
        var pools: [(id: String, name: String)] = [], seenPools = Set<PoolKey>()
        let kindOrder = Dictionary(kinds.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let regionOrder = Dictionary(regions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for u in units.sorted(by: {
            (kindOrder[$0.kind] ?? 0, regionOrder[$0.pool] ?? 0) < (kindOrder[$1.kind] ?? 0, regionOrder[$1.pool] ?? 0)
        }) where seenPools.insert(PoolKey(kind: u.kind, scope: u.pool)).inserted {
            pools.append((PoolKey(kind: u.kind, scope: u.pool).description, "\(regionName[u.pool] ?? u.pool) \(kindName[u.kind] ?? u.kind)"))
        }
        return collect(.department, keys: departments) { $0.department }
            + collect(.region, keys: regions.map { ($0.id, $0.name) }) { $0.region }
            + collect(.level, keys: Level.allCases.map { ($0.rawValue, $0.chineseName) }) { $0.level.rawValue }
            + collect(.pool, keys: pools) { PoolKey(kind: $0.kind, scope: $0.pool).description }
    }
}
