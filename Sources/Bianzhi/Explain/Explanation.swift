/// Why an allocation is what it is, or why none exists: the exchange value of `explain`
/// (text for people via ``ExplanationRenderer``, JSON for machines via `Codable`).
///
/// Every message is written when the explanation is built, so text and JSON say the same.
public struct Explanation: Sendable, Codable, Equatable {
    /// Scenario name.
    public var scenario: String
    /// Whether an allocation exists.
    public var feasible: Bool
    /// Objective value of the allocation (feasible only).
    public var objective: Double?
    /// Exact Swift checks that fail (infeasible only); each proves infeasibility by itself.
    public var checks: [FeasibilityConflict]
    /// Sets of rule groups that cannot hold together (infeasible only), one per conflict found.
    public var conflicts: [RuleConflict]
    /// Concrete ways out (infeasible only), each for one conflict (``WayOut/conflict``): the
    /// fewest rule groups of that conflict that must give way, and by how much. Each was
    /// re-solved: with it, the conflict's rules hold (the block's other conflicts need their
    /// own way out).
    public var waysOut: [WayOut]
    /// The value of one more quota per pool (feasible only).
    public var poolValues: [PoolValue]
    /// Which pools were measured by re-solving, when not all of them (``PoolValue/plusOne``).
    public var poolValuesNote: String?
    /// The value of one more quota of capacity per channel (feasible only).
    public var channelValues: [ChannelValue]
    /// Hard share floors that the allocation meets exactly (feasible only).
    public var bindingFloors: [FloorValue]
    /// Units sitting at a bound, grouped by the rule that set it (feasible only).
    public var bindingRules: [BindingRule]
    /// The unit asked for with `--unit`.
    public var unit: UnitExplanation?

    /// Creates an explanation.
    public init(
        scenario: String, feasible: Bool, objective: Double? = nil, checks: [FeasibilityConflict] = [],
        conflicts: [RuleConflict] = [], waysOut: [WayOut] = [], poolValues: [PoolValue] = [],
        channelValues: [ChannelValue] = [], bindingFloors: [FloorValue] = [], bindingRules: [BindingRule] = [],
        unit: UnitExplanation? = nil, poolValuesNote: String? = nil
    ) {
        self.scenario = scenario
        self.feasible = feasible
        self.objective = objective
        self.checks = checks
        self.conflicts = conflicts
        self.waysOut = waysOut
        self.poolValues = poolValues
        self.poolValuesNote = poolValuesNote
        self.channelValues = channelValues
        self.bindingFloors = bindingFloors
        self.bindingRules = bindingRules
        self.unit = unit
    }
}

/// A unit named in an explanation with an amount and the rule behind it.
public struct UnitAmount: Sendable, Codable, Equatable {
    /// Unit identifier.
    public var id: String
    /// Display name.
    public var name: String
    /// Quotas (a bound, or how far a rule must give way at this unit).
    public var amount: Int
    /// The rule, when one applies.
    public var rule: BoundReason?

    /// Creates an entry.
    public init(id: String, name: String, amount: Int, rule: BoundReason? = nil) {
        self.id = id
        self.name = name
        self.amount = amount
        self.rule = rule
    }
}

/// One exact check that fails: arithmetic on the hard bounds proves that no allocation exists.
public struct FeasibilityConflict: Sendable, Codable, Equatable {
    /// What was checked.
    public enum Kind: String, Sendable, Codable, Equatable {
        /// A unit's priority floor lies above its maximum.
        case priorityFloorAboveMaximum
        /// The hard floors of a pool's units add up to more than the pool can hold.
        case poolFloorsExceedTotal
        /// The units' ceilings cannot take the quota the pool must place.
        case poolCannotPlaceTotal
        /// A hard share floor asks more than its units may hold.
        case shareFloorAboveMaximum
        /// A hard share floor plus the other units' floors exceed the pools' totals.
        case shareFloorExceedsTotal
        /// A unit's lock, `min` or `max` contradicts another of its hard bounds.
        case unitBoundsConflict
    }

    /// What was checked.
    public var kind: Kind
    /// Pools concerned (`kind@scope`).
    public var pools: [PoolKey]
    /// What the rules require, in quotas.
    public var required: Int
    /// What is available, in quotas.
    public var available: Int
    /// `required − available`: how far apart they are.
    public var shortBy: Int
    /// The units (up to ten, largest first) whose bounds make up the requirement.
    public var units: [UnitAmount]
    /// The requirement by rule (`rule` → quotas), for the planner to see which rule weighs most.
    public var byRule: [UnitAmount]
    /// The finding in words.
    public var message: String
    /// What to do.
    public var fix: String
}

/// A rule group as explanations name it: all elements of one rule that can give way together.
public struct RuleGroupRef: Sendable, Codable, Equatable, Hashable {
    /// The kind of rule: a unit rule (one per ``BoundReason``) or a pool / floor / channel
    /// rule. Encoded as its name (`noDismissals`, `poolTotal`, …).
    public enum Kind: Sendable, Codable, Equatable, Hashable {
        /// A pool's balance: its total must be placed exactly.
        case poolTotal
        /// One unit rule over a pool's units (all priority floors of one class for
        /// `.priorityFloor`).
        case unitRule(BoundReason)
        /// One hard share floor.
        case shareFloor
        /// One channel's cap.
        case channelCap
        /// The shrink-only row of a pool.
        case shrinkOnly

