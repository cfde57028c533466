import LinearProgramming

/// The elastic model of one block: the block's hard rules as rows with slack, each slack
/// allowed only when its group's switch is on.
struct ElasticModel {
    /// What a slack does.
    enum Role {
        /// Lets x fall below a floor.
        case lower
        /// Lets x (or a flow, or a net import) rise above a ceiling.
        case upper
        /// The pool's units hold more than its total.
        case short
        /// The pool's units hold less than its total (quota that cannot be placed).
        case surplus
    }

    struct Element {
        var group: Int
        var unit: Int?
        var slack: Variable
        var role: Role
    }

    var model: Model
    var groups: [RuleGroup] = []
    var z: [Variable] = []
    var elements: [Element] = []
    var slackSum = LinearExpression()
    let data: ProblemData

    init(data: ProblemData, block: Block) {
        self.data = data
        var model = Model(name: "elastic")
        let scenario = data.scenario
        let units = block.units.sorted(), pools = block.pools.sorted(), channels = block.channels.sorted()
        // A bound on any slack a least-slack solution needs: everything that could be asked.
        var bigM = 1
        for p in pools { bigM += max(0, data.pools.pools[p].total) }
        for c in channels { bigM += max(0, scenario.channels[c].cap) }
        for f in block.shareFloors { bigM += max(0, data.floors[f].amount) }
        for u in units { bigM += max(data.bounds[u].lower, data.bounds[u].priorityFloor ?? 0, scenario.units[u].quota) }
        let m = Double(2 * bigM)

        var groupIndex: [RuleGroup: Int] = [:]
        var groups: [RuleGroup] = [], z: [Variable] = [], elements: [Element] = []
        var slackSum = LinearExpression()
        func element(_ group: RuleGroup, unit: Int?, role: Role, name: String) -> Variable {
            let g: Int
            if let existing = groupIndex[group] {
                g = existing
            } else {
                g = groups.count
                groupIndex[group] = g
                groups.append(group)
                z.append(model.addVariable(name: "z[\(g)]", kind: .integer, lowerBound: 0, upperBound: 1))
            }
            let s = model.addVariable(name: "slack[\(name)]")
            model.addConstraint(LinearExpression(s) - m * LinearExpression(z[g]), .lessOrEqual, 0, name: "link[\(name)]")
            elements.append(Element(group: g, unit: unit, slack: s, role: role))
            slackSum.add(s)
            return s
        }
        func floorRow(_ group: RuleGroup, _ x: Variable, _ u: Int, _ value: Int, _ tag: String) {
            let s = element(group, unit: u, role: .lower, name: "\(tag)[\(u)]")
            model.addConstraint(LinearExpression(x) + LinearExpression(s), .greaterOrEqual, Double(value), name: "\(tag)[\(u)]")
        }
        func ceilingRow(_ group: RuleGroup, _ x: Variable, _ u: Int, _ value: Int, _ tag: String) {
            let t = element(group, unit: u, role: .upper, name: "\(tag)[\(u)]")
            model.addConstraint(LinearExpression(x) - LinearExpression(t), .lessOrEqual, Double(value), name: "\(tag)[\(u)]")
        }

        var xOfUnit: [Int: Variable] = [:]
        for u in units {
            let b = data.bounds[u], p = data.pools.poolOfUnit[u]
            let x = model.addVariable(name: "x[\(u)]", kind: .integer)
            xOfUnit[u] = x
            // Every rule's own bound, each with its own slack: relaxing one never lets the
            // unit below (or above) what another rule holds.
            for (i, term) in b.lowerTerms.enumerated() where term.value > 0 {
                floorRow(.of(term, unit: u, pool: p), x, u, term.value, "lo\(i)")
            }
            for (i, term) in b.upperTerms.enumerated() where term.reason != .poolTotal {
                ceilingRow(.of(term, unit: u, pool: p), x, u, term.value, "up\(i)")
            }
        }
        var flowOf: [Int: Variable] = [:]
        for c in channels {
            let f = model.addVariable(name: "flow[\(c)]", kind: .integer)
            flowOf[c] = f
            let t = element(.channelCap(c), unit: nil, role: .upper, name: "cap[\(c)]")
            model.addConstraint(LinearExpression(f) - LinearExpression(t), .lessOrEqual, Double(scenario.channels[c].cap), name: "cap[\(c)]")
        }
        let shrinkOnly = Set(scenario.kinds.filter(\.shrinkOnly).map(\.id))
        var totalSlack: [Int: (short: Variable, surplus: Variable)] = [:]
        for p in pools {
            let pool = data.pools.pools[p]
            var balance = LinearExpression()
            for u in pool.units { if let x = xOfUnit[u] { balance.add(x) } }
            if pool.reserveLimit != 0 {
                balance.add(model.addVariable(name: "reserve[\(p)]", upperBound: pool.reserveLimit.map(Double.init) ?? .infinity))
            }
            var net = LinearExpression()
            for c in channels {
                if data.channelPools[c].from == p { balance.add(flowOf[c]!, 1); net.add(flowOf[c]!, -1) }
                if data.channelPools[c].to == p { balance.add(flowOf[c]!, -1); net.add(flowOf[c]!, 1) }
            }
            let short = element(.poolTotal(p), unit: nil, role: .short, name: "short[\(p)]")
            if shrinkOnly.contains(pool.kind) {
                // A shrink-only pool may end at most at its current sum, whatever comes in.
                model.setBounds(short, lower: 0, upper: Double(max(0, pool.currentTotal - pool.total)))
            }
            let surplus = element(.poolTotal(p), unit: nil, role: .surplus, name: "surplus[\(p)]")
            totalSlack[p] = (short, surplus)
            balance.add(short, -1)
            balance.add(surplus, 1)
            model.addConstraint(balance, .equal, Double(pool.total), name: "pool[\(p)]")
            if shrinkOnly.contains(pool.kind), !net.terms.isEmpty {
                let t = element(.shrinkOnly(p), unit: nil, role: .upper, name: "shrink[\(p)]")
                net.add(t, -1)
                // A total moved by the slacks moves this row's right-hand side too
                // (net import ≤ current − total).
                net.add(short, 1)
                net.add(surplus, -1)
                model.addConstraint(net, .lessOrEqual, Double(pool.currentTotal - pool.total), name: "shrink[\(p)]")
            }
        }
        for f in block.shareFloors.sorted() where scenario.shareFloors[f].hard {
            var lhs = LinearExpression()
            for u in data.floors[f].units { if let x = xOfUnit[u] { lhs.add(x) } }
            let s = element(.shareFloor(f), unit: nil, role: .lower, name: "floor[\(f)]")
            lhs.add(s)
            // Measured on the new total: a total moved by its slack moves the floor by share × it.
            if case .share(let share) = scenario.shareFloors[f].floor {
                for p in data.floors[f].basePools {
                    guard let slack = totalSlack[p] else { continue }
                    lhs.add(slack.short, -share)
                    lhs.add(slack.surplus, share)
                }
            }
            model.addConstraint(lhs, .greaterOrEqual, Double(data.floors[f].amount), name: "floor[\(f)]")
        }
        model.setObjective(slackSum, sense: .minimize)
        self.model = model
        self.groups = groups
        self.z = z
        self.elements = elements
        self.slackSum = slackSum
    }

