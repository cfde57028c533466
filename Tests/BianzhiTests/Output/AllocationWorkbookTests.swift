import Bianzhi
import Foundation
import Spreadsheet
import Testing

/// `allocation.xlsx`: what each sheet holds, checked against the solve's own figures.
@Suite("Allocation workbook")
struct AllocationWorkbookTests {
    /// Two units short of need receive from a unit with vacancies; an over-quota unit (超编,
    /// frozen by default) stays.
    static func scenario() -> Scenario {
        Fixtures.county(units: [
            Fixtures.unit("giver", quota: 10, headcount: 6, need: 5, department: "甲局"),
            Fixtures.unit("short", quota: 4, headcount: 4, need: 7, department: "乙局"),
            Fixtures.unit("town", quota: 3, headcount: 3, need: 4, region: "t1", department: "乙局"),
            Fixtures.unit("over", quota: 5, headcount: 6, need: 5, department: "甲局"),
        ])
    }

    static func cells(_ sheet: Sheet, row: Int) -> [Sheet.Cell] { sheet.rows[row] }

    @Test func theFourSheetsInTheirOrder() throws {
        let result = try solve(Self.scenario()).result
        let book = try #require(AllocationWorkbook.workbook(result))
        #expect(book.sheets.map(\.name) == ["调整方案", "调剂明细", "汇总", "空编超编"])
        #expect(book.title == "测试县")
    }

    @Test func perUnitSheetStartsWithAUnitTableHoldingTheNewQuota() throws {
        let result = try solve(Self.scenario()).result
        // Hand-worked: need 5/7/4/5 against quota 10/4/3/5: giver gives 3 and 1 (down to 6, its
        // people in post), short reaches 7, town reaches 4; over stays at its need.
        #expect(result.units.map(\.newQuota) == [6, 7, 4, 5])
        let sheet = try #require(AllocationWorkbook.workbook(result)).sheets[0]
        #expect(sheet.columns.prefix(9).map(\.header) == ["编号", "名称", "部门", "区域", "编制类型", "编制数", "实有人数", "需求", "标签"])
        let headers = sheet.columns.map(\.header)
        func cell(_ row: Int, _ header: String) throws -> Sheet.Cell { sheet.rows[row][try #require(headers.firstIndex(of: header))] }
        #expect(try cell(0, "编制数") == .number(6))
        #expect(try cell(0, "调整前编制数") == .number(10))
        #expect(try cell(0, "增减") == .number(-4))
        #expect(try cell(0, "调整前空编") == .number(4))
        #expect(try cell(0, "调整后空编") == .number(0))
        #expect(try cell(1, "调整前空编") == .number(0))
        #expect(try cell(1, "调整后空编") == .number(3))
        #expect(try cell(3, "调整前超编") == .number(1))
        #expect(try cell(3, "调整后超编") == .number(1))
        #expect(try cell(2, "层级") == .text("乡镇"))
    }

    @Test func transfersAndSummaryAddUp() throws {
        let result = try solve(Self.scenario()).result
        let book = try #require(AllocationWorkbook.workbook(result))
        let transfers = book.sheets[1]
        #expect(transfers.rows.count == result.transfers.count)
        let moved = transfers.rows.reduce(0.0) { sum, row in
            if case .number(let v) = row[5] { return sum + v }
            return sum
        }
        #expect(moved == 4)
        // 汇总: one row per department, region, level and kind; the kind row holds the totals.
        let summary = book.sheets[2]
        let kindRow = try #require(summary.rows.first { $0[0] == .text("编制类型") })
        #expect(Array(kindRow[3...11]) == [4, 22, 22, 0, 19, 4, 4, 1, 1].map { Sheet.Cell.number(Double($0)) })
        #expect(summary.rows.filter { $0[0] == .text("部门") }.map { $0[1] } == [.text("甲局"), .text("乙局")])
        // 空编超编 lists the units with vacancies or people over quota, before or after.
        #expect(book.sheets[3].rows.map { $0[0] } == [.text("giver"), .text("short"), .text("town"), .text("over")])
    }

    @Test func thePlannersLockAndBoundsCarryOverAndTheRulesBoundsDoNot() throws {
        var scenario = Self.scenario()
        scenario.units[0].locked = true
        scenario.units[0].reason = "机构改革中"
        scenario.units[2].maxQuota = 3
        let result = try solve(scenario).result
        let sheet = try #require(AllocationWorkbook.workbook(result)).sheets[0]
        let headers = sheet.columns.map(\.header)
        func cell(_ row: Int, _ header: String) throws -> Sheet.Cell { sheet.rows[row][try #require(headers.firstIndex(of: header))] }
        // giver is locked at 10; short gets nothing and town is capped at 3 (its 上限).
        #expect(result.units.map(\.newQuota) == [10, 4, 3, 5])
        #expect(try cell(0, "锁定") == .text("是") && cell(0, "备注") == .text("机构改革中"))
        #expect(try cell(1, "锁定") == .empty && cell(1, "上限") == .empty)
        #expect(try cell(2, "上限") == .number(3))
        // This year's rule bounds are shown apart, under headers the unit table does not read.
        #expect(try cell(0, "规则下限") == .number(10) && cell(0, "规则上限") == .number(10))
        #expect(!headers.contains("下限依据"))
    }

    @Test func writtenWithTheResultSetUnlessThePolicySaysNever() throws {
        let result = try solve(Self.scenario()).result
        #expect(try ResultFiles.fileSet(result).names.contains(ResultFiles.workbookName))
        #expect(try ResultFiles.fileSet(result, workbook: .always).names.contains(ResultFiles.workbookName))
        #expect(try !ResultFiles.fileSet(result, workbook: .never).names.contains(ResultFiles.workbookName))
    }

    @Test func autoWritesUpToALargeCityAlwaysUpToExcelsLimit() {
        #expect(WorkbookPolicy.auto.writes(units: 20_000) && !WorkbookPolicy.auto.writes(units: 20_001))
        #expect(WorkbookPolicy.always.writes(units: 1_048_575) && !WorkbookPolicy.always.writes(units: 1_048_576))
        #expect(!WorkbookPolicy.never.writes(units: 1))
    }
}
