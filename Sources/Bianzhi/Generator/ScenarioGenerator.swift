import SeededRandom

/// Deterministic synthetic scenarios with the structure and proportions of a real county,
/// prefecture city or province (docs: shared/domain.md §5), for examples and benchmarks.
///
/// - county: 30–37 departments, 14–20 townships; 行政编制 750–1,100 (about 21 per township),
///   政法专项编制 700–1,000 (police stations ≥ 40 %), 事业编制 for schools (need from student
///   numbers and the 2014 staff ratios), health (county hospitals and township health centres)
///   and 200–400 other institutions; vacancies, over-quota units, priority tags.
/// - city: 8–12 such counties plus the city's own departments and institutions (~5,000 units).
/// - province: 13–15 cities (~140 counties, ~60,000 units).
/// - country: 31 provinces of 7–11 cities (~2,800 counties, ~1.2 million units) under one
///   root region 全国 (level `country`); in about one city in four the city may also send 事业编制 to its
///   counties (跨县统筹), which joins the city's and its counties' 事业编制 pools into one
///   block of about 3,000–4,000 units.
/// - joined block (``init(joinedBlockUnits:seed:)``): one city whose 事业编制 pools are all
///   joined by channels into a single block of at least the given number of units, to
///   measure how a block's solve time grows with its size.
///
/// Every generated scenario is feasible by construction: keeping every current quota
/// satisfies every hard rule (hard priority floors are at most the current quota, police
/// stations already hold ≥ 40 %, the township floor is `current` or soft, pool totals are the
/// current sums), so the solver always has a feasible point and the optimum is proven.
///
/// Same scale and seed, same bytes: all randomness comes from ``SplitMix64`` and
/// every list is built in a fixed order.
public struct ScenarioGenerator: Sendable {
    /// The size of the organisation generated.
    public enum Scale: String, Sendable, CaseIterable, Codable {
        /// One county with its townships (~400 units).
        case county
        /// A prefecture city: its own level plus ~10 counties (~5,000 units).
        case city
        /// A province: ~14 cities, ~140 counties (~60,000 units).
        case province
        /// A country: 31 provinces, ~2,800 counties (~1.2 million units).
        case country
    }

    /// The scale.
    public var scale: Scale
    /// The seed; the same seed gives the same bytes.
    public var seed: UInt64

    /// When set, generate one city whose 事业编制 block holds at least this many units
    /// (``scale`` is then ignored).
    public var joinedBlockUnits: Int?

    /// Creates a generator.
    public init(scale: Scale, seed: UInt64) {
        self.scale = scale
        self.seed = seed
    }

    /// Creates a generator of one city whose 事业编制 pools (the city's and every county's)
    /// are joined by channels into one block of at least `joinedBlockUnits` units: counties
    /// are added until the block is that large (each adds about 300 units).
    public init(joinedBlockUnits: Int, seed: UInt64) {
        self.scale = .city
        self.seed = seed
        self.joinedBlockUnits = max(1, joinedBlockUnits)
    }

    /// File name of the YAML scenario written by ``write(to:)``.
    public static let scenarioFileName = "scenario.yaml"
    /// File name of the unit table written by ``write(to:)``.
    public static let unitTableFileName = "units.csv"

    /// Generates the scenario's files in memory.
    public func generate() -> GeneratedScenario {
        var builder = Builder(rng: SplitMix64(seed: seed ^ 0x6269_616E_7A68_6921))
        if let joinedBlockUnits {
            builder.joinedCity(id: "c01", blockUnits: joinedBlockUnits)
            return builder.render(comment: "Synthetic joined-block scenario: bianzhi generate --block-units \(joinedBlockUnits) --seed \(seed)", seed: seed)
        }
        switch scale {
        case .county:
            builder.county(id: "x01", parent: nil)
        case .city:
            builder.city(id: "c01", parent: nil)
        case .province:
            builder.province(id: "p", cityPrefix: "c")
        case .country:
            builder.country()
        }
        return builder.render(comment: "Synthetic \(scale.rawValue) scenario: bianzhi generate --scale \(scale.rawValue) --seed \(seed)", seed: seed)
    }

