/// Lets a scenario refer to kinds and regions by name as well as by id: a register says
/// 行政编制 and 城关镇 where the YAML declares `{id: admin, name: 行政编制}`.
///
/// A written value that is an id stays as it is; otherwise, if exactly one kind (region) has
/// that name, the value becomes its id. Anything else is left for the validator to report
/// (unknown, or a name shared by two entries), so no guess is ever silent.
enum NameResolution {
    /// The scenario with kind and region references by name replaced by ids.
    static func resolvingNames(in scenario: Scenario) -> Scenario {
        let kind = Lookup(scenario.kinds.map { ($0.id, $0.name) })
        let region = Lookup(scenario.regions.map { ($0.id, $0.name) })
        var s = scenario
        for i in s.regions.indices { s.regions[i].parent = s.regions[i].parent.map(region.id) }
        for i in s.units.indices {
            s.units[i].kind = kind.id(s.units[i].kind)
            s.units[i].region = region.id(s.units[i].region)
        }
        for i in s.pools.indices {
            s.pools[i].kind = kind.id(s.pools[i].kind)
            s.pools[i].scope = region.id(s.pools[i].scope)
        }
        for i in s.channels.indices {
            s.channels[i].kind = kind.id(s.channels[i].kind)
            s.channels[i].from = region.id(s.channels[i].from)
            s.channels[i].to = region.id(s.channels[i].to)
        }
        for i in s.shareFloors.indices {
            s.shareFloors[i].kind = kind.id(s.shareFloors[i].kind)
            s.shareFloors[i].scope = region.id(s.shareFloors[i].scope)
        }
        for i in s.standards.indices { s.standards[i].kind = s.standards[i].kind.map(kind.id) }
        return s
    }

    /// Ids and the names that identify exactly one entry.
    struct Lookup {
        let ids: Set<String>
        let idOfName: [String: String]

        init(_ entries: [(id: String, name: String)]) {
            ids = Set(entries.map(\.id))
            var count: [String: Int] = [:]
            for entry in entries { count[entry.name, default: 0] += 1 }
            var map: [String: String] = [:]
            for entry in entries where count[entry.name] == 1 { map[entry.name] = entry.id }
            idOfName = map
        }

        func id(_ written: String) -> String {
            if ids.contains(written) { return written }
            return idOfName[written] ?? written
        }
    }
}
