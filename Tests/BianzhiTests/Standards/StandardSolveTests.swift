import Foundation
import Testing
@testable import Bianzhi

/// Need from standards through the solver, the result files and the command line.
@Suite("Standards: solve and outputs")
struct StandardSolveTests {
    /// One 事业编制 pool of 20: a school sized by its pupils and an archive that needs 6.
    static func yaml(students: Int, typedNeed: String = "") -> String {
        StandardFixture.scenario(
            standards: ["{name: 小学教职工编制标准, tag: 小学, driver: 在校生数, ratio: 19, source: 中央编办发〔2014〕72号}"],
            units: """
                units:
                  - {id: a, name: 县实验小学, region: cs, kind: inst, quota: 10, headcount: 8, tags: [小学], drivers: {在校生数: \(students)}\(typedNeed)}
                  - {id: b, name: 县档案馆, region: cs, kind: inst, quota: 10, headcount: 6, need: 6}

                """)
    }

    /// 228 pupils ÷ 19 = 12: the school is 2 short, the archive 4 above need. Moving 2 (A 12,
    /// B 8) costs excess 2 + moves 0.4 = 2.4; staying costs shortfall 10 × 2 + excess 4 = 24;
    /// a third quota would put the school 1 above need (excess 1 + 1, moves 0.6 = 2.6). So
    /// A = 12, B = 8, objective 2.4. With 190 pupils (need 10), or with a typed need 10 that
    /// overrides the 12, nothing moves: A = B = 10, objective = B's excess 4 (moving one costs
    /// excess 1 + 3 + moves 0.2 = 4.2).
    @Test("a derived need moves quota; the same unit with a typed need (override) or fewer pupils keeps it")
    func derivedNeedChangesTheAllocation() throws {
        let derived = try solve(try ScenarioLoader.load(yaml: Self.yaml(students: 228), path: "s.yaml"))
        #expect(derived.quota("a") == 12 && derived.quota("b") == 8)
        #expect(abs(derived.objective - 2.4) < 1e-9)
        #expect(derived.result.units[0].need == 12)
        #expect(derived.result.units[0].needBasis?.derivedNeed == 12)

        let fewer = try solve(try ScenarioLoader.load(yaml: Self.yaml(students: 190), path: "s.yaml"))
        #expect(fewer.quota("a") == 10 && fewer.quota("b") == 10)
        #expect(abs(fewer.objective - 4) < 1e-9)

        let overridden = try solve(try ScenarioLoader.load(yaml: Self.yaml(students: 228, typedNeed: ", need: 10"), path: "s.yaml"))
        #expect(overridden.quota("a") == 10 && overridden.quota("b") == 10)
        #expect(abs(overridden.objective - 4) < 1e-9)
        #expect(overridden.result.units[0].needBasis?.explicitNeed == 10)
    }

