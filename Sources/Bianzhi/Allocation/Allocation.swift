/// The new quota of every unit, with what the pools hold back and what the channels carry.
///
/// Everything here is an integer: the allocation is what a planner signs off, and the
/// objective's parts are recomputed from it exactly rather than read from solver columns.
public struct Allocation: Sendable, Equatable {
    /// New quota per unit, by unit index.
    public var newQuota: [Int]
    /// Quota held back in each pool's reserve, by pool index.
    public var reserve: [Int]
    /// Quota sent through each channel, by channel index.
    public var channelFlow: [Int]

    /// Creates an allocation from its parts.
    public init(newQuota: [Int], reserve: [Int], channelFlow: [Int]) {
        self.newQuota = newQuota
        self.reserve = reserve
        self.channelFlow = channelFlow
    }

    /// Gathers the outcomes of a solve into one allocation.
    public init(data: ProblemData, run: SolveRun) {
        var newQuota = data.scenario.units.map(\.quota)
        var reserve = [Int](repeating: 0, count: data.pools.pools.count)
        var flow = [Int](repeating: 0, count: data.scenario.channels.count)
        for outcome in run.outcomes {
            for (u, q) in outcome.newQuota { newQuota[u] = q }
            for (p, r) in outcome.reserve { reserve[p] = r }
            for (c, f) in outcome.channelFlow { flow[c] = f }
        }
        self.init(newQuota: newQuota, reserve: reserve, channelFlow: flow)
    }

    /// Quota that leaves a pool for good because its total was cut (核减).
    public func cancelled(pool p: Int, data: ProblemData) -> Int {
        data.pools.pools[p].currentTotal - data.pools.pools[p].total
    }

    /// The objective's parts, weighted as in the scenario, computed from the integers.
    public func objectiveParts(data: ProblemData) -> [ObjectiveTerm: Double] {
        let spec = data.scenario.objective
        var parts: [ObjectiveTerm: Double] = [:]
        for term in ObjectiveTerm.allCases { parts[term] = 0 }
        for (u, unit) in data.scenario.units.enumerated() {
            let x = Double(newQuota[u])
            if let need = unit.need {
                parts[.shortfall]! += spec.weight(.shortfall) * data.priorityWeight[u] * max(0, need - x)
                parts[.excess]! += spec.weight(.excess) * max(0, x - need)
            }
            parts[.moves]! += spec.weight(.moves) * Double(abs(newQuota[u] - unit.quota))
            if case .soft(let penalty) = data.scenario.rules.protectNeed, let floor = data.bounds[u].needFloor {
                parts[.penalties]! += spec.weight(.penalties) * penalty * Double(max(0, floor - newQuota[u]))
            }
        }
        for (f, floor) in data.scenario.shareFloors.enumerated() where !floor.hard {
            parts[.penalties]! += spec.weight(.penalties) * floor.penalty * Double(floorShortfall(f, data: data))
        }
        for (c, channel) in data.scenario.channels.enumerated() {
            parts[.channels]! += spec.weight(.channels) * channel.cost * Double(channelFlow[c])
        }
        return parts
    }

    /// Quota the selected units of a share floor hold together.
    public func floorAchieved(_ f: Int, data: ProblemData) -> Int {
        data.floors[f].units.reduce(0) { $0 + newQuota[$1] }
    }

    /// How far a share floor is missed (0 when met).
    public func floorShortfall(_ f: Int, data: ProblemData) -> Int {
        max(0, data.floors[f].amount - floorAchieved(f, data: data))
    }
}
