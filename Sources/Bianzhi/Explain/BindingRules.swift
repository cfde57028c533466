/// Which units an allocation leaves at a bound, grouped by the rule that set the bound.
///
/// "Sits at" and not "is held by": a unit can sit at a bound because it is the best place,
/// so the list says where the rules are tight, and `--unit` tests whether moving one bound
/// would change anything.
public enum BindingRules {
    /// Groups in a fixed order: lower bounds (priority floor, no dismissals, change limit),
    /// then upper bounds (over-quota freeze, change limit, pool total).
    public static func find(_ data: ProblemData, allocation: Allocation) -> [BindingRule] {
        let naming = ExplainNaming(data: data)
        let order: [(String, BoundReason, String)] = [
            ("lower", .priorityFloor, "at their priority floor (重点保障下限)"),
            ("lower", .noDismissals, "at their no-dismissal floor (不裁减在编人员)"),
            ("lower", .changeLimit, "cut as far as the change limit allows (调整幅度限制)"),
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
