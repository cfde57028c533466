import LinearProgramming

/// The integer program of one or more blocks, with handles to read an allocation back.
///
/// Built in ascending unit, pool, channel and floor order so that the same scenario always
/// yields the same model, column for column (GLPK's choice among equal optima depends on it).
public struct BlockModel: Sendable {
    /// The solver-neutral model.
    public internal(set) var model: Model
    /// Units covered, ascending, with the column of their new quota.
    public internal(set) var unitColumns: [(unit: Int, x: Variable)]
    /// The need and move columns of each unit in ``unitColumns`` (same order), whose values
    /// follow from the unit's quota: how a network solution is read back into the model.
    /// Empty in a multi-year model (never solved as a network).
    public internal(set) var unitCostColumns: [UnitCostColumns]
    /// Reserve column per pool covered.
    public internal(set) var reserveColumns: [(pool: Int, r: Variable)]
    /// Flow column per channel covered.
    public internal(set) var channelColumns: [(channel: Int, f: Variable)]
    /// Balance row per pool covered.
    public internal(set) var poolRows: [(pool: Int, row: ConstraintRef)]
    /// Shrink-only row per pool that has one (its right-hand side is `current − total`, so
    /// the pool's total enters it too). The final year's in a multi-year model.
    public internal(set) var shrinkRows: [(pool: Int, row: ConstraintRef)]
    /// Row and slack column (soft floors only) per share floor covered.
    public internal(set) var floorRows: [(floor: Int, row: ConstraintRef, slack: Variable?)]
    /// Per plan year, the columns of a multi-year model (``init(years:blocks:)``); empty for
    /// a one-year plan. The columns above are the final year's.
    public internal(set) var years: [YearColumns] = []
    /// Weighted objective terms; their sum is the objective.
    public internal(set) var terms: [ObjectiveTerm: LinearExpression]
    /// The sum of all terms: the objective of a weighted scenario, and what every tier of a
    /// lexicographic one is finally reported in.
    public let weightedObjective: LinearExpression

