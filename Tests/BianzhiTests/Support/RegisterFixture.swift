import Bianzhi
import Foundation

/// A small county register as a staffing office exports it (编制台账): columns the format does
/// not use (序号, 空编数), a 备注 column (read as the units' reason), 所在区域/乡镇 and 层级 instead of region ids, kinds by name,
/// tags separated by 、, a 合计 row and two empty trailing columns.
///
/// Hand-worked optimum with the default rules (weights shortfall 10, excess 1, moves 0.1):
/// 行政编制 (60 in the county pool): need 62, only 东关镇政府 is short (need 18, quota 15) and
/// only 县教育局 is above need (12 vs 11, lower bound 10 = headcount). Moving one quota from
/// 县教育局 to 东关镇政府 saves 1 (excess) + 10 (shortfall) for 0.2 of moves; a second one would
/// put 县教育局 short (+10) to save 10 — no gain — so the optimum is unique: 11 and 16.
/// 事业编制: both units are short at equal weight, so moving quota only adds moves: no change.
enum RegisterFixture {
    static let header = ["序号", "单位名称", "主管部门", "所在区域/乡镇", "层级", "编制类型", "编制数", "实有人数", "空编数", "核定需求", "标签", "备注", "", ""]
    static let rows: [[String]] = [
        ["1", "县教育局", "教育", "清河县", "县", "行政编制", "12", "10", "2", "11", "", "", "", ""],
        ["2", "县卫健委", "卫健", "清河县", "县", "行政编制", "10", "10", "0", "10", "", "", "", ""],
        ["3", "城关镇政府", "城关镇", "城关镇", "乡镇", "行政编制", "20", "15", "5", "20", "基层一线、乡镇", "", "", ""],
        ["4", "东关镇政府", "东关镇", "东关镇", "镇", "行政编制", "15", "15", "0", "18", "基层一线", "驻地偏远", "", ""],
        ["5", "县人民医院", "卫健", "清河县", "县", "事业编制", "100", "90", "10", "110", "", "", "", ""],
        ["6", "城关镇卫生院", "卫健", "城关镇", "乡镇", "事业编制", "30", "30", "0", "36", "基层一线", "", "", ""],
        ["7", "县人民医院", "卫健", "清河县", "县", "行政编制", "3", "3", "0", "3", "", "", "", ""],
        ["合计", "", "", "", "", "", "190", "173", "17", "", "", "", "", ""],
    ]

    /// The expected new quota of each unit id (the register has no id column, so ids are
    /// names, and name/kind for the hospital that holds two kinds).
    static let expected: [String: Int] = [
        "县教育局": 11, "县卫健委": 10, "城关镇政府": 20, "东关镇政府": 16,
        "县人民医院/事业编制": 100, "城关镇卫生院": 30, "县人民医院/行政编制": 3,
    ]

    /// CSV text (CRLF, as Excel writes it).
    static var csvText: String {
        ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// "CSV UTF-8" as Excel saves it: with a byte-order mark.
    static var utf8BOM: Data { Data([0xEF, 0xBB, 0xBF]) + Data(csvText.utf8) }

    /// "CSV" as Chinese Excel saves it: GBK (GB18030).
    static var gbk: Data { TextDecoding.gb18030Bytes(csvText)! }

    /// The workbook: text as shared strings, numbers as numbers, empty cells left out, the
    /// empty trailing header cells written as empty inline strings (Excel keeps formatted cells).
    static func xlsx() throws -> Data {
        func cells(_ row: [String], header: Bool) -> [XLSXFixture.Cell] {
            row.enumerated().map { i, text in
                if text.isEmpty { return header && i >= 12 ? .inline("") : .none }
                if !header, Double(text) != nil, i != 0 { return .number(text) }
                return .shared(text)
            }
        }
        let sheet = [cells(header, header: true)] + rows.map { cells($0, header: false) }
        return try XLSXFixture(sheets: [("编制台账", sheet.map { Optional($0) })]).data()
    }
}
