/// Assembles a ``SolveResult`` from the stages of a solve.
public enum ResultBuilder {
    /// Builds the result; `allocation` and `plan` are `nil` when no allocation exists.
    /// `peopleInPostAfter` (a multi-year plan's people in post at the end of its last year)
    /// gives 空编/超编 after; without it they are measured on today's headcount.
    public static func build(
        data: ProblemData, run: SolveRun, allocation: Allocation?, plan: TransferPlan?,
        seconds: [String: Double], peopleInPostAfter: [Int]? = nil
    ) -> SolveResult {
        let scenario = data.scenario
        let x = allocation?.newQuota ?? scenario.units.map(\.quota)
        let poolScope = data.pools.pools.map(\.scope)

        let units = scenario.units.enumerated().map { u, unit -> SolveResult.UnitResult in
            let bounds = data.bounds[u]
            return SolveResult.UnitResult(
                id: unit.id, name: unit.name, department: unit.department, region: unit.region,
                level: data.tree.level(of: unit.region) ?? .county, kind: unit.kind, quota: unit.quota,
                headcount: unit.headcount, attrition: bounds.attrition, need: unit.need, needBasis: unit.needBasis,
                tags: unit.tags,
                newQuota: x[u], change: x[u] - unit.quota,
                lowerBound: bounds.lower, upperBound: bounds.upper,
                lowerReason: bounds.lowerReason.rawValue, upperReason: bounds.upperReason.rawValue,
                shortfallBefore: unit.need.map { max(0, $0 - Double(unit.quota)) } ?? 0,
                shortfallAfter: unit.need.map { max(0, $0 - Double(x[u])) } ?? 0,
                pool: poolScope[data.pools.poolOfUnit[u]],
                staffing: StaffingFigures(quota: unit.quota, newQuota: x[u], headcount: unit.headcount, headcountAfter: peopleInPostAfter?[u]),
                departuresRelied: max(0, min(unit.quota, unit.headcount) - x[u]),
                locked: unit.locked, minQuota: unit.minQuota, maxQuota: unit.maxQuota, reason: unit.reason)
        }

        let pools = data.pools.pools.enumerated().map { p, pool -> SolveResult.PoolResult in
            let sent = scenario.channels.indices.filter { data.channelPools[$0].from == p }.reduce(0) { $0 + (allocation?.channelFlow[$1] ?? 0) }
            let received = scenario.channels.indices.filter { data.channelPools[$0].to == p }.reduce(0) { $0 + (allocation?.channelFlow[$1] ?? 0) }
            return SolveResult.PoolResult(
                kind: pool.kind, scope: pool.scope, currentTotal: pool.currentTotal, total: pool.total,
                allocated: pool.units.reduce(0) { $0 + x[$1] },
                reserveHeld: allocation?.reserve[p] ?? 0,
                cancelled: allocation == nil ? 0 : pool.currentTotal - pool.total,
                sent: sent, received: received, units: pool.units.count,
                staffing: pool.units.reduce(StaffingFigures.zero) { $0 + units[$1].staffing })
        }

        let channels = scenario.channels.enumerated().map { c, channel in
            SolveResult.ChannelResult(
                kind: channel.kind, from: channel.from, to: channel.to, cap: channel.cap, cost: channel.cost,
                amount: allocation?.channelFlow[c] ?? 0)
        }

        let floors = scenario.shareFloors.enumerated().map { f, floor -> SolveResult.ShareFloorResult in
            let target = data.floors[f]
            let after = target.units.reduce(0) { $0 + x[$1] }
            let base = Double(max(1, target.base))
            return SolveResult.ShareFloorResult(
                name: floor.name, scope: floor.scope, kind: floor.kind, hard: floor.hard,
                required: target.amount, before: target.currentSelected, after: after,
                shareBefore: rounded(Double(target.currentSelected) / base), shareAfter: rounded(Double(after) / base),
                short: max(0, target.amount - after))
        }

        let classes = scenario.priorities.map { priority -> SolveResult.PriorityClassResult in
            var count = 0
            var need = 0.0, before = 0.0, after = 0.0
            for (u, unit) in scenario.units.enumerated() where unit.tags.contains(priority.tag) {
                count += 1
                guard let n = unit.need else { continue }
                need += n
                before += max(0, n - Double(unit.quota))
                after += max(0, n - Double(x[u]))
            }
            return SolveResult.PriorityClassResult(
                tag: priority.tag, name: priority.name, units: count, need: rounded(need),
                shortfallBefore: rounded(before), shortfallAfter: rounded(after),
                weight: priority.weight, needFloor: priority.needFloor)
        }

        let transfers = transferResults(plan, data: data)

        let parts = allocation?.objectiveParts(data: data) ?? [:]
        let objective = SolveResult.ObjectiveSummary(
            total: rounded(ObjectiveTerm.allCases.reduce(0) { $0 + (parts[$1] ?? 0) }),
            shortfall: rounded(parts[.shortfall] ?? 0), excess: rounded(parts[.excess] ?? 0),
            moves: rounded(parts[.moves] ?? 0), penalties: rounded(parts[.penalties] ?? 0),
            channels: rounded(parts[.channels] ?? 0), transferCost: rounded(plan?.cost ?? 0))

        let byKind = scenario.kinds.map { kind in
            SolveResult.KindTotal(
                kind: kind.id, name: kind.name,
                before: scenario.units.filter { $0.kind == kind.id }.reduce(0) { $0 + $1.quota },
                after: scenario.units.indices.filter { scenario.units[$0].kind == kind.id }.reduce(0) { $0 + x[$1] })
        }
        let totals = SolveResult.Totals(
            unitsChanged: units.filter { $0.change != 0 }.count,
            gained: units.reduce(0) { $0 + max(0, $1.change) },
            cut: units.reduce(0) { $0 + max(0, -$1.change) },
            reserveHeld: pools.reduce(0) { $0 + $1.reserveHeld },
            cancelled: pools.reduce(0) { $0 + $1.cancelled },
            shortfallBefore: rounded(units.reduce(0) { $0 + $1.shortfallBefore }),
            shortfallAfter: rounded(units.reduce(0) { $0 + $1.shortfallAfter }),
            byKind: byKind,
            staffing: units.reduce(StaffingFigures.zero) { $0 + $1.staffing },
            departuresRelied: units.reduce(0) { $0 + $1.departuresRelied })

        let size = run.statistics
        let status: String
        var gap: Double? = nil
        switch run.status {
        case .optimal: status = "optimal"
        case .feasible(let g): status = "feasible"; gap = g.map(rounded)
        case .infeasible: status = "infeasible"
        case .noSolutionWithinTimeLimit: status = "noSolution"
        case .failed: status = "failed"
        }
        let kindItems = scenario.kinds.map { SolveResult.NamedItem(id: $0.id, name: $0.name) }
        let regionItems = scenario.regions.map { SolveResult.NamedItem(id: $0.id, name: $0.name) }
        return SolveResult(
            formatVersion: SolveResult.currentFormatVersion,
            scenario: SolveResult.ScenarioSummary(
                name: scenario.metadata.name, path: scenario.source.path, digest: scenario.source.digest,
                horizonYears: scenario.metadata.horizonYears,
                kinds: kindItems, regions: regionItems, office: scenario.metadata.office, date: scenario.metadata.date),
            status: status, provenOptimal: run.status == .optimal, gap: gap,
            objective: objective, units: units, pools: pools, channels: channels, shareFloors: floors,
            priorityClasses: classes, transfers: transfers, totals: totals,
            statistics: SolveResult.Statistics(
                units: scenario.units.count, pools: data.pools.pools.count, blocks: run.outcomes.count,
                rows: size.rows, columns: size.columns, integerColumns: size.integerColumns,
                nonzeros: size.nonzeros, threads: run.threads, seconds: seconds.mapValues(rounded)),
            policy: PolicySummary.lines(of: scenario),
            staffing: StaffingGroup.groups(units: units, regions: regionItems, kinds: kindItems))
    }

