/// The quota kinds of a drafted scenario, from the register's 编制类型 cells: the usual kinds
/// get the short ids the sample scenarios use, any other kind keeps its name as its id.
struct DraftKinds {
    struct Entry: Equatable {
        var id: String
        var name: String
    }

    /// Usual kinds and their ids, in the order a staffing office lists them.
    static let known: [(id: String, name: String)] = [
        ("admin", "行政编制"), ("zhengfa", "政法专项编制"), ("cangong", "参照公务员法管理事业编制"),
        ("inst", "事业编制"), ("gongqin", "机关工勤编制"),
    ]

    var kinds: [Entry] = []

    init(units: [OrgUnit]) {
        var seen: Set<String> = []
        var others: [Entry] = []
        var usual: [(Int, Entry)] = []
        for unit in units where seen.insert(unit.kind).inserted {
            if let index = Self.known.firstIndex(where: { $0.name == unit.kind || $0.id == unit.kind }) {
                usual.append((index, Entry(id: Self.known[index].id, name: Self.known[index].name)))
            } else {
                others.append(Entry(id: unit.kind, name: unit.kind))
            }
        }
        kinds = usual.sorted { $0.0 < $1.0 }.map(\.1) + others
    }

    /// The tags found in the register, in order of first use (for the commented priorities).
    static func tags(_ units: [OrgUnit]) -> [String] {
        var seen: Set<String> = []
        return units.flatMap(\.tags).filter { seen.insert($0).inserted }
    }
}
