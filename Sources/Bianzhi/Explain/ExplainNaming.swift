/// How explanations name pools, channels, units and rules, in one place so every message
/// uses the same words.
struct ExplainNaming {
    let data: ProblemData
    /// The language of the sentences built from the catalogue (``ExplainRuleText``).
    var language: Language = .en

    /// `kind@scope`, the machine key of a pool.
    func poolKey(_ p: Int) -> PoolKey {
        data.pools.pools[p].key
    }

    /// "测试县 行政编制".
    func poolName(_ p: Int) -> String {
        let pool = data.pools.pools[p]
        return "\(regionName(pool.scope)) \(kindName(pool.kind))"
    }

    func kindName(_ id: String) -> String { data.scenario.kinds.first { $0.id == id }?.name ?? id }
    func regionName(_ id: String) -> String { data.tree.region(id)?.name ?? id }

    /// `kind:from>to`.
    func channelKey(_ c: Int) -> String {
        let channel = data.scenario.channels[c]
        return "\(channel.kind):\(channel.from)>\(channel.to)"
    }

    /// "channel 行政编制 示例市 → 示例县".
    func channelName(_ c: Int) -> String {
        let channel = data.scenario.channels[c]
        return "channel \(kindName(channel.kind)) \(regionName(channel.from)) → \(regionName(channel.to))"
    }

    func unitAmount(_ u: Int, _ amount: Int, rule: BoundReason? = nil) -> UnitAmount {
        let unit = data.scenario.units[u]
        return UnitAmount(id: unit.id, name: unit.name, amount: amount, rule: rule)
    }

    /// The priority class that sets a unit's priority floor (the highest needFloor), by index.
    func priorityClassIndex(ofUnit u: Int) -> Int? {
        let unit = data.scenario.units[u]
        guard let need = unit.need else { return nil }
        var best: (index: Int, floor: Int)? = nil
        for (i, priority) in data.scenario.priorities.enumerated() where unit.tags.contains(priority.tag) {
            guard let share = priority.needFloor else { continue }
            let floor = Int((share * need - 1e-9).rounded(.up))
            if best == nil || floor > best!.floor { best = (i, floor) }
        }
        return best?.index
    }

    /// A bound's rule with its arithmetic, e.g. "no dismissals: headcount 12 − attrition 1".
    func lowerDetail(_ u: Int) -> String {
        let unit = data.scenario.units[u], b = data.bounds[u]
        switch b.lowerReason {
        case .noDismissals: return "no dismissals (headcount \(unit.headcount) − attrition \(b.attrition) = \(b.lower))"
        case .changeLimit: return "change limit (quota \(unit.quota) − \(b.changeLimit ?? 0) = \(b.lower))"
        case .priorityFloor:
            let name = priorityClassIndex(ofUnit: u).map { data.scenario.priorities[$0].name } ?? "priority"
            let share = priorityClassIndex(ofUnit: u).flatMap { data.scenario.priorities[$0].needFloor } ?? 0
            return "priority floor of \(name) (⌈\(NumberFormat.plain(share)) × need \(NumberFormat.plain(unit.need ?? 0))⌉ = \(b.lower))"
        case .zero: return "no rule holds it above 0"
        case .needProtection: return "need protection (不从缺编单位调出: min(quota \(unit.quota), ⌈need \(NumberFormat.plain(unit.need ?? 0))⌉) = \(b.lower))"
        case .priorityNoCut: return "no cut for its priority class (保重点: quota \(unit.quota))"
        case .locked, .unitMinimum: return "\(b.lowerReason.englishDescription) = \(b.lower)\(unit.reason.map { " (\($0))" } ?? "")"
        default: return "\(b.lowerReason.englishDescription) = \(b.lower)"
        }
    }

    /// The bound as a noun: "the no-dismissal floor".
    static func noun(_ reason: BoundReason) -> String {
        switch reason {
        case .zero: return "zero"
        case .noDismissals: return "the no-dismissal floor"
        case .changeLimit: return "the change limit"
        case .priorityFloor: return "the priority floor"
        case .overQuotaFrozen: return "the over-quota freeze"
        case .poolTotal: return "the pool total"
        case .needProtection: return "the need-protection floor"
        case .priorityNoCut: return "the class's no-cut rule"
        case .locked: return "the lock"
        case .unitMinimum: return "the unit's minimum"
        case .unitMaximum: return "the unit's maximum"
        }
    }

    /// The upper bound's rule with its arithmetic.
    func upperDetail(_ u: Int) -> String {
        let unit = data.scenario.units[u], b = data.bounds[u]
        switch b.upperReason {
        case .changeLimit: return "change limit (quota \(unit.quota) + \(b.changeLimit ?? 0) = \(b.upper))"
        case .overQuotaFrozen: return "over-quota freeze (headcount \(unit.headcount) > quota \(unit.quota): may not gain)"
        case .poolTotal: return "pool total (with what channels can bring: \(b.upper))"
        case .locked, .unitMaximum: return "\(b.upperReason.englishDescription) = \(b.upper)\(unit.reason.map { " (\($0))" } ?? "")"
        default: return "\(b.upperReason.englishDescription) = \(b.upper)"
        }
    }
}