    /// Generates the scenario and writes `scenario.yaml` and `units.csv` into `directory`
    /// atomically (both or neither).
    @discardableResult
    public func write(to directory: String) throws(OutputError) -> GeneratedScenario {
        let generated = generate()
        var files = AtomicFileSet()
        files.add(Self.scenarioFileName, text: generated.yaml)
        files.add(Self.unitTableFileName, text: generated.unitTable)
        try files.write(to: directory)
        return generated
    }
}

/// The text of a generated scenario and what it contains.
public struct GeneratedScenario: Sendable, Equatable {
    /// The YAML scenario; its `units` key names ``ScenarioGenerator/unitTableFileName``.
    public var yaml: String
    /// The unit table (CSV, UTF-8, no BOM, LF line ends).
    public var unitTable: String
    /// Number of units.
    public var units: Int
    /// Number of regions (all levels).
    public var regions: Int
    /// Number of counties.
    public var counties: Int
    /// Number of townships.
    public var townships: Int
}

// MARK: - Building

/// A department (系统) of a county or city government.
private struct Department {
    /// Short name without the level prefix, e.g. `农业农村`.
    var short: String
    /// Suffix of the organ, e.g. `局`.
    var organ: String
    /// Relative size of its administrative staff.
    var weight: Double
    /// Carries the `重点领域` tag.
    var keyArea: Bool = false
}

private let departments: [Department] = [
    Department(short: "委办公室", organ: "", weight: 1.6),
    Department(short: "人大常委会办公室", organ: "", weight: 1.0),
    Department(short: "政府办公室", organ: "", weight: 1.6),
    Department(short: "政协办公室", organ: "", weight: 0.9),
    Department(short: "纪委监委", organ: "", weight: 2.4, keyArea: true),
    Department(short: "委组织部", organ: "", weight: 1.3),
    Department(short: "委宣传部", organ: "", weight: 1.0),
    Department(short: "委统战部", organ: "", weight: 0.8),
    Department(short: "委政法委", organ: "", weight: 0.9),
    Department(short: "委机构编制委员会办公室", organ: "", weight: 0.6),
    Department(short: "发展和改革", organ: "局", weight: 1.2),
    Department(short: "教育", organ: "局", weight: 1.1),
    Department(short: "工业和信息化", organ: "局", weight: 0.9),
    Department(short: "公安", organ: "局", weight: 0.6),
    Department(short: "民政", organ: "局", weight: 0.9),
    Department(short: "司法", organ: "局", weight: 0.5),
    Department(short: "财政", organ: "局", weight: 1.4),
    Department(short: "人力资源和社会保障", organ: "局", weight: 1.1),
    Department(short: "自然资源", organ: "局", weight: 1.3),
    Department(short: "住房和城乡建设", organ: "局", weight: 1.0),
    Department(short: "交通运输", organ: "局", weight: 0.9),
    Department(short: "水利", organ: "局", weight: 0.9),
    Department(short: "农业农村", organ: "局", weight: 1.4),
    Department(short: "商务", organ: "局", weight: 0.7),
    Department(short: "文化和旅游", organ: "局", weight: 0.8),
    Department(short: "卫生健康", organ: "局", weight: 1.0),
    Department(short: "退役军人事务", organ: "局", weight: 0.6),
    Department(short: "应急管理", organ: "局", weight: 1.0, keyArea: true),
    Department(short: "审计", organ: "局", weight: 0.8),
    Department(short: "市场监督管理", organ: "局", weight: 1.8, keyArea: true),
    Department(short: "统计", organ: "局", weight: 0.6),
    Department(short: "医疗保障", organ: "局", weight: 0.6),
    Department(short: "林业", organ: "局", weight: 0.7),
    Department(short: "信访", organ: "局", weight: 0.5),
    Department(short: "乡村振兴", organ: "局", weight: 0.7),
    Department(short: "行政审批服务", organ: "局", weight: 0.8),
    Department(short: "生态环境", organ: "分局", weight: 0.9),
]