        /// All no-dismissal floors of a pool.
        public static let noDismissals = Kind.unitRule(.noDismissals)
        /// All change-limit bounds (up and down) of a pool.
        public static let changeLimit = Kind.unitRule(.changeLimit)
        /// The over-quota freeze of a pool.
        public static let overQuotaFrozen = Kind.unitRule(.overQuotaFrozen)
        /// All priority floors set by one priority class.
        public static let priorityFloor = Kind.unitRule(.priorityFloor)
        /// All hard need-protection floors of a pool (不从缺编单位调出).
        public static let needProtection = Kind.unitRule(.needProtection)
        /// The no-cut rule of one priority class (保重点).
        public static let priorityNoCut = Kind.unitRule(.priorityNoCut)

        /// The name in JSON.
        public var rawValue: String {
            switch self {
            case .poolTotal: return "poolTotal"
            case .unitRule(let reason): return reason.rawValue
            case .shareFloor: return "shareFloor"
            case .channelCap: return "channelCap"
            case .shrinkOnly: return "shrinkOnly"
            }
        }

        /// The kind of a JSON name.
        public init?(rawValue: String) {
            switch rawValue {
            case "poolTotal": self = .poolTotal
            case "shareFloor": self = .shareFloor
            case "channelCap": self = .channelCap
            case "shrinkOnly": self = .shrinkOnly
            default:
                guard let reason = BoundReason(rawValue: rawValue) else { return nil }
                self = .unitRule(reason)
            }
        }

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let kind = Kind(rawValue: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown rule kind \(text)"))
            }
            self = kind
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }

    /// The kind of rule.
    public var kind: Kind
    /// Identifies the group: the pool `kind@scope`, the class tag, the floor name or the
    /// channel `kind:from>to`.
    public var id: String
    /// The group in words, e.g. "share floor 乡镇行政编制占比 (≥ 50)".
    public var name: String
}

/// Rule groups that cannot all hold together: removing any one of them leaves a set that
/// can (an irreducible set, with the pool totals held).
public struct RuleConflict: Sendable, Codable, Equatable {
    /// Index of the block (independent part of the scenario) the conflict lies in.
    public var block: Int
    /// Pools of that block (`kind@scope`).
    public var pools: [PoolKey]
    /// The groups.
    public var groups: [RuleGroupRef]
    /// The finding in words.
    public var message: String
}

/// How far one rule group gives way in a way out.
public struct GroupRelaxation: Sendable, Codable, Equatable {
    /// The group.
    public var group: RuleGroupRef
    /// Quotas by which it gives way in total.
    public var amount: Int
    /// Where it gives way (per unit for unit rules).
    public var units: [UnitAmount]
    /// What to change, in words.
    public var advice: String
}

/// One concrete way out of an infeasibility: the listed groups give way by the amounts given,
/// and every other rule holds.
public struct WayOut: Sendable, Codable, Equatable {
    /// Index (in ``Explanation/conflicts``) of the conflict this way resolves.
    public var conflict: Int
    /// Block of the conflict.
    public var block: Int
    /// Pools of the block (`kind@scope`).
    public var pools: [PoolKey]
    /// The groups that give way.
    public var relax: [GroupRelaxation]
    /// True when the way out needs a pool total changed rather than a rule relaxed (only
    /// possible through a channel from above: totals may not grow).
    public var changesTotals: Bool
    /// Sum of the amounts.
    public var quotas: Int
}

/// One change of a re-solve against the allocation.
public struct QuotaShift: Sendable, Codable, Equatable {
    /// What changed.
    public enum Kind: String, Sendable, Codable, Equatable {
        /// A unit's new quota.
        case unit
        /// Quota held in a pool's reserve (周转池).
        case reserve
        /// Quota sent through a channel.
        case channel
    }

    /// What changed.
    public var kind: Kind
    /// Unit id, pool `kind@scope` or channel `kind:from>to`.
    public var id: String
    /// Display name.
    public var name: String
    /// Quotas gained (positive) or lost (negative).
    public var amount: Int
}

/// A hard share floor met exactly, with its price.
public struct FloorValue: Sendable, Codable, Equatable {
    /// Floor name.
    public var name: String
    /// Required quotas.
    public var required: Int
    /// Quotas held by its units.
    public var held: Int
    /// LP dual of its row: change of the objective per extra quota of floor (0 when the
    /// solve kept no duals).
    public var dual: Double
    /// In words.
    public var meaning: String
}

/// Units that sit at a bound set by one rule, and whether the rule binds there.
public struct BindingRule: Sendable, Codable, Equatable {
    /// The rule.
    public var rule: BoundReason
    /// Which bound.
    public var side: BoundSide
    /// `true`: relaxing the rule by one quota at each of these units changes the objective
    /// (re-solved); `false`: re-solved, it changes nothing (the unit only sits at the bound);
    /// `nil`: not re-solved.
    public var binding: Bool?
    /// The units and their bound: the first ``BindingRules/listedUnitLimit`` of them (every
    /// unit's bound and reason are in result.json).
    public var units: [UnitAmount]
    /// How many units the group holds (more than `units` lists when above the limit).
    public var count: Int
    /// In words.
    public var message: String
}
