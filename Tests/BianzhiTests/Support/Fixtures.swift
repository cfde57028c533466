import Bianzhi
import Foundation

/// Builders for small scenarios written in code, and paths of the shipped ones.
enum Fixtures {
    /// The repository root (the folder holding Package.swift).
    static var root: URL { Repository.root }

    /// Path of a file under `Scenarios/`.
    static func scenarioPath(_ name: String) -> String {
        root.appendingPathComponent("Scenarios").appendingPathComponent(name).path
    }

    /// One county `c` with townships `t1`, `t2`, and the kind `admin`.
    static func county(
        units: [OrgUnit], kinds: [QuotaKind] = [QuotaKind(id: "admin", name: "行政编制")],
        pools: [PoolSpec] = [], channels: [Channel] = [], rules: Rules = Rules(), priorities: [PriorityClass] = [],
        shareFloors: [ShareFloor] = [], objective: ObjectiveSpec = ObjectiveSpec(),
        extraRegions: [Region] = []
    ) -> Scenario {
        Scenario(
            metadata: .init(name: "测试县", horizonYears: 1),
            kinds: kinds,
            regions: [
                Region(id: "c", name: "测试县", level: .county),
                Region(id: "t1", name: "东镇", level: .township, parent: "c"),
                Region(id: "t2", name: "西镇", level: .township, parent: "c"),
            ] + extraRegions,
            units: units, pools: pools, channels: channels, rules: rules, priorities: priorities,
            shareFloors: shareFloors, objective: objective)
    }

    /// A unit of kind `admin` in region `region` with zero attrition unless given.
    static func unit(
        _ id: String, quota: Int, headcount: Int, need: Double? = nil, region: String = "c",
        department: String? = nil, kind: String = "admin", attrition: Int = 0, tags: [String] = []
    ) -> OrgUnit {
        OrgUnit(id: id, name: id, department: department ?? id, region: region, kind: kind, quota: quota,
             headcount: headcount, attrition: attrition, need: need, tags: tags)
    }
}
