/// The region tree of a scenario with constant-time lookups, built once.
///
/// Lookups use dictionaries; anything that produces output walks the `regions` array, so
/// results never depend on hash order. Cycles and unknown parents (reported by the validator)
/// do not hang or crash: walks stop at the first repeated or unknown region.
public struct RegionTree: Sendable {
    /// The regions in declaration order.
    public let regions: [Region]
    private let indexById: [String: Int]
    /// Index of each region's parent (by id, first declaration), `nil` for a root or an
    /// unknown parent.
    private let parentIndex: [Int?]

    /// Indexes the regions; for a duplicated id the first declaration wins.
    public init(regions: [Region]) {
        self.regions = regions
        var index: [String: Int] = [:]
        for (i, region) in regions.enumerated() where index[region.id] == nil {
            index[region.id] = i
        }
        self.indexById = index
        self.parentIndex = regions.map { $0.parent.flatMap { index[$0] } }
    }

    /// The region with this id.
    public func region(_ id: String) -> Region? {
        indexById[id].map { regions[$0] }
    }

    /// Position of the region in declaration order, the order used to sort output.
    public func order(of id: String) -> Int? { indexById[id] }

    /// Level of the region with this id.
    public func level(of id: String) -> Level? { region(id)?.level }

    /// The region's parent, grandparent, … up to the root, nearest first, excluding the
    /// region itself; stops at an unknown parent or a cycle.
    public func ancestors(of id: String) -> [String] {
        var result: [String] = []
        var seen: Set<String> = [id]
        var current = region(id)?.parent
        while let next = current, region(next) != nil, !seen.contains(next) {
            result.append(next)
            seen.insert(next)
            current = region(next)?.parent
        }
        return result
    }

    /// The region itself followed by its ancestors: the chain searched for "nearest at or
    /// above" rules.
    public func selfAndAncestors(of id: String) -> [String] {
        region(id) == nil ? [] : [id] + ancestors(of: id)
    }

    /// Whether `id` is `scope` or lies below it.
    public func isInSubtree(_ id: String, of scope: String) -> Bool {
        selfAndAncestors(of: id).contains(scope)
    }

    /// For every region (by declaration index), whether it is `scope` or lies below it: the
    /// same answer as ``isInSubtree(_:of:)`` for all regions at once, in O(regions) instead of
    /// one walk (and one allocation) per question. Cycles and unknown parents end a walk as
    /// they do there.
    public func subtreeMask(of scope: String) -> [Bool] {
        var mask = [Bool](repeating: false, count: regions.count)
        guard let s = indexById[scope] else { return mask }
        // 0 unknown, 1 inside, 2 outside, 3 on the walk in progress.
        var state = [UInt8](repeating: 0, count: regions.count)
        state[s] = 1
        var path: [Int] = []
        for i in regions.indices where state[i] == 0 {
            path.removeAll(keepingCapacity: true)
            var next: Int? = i
            var inside = false
            while let k = next {
                if state[k] == 1 { inside = true; break }
                if state[k] != 0 { break }
                state[k] = 3
                path.append(k)
                next = parentIndex[k]
            }
            for k in path { state[k] = inside ? 1 : 2 }
        }
        for i in regions.indices where state[i] == 1 { mask[i] = true }
        return mask
    }

    /// For every region (by declaration index), the index of the nearest region at or above
    /// it — itself first — for which `matches` holds; `nil` when the chain ends (at the root,
    /// an unknown parent or a cycle) without one. O(regions): each region is walked once and
    /// takes its answer from where the walk stopped, so a 5,000-region chain costs 5,000
    /// steps, where asking ``nearest(_:atOrAbove:)`` per region costs 12.5 million.
    public func nearestAtOrAbove(where matches: (Int) -> Bool) -> [Int?] {
        var answer = [Int?](repeating: nil, count: regions.count)
        // 0 not visited, 1 on the walk in progress, 2 answered.
        var state = [UInt8](repeating: 0, count: regions.count)
        var path: [Int] = []
        for start in regions.indices where state[start] == 0 {
            path.removeAll(keepingCapacity: true)
            var next: Int? = start
            var found: Int? = nil
            while let k = next {
                if state[k] == 2 { found = answer[k]; break }
                if state[k] == 1 { break }  // a cycle: no answer beyond it
                state[k] = 1
                path.append(k)
                next = parentIndex[k]
            }
            for k in path.reversed() {
                if matches(k) { found = k }
                answer[k] = found
                state[k] = 2
            }
        }
        return answer
    }

    /// Index of the region's parent (first declaration of the parent id), `nil` for a root or
    /// an unknown parent.
    public func parentIndex(of index: Int) -> Int? { parentIndex[index] }

    /// The nearest region at or above `id` whose level is `level`.
    public func nearest(_ level: Level, atOrAbove id: String) -> String? {
        selfAndAncestors(of: id).first { self.level(of: $0) == level }
    }
}
