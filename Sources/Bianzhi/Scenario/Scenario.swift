/// A complete reallocation problem as the planner wrote it: the organisation, the current
/// quotas and the policy rules.
///
/// A `Scenario` is an immutable value. It is produced by ``ScenarioLoader`` from a YAML file
/// (with an optional CSV unit table) and is meaningful to the formulation only after
/// ``ScenarioValidator`` found no errors in it.
public struct Scenario: Sendable, Equatable {
    /// Name, horizon and free-text description.
    public var metadata: Metadata
    /// The kinds of quota in use; quota never moves between kinds.
    public var kinds: [QuotaKind]
    /// The region tree (city → county → township).
    public var regions: [Region]
    /// One line per organisation × kind, in file order.
    public var units: [OrgUnit]
    /// Budget scopes declared explicitly; units not covered fall into default pools.
    public var pools: [PoolSpec]
    /// Declared routes for quota between pools of the same kind.
    public var channels: [Channel]
    /// Rules that bound every unit's new quota.
    public var rules: Rules
    /// Priority classes by tag ("重点领域、民生短板、基层一线").
    public var priorities: [PriorityClass]
    /// Floors on the share of a scope's quota held by some of its units (e.g. townships).
    public var shareFloors: [ShareFloor]
    /// What the optimisation minimises.
    public var objective: ObjectiveSpec
    /// Prices of the lanes along which the transfer plan moves quota.
    public var lanes: LaneCosts
    /// Staffing standards (编制标准) that derive units' need from their drivers.
    public var standards: [NeedStandard]
    /// Where the scenario came from, for messages and the result's digest.
    public var source: ScenarioSource

    /// Creates a scenario from its parts; defaults match an empty policy section.
    public init(
        metadata: Metadata,
        kinds: [QuotaKind],
        regions: [Region],
        units: [OrgUnit],
        pools: [PoolSpec] = [],
        channels: [Channel] = [],
        rules: Rules = Rules(),
        priorities: [PriorityClass] = [],
        shareFloors: [ShareFloor] = [],
        objective: ObjectiveSpec = ObjectiveSpec(),
        lanes: LaneCosts = LaneCosts(),
        standards: [NeedStandard] = [],
        source: ScenarioSource = ScenarioSource(path: "<memory>", digest: "")
    ) {
        self.metadata = metadata
        self.kinds = kinds
        self.regions = regions
        self.units = units
        self.pools = pools
        self.channels = channels
        self.rules = rules
        self.priorities = priorities
        self.shareFloors = shareFloors
        self.objective = objective
        self.lanes = lanes
        self.standards = standards
        self.source = source
    }
}

extension Scenario {
    /// Name, planning horizon and description of a scenario.
    public struct Metadata: Sendable, Equatable {
        /// Human-readable title, e.g. "示例县2026年编制调整".
        public var name: String
        /// Years the plan covers; attrition rates are multiplied by it.
        public var horizonYears: Int
        /// Optional free text shown in reports.
        public var description: String
        /// The issuing office (编制单位/发文机关) a report names under its title, e.g. "示例县委编办".
        public var office: String?
        /// The report's date as `YYYY-MM-DD` (validated when read); a report without one
        /// says nothing about a date, so that its bytes depend on the inputs only.
        public var date: String?

        /// Creates metadata.
        public init(name: String, horizonYears: Int = 1, description: String = "", office: String? = nil, date: String? = nil) {
            self.name = name
            self.horizonYears = horizonYears
            self.description = description
            self.office = office
            self.date = date
        }
    }
}
