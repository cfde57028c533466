/// One organisation's quota of one kind: the line a planner edits in the spreadsheet.
///
/// Named `OrgUnit` rather than `Unit` because Foundation exports a `Unit` (for measurements)
/// and every client that imports both would have to qualify the name.
public struct OrgUnit: Sendable, Equatable, Hashable {
    /// Unique identifier, e.g. `J001-admin`.
    public var id: String
    /// Display name, e.g. `县教育局`.
    public var name: String
    /// Department (系统) the unit belongs to; transfers inside one department are cheapest.
    public var department: String
    /// Identifier of the region the unit sits in; its level is the region's level.
    public var region: String
    /// Identifier of the quota kind.
    public var kind: String
    /// Current approved quota (编制数).
    public var quota: Int
    /// People in post (实有人数).
    public var headcount: Int
    /// Expected departures per plan year; `nil` means "derive from the attrition rate".
    public var attrition: Int?
    /// Workload-derived need; fractional; `nil` when unknown (no shortfall or excess counted).
    public var need: Double?
    /// Priority tags (e.g. `基层一线`), matched against ``PriorityClass/tag`` and share floors.
    public var tags: [String]
    /// 锁定: the new quota is the current quota (units under reform, vertical management).
    public var locked: Bool
    /// 下限: the planner's lower bound on the new quota; `nil` for none.
    public var minQuota: Int?
    /// 上限: the planner's upper bound on the new quota; `nil` for none.
    public var maxQuota: Int?
    /// 备注: why the unit is locked or bounded, shown beside it in every output.
    public var reason: String?
    /// Where the unit was read (YAML line or CSV row).
    public var location: SourceLocation?
    /// Workload drivers for staffing standards (在校生数 → 1140), by canonical driver name;
    /// looked up by name only, never iterated into output.
    public var drivers: [String: Double]
    /// How ``need`` came from a standard; `nil` when the need was typed or is unknown.
    /// Set once by ``NeedDerivation``.
    public var needBasis: NeedBasis?

    /// Creates a unit.
    public init(
        id: String, name: String, department: String, region: String, kind: String,
        quota: Int, headcount: Int, attrition: Int? = nil, need: Double? = nil,
        tags: [String] = [], locked: Bool = false, minQuota: Int? = nil, maxQuota: Int? = nil,
        reason: String? = nil, location: SourceLocation? = nil, drivers: [String: Double] = [:]
    ) {
        self.id = id
        self.name = name
        self.department = department
        self.region = region
        self.kind = kind
        self.quota = quota
        self.headcount = headcount
        self.attrition = attrition
        self.need = need
        self.tags = tags
        self.locked = locked
        self.minQuota = minQuota
        self.maxQuota = maxQuota
        self.reason = reason
        self.location = location
        self.drivers = drivers
        self.needBasis = nil
    }

    /// Vacancy (空编): quota not filled by people in post.
    public var vacancy: Int { max(0, quota - headcount) }
    /// Over-quota staff (超编): people in post beyond the quota.
    public var overQuota: Int { max(0, headcount - quota) }
}