    /// How explanations name group `g` (in the language of `naming`).
    func reference(_ g: Int, _ naming: ExplainNaming) -> RuleGroupRef {
        let scenario = data.scenario
        func say(_ text: ExplainRuleText) -> String { text.text(naming.language) }
        switch groups[g] {
        case .poolTotal(let p):
            return RuleGroupRef(kind: .poolTotal, id: naming.poolKey(p).description, name: say(.poolTotalGroup(pool: naming.poolName(p), total: data.pools.pools[p].total)))
        case .unitRule(let reason, let p):
            return RuleGroupRef(kind: .unitRule(reason), id: naming.poolKey(p).description, name: say(.unitRuleGroup(reason, scope: naming.poolName(p), note: nil)))
        case .priorityFloor(let c):
            let cls = scenario.priorities[c]
            return RuleGroupRef(kind: .priorityFloor, id: cls.tag, name: say(.priorityFloorGroup(className: cls.name, needFloor: NumberFormat.plain(cls.needFloor ?? 0))))
        case .shareFloor(let f):
            let floor = scenario.shareFloors[f]
            return RuleGroupRef(kind: .shareFloor, id: floor.name, name: say(.shareFloorGroup(name: floor.name, amount: data.floors[f].amount)))
        case .channelCap(let c):
            return RuleGroupRef(kind: .channelCap, id: naming.channelKey(c), name: say(.channelCapGroup(channel: naming.channelName(c), cap: scenario.channels[c].cap)))
        case .priorityNoCut(let c):
            let cls = scenario.priorities[c]
            return RuleGroupRef(kind: .priorityNoCut, id: cls.tag, name: say(.noCutGroup(className: cls.name)))
        case .unitBound(let reason, let u):
            let unit = scenario.units[u]
            return RuleGroupRef(kind: .unitRule(reason), id: unit.id, name: say(.unitRuleGroup(reason, scope: unit.name, note: unit.reason)))
        case .shrinkOnly(let p):
            return RuleGroupRef(kind: .shrinkOnly, id: naming.poolKey(p).description, name: say(.shrinkOnlyGroup(pool: naming.poolName(p))))
        }
    }

    /// Slack of every element, rounded to whole quotas (x is integral, so is the least slack).
    func amounts(_ solution: Solution) -> [Int] {
        elements.map { max(0, Int(solution.value($0.slack).rounded())) }
    }