    @Test("result.json, allocation.csv and the reports show how each derived need was obtained")
    func outputsShowTheDerivation() throws {
        let out = try solve(try ScenarioLoader.load(yaml: Self.yaml(students: 228), path: "s.yaml"))
        let json = ResultFiles.json(out.result)
        #expect(json.contains("""
                  "needBasis" : {
                    "base" : 0,
                    "derivedNeed" : 12,
                    "driver" : "在校生数",
                    "driverValue" : 228,
                    "factor" : 19,
                    "formula" : "ratio",
                    "source" : "中央编办发〔2014〕72号",
                    "standard" : "小学教职工编制标准"
                  },
            """))
        let decoded = try JSONDecoder().decode(SolveResult.self, from: Data(json.utf8))
        #expect(decoded == out.result)

        let csv = ResultFiles.allocationCSV(out.result).components(separatedBy: "\r\n")
        #expect(csv[0].hasSuffix(",headcount,attrition,need,new_quota,change,shortfall_before,shortfall_after,lower_bound,lower_reason,upper_bound,upper_reason,tags,vacancy_before,vacancy_after,over_quota_before,over_quota_after,departures_relied,locked,min,max,reason,need_basis,在校生数"))
        #expect(csv[1].hasPrefix("a,县实验小学,,cs,county,inst,cs,10,8,0,12,12,2,"), "English keeps the need")
        #expect(csv[1].hasSuffix(",小学教职工编制标准: 在校生数 228 ÷ 19 = 12.0,228"))
        #expect(csv[2].hasSuffix(",,"), "the archive's need is typed: no basis, no driver")
        let chinese = ResultFiles.allocationCSV(out.result, language: .zh).components(separatedBy: "\r\n")
        #expect(chinese[0].hasSuffix(",备注,需求测算,在校生数"))
        #expect(chinese[1].hasPrefix("a,县实验小学,,cs,县,inst,cs,10,8,0,,12,2,"), "Chinese leaves a derived need empty")
        #expect(chinese[1].hasSuffix(",小学教职工编制标准：在校生数 228 ÷ 19 = 12.0,228"))

        let model = ReportModel(result: out.result, language: .zh)
        #expect(model.derivedNeeds == [ReportModel.DerivedNeed(unit: "县实验小学", derivation: "小学教职工编制标准：在校生数 228 ÷ 19 = 12.0")])
        let markdown = MarkdownReport(model: model).render()
        #expect(markdown.contains("""
            ## 按编制标准测算的需求

            下列单位的需求按编制标准由测算因子算出；填写了需求的单位以填写的为准。

            | 单位 | 测算 |
            |---|---|
            | 县实验小学 | 小学教职工编制标准：在校生数 228 ÷ 19 = 12.0 |

            """))
        let html = HTMLReport(model: model).render()
        #expect(html.contains("<tr><td class=\"name\">县实验小学</td><td>小学教职工编制标准：在校生数 228 ÷ 19 = 12.0</td></tr>"))
        let english = MarkdownReport(model: ReportModel(result: out.result, language: .en)).render()
        #expect(english.contains("## Need from staffing standards\n"))
        #expect(english.contains("| 县实验小学 | 小学教职工编制标准: 在校生数 228 ÷ 19 = 12.0 |\n"))
    }

    @Test("diff names a standard that differs and the allocation it changes")
    func diffNamesTheStandard() throws {
        let a = try solve(try ScenarioLoader.load(yaml: Self.yaml(students: 228), path: "a.yaml")).result
        let lower = Self.yaml(students: 228).replacingOccurrences(of: "ratio: 19", with: "ratio: 22.8")
        let b = try solve(try ScenarioLoader.load(yaml: lower, path: "b.yaml")).result
        let d = AllocationDiff(a: a, b: b)
        #expect(d.policy.map { "\($0.key): \($0.a ?? "-") → \($0.b ?? "-")" } == ["standards[小学教职工编制标准].ratio: 19 → 22.8"])
        // 228 ÷ 22.8 = 10: the school needs what it has, nothing moves.
        #expect(d.units.map { "\($0.id):\($0.a!)→\($0.b!)" } == ["a:12→10", "b:8→10"])
    }

    @Test("allocation.xlsx read back with the same standards derives the same needs: driver columns, 需求 empty where derived")
    func workbookReadsBackWithDrivers() throws {
        let yaml = Self.yaml(students: 228)
        let out = try solve(try ScenarioLoader.load(yaml: yaml, path: "s.yaml"))
        let sheet = try #require(AllocationWorkbook.workbook(out.result)).sheets[0]
        let headers = sheet.columns.map(\.header)
        #expect(Array(headers.prefix(14)) == [
            "编号", "名称", "部门", "区域", "编制类型", "编制数", "实有人数", "需求", "标签", "锁定", "下限", "上限", "备注", "在校生数",
        ])
        #expect(headers.last == "需求测算")
        #expect(sheet.rows[0][7] == .empty && sheet.rows[0][13] == .number(228))
        #expect(sheet.rows[1][7] == .number(6) && sheet.rows[1][13] == .empty)
        #expect(sheet.rows[0].last == .text("小学教职工编制标准：在校生数 228 ÷ 19 = 12.0"))

        let bytes = try #require(try AllocationWorkbook.data(out.result))
        let nextYear = yaml.replacingOccurrences(
            of: yaml[yaml.range(of: "units:")!.lowerBound...], with: "units: {file: allocation.xlsx, sheet: 调整方案}\n")
        let again = try ScenarioLoader.load(yaml: nextYear, path: "s.yaml") { $0 == "allocation.xlsx" ? bytes : nil }
        #expect(again.units.map(\.quota) == [12, 8])
        #expect(again.units.map(\.need) == [12, 6])
        #expect(again.units[0].needBasis == out.result.units[0].needBasis)
    }

    @Test("the Chinese allocation.csv read back with the same standards derives the same needs")
    func chineseCSVReadsBackWithDrivers() throws {
        let yaml = Self.yaml(students: 228)
        let out = try solve(try ScenarioLoader.load(yaml: yaml, path: "s.yaml"))
        let csv = Data(ResultFiles.allocationCSV(out.result, language: .zh).utf8)
        let nextYear = yaml.replacingOccurrences(of: yaml[yaml.range(of: "units:")!.lowerBound...], with: "units: allocation.csv\n")
        let again = try ScenarioLoader.load(yaml: nextYear, path: "s.yaml") { $0 == "allocation.csv" ? csv : nil }
        #expect(again.units.map(\.quota) == [12, 8])
        #expect(again.units.map(\.need) == [12, 6])
        #expect(again.units[0].needBasis == out.result.units[0].needBasis)
    }

    @Test("the shipped county derives its schools' and hospitals' need; 县第一中学's typed need overrides")
    func shippedCounty() throws {
        let s = try Repository.load("Scenarios/county.yaml")
        #expect(s.standards.count == 7)
        let derived = s.units.filter { $0.needBasis != nil }
        // 18 primary (16 中心学校 + 2 county), 6 junior, 2 senior, 16 卫生院, 3 county hospitals.
        #expect(derived.count == 45)
        func unit(_ id: String) throws -> OrgUnit { try #require(s.units.first { $0.id == id }) }
        // 93 beds × 1.3 = 120.9, as typed before the standard replaced it.
        #expect(abs(try unit("chengguan-wsy").need! - 120.9) < 1e-9)
        #expect(try unit("qh-rmyy").needBasis?.text(.zh) == "综合医院编制标准（300–500床）：床位数 400 × 1.45 = 580.0")
        // 5,580 pupils ÷ 19 = 293.684…, the typed 293.7 to 0.02.
        #expect(abs(try unit("chengguan-zxxx").need! - 5580.0 / 19) < 1e-12)
        #expect(try unit("qh-yz").need == 264)
        #expect(try unit("qh-yz").needBasis?.text(.zh) == "高中教职工编制标准：在校生数 3,150 ÷ 12.5 = 252.0；已填写需求 264，以填写的为准")
        #expect(try unit("qh-zz").needBasis == nil, "the vocational school keeps its typed need")
    }
}
