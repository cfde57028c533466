/// Which units an allocation leaves at a bound, grouped by the rule that set the bound.
///
/// "Sits at" and not "is held by": a unit can sit at a bound because it is the best place,
/// so the list says where the rules are tight, and `--unit` tests whether moving one bound
/// would change anything.
public enum BindingRules {
    /// Groups in a fixed order: lower bounds (lock, own minimum, priority floor, no cut, need
    /// protection, no dismissals, change limit), then upper bounds (own maximum, over-quota
    /// freeze, change limit, pool total).
    public static func find(_ data: ProblemData, allocation: Allocation) -> [BindingRule] {
        let naming = ExplainNaming(data: data)
        let order: [(String, BoundReason, String)] = [
            ("lower", .locked, "locked at their quota (锁定)"),
            ("lower", .unitMinimum, "at their own minimum (单位下限)"),
            ("lower", .priorityFloor, "at their priority floor (重点保障下限)"),
            ("lower", .priorityNoCut, "kept at their quota by their priority class (保重点: 不核减)"),
            ("lower", .needProtection, "kept at min(quota, ⌈need⌉) by need protection (保障需求: 不从缺编单位调出)"),
            ("lower", .noDismissals, "at their no-dismissal floor (不裁减在编人员)"),
            ("lower", .changeLimit, "cut as far as the change limit allows (调整幅度限制)"),
            ("upper", .unitMaximum, "at their own maximum (单位上限)"),
            ("upper", .overQuotaFrozen, "over quota, frozen at their quota (超编单位不增编)"),
            ("upper", .changeLimit, "raised as far as the change limit allows (调整幅度限制)"),
            ("upper", .poolTotal, "holding their pool's whole total"),
        ]
        var result: [BindingRule] = []
        for (side, reason, phrase) in order {
            let units = data.scenario.units.indices.filter { u in
                let b = data.bounds[u], x = allocation.newQuota[u]
                return side == "lower" ? (x == b.lower && b.lowerReason == reason) : (x == b.upper && b.upperReason == reason)
            }
            guard !units.isEmpty else { continue }
            let items = units.map { naming.unitAmount($0, allocation.newQuota[$0], rule: reason.rawValue) }
            result.append(BindingRule(
                rule: reason.rawValue, side: side, units: items,
                message: "\(phrase.prefix(1).uppercased() + phrase.dropFirst()), \(units.count) unit\(units.count == 1 ? "" : "s"): \(ExplainNaming.list(items))"))
        }
        return result
    }
}
