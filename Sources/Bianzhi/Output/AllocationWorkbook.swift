import Foundation
import Spreadsheet

/// `allocation.xlsx`: the result as a planner's workbook, in Chinese.
///
/// - **调整方案**: one row per unit. Its first columns are those of a unit table
///   (编号, 名称, 部门, 区域, 编制类型, 编制数, 实有人数, 需求, 标签) with 编制数 holding the *new*
///   quota, so the sheet can be read back as next year's unit table (with the driver columns of
///   needs derived from standards, 在校生数 / 床位数 …, whose 需求 cell is left empty so the same
///   standards derive it again); the columns after them
///   (调整前编制数, 增减, 空编/超编 before and after, bounds and the rules that set them) are
///   ignored by the loader.
/// - **调剂明细**: the transfer plan.
/// - **汇总**: totals by department, region, level and kind.
/// - **空编超编**: the units with vacancies (空编) or people over quota (超编), before and after.
///
/// 空编 and 超编 are the result's own ``StaffingFigures`` (people in post are the same before and
/// after: reallocation moves quota, not people). The planner's own 锁定, 下限, 上限 and 备注 are
/// unit-table columns too, so they carry over to next year; the bounds the rules set this year
/// are shown as 规则下限/规则上限, which the loader ignores.
public enum AllocationWorkbook {
    /// Names of the sheets, in tab order.
    public static let sheetNames = [WorkbookText.unitPlanSheet, .transfersSheet, .summarySheet, .staffingSheet].map(say)

    /// The workbook's words: Chinese whatever the run's language (``WorkbookText`` says why).
    static func say(_ text: WorkbookText) -> String { text.text(.zh) }

    /// Excel holds at most 1,048,575 rows under a header; larger results get no workbook.
    public static let maximumUnits = 1_048_575

    /// The workbook of a result, or `nil` when it has more units than a sheet can hold.
    public static func workbook(_ result: SolveResult) -> Workbook? {
        guard result.units.count <= maximumUnits, result.transfers.count <= maximumUnits else { return nil }
        return Workbook(
            sheets: [units(result), transfers(result), summary(result), vacancies(result)] + (years(result).map { [$0] } ?? []),
            title: result.scenario.name)
    }

    /// The `.xlsx` bytes, or `nil` when the result is too large for Excel.
    public static func data(_ result: SolveResult) throws(SpreadsheetError) -> Data? {
        guard let book = workbook(result) else { return nil }
        return try XLSXWriter.data(book)
    }

    private static func number(_ value: Int) -> Sheet.Cell { .number(Double(value)) }

    static func units(_ result: SolveResult) -> Sheet {
        // The drivers of derived needs (在校生数, 床位数, …) join the unit table, and a derived
        // need's 需求 cell stays empty: read back with the same standards, the sheet derives the
        // same need again (a typed need that overrode a standard stays typed).
        let drivers = result.standardDrivers
        var sheet = Sheet(name: sheetNames[0], columns: [
            .init(header: say(.id)), .init(header: say(.name)), .init(header: say(.department)), .init(header: say(.region)),
            .init(header: say(.kind)), .init(header: say(.quota), format: .integer), .init(header: say(.headcount), format: .integer),
            .init(header: say(.need), format: .decimal(1)), .init(header: say(.tags)),
            .init(header: say(.locked)), .init(header: say(.minimum), format: .integer), .init(header: say(.maximum), format: .integer), .init(header: say(.note)),
        ] + drivers.map { .init(header: $0) } + [
            .init(header: say(.level)), .init(header: say(.quotaBefore), format: .integer), .init(header: say(.change), format: .signedInteger),
            .init(header: say(.vacancyBefore), format: .integer), .init(header: say(.vacancyAfter), format: .integer),
            .init(header: say(.overQuotaBefore), format: .integer), .init(header: say(.overQuotaAfter), format: .integer),
            .init(header: say(.reliesOnDepartures), format: .integer),
            .init(header: say(.shortfallBefore), format: .decimal(1)), .init(header: say(.shortfallAfter), format: .decimal(1)),
            .init(header: say(.ruleMinimum), format: .integer), .init(header: say(.ruleMinimumBasis)),
            .init(header: say(.ruleMaximum), format: .integer), .init(header: say(.ruleMaximumBasis)), .init(header: say(.needBasis)),
        ])
        sheet.rows.reserveCapacity(result.units.count)
        for u in result.units {
            let f = u.staffing
            let driverCells: [Sheet.Cell] = drivers.map { d in u.driverValue(d).map { .number($0) } ?? .empty }
            sheet.rows.append([
                .text(u.id), .text(u.name), .text(u.department), .text(u.region), .text(u.kind),
                number(u.newQuota), number(u.headcount), u.needIsDerived ? .empty : u.need.map { .number($0) } ?? .empty,
                .text(u.tags.joined(separator: ";")),
                u.locked ? .text(say(.yes)) : .empty, u.minQuota.map(number) ?? .empty, u.maxQuota.map(number) ?? .empty,
                u.reason.map { .text($0) } ?? .empty,
            ] + driverCells + [
                .text(u.level.chineseName), number(u.quota), number(u.change),
                number(f.vacancyBefore), number(f.vacancyAfter), number(f.overQuotaBefore), number(f.overQuotaAfter),
                number(u.departuresRelied),
                .number(u.shortfallBefore), .number(u.shortfallAfter),
                number(u.lowerBound), .text(reasonText(u.lowerReason)), number(u.upperBound), .text(reasonText(u.upperReason)),
                u.needBasis.map { .text($0.text(.zh)) } ?? .empty,
            ])
        }
        return sheet
    }