    /// Builds the model of the given blocks.
    public init(data: ProblemData, blocks: [Block]) {
        let scenario = data.scenario
        let spec = scenario.objective
        var model = Model(name: scenario.metadata.name.isEmpty ? "bianzhi" : "bianzhi")
        var unitColumns: [(unit: Int, x: Variable)] = []
        var unitCostColumns: [UnitCostColumns] = []
        var terms: [ObjectiveTerm: LinearExpression] = [:]
        for term in ObjectiveTerm.allCases { terms[term] = LinearExpression() }
        var xOfUnit: [Int: Variable] = [:]

        let units = blocks.flatMap(\.units).sorted()
        var shortfallTerm = LinearExpression(), excessTerm = LinearExpression()
        let shortfallWeight = spec.weight(.shortfall)
        let excessWeight = spec.weight(.excess)
        let moveWeight = spec.weight(.moves)
        for u in units {
            let unit = scenario.units[u]
            let bound = data.bounds[u]
            let x = model.addVariable(name: "x[\(unit.id)]", kind: .integer, lowerBound: Double(bound.lower), upperBound: Double(bound.upper))
            unitColumns.append((u, x))
            xOfUnit[u] = x
            var costColumns = UnitCostColumns(quota: Double(unit.quota))
            if let need = unit.need {
                costColumns.need = NeedCost(need: need, shortfallWeight: shortfallWeight * data.priorityWeight[u], excessWeight: excessWeight)
                    .add(to: &model, x: x, id: unit.id, shortfall: &shortfallTerm, excess: &excessTerm)
            }
            if case .soft(let penalty) = scenario.rules.protectNeed, let floor = bound.needFloor, floor > bound.lower {
                // Soft need protection: x + y ≥ min(q, ⌈n⌉), y priced per quota below the floor.
                let y = model.addVariable(name: "needShort[\(unit.id)]")
                model.addConstraint(LinearExpression(x) + LinearExpression(y), .greaterOrEqual, Double(floor), name: "protect[\(unit.id)]")
                terms[.penalties]!.add(y, spec.weight(.penalties) * penalty)
                costColumns.protect = (y, Double(floor))
            }
            if moveWeight != 0 {
                // x − g + c = q: gains and cuts priced separately keep |x − q| linear.
                let g = model.addVariable(name: "gain[\(unit.id)]")
                let c = model.addVariable(name: "cut[\(unit.id)]")
                model.addConstraint(LinearExpression(x) - LinearExpression(g) + LinearExpression(c), .equal, Double(unit.quota), name: "move[\(unit.id)]")
                terms[.moves]!.add(g, moveWeight)
                terms[.moves]!.add(c, moveWeight)
                costColumns.move = (g, c)
            }
            unitCostColumns.append(costColumns)
        }

        terms[.shortfall] = shortfallTerm
        terms[.excess] = excessTerm

        let poolIndices = blocks.flatMap(\.pools).sorted()
        let channelIndices = blocks.flatMap(\.channels).sorted()
        var channelColumns: [(channel: Int, f: Variable)] = []
        for c in channelIndices {
            let channel = scenario.channels[c]
            let f = model.addVariable(name: "flow[\(channel.kind):\(channel.from)>\(channel.to)]", kind: .integer, lowerBound: 0, upperBound: Double(channel.cap))
            channelColumns.append((c, f))
            terms[.channels]!.add(f, spec.weight(.channels) * channel.cost)
        }
        var reserveColumns: [(pool: Int, r: Variable)] = []
        var poolRows: [(pool: Int, row: ConstraintRef)] = []
        var shrinkRows: [(pool: Int, row: ConstraintRef)] = []
        let shrinkOnlyKinds = Set(scenario.kinds.filter(\.shrinkOnly).map(\.id))
        // Each pool's channel ends, gathered once: scanning every channel per pool made large
        // joined blocks quadratic in Swift before GLPK was even called.
        var channelEnds: [Int: [(f: Variable, sign: Double)]] = [:]
        for (c, f) in channelColumns {
            channelEnds[data.channelPools[c].from, default: []].append((f, 1))
            channelEnds[data.channelPools[c].to, default: []].append((f, -1))
        }
        for p in poolIndices {
            let pool = data.pools.pools[p]
            let name = pool.key.description
            var balance = LinearExpression()
            for u in pool.units { balance.add(xOfUnit[u]!) }
            if pool.reserveLimit != 0 {
                let r = model.addVariable(name: "reserve[\(name)]", lowerBound: 0, upperBound: pool.reserveLimit.map(Double.init) ?? .infinity)
                reserveColumns.append((p, r))
                balance.add(r)
            }
            var net = LinearExpression()
            for (f, sign) in channelEnds[p] ?? [] {
                balance.add(f, sign)
                net.add(f, -sign)
            }
            poolRows.append((p, model.addConstraint(balance, .equal, Double(pool.total), name: "pool[\(name)]")))
            if shrinkOnlyKinds.contains(pool.kind) && !net.terms.isEmpty {
                // "只减不增": imports may not lift the pool above its current total.
                shrinkRows.append((p, model.addConstraint(net, .lessOrEqual, Double(pool.currentTotal - pool.total), name: "shrink[\(name)]")))
            }
        }

        var floorRows: [(floor: Int, row: ConstraintRef, slack: Variable?)] = []
        for f in blocks.flatMap(\.shareFloors).sorted() {
            let floor = scenario.shareFloors[f]
            let target = data.floors[f]
            var lhs = LinearExpression()
            for u in target.units { lhs.add(xOfUnit[u]!) }
            var slack: Variable? = nil
            if !floor.hard {
                let y = model.addVariable(name: "floorShort[\(f)]")
                lhs.add(y)
                terms[.penalties]!.add(y, spec.weight(.penalties) * floor.penalty)
                slack = y
            }
            floorRows.append((f, model.addConstraint(lhs, .greaterOrEqual, Double(target.amount), name: "floor[\(f)]"), slack))
        }

        let objective = ObjectiveTerm.allCases.reduce(LinearExpression()) { $0 + terms[$1]! }
        model.setObjective(objective, sense: .minimize)
        self.weightedObjective = objective
        self.model = model
        self.unitColumns = unitColumns
        self.unitCostColumns = unitCostColumns
        self.reserveColumns = reserveColumns
        self.channelColumns = channelColumns
        self.poolRows = poolRows
        self.shrinkRows = shrinkRows
        self.floorRows = floorRows
        self.terms = terms
    }

    /// Adds a row holding a set of terms at most `limit` (lexicographic tiers).
    mutating func cap(_ expression: LinearExpression, atMost limit: Double, name: String) {
        model.addConstraint(expression, .lessOrEqual, limit, name: name)
    }

    /// Replaces the objective (lexicographic tiers).
    mutating func setObjective(_ expression: LinearExpression) {
        model.setObjective(expression, sense: .minimize)
    }
}