private let institutionSuffixes = [
    "服务中心", "事务中心", "监测站", "技术推广站", "信息中心", "保障中心", "综合执法大队", "发展研究中心",
    "管理所", "档案馆", "培训中心", "调查队",
]
private let townshipOffices = ["农业综合服务中心", "社会事务服务中心", "文化体育服务站", "退役军人服务站", "财政所", "便民服务中心"]
private let nameFirst = Array("东西南北青白红金石河山平安新长永兴龙凤清和盛丰泉林桥松柏云阳华宝德福")
private let nameSecond = Array("江河山川岭坪塘湾溪湖源岗庄营口坝店集桥寨峰洲原林台阳")

/// Builds regions, units, pools, channels and floors in a fixed order.
private struct Builder {
    var rng: SplitMix64

    struct RegionRow { var id: String; var name: String; var level: Level; var parent: String? }
    struct UnitRow {
        var id: String
        var name: String
        var department: String
        var region: String
        var kind: String
        var quota: Int
        var headcount: Int
        var attrition: Int?
        var need: Double?
        var tags: [String]
    }
    struct PoolRow { var kind: String; var scope: String; var reserve: Int? }
    struct ChannelRow { var kind: String; var from: String; var to: String; var cap: Int; var cost: Double }
    struct FloorRow {
        var name: String; var scope: String; var kind: String; var level: Level?; var tag: String?
        var floor: String; var hard: Bool; var penalty: Double?
    }

    var regions: [RegionRow] = []
    var units: [UnitRow] = []
    var pools: [PoolRow] = []
    var channels: [ChannelRow] = []
    var floors: [FloorRow] = []
    var usedNames: Set<String> = []
    var counties = 0
    var townships = 0
    /// Unit counter per owning region (county or city), for ids.
    var serial = 0

    init(rng: SplitMix64) {
        self.rng = rng
    }

    // MARK: Names

    mutating func placeName(suffix: String) -> String {
        for _ in 0..<50 {
            let name = String(rng.pick(nameFirst)) + String(rng.pick(nameSecond)) + suffix
            if usedNames.insert(name).inserted { return name }
        }
        // Two characters exhausted: three are enough for a province; a country (~50,000
        // townships) fills them up, so after a bounded number of tries four, then a number.
        for _ in 0..<200 {
            let name = String(rng.pick(nameFirst)) + String(rng.pick(nameSecond)) + String(rng.pick(nameFirst)) + suffix
            if usedNames.insert(name).inserted { return name }
        }
        for _ in 0..<200 {
            let name = String(rng.pick(nameFirst)) + String(rng.pick(nameSecond)) + String(rng.pick(nameFirst)) + String(rng.pick(nameSecond)) + suffix
            if usedNames.insert(name).inserted { return name }
        }
        while true {
            let name = String(rng.pick(nameFirst)) + String(rng.pick(nameSecond)) + String(usedNames.count) + suffix
            if usedNames.insert(name).inserted { return name }
        }
    }

    // MARK: Units

    /// Appends a unit; headcount, attrition and need noise are drawn here.
    mutating func addUnit(
        owner: String, name: String, department: String, region: String, kind: String, quota: Int,
        need: Double?, tags: [String] = [], mayBeOverQuota: Bool = true
    ) {
        serial += 1
        let q = max(1, quota)
        // Vacancy (空编) in most units, over-quota (超编) in some, both side by side.
        let r = rng.unit()
        var h = q
        if r < 0.12 && mayBeOverQuota {
            h = q + rng.int(1...max(1, q / 8))
        } else if r < 0.72 {
            h = max(0, q - rng.int(1...max(1, q / 6)))
        }
        let attrition: Int? = rng.chance(0.1) ? rng.int(0...max(0, h / 15)) : nil
        units.append(UnitRow(
            id: owner + "-" + pad(serial, 4), name: name, department: department, region: region, kind: kind,
            quota: q, headcount: h, attrition: attrition, need: need.map(roundTenth), tags: tags))
    }

