import Bianzhi
import Foundation
import Testing

@Suite("--unit by id or name")
struct UnitLookupTests {
    static let units = [
        OrgUnit(id: "J001-inst", name: "县人民医院", department: "卫健", region: "c", kind: "inst", quota: 100, headcount: 90),
        OrgUnit(id: "J001-admin", name: "县人民医院", department: "卫健", region: "c", kind: "admin", quota: 3, headcount: 3),
        OrgUnit(id: "J002", name: "县中医院", department: "卫健", region: "c", kind: "inst", quota: 60, headcount: 55),
        OrgUnit(id: "J003", name: "城关镇卫生院", department: "卫健", region: "t1", kind: "inst", quota: 30, headcount: 30),
    ]

    @Test("an id, a unique name, an ambiguous name, an unknown name with near names")
    func lookups() {
        #expect(UnitLookup.find("J002", in: Self.units) == .unit(id: "J002"))
        #expect(UnitLookup.find(" 县中医院 ", in: Self.units) == .unit(id: "J002"))
        #expect(UnitLookup.find("县人民医院", in: Self.units) == .ambiguous(Array(Self.units.prefix(2))))
        #expect(UnitLookup.find("县医院", in: Self.units) == .unknown(suggestions: ["县人民医院 (J001-inst)", "县中医院 (J002)"]))
        #expect(UnitLookup.find("教育局", in: Self.units) == .unknown(suggestions: []))
    }

    @Test("explain --unit takes a name; an ambiguous one lists the matches and exits 2")
    func explainByName() throws {
        let (status, out, err) = try BuiltTool.run(["explain", "Scenarios/small.yaml", "--unit", "县发改局", "--threads", "1"], directory: Fixtures.root)
        #expect(status == 0, "\(err)")
        #expect(out.contains("sx-fgj") && out.contains("县发改局"))
        let (unknown, _, unknownErr) = try BuiltTool.run(["explain", "Scenarios/small.yaml", "--unit", "县发改", "--lang", "en"], directory: Fixtures.root)
        #expect(unknown == 2)
        #expect(unknownErr.contains("error: --unit \"县发改\": no unit has this id or name; did you mean: 县发改局 (sx-fgj)?"))
    }
}
