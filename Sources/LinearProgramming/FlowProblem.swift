/// A minimum-cost flow problem with integer data: nodes with supplies (positive) or demands
/// (negative), arcs with a lower bound, a capacity and a cost per unit of flow.
///
/// Solver-neutral like ``Model``; GLPK's network solver (the out-of-kilter algorithm) needs integer data, so
/// whoever builds one scales fractional costs to integers first (and keeps the simplex when
/// that is not possible).
public struct FlowProblem: Sendable {
    /// One arc `from → to` carrying between `lower` and `capacity` units at `cost` each.
    public struct Arc: Sendable, Equatable {
        /// Tail node index.
        public var from: Int
        /// Head node index.
        public var to: Int
        /// Least flow.
        public var lower: Int
        /// Most flow.
        public var capacity: Int
        /// Cost per unit of flow.
        public var cost: Int

        /// Makes an arc.
        public init(from: Int, to: Int, lower: Int = 0, capacity: Int, cost: Int) {
            self.from = from
            self.to = to
            self.lower = lower
            self.capacity = capacity
            self.cost = cost
        }
    }

    /// Supply of each node (negative: demand); they must sum to 0.
    public private(set) var supplies: [Int] = []
    /// The arcs, in the order added (flows are reported in this order).
    public private(set) var arcs: [Arc] = []

    /// An empty network.
    public init() {}

    /// Adds a node and returns its index.
    @discardableResult
    public mutating func addNode(supply: Int = 0) -> Int {
        supplies.append(supply)
        return supplies.count - 1
    }

    /// Adds `amount` to a node's supply.
    public mutating func addSupply(_ amount: Int, to node: Int) {
        supplies[node] += amount
    }

    /// Adds an arc and returns its index.
    @discardableResult
    public mutating func addArc(_ arc: Arc) -> Int {
        arcs.append(arc)
        return arcs.count - 1
    }

    /// The largest magnitude GLPK's the out-of-kilter algorithm accepts for any supply, bound or cost
    /// (`INT_MAX / 4`, the stricter of its two network solvers).
    public static let largestMagnitude = Int(Int32.max / 4)

    /// The least power of ten, up to 10⁶, that turns every cost into an integer (up to
    /// rounding noise, 1e-9 relative) within ``largestMagnitude``; nil when there is none.
    /// Network solvers need integer costs, and scaling by it keeps the optimum exact.
    public static func integerScale(of costs: [Double]) -> Double? {
        var scale = 1.0
        for _ in 0...6 {
            if costs.allSatisfy({ cost in
                let scaled = cost * scale
                return abs(scaled - scaled.rounded()) <= 1e-9 * max(1, abs(scaled)) && abs(scaled) <= Double(largestMagnitude)
            }) { return scale }
            scale *= 10
        }
        return nil
    }

    /// Whether every number is within ``largestMagnitude``, the bounds are ordered and the
    /// supplies balance; the out-of-kilter algorithm rejects anything else.
    public var isWithinSolverRange: Bool {
        let limit = Self.largestMagnitude
        guard supplies.reduce(0, +) == 0, supplies.allSatisfy({ abs($0) <= limit }) else { return false }
        return arcs.allSatisfy {
            $0.lower >= 0 && $0.lower <= $0.capacity && $0.capacity <= limit && abs($0.cost) <= limit
                && supplies.indices.contains($0.from) && supplies.indices.contains($0.to)
        }
    }
}

/// What a network solve established.
public struct FlowSolution: Sendable, Equatable {
    /// Optimal (proven by the algorithm), infeasible, or failed (range, data).
    public var status: SolutionStatus
    /// Flow on each arc, in ``FlowProblem/arcs`` order; empty without an optimum.
    public var flows: [Int]
    /// Total cost `Σ cost·flow`.
    public var cost: Double

    /// Makes a solution.
    public init(status: SolutionStatus, flows: [Int], cost: Double) {
        self.status = status
        self.flows = flows
        self.cost = cost
    }
}
