/// Splits a scenario into independent blocks: pools joined by a channel or by a share floor
/// whose selected units lie in several pools end up in one block.
///
/// Why: the pool rows partition the units, so the matrix is block-diagonal once the linking
/// rows are grouped; solving blocks separately is exact and far faster than one GLPK model.
public struct Decomposition: Sendable {
    /// The blocks, ordered by their smallest pool index.
    public private(set) var blocks: [Block]
    /// Block index of every pool.
    public private(set) var blockOfPool: [Int]

    /// Partitions the scenario; `monolithic` puts everything into one block (for tests and
    /// export).
    public init(scenario: Scenario, pools: PoolIndex, floors: [ShareFloorTarget], monolithic: Bool = false) {
        var parent = Array(0..<pools.pools.count)
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a), rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        var channelPools: [(Int, Int)] = []
        for channel in scenario.channels {
            let from = pools.pool(kind: channel.kind, scope: channel.from)!
            let to = pools.pool(kind: channel.kind, scope: channel.to)!
            channelPools.append((from, to))
            union(from, to)
        }
        for target in floors {
            let touched = target.units.map { pools.poolOfUnit[$0] }
            for p in touched.dropFirst() { union(touched[0], p) }
        }
        if monolithic {
            for p in pools.pools.indices { union(0, p) }
        }

        var blockOfRoot: [Int: Int] = [:]
        var blocks: [Block] = []
        var blockOfPool = [Int](repeating: 0, count: pools.pools.count)
        for p in pools.pools.indices {
            let root = find(p)
            let b: Int
            if let existing = blockOfRoot[root] {
                b = existing
            } else {
                b = blocks.count
                blockOfRoot[root] = b
                blocks.append(Block(index: b, pools: [], units: [], channels: [], shareFloors: []))
            }
            blockOfPool[p] = b
            blocks[b].pools.append(p)
        }
        for (u, p) in pools.poolOfUnit.enumerated() { blocks[blockOfPool[p]].units.append(u) }
        for (c, ends) in channelPools.enumerated() { blocks[blockOfPool[ends.0]].channels.append(c) }
        for (f, target) in floors.enumerated() {
            // A floor that selects no unit still belongs somewhere so that its infeasibility
            // (a positive hard floor over nothing) is reported; the first pool's block takes it.
            let pool = target.units.first.map { pools.poolOfUnit[$0] } ?? 0
            if !blocks.isEmpty { blocks[blockOfPool[pool]].shareFloors.append(f) }
        }
        self.blocks = blocks
        self.blockOfPool = blockOfPool
    }
}