    /// The sum of the slacks of the elements of `chosen` groups.
    func slack(of chosen: Set<Int>) -> LinearExpression {
        var sum = LinearExpression()
        for e in elements where chosen.contains(e.group) { sum.add(e.slack) }
        return sum
    }

    /// The `chosen` groups with positive slack in `solution`, with amounts and advice; the
    /// caller fills in the conflict, block and pools.
    func wayOut(_ solution: Solution, _ naming: ExplainNaming, groups chosen: Set<Int>, changesTotals: Bool) -> WayOut {
        var relax: [GroupRelaxation] = []
        for g in groups.indices where chosen.contains(g) {
            let mine = elements.filter { $0.group == g }
            let amounts = mine.map { Int(solution.value($0.slack).rounded()) }
            let total = amounts.reduce(0, +)
            guard total > 0 else { continue }
            var units: [UnitAmount] = []
            for (e, amount) in zip(mine, amounts) where amount > 0 {
                guard let u = e.unit else { continue }
                units.append(naming.unitAmount(u, e.role == .lower ? -amount : amount))
            }
            units.sort { abs($0.amount) != abs($1.amount) ? abs($0.amount) > abs($1.amount) : $0.id < $1.id }
            let short = zip(mine, amounts).filter { $0.0.role == .short }.reduce(0) { $0 + $1.1 }
            let surplus = zip(mine, amounts).filter { $0.0.role == .surplus }.reduce(0) { $0 + $1.1 }
            let reference = reference(g, naming)
            relax.append(GroupRelaxation(
                group: reference, amount: total, units: units,
                advice: advice(groups[g], total, units, short: short, surplus: surplus, naming)))
        }
        return WayOut(conflict: 0, block: 0, pools: [], relax: relax, changesTotals: changesTotals, quotas: relax.reduce(0) { $0 + $1.amount })
    }

    /// What relaxing `group` by `amount` means, with the units it touches (in the language
    /// of `naming`).
    func advice(_ group: RuleGroup, _ amount: Int, _ units: [UnitAmount], short: Int, surplus: Int, _ naming: ExplainNaming) -> String {
        func say(_ text: ExplainRuleText) -> String { text.text(naming.language) }
        let separator = naming.language == .zh ? "，" : ", "
        let listed = units.prefix(10).map { "\($0.name) \($0.amount > 0 ? "+" : "−")\(abs($0.amount))" }.joined(separator: separator)
            + (units.count > 10 ? say(.andMore(count: units.count - 10)) : "")
        switch group {
        case .poolTotal(let p):
            let pool = data.pools.pools[p], name = naming.poolName(p)
            var parts: [String] = []
            if short > 0 {
                parts.append(pool.total + short <= pool.currentTotal
                    ? say(.totalShortWithin(pool: name, short: short, total: pool.total, current: pool.currentTotal))
                    : say(.totalShortBeyond(pool: name, short: short, total: pool.total, current: pool.currentTotal)))
            }
            if surplus > 0 { parts.append(say(.surplus(pool: name, surplus: surplus))) }
            return parts.joined(separator: naming.language == .zh ? "；" : "; ")
        case .unitRule(let reason, let p):
            return say(.unitRuleAdvice(reason, scope: naming.poolName(p), amount: amount, listed: listed))
        case .priorityFloor(let c):
            let cls = data.scenario.priorities[c]
            return say(.priorityFloorAdvice(className: cls.name, tag: cls.tag, amount: amount, listed: listed))
        case .shareFloor(let f):
            let target = data.floors[f]
            var share: String? = nil
            if target.base > 0, case .share = data.scenario.shareFloors[f].floor {
                // Rounded down: the amount is ⌈share × base⌉, so a share rounded up (26/74 →
                // 0.3514) would ask 27 again.
                share = NumberFormat.plain((Double(target.amount - amount) / Double(target.base) * 10_000).rounded(.down) / 10_000, decimals: 4)
            }
            return say(.shareFloorAdvice(name: data.scenario.shareFloors[f].name, amount: amount, from: target.amount, share: share, base: target.base))
        case .channelCap(let c):
            return say(.channelCapAdvice(channel: naming.channelName(c), amount: amount, from: data.scenario.channels[c].cap))
        case .priorityNoCut(let c):
            let cls = data.scenario.priorities[c]
            return say(.noCutAdvice(className: cls.name, tag: cls.tag, amount: amount, listed: listed))
        case .unitBound(let reason, let u):
            return say(.unitRuleAdvice(reason, scope: data.scenario.units[u].name, amount: amount, listed: listed))
        case .shrinkOnly(let p):
            return say(.shrinkOnlyAdvice(pool: naming.poolName(p), amount: amount, current: data.pools.pools[p].currentTotal))
        }
    }
}

extension ElasticModel {
    /// Total slack of group `g` in `solution`.
    func groupSlack(_ g: Int, _ solution: Solution) -> Double {
        elements.reduce(0) { $0 + ($1.group == g ? solution.value($1.slack) : 0) }
    }
}
