/// Who gives how many quotas to whom: the transfers that turn the current quotas into the
/// allocation.
public struct TransferPlan: Sendable, Equatable {
    /// The transfers, ordered by giver then receiver.
    public var transfers: [Transfer]
    /// Total lane cost of the plan.
    public var cost: Double

    /// Creates a plan.
    public init(transfers: [Transfer], cost: Double) {
        self.transfers = transfers
        self.cost = cost
    }

    /// Checks that the plan realises the allocation exactly: every giver gives its cut, every
    /// receiver gets its gain, every reserve and cancellation matches. Returns the mismatches.
    public func discrepancies(with allocation: Allocation, data: ProblemData) -> [String] {
        var problems: [String] = []
        var given = [Int](repeating: 0, count: data.scenario.units.count)
        var received = given
        var reserve = [Int](repeating: 0, count: data.pools.pools.count)
        var cancelled = reserve
        for t in transfers {
            if case .unit(let u) = t.from { given[u] += t.amount }
            switch t.to {
            case .unit(let u): received[u] += t.amount
            case .reserve(let p): reserve[p] += t.amount
            case .cancelled(let p): cancelled[p] += t.amount
            }
            if case .unit(let a) = t.from, case .unit(let b) = t.to, data.scenario.units[a].kind != data.scenario.units[b].kind {
                problems.append("transfer \(data.scenario.units[a].id) → \(data.scenario.units[b].id) crosses kinds")
            }
        }
        for (u, unit) in data.scenario.units.enumerated() {
            let change = allocation.newQuota[u] - unit.quota
            if given[u] != max(0, -change) { problems.append("\(unit.id) gives \(given[u]) but its cut is \(max(0, -change))") }
            if received[u] != max(0, change) { problems.append("\(unit.id) receives \(received[u]) but its gain is \(max(0, change))") }
        }
        for p in data.pools.pools.indices {
            if reserve[p] != allocation.reserve[p] { problems.append("pool \(p) reserve \(reserve[p]) ≠ \(allocation.reserve[p])") }
            if cancelled[p] != allocation.cancelled(pool: p, data: data) { problems.append("pool \(p) cancels \(cancelled[p])") }
        }
        return problems
    }
}
