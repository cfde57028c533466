import LinearProgramming

/// The columns of one plan year in a multi-year block model.
public struct YearColumns: Sendable {
    /// Plan year, from 1.
    public var year: Int
    /// Each unit's quota in that year, units ascending.
    public var units: [(unit: Int, x: Variable)]
    /// Each reserve's holding in that year.
    public var reserves: [(pool: Int, r: Variable)]
    /// Quota sent through each channel by that year (a stock: never less than the year before).
    public var channels: [(channel: Int, f: Variable)]
}

extension BlockModel {
    /// The model of `blocks` for the scenario's plan: the one-year model, or the
    /// time-expanded one when `scenario.horizon` > 1.
    public static func forPlan(_ data: ProblemData, blocks: [Block]) -> BlockModel {
        data.horizon > 1 ? BlockModel(years: data, blocks: blocks) : BlockModel(data: data, blocks: blocks)
    }

    /// The time-expanded model of a multi-year plan (`scenario.horizon` > 1): one copy of the
    /// one-year model per year, linked through each unit's chain of quotas.
    ///
    /// Per unit `u` and year `t = 1…N`, with `x₀ = q` (today's quota):
    ///
    ///     x_t − x_{t−1} − gain_t + cut_t = 0     (the year's move; gain, cut ≤ the yearly limit)
    ///     L_t ≤ x_t ≤ U_t                         (``ProblemData/yearBounds``: the year's floors)
    ///
    /// and per year the pool balance rows (Σ x_t + reserve_t ± channel flows = the pool's new
    /// total), share-floor rows (constant amounts) and shrink-only rows, as in the one-year
    /// model. Channel flows are stocks that never fall (quota sent stays sent).
    ///
    /// The objective is the mean over the years of each year's shortfall, excess, channel use
    /// and penalties, plus the moves of every year: need met in year 1 counts in every year's
    /// term, so a plan meets need as early as the floors let it; a quota moved and moved back
    /// pays twice. With one year it is the one-year objective exactly.
    ///
    /// Each `x_t` sits in its year's pool row and in two chain rows, so the matrix is not a
    /// network matrix and the relaxation need not be integral: columns stay integer and
    /// GLPK branches where it must. The columns of ``unitColumns`` and the rows read for duals
    /// are the final year's.
    public init(years data: ProblemData, blocks: [Block]) {
        let scenario = data.scenario
        let spec = scenario.objective
        let n = data.horizon
        let perYear = 1 / Double(n)
        var model = Model(name: "bianzhi")
        var terms: [ObjectiveTerm: LinearExpression] = [:]
        for term in ObjectiveTerm.allCases { terms[term] = LinearExpression() }

        let units = blocks.flatMap(\.units).sorted()
        let poolIndices = blocks.flatMap(\.pools).sorted()
        let channelIndices = blocks.flatMap(\.channels).sorted()
        let shrinkOnlyKinds = Set(scenario.kinds.filter(\.shrinkOnly).map(\.id))
        let moveWeight = spec.weight(.moves)
        var shortfallTerm = LinearExpression(), excessTerm = LinearExpression()
        var years: [YearColumns] = []
        var poolRows: [(pool: Int, row: ConstraintRef)] = []
        var shrinkRows: [(pool: Int, row: ConstraintRef)] = []
        var floorRows: [(floor: Int, row: ConstraintRef, slack: Variable?)] = []

        for t in 1...n {
            let bounds = data.yearBounds[t - 1]
            let previous = years.last
            var columns = YearColumns(year: t, units: [], reserves: [], channels: [])
            var xOfUnit: [Int: Variable] = [:]
            for (k, u) in units.enumerated() {
                let unit = scenario.units[u], bound = bounds[u]
                let id = "\(unit.id)@\(t)"
                let x = model.addVariable(name: "x[\(id)]", kind: .integer, lowerBound: Double(bound.lower), upperBound: Double(bound.upper))
                columns.units.append((u, x))
                xOfUnit[u] = x
                if let need = unit.need {
                    NeedCost(need: need, shortfallWeight: perYear * spec.weight(.shortfall) * data.priorityWeight[u], excessWeight: perYear * spec.weight(.excess))
                        .add(to: &model, x: x, id: id, shortfall: &shortfallTerm, excess: &excessTerm)
                }
                if case .soft(let penalty) = scenario.rules.protectNeed, let floor = bound.needFloor, floor > bound.lower {
                    let y = model.addVariable(name: "needShort[\(id)]")
                    model.addConstraint(LinearExpression(x) + LinearExpression(y), .greaterOrEqual, Double(floor), name: "protect[\(id)]")
                    terms[.penalties]!.add(y, perYear * spec.weight(.penalties) * penalty)
                }
                let yearlyLimit = scenario.rules.maxChange?.limit(forQuota: unit.quota)
                if moveWeight != 0 || yearlyLimit != nil {
                    let cap = yearlyLimit.map(Double.init) ?? .infinity
                    let g = model.addVariable(name: "gain[\(id)]", lowerBound: 0, upperBound: cap)
                    let c = model.addVariable(name: "cut[\(id)]", lowerBound: 0, upperBound: cap)
                    var row = LinearExpression(x) - LinearExpression(g) + LinearExpression(c)
                    var rhs = Double(unit.quota)
                    if let before = previous?.units[k].x { row.add(before, -1); rhs = 0 }
                    model.addConstraint(row, .equal, rhs, name: "move[\(id)]")
                    terms[.moves]!.add(g, moveWeight)
                    terms[.moves]!.add(c, moveWeight)
                }
            }

            for (k, c) in channelIndices.enumerated() {
                let channel = scenario.channels[c]
                let f = model.addVariable(name: "flow[\(channel.kind):\(channel.from)>\(channel.to)@\(t)]", kind: .integer, lowerBound: 0, upperBound: Double(channel.cap))
                columns.channels.append((c, f))
                terms[.channels]!.add(f, perYear * spec.weight(.channels) * channel.cost)
                if let before = previous?.channels[k].f {
                    model.addConstraint(LinearExpression(f) - LinearExpression(before), .greaterOrEqual, 0, name: "sent[\(c)@\(t)]")
                }
            }
            poolRows = []
            shrinkRows = []
            for p in poolIndices {
                let pool = data.pools.pools[p]
                let name = "\(pool.key)@\(t)"
                var balance = LinearExpression()
                for u in pool.units { balance.add(xOfUnit[u]!) }
                if pool.reserveLimit != 0 {
                    let r = model.addVariable(name: "reserve[\(name)]", lowerBound: 0, upperBound: pool.reserveLimit.map(Double.init) ?? .infinity)
                    columns.reserves.append((p, r))
                    balance.add(r)
                }
                var net = LinearExpression()
                for (c, f) in columns.channels {
                    if data.channelPools[c].from == p { balance.add(f, 1); net.add(f, -1) }
                    if data.channelPools[c].to == p { balance.add(f, -1); net.add(f, 1) }
                }
                poolRows.append((p, model.addConstraint(balance, .equal, Double(pool.total), name: "pool[\(name)]")))
                if shrinkOnlyKinds.contains(pool.kind) && !net.terms.isEmpty {
                    shrinkRows.append((p, model.addConstraint(net, .lessOrEqual, Double(pool.currentTotal - pool.total), name: "shrink[\(name)]")))
                }
            }
            floorRows = []
            for f in blocks.flatMap(\.shareFloors).sorted() {
                let floor = scenario.shareFloors[f]
                var lhs = LinearExpression()
                for u in data.floors[f].units { lhs.add(xOfUnit[u]!) }
                var slack: Variable? = nil
                if !floor.hard {
                    let y = model.addVariable(name: "floorShort[\(f)@\(t)]")
                    lhs.add(y)
                    terms[.penalties]!.add(y, perYear * spec.weight(.penalties) * floor.penalty)
                    slack = y
                }
                floorRows.append((f, model.addConstraint(lhs, .greaterOrEqual, Double(data.floors[f].amount), name: "floor[\(f)@\(t)]"), slack))
            }
            years.append(columns)
        }

        terms[.shortfall] = shortfallTerm
        terms[.excess] = excessTerm
        let objective = ObjectiveTerm.allCases.reduce(LinearExpression()) { $0 + terms[$1]! }
        model.setObjective(objective, sense: .minimize)
        self.weightedObjective = objective
        self.model = model
        self.unitColumns = years[n - 1].units
        self.unitCostColumns = []
        self.reserveColumns = years[n - 1].reserves
        self.channelColumns = years[n - 1].channels
        self.poolRows = poolRows
        self.shrinkRows = shrinkRows
        self.floorRows = floorRows
        self.terms = terms
        self.years = years
    }
}
