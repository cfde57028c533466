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
        return ValueNote.channel(kind: kindName(channel.kind), from: regionName(channel.from), to: regionName(channel.to)).text(language)
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

    /// A bound's rule with its arithmetic, e.g. "no dismissals (headcount 12 − attrition 1 = 11)".
    func lowerEntry(_ u: Int) -> BoundDetail {
        let unit = data.scenario.units[u], b = data.bounds[u]
        switch b.lowerReason {
        case .noDismissals: return .noDismissals(headcount: unit.headcount, attrition: b.attrition, lower: b.lower)
        case .changeLimit: return .changeLimitDown(quota: unit.quota, limit: b.changeLimit ?? 0, lower: b.lower)
        case .priorityFloor:
            let priority = priorityClassIndex(ofUnit: u).map { data.scenario.priorities[$0] }
            return .priorityFloor(
                className: priority?.name, share: NumberFormat.plain(priority?.needFloor ?? 0),
                need: NumberFormat.plain(unit.need ?? 0), lower: b.lower)
        case .zero: return .zero
        case .needProtection: return .needProtection(quota: unit.quota, need: NumberFormat.plain(unit.need ?? 0), lower: b.lower)
        case .priorityNoCut: return .priorityNoCut(quota: unit.quota)
        case .locked, .unitMinimum: return .rule(b.lowerReason, value: b.lower, note: unit.reason)
        default: return .rule(b.lowerReason, value: b.lower, note: nil)
        }
    }

    /// The upper bound's rule with its arithmetic.
    func upperEntry(_ u: Int) -> BoundDetail {
        let unit = data.scenario.units[u], b = data.bounds[u]
        switch b.upperReason {
        case .changeLimit: return .changeLimitUp(quota: unit.quota, limit: b.changeLimit ?? 0, upper: b.upper)
        case .overQuotaFrozen: return .overQuotaFrozen(headcount: unit.headcount, quota: unit.quota)
        case .poolTotal: return .poolTotal(upper: b.upper)
        case .locked, .unitMaximum: return .rule(b.upperReason, value: b.upper, note: unit.reason)
        default: return .rule(b.upperReason, value: b.upper, note: nil)
        }
    }

    /// ``lowerEntry(_:)`` in the naming's language.
    func lowerDetail(_ u: Int) -> String { lowerEntry(u).text(language) }

    /// ``upperEntry(_:)`` in the naming's language.
    func upperDetail(_ u: Int) -> String { upperEntry(u).text(language) }
}