    /// The transfers of a plan as `result.json` writes them, with display names.
    static func transferResults(_ plan: TransferPlan?, data: ProblemData) -> [SolveResult.TransferResult] {
        let scenario = data.scenario
        let poolScope = data.pools.pools.map(\.scope)
        let regionName = Dictionary(scenario.regions.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func endpoint(_ e: Transfer.Endpoint) -> (String, String) {
            switch e {
            case .unit(let u): return (scenario.units[u].id, scenario.units[u].name)
            case .reserve(let p): return ("reserve:\(poolScope[p])", "\(regionName[poolScope[p]] ?? poolScope[p]) 周转池")
            case .cancelled(let p): return ("cancelled:\(poolScope[p])", "\(regionName[poolScope[p]] ?? poolScope[p]) 核减")
            }
        }
        func kindOf(_ t: Transfer) -> String {
            switch t.from {
            case .unit(let u): return scenario.units[u].kind
            case .reserve(let p), .cancelled(let p): return data.pools.pools[p].kind
            }
        }
        return (plan?.transfers ?? []).map { t in
            let (from, fromName) = endpoint(t.from)
            let (to, toName) = endpoint(t.to)
            return SolveResult.TransferResult(
                kind: kindOf(t), from: from, fromName: fromName, to: to, toName: toName, amount: t.amount,
                lane: t.lane, via: t.via.map { "\(scenario.channels[$0].from)>\(scenario.channels[$0].to)" })
        }

    }

    /// Rounds to 6 decimals so that fractional needs print the same on every run.
    static func rounded(_ value: Double) -> Double {
        (value * 1e6).rounded() / 1e6
    }
}