    /// A bound reason in planners' words (the raw code when it is not one this build knows).
    static func reasonText(_ raw: String) -> String {
        BoundReason(rawValue: raw)?.chineseDescription ?? raw
    }

    static func transfers(_ result: SolveResult) -> Sheet {
        let kindNames = result.scenario.kinds.namesByID
        var sheet = Sheet(name: sheetNames[1], columns: [
            .init(header: say(.kind)), .init(header: say(.fromID)), .init(header: say(.from)),
            .init(header: say(.toID)), .init(header: say(.to)), .init(header: say(.amount), format: .integer),
            .init(header: say(.lane)), .init(header: say(.via)),
        ])
        for t in result.transfers {
            sheet.rows.append([
                .text(kindNames[t.kind] ?? t.kind), .text(t.from), .text(t.fromName), .text(t.to), .text(t.toName),
                number(t.amount), .text(t.lane.chineseName), .text(t.via.joined(separator: "；")),
            ])
        }
        return sheet
    }

    /// Sums of one group of units.
    struct Totals {
        var units = 0, before = 0, after = 0, headcount = 0
        var staffing = StaffingFigures.zero
        var shortfallBefore = 0.0, shortfallAfter = 0.0

        mutating func add(_ u: SolveResult.UnitResult) {
            units += 1
            before += u.quota
            after += u.newQuota
            headcount += u.headcount
            staffing = staffing + u.staffing
            shortfallBefore += u.shortfallBefore
            shortfallAfter += u.shortfallAfter
        }
    }

    /// The dimensions of the summary sheet, each with the key and shown name of a unit's group.
    static func dimensions(_ result: SolveResult) -> [(name: String, key: (SolveResult.UnitResult) -> (String, String))] {
        let regionNames = result.scenario.regions.namesByID
        return [
            (say(.department), { ($0.department, $0.department) }),
            (say(.region), { ($0.region, regionNames[$0.region] ?? $0.region) }),
            (say(.level), { ($0.level.rawValue, $0.level.chineseName) }),
            (say(.kind), { ($0.kind, "") }),
        ]
    }

    static func summary(_ result: SolveResult) -> Sheet {
        let kindNames = result.scenario.kinds.namesByID
        var sheet = Sheet(name: sheetNames[2], columns: [
            .init(header: say(.dimension)), .init(header: say(.name)), .init(header: say(.kind)), .init(header: say(.units), format: .integer),
            .init(header: say(.quotaBefore), format: .integer), .init(header: say(.quotaAfter), format: .integer),
            .init(header: say(.change), format: .signedInteger), .init(header: say(.headcount), format: .integer),
            .init(header: say(.vacancyBefore), format: .integer), .init(header: say(.vacancyAfter), format: .integer),
            .init(header: say(.overQuotaBefore), format: .integer), .init(header: say(.overQuotaAfter), format: .integer),
            .init(header: say(.shortfallBefore), format: .decimal(1)), .init(header: say(.shortfallAfter), format: .decimal(1)),
        ])
        for (dimension, key) in dimensions(result) {
            // Groups in order of first appearance (scenario order), one row per group and kind.
            var order: [String] = []
            var groups: [String: (name: String, kind: String, totals: Totals)] = [:]
            for u in result.units {
                let (id, name) = key(u)
                let groupKey = id + "\u{1F}" + u.kind
                if groups[groupKey] == nil {
                    order.append(groupKey)
                    groups[groupKey] = (name.isEmpty ? (kindNames[u.kind] ?? u.kind) : name, u.kind, Totals())
                }
                groups[groupKey]!.totals.add(u)
            }
            for groupKey in order {
                let g = groups[groupKey]!, t = g.totals
                sheet.rows.append([
                    .text(dimension), .text(g.name), .text(kindNames[g.kind] ?? g.kind), number(t.units),
                    number(t.before), number(t.after), number(t.after - t.before), number(t.headcount),
                    number(t.staffing.vacancyBefore), number(t.staffing.vacancyAfter),
                    number(t.staffing.overQuotaBefore), number(t.staffing.overQuotaAfter),
                    .number(t.shortfallBefore), .number(t.shortfallAfter),
                ])
            }
        }
        return sheet
    }

    static func vacancies(_ result: SolveResult) -> Sheet {
        let kindNames = result.scenario.kinds.namesByID
        var sheet = Sheet(name: sheetNames[3], columns: [
            .init(header: say(.id)), .init(header: say(.name)), .init(header: say(.department)), .init(header: say(.kind)),
            .init(header: say(.headcount), format: .integer),
            .init(header: say(.quotaBefore), format: .integer), .init(header: say(.vacancyBefore), format: .integer),
            .init(header: say(.overQuotaBefore), format: .integer),
            .init(header: say(.quotaAfter), format: .integer), .init(header: say(.vacancyAfter), format: .integer),
            .init(header: say(.overQuotaAfter), format: .integer),
        ])
        for u in result.units where u.quota != u.headcount || u.newQuota != u.headcount {
            sheet.rows.append([
                .text(u.id), .text(u.name), .text(u.department), .text(kindNames[u.kind] ?? u.kind), number(u.headcount),
                number(u.quota), number(u.staffing.vacancyBefore), number(u.staffing.overQuotaBefore),
                number(u.newQuota), number(u.staffing.vacancyAfter), number(u.staffing.overQuotaAfter),
            ])
        }
        return sheet
    }
}