    func roundTenth(_ value: Double) -> Double { (max(0, value) * 10).rounded() / 10 }

    func pad(_ n: Int, _ width: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Need around the quota: `factor` drawn from `range`; 10 % of units have none.
    mutating func need(quota: Int, _ range: ClosedRange<Double>) -> Double? {
        let factor = rng.double(range)
        return rng.chance(0.1) ? nil : Double(quota) * factor
    }

    /// Need of a `民生短板` unit (hard floor 0.8 × need): kept ≤ 1.25 × quota so the floor
    /// never exceeds the current quota (feasible by construction).
    func cappedNeed(_ need: Double, quota: Int) -> Double {
        min(need, (Double(quota) * 1.25 * 10).rounded(.down) / 10)
    }

    /// Splits `total` into integer parts proportional to `weights`, each at least `minimum`.
    func split(_ total: Int, weights: [Double], minimum: Int) -> [Int] {
        let sum = weights.reduce(0, +)
        var parts = weights.map { max(minimum, Int(Double(total) * $0 / sum)) }
        var rest = total - parts.reduce(0, +)
        var i = 0
        while rest != 0 && !parts.isEmpty {
            let k = i % parts.count
            if rest > 0 { parts[k] += 1; rest -= 1 } else if parts[k] > minimum { parts[k] -= 1; rest += 1 }
            i += 1
            if i > 100 * parts.count { break }
        }
        return parts
    }

    // MARK: County

    mutating func county(id: String, parent: String?) {
        counties += 1
        serial = 0
        let countyName = placeName(suffix: "县")
        regions.append(RegionRow(id: id, name: countyName, level: .county, parent: parent))
        let townshipCount = rng.int(14...20)
        var townshipIds: [String] = []
        var townshipNames: [String] = []
        var population: [Double] = []
        for t in 1...townshipCount {
            let tid = id + "t" + pad(t, 2)
            let name = placeName(suffix: rng.chance(0.7) ? "镇" : "乡")
            regions.append(RegionRow(id: tid, name: name, level: .township, parent: id))
            townshipIds.append(tid)
            townshipNames.append(name)
            population.append(rng.double(12_000...40_000))
        }
        townships += townshipCount
        let scale = population.reduce(0, +) / 450_000 + 0.35

        // 行政编制: departments at county level, ~21 per township office.
        let deptCount = rng.int(30...37)
        let depts = Array(departments.prefix(deptCount))
        let adminTotal = rng.int(750...1_100)
        let townshipAdmin = townshipIds.map { _ in rng.int(17...26) }
        let deptAdmin = split(adminTotal - townshipAdmin.reduce(0, +), weights: depts.map { $0.weight * rng.double(0.7...1.3) }, minimum: 6)
        for (d, dept) in depts.enumerated() {
            addUnit(
                owner: id, name: "县" + dept.short + dept.organ, department: dept.short, region: id, kind: "admin",
                quota: deptAdmin[d], need: need(quota: deptAdmin[d], 0.75...1.15), tags: dept.keyArea ? ["重点领域"] : [])
        }
        for (t, tid) in townshipIds.enumerated() {
            addUnit(
                owner: id, name: townshipNames[t] + "党政机关", department: "乡镇", region: tid, kind: "admin",
                quota: townshipAdmin[t], need: need(quota: townshipAdmin[t], 0.95...1.3), tags: ["基层一线"])
        }

        // 政法专项编制: police stations ≥ 40 % (rule), courts, procuratorate, justice.
        let zfTotal = rng.int(700...1_000)
        let stationShare = rng.double(0.42...0.48)
        let stationTotal = Int((Double(zfTotal) * stationShare).rounded(.up))
        let stations = split(stationTotal, weights: population, minimum: 8)
        let justiceOffices = townshipIds.map { _ in rng.int(3...5) }
        let court = Int(Double(zfTotal) * rng.double(0.12...0.15))
        let procuratorate = Int(Double(zfTotal) * rng.double(0.08...0.10))
        let justice = Int(Double(zfTotal) * rng.double(0.03...0.05))
        let policeHQ = zfTotal - stations.reduce(0, +) - justiceOffices.reduce(0, +) - court - procuratorate - justice
        addUnit(owner: id, name: "县公安局", department: "公安", region: id, kind: "zhengfa", quota: policeHQ, need: need(quota: policeHQ, 0.8...1.05))
        addUnit(owner: id, name: "县人民法院", department: "法院", region: id, kind: "zhengfa", quota: court, need: need(quota: court, 0.9...1.2), tags: ["重点领域"])
        addUnit(owner: id, name: "县人民检察院", department: "检察院", region: id, kind: "zhengfa", quota: procuratorate, need: need(quota: procuratorate, 0.85...1.1))
        addUnit(owner: id, name: "县司法局", department: "司法", region: id, kind: "zhengfa", quota: justice, need: need(quota: justice, 0.8...1.1))
        for (t, tid) in townshipIds.enumerated() {
            let tname = townshipNames[t]
            // ~13 police per 10,000 people (figure).
            addUnit(owner: id, name: tname + "派出所", department: "公安", region: tid, kind: "zhengfa", quota: stations[t],
                    need: population[t] * rng.double(11...14) / 10_000, tags: ["派出所", "基层一线"])
            addUnit(owner: id, name: tname + "司法所", department: "司法", region: tid, kind: "zhengfa", quota: justiceOffices[t],
                    need: need(quota: justiceOffices[t], 0.9...1.3), tags: ["基层一线"])
        }

        // 事业编制: schools (need from students), health, other institutions.
        for k in 1...rng.int(2...3) {
            let students = rng.double(1_500...3_200) * scale
            addSchool(owner: id, name: "县第\(chineseNumber(k))高级中学", region: id, need: students / 12.5, tags: [])
        }
        for k in 1...rng.int(2...4) {
            addSchool(owner: id, name: "县第\(chineseNumber(k))初级中学", region: id, need: rng.double(1_200...2_400) * scale / 13.5, tags: [])
        }
        for k in 1...rng.int(4...8) {
            addSchool(owner: id, name: "县城关第\(chineseNumber(k))小学", region: id, need: rng.double(1_200...2_600) * scale / 19, tags: [])
        }
        let beds = rng.double(400...750)
        addInstitution(owner: id, name: "县人民医院", department: "卫生健康", region: id, need: beds * rng.double(1.3...1.6), tags: [])
        addInstitution(owner: id, name: "县中医医院", department: "卫生健康", region: id, need: rng.double(200...400) * rng.double(1.3...1.4), tags: [])
        addInstitution(owner: id, name: "县妇幼保健院", department: "卫生健康", region: id, need: rng.double(80...150), tags: [])
        addInstitution(owner: id, name: "县疾病预防控制中心", department: "卫生健康", region: id, need: rng.double(60...100), tags: ["重点领域"])
        for dept in depts {
            for _ in 0..<rng.int(2...7) {
                let size = Double(rng.int(3...25))
                addInstitution(owner: id, name: "县" + dept.short + rng.pick(institutionSuffixes), department: dept.short, region: id, need: size, tags: [])
            }
        }
        for (t, tid) in townshipIds.enumerated() {
            let tname = townshipNames[t]
            let p = population[t]
            addSchool(owner: id, name: tname + "中心小学", region: tid, need: p * rng.double(0.05...0.075) / 19, tags: ["民生短板", "基层一线"])
            addSchool(owner: id, name: tname + "初级中学", region: tid, need: p * rng.double(0.03...0.045) / 13.5, tags: ["民生短板", "基层一线"])
            if rng.chance(0.6) {
                addSchool(owner: id, name: tname + "完全小学", region: tid, need: p * rng.double(0.015...0.03) / 19, tags: ["基层一线"])
            }
            addInstitution(owner: id, name: tname + "卫生院", department: "卫生健康", region: tid, need: rng.double(30...70), tags: ["民生短板", "基层一线"])
            for office in townshipOffices.prefix(rng.int(3...5)) {
                addInstitution(owner: id, name: tname + office, department: "乡镇", region: tid, need: Double(rng.int(3...12)), tags: ["基层一线"])
            }
        }

        pools.append(PoolRow(kind: "admin", scope: id, reserve: nil))
        pools.append(PoolRow(kind: "shiye", scope: id, reserve: 10))
        let townshipFloorHard = rng.chance(0.5)
        floors.append(FloorRow(
            name: countyName + "乡镇行政编制占比", scope: id, kind: "admin", level: .township, tag: nil,
            floor: townshipFloorHard ? "current" : "0.4", hard: townshipFloorHard, penalty: townshipFloorHard ? nil : 20))
        floors.append(FloorRow(
            name: countyName + "派出所警力占比", scope: id, kind: "zhengfa", level: nil, tag: "派出所",
            floor: "0.4", hard: true, penalty: nil))
    }

    /// A school: quota near its need (staff : students by the 2014 standard).
    mutating func addSchool(owner: String, name: String, region: String, need: Double, tags: [String]) {
        let quota = max(3, Int(need * rng.double(0.85...1.12)))
        let n = tags.contains("民生短板") ? cappedNeed(need, quota: quota) : need
        addUnit(owner: owner, name: name, department: "教育", region: region, kind: "shiye", quota: quota, need: n, tags: tags)
    }

    /// An institution whose quota scatters around its workload need.
    mutating func addInstitution(owner: String, name: String, department: String, region: String, need: Double, tags: [String]) {
        let quota = max(2, Int((need * rng.double(0.8...1.2)).rounded()))
        var n: Double? = rng.chance(0.08) ? nil : need
        if let value = n, tags.contains("民生短板") { n = cappedNeed(value, quota: quota) }
        addUnit(owner: owner, name: name, department: department, region: region, kind: "shiye", quota: quota, need: n, tags: tags)
    }

    // MARK: City and province

    /// A city with `countyCount` counties (8–12 drawn when `nil`); `joinShiye` lets the city
    /// send 事业编制 to each county, which makes their 事业编制 pools one block.
    mutating func city(id: String, parent: String?, countyCount: Int? = nil, joinShiye: Bool = false) {
        let cityName = placeName(suffix: "市")
        regions.append(RegionRow(id: id, name: cityName, level: .city, parent: parent))
        let countyCount = countyCount ?? rng.int(8...12)
        let countyIds = (1...countyCount).map { id + "x" + pad($0, 2) }
        // The city's own level first (its units sit in the city region).
        serial = 0
        let deptCount = rng.int(34...37)
        for dept in departments.prefix(deptCount) {
            let quota = Int(dept.weight * rng.double(25...45))
            addUnit(owner: id, name: "市" + dept.short + dept.organ, department: dept.short, region: id, kind: "admin",
                    quota: quota, need: need(quota: quota, 0.7...1.1), tags: dept.keyArea ? ["重点领域"] : [])
        }
        for (name, department, range) in [
            ("市公安局", "公安", 900...1_500), ("市中级人民法院", "法院", 180...260),
            ("市人民检察院", "检察院", 120...180), ("市司法局", "司法", 40...70),
        ] {
            let quota = rng.int(range)
            addUnit(owner: id, name: name, department: department, region: id, kind: "zhengfa", quota: quota, need: need(quota: quota, 0.8...1.1))
        }
        for k in 1...rng.int(8...12) {
            addSchool(owner: id, name: "市第\(chineseNumber(k))中学", region: id, need: rng.double(2_000...3_500) / 12.5, tags: [])
        }
        for name in ["市第一人民医院", "市第二人民医院", "市中医院", "市妇幼保健院", "市精神卫生中心"] {
            addInstitution(owner: id, name: name, department: "卫生健康", region: id, need: rng.double(150...1_100), tags: [])
        }
        for dept in departments.prefix(deptCount) {
            for _ in 0..<rng.int(6...12) {
                addInstitution(owner: id, name: "市" + dept.short + rng.pick(institutionSuffixes), department: dept.short, region: id,
                               need: Double(rng.int(5...50)), tags: [])
            }
        }
        pools.append(PoolRow(kind: "admin", scope: id, reserve: nil))
        pools.append(PoolRow(kind: "shiye", scope: id, reserve: 20))
        for countyId in countyIds {
            county(id: countyId, parent: id)
            // 跨层级统筹: the city may send 行政编制 down to its counties, up to a cap.
            channels.append(ChannelRow(kind: "admin", from: id, to: countyId, cap: rng.int(5...15), cost: 0.5))
            if joinShiye {
                // 跨县统筹: 事业编制 sent down from the city's pool to the county's.
                channels.append(ChannelRow(kind: "shiye", from: id, to: countyId, cap: rng.int(10...30), cost: 0.5))
            }
        }
    }

    /// A province: 13–15 cities under the root region `id`, with ids `cityPrefix` + number.
    mutating func province(id: String, cityPrefix: String) {
        regions.append(RegionRow(id: id, name: placeName(suffix: "省"), level: .province, parent: nil))
        for c in 1...rng.int(13...15) {
            city(id: cityPrefix + pad(c, 2), parent: id)
        }
    }

    /// 31 provinces of 7–11 cities under one root region `cn` (全国, so that the regions form
    /// one tree); about one city in four joins its 事业编制 pools by channels (a block of
    /// ~3,000–4,000 units).
    mutating func country() {
        regions.append(RegionRow(id: "cn", name: "全国", level: .country, parent: nil))
        for p in 1...31 {
            let pid = "p" + pad(p, 2)
            regions.append(RegionRow(id: pid, name: placeName(suffix: "省"), level: .province, parent: "cn"))
            for c in 1...rng.int(7...11) {
                city(id: pid + "c" + pad(c, 2), parent: pid, joinShiye: rng.chance(0.25))
            }
        }
    }

    /// One city whose 事业编制 block reaches `blockUnits` units: counties are added one by
    /// one (each ~300 事业编制 units), from an estimate below the answer, until it does.
    mutating func joinedCity(id: String, blockUnits: Int) {
        // Sizes are known only once drawn, so count the units of a draw and redo it with one
        // more county while short; the random stream restarts each time, so the result
        // depends on (seed, blockUnits) only.
        let start = self
        // A county adds 200–400 事业编制 units and the city ~300: start near the answer so
        // that large blocks need few redraws.
        var countyCount = max(1, (blockUnits - 400) / 450)
        while true {
            self = start
            city(id: id, parent: nil, countyCount: countyCount, joinShiye: true)
            if units.count(where: { $0.kind == "shiye" }) >= blockUnits { return }
            countyCount += 1
        }
    }

    func chineseNumber(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        if n <= 10 { return digits[n] }
        return n < 20 ? "十" + digits[n - 10] : String(n)
    }

    // MARK: Rendering

    func render(comment: String, seed: UInt64) -> GeneratedScenario {
        var y = YAMLTextWriter()
        y.comment(comment)
        y.line("scenario:")
        let title = (regions.first?.name ?? "") + "编制调整（合成数据，种子 \(seed)）"
        y.line("  name: " + YAMLTextWriter.quote(title))
        y.line("  horizon: 1")
        y.line("  description: " + YAMLTextWriter.quote("\(units.count) units, \(counties) counties, \(townships) townships; generated, not real data"))
        y.line("kinds:")
        y.line("  - {id: admin, name: \(YAMLTextWriter.quote("行政编制"))}")
        y.line("  - {id: zhengfa, name: \(YAMLTextWriter.quote("政法专项编制")), shrinkOnly: true}")
        y.line("  - {id: shiye, name: \(YAMLTextWriter.quote("事业编制"))}")
        y.line("regions:")
        for r in regions {
            var fields = [("id", YAMLTextWriter.quote(r.id)), ("name", YAMLTextWriter.quote(r.name)), ("level", r.level.rawValue)]
            if let parent = r.parent { fields.append(("parent", YAMLTextWriter.quote(parent))) }
            y.item(fields)
        }
        y.line("units: " + YAMLTextWriter.quote(ScenarioGenerator.unitTableFileName))
        y.line("pools:")
        for p in pools {
            var fields = [("kind", p.kind), ("scope", YAMLTextWriter.quote(p.scope))]
            if let reserve = p.reserve { fields.append(("reserve", String(reserve))) }
            y.item(fields)
        }
        if !channels.isEmpty {
            y.line("channels:")
            for c in channels {
                y.item([("kind", c.kind), ("from", YAMLTextWriter.quote(c.from)), ("to", YAMLTextWriter.quote(c.to)),
                        ("cap", String(c.cap)), ("cost", NumberFormat.plain(c.cost))])
            }
        }
        y.line("rules:")
        y.line("  maxChange: {share: 0.2, atLeast: 2, atMost: 30}")
        y.line("  noDismissals: true")
        y.line("  overQuotaFrozen: true")
        y.line("  attritionRate: 0.03")
        y.line("priorities:")
        y.item([("tag", YAMLTextWriter.quote("基层一线")), ("weight", "3")])
        y.item([("tag", YAMLTextWriter.quote("民生短板")), ("needFloor", "0.8"), ("weight", "2")])
        y.item([("tag", YAMLTextWriter.quote("重点领域")), ("weight", "2")])
        y.line("shareFloors:")
        for f in floors {
            var fields = [("name", YAMLTextWriter.quote(f.name)), ("scope", YAMLTextWriter.quote(f.scope)), ("kind", f.kind)]
            if let level = f.level { fields.append(("level", level.rawValue)) }
            if let tag = f.tag { fields.append(("tag", YAMLTextWriter.quote(tag))) }
            fields.append(("floor", f.floor))
            fields.append(("hard", f.hard ? "true" : "false"))
            if let penalty = f.penalty { fields.append(("penalty", NumberFormat.plain(penalty))) }
            y.item(fields)
        }

        var csv = "id,name,department,region,kind,quota,headcount,attrition,need,tags\n"
        csv.reserveCapacity(units.count * 80)
        for u in units {
            csv += [
                u.id, CSVWriter.escape(u.name), CSVWriter.escape(u.department), u.region, u.kind, String(u.quota),
                String(u.headcount), u.attrition.map(String.init) ?? "", u.need.map { NumberFormat.plain($0, decimals: 1) } ?? "",
                CSVWriter.escape(u.tags.joined(separator: ";")),
            ].joined(separator: ",")
            csv += "\n"
        }
        return GeneratedScenario(
            yaml: y.text, unitTable: csv, units: units.count, regions: regions.count, counties: counties, townships: townships)
    }
}

/// A minimal YAML emitter for the generator: block sections of flow mappings, every string
/// double-quoted, so the output is byte-stable and never depends on another emitter's choices.
struct YAMLTextWriter {
    private(set) var text = ""

    mutating func line(_ s: String) {
        text += s
        text += "\n"
    }

    mutating func comment(_ s: String) { line("# " + s) }

    /// A list item written as a flow mapping: `  - {key: value, …}`; values are given
    /// already rendered (quoted when text).
    mutating func item(_ fields: [(String, String)]) {
        line("  - {" + fields.map { $0.0 + ": " + $0.1 }.joined(separator: ", ") + "}")
    }

    /// A double-quoted YAML scalar.
    static func quote(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }
}
