/// The words of report.md and report.html (catalogue area: report): titles, labels, notes
/// and column headers. One language per report.
public enum ReportText: Localizable, Equatable {
    case reportTitle
    case statusLine(verdict: String)
    case solveTime(solve: String, total: String)
    case horizon(years: Int, scenario: String, digest: String)
    case headline
    case figure, before, after, note
    case unchanged
    case shortfall
    case covered(amount: String)
    case grassrootsShare(kind: String)
    case quotasMoved(moved: Int, gained: Int, cut: Int, reserve: Int, cancelled: Int, unitsChanged: Int)
    case objectiveLine(total: String, shortfall: String, excess: String, moves: String, penalties: String, channels: String)
    case changePerDepartment
    case noDepartmentChanges
    case department, change, kind, level, share
    case shareByLevel
    case coverageByClass
    case priorityClass
    case transferFlows
    case fromTo
    case flowsBetweenDepartments, flowsBetweenRegions
    case reserve, cancelled, others
    case why
    case allocation(units: Int)
    case unit, region, quota, headcount, need, newQuota, bound
    case transfers(count: Int)
    case noTransfers
    case moreRows(more: Int, total: Int, file: String)
    case from, to, amount, lane
    case beforeToAfter(kind: String)
    case movedBreakdown(gained: Int, cut: Int, reserve: Int, cancelled: Int)
    case quotasMovedLabel
    case seeBelow
    case unitsBelowPeopleInPost
    case unitsChanged
    case ofUnits(count: Int)
    case shortfallCovered
    case beforeValue(value: String)
    case solve
    case provenOptimal
    case gap(value: String?)
    case departmentCaption
    case levelCaption
    case coverageCaption
    case flowCaption(total: Int)
    case objective
    case part, value
    case total, excess, moves, penalties, channels, transferCost
    case atUpper(reason: String), atLower(reason: String)
    case footer
    case noData
    case kindBefore(kind: String), kindAfter(kind: String)

    public var bilingual: Bilingual {
        switch self {
        case .reportTitle: return Bilingual(zh: "编制调整报告", en: "Staffing quota reallocation report")
        case .statusLine(let verdict): return Bilingual(zh: "状态：\(verdict)", en: "Status: \(verdict)")
        case .solveTime(let solve, let total): return Bilingual(zh: "求解 \(solve)，合计 \(total)", en: "solve \(solve), total \(total)")
        case .horizon(let years, let scenario, let digest):
            return Bilingual(zh: "规划期 \(years) 年 · 方案文件 \(scenario) · 校验码 \(digest)", en: "horizon \(years) years · scenario \(scenario) · digest \(digest)")
        case .headline: return Bilingual(zh: "主要数据", en: "Headline figures")
        case .figure: return Bilingual(zh: "指标", en: "Figure")
        case .before: return Bilingual(zh: "调整前", en: "Before")
        case .after: return Bilingual(zh: "调整后", en: "After")
        case .note: return Bilingual(zh: "说明", en: "Note")
        case .unchanged: return Bilingual(zh: "总量不变", en: "unchanged (fixed total)")
        case .shortfall: return Bilingual(zh: "缺口", en: "shortfall")
        case .covered(let amount): return Bilingual(zh: "填补 \(amount)", en: "covered \(amount)")
        case .grassrootsShare(let kind): return Bilingual(zh: "\(kind)乡镇占比", en: "\(kind) grassroots share")
        case .quotasMoved(let moved, let gained, let cut, let reserve, let cancelled, let unitsChanged):
            return Bilingual(
                zh: "调剂编制 \(moved) 名（增编 \(gained)，减编 \(cut)，收回周转池 \(reserve)，核减 \(cancelled)）；\(unitsChanged) 个单位有变化",
                en: "Quotas moved: \(moved) (gained \(gained), cut \(cut), reserve \(reserve), cancelled \(cancelled)); \(unitsChanged) units change")
        case .objectiveLine(let total, let shortfall, let excess, let moves, let penalties, let channels):
            return Bilingual(
                zh: "目标值 \(total) = 缺口 \(shortfall) + 超出需求 \(excess) + 调整量 \(moves) + 未达下限 \(penalties) + 跨池调配 \(channels)",
                en: "Objective: \(total) = shortfall \(shortfall) + excess \(excess) + moves \(moves) + penalties \(penalties) + channels \(channels)")
        case .changePerDepartment: return Bilingual(zh: "各部门编制增减", en: "Change per department")
        case .noDepartmentChanges: return Bilingual(zh: "各部门编制均无变化。", en: "No department changes.")
        case .department: return Bilingual(zh: "主管部门", en: "Department")
        case .change: return Bilingual(zh: "增减", en: "Change")
        case .kind: return Bilingual(zh: "编制类型", en: "Kind")
        case .level: return Bilingual(zh: "层级", en: "Level")
        case .share: return Bilingual(zh: "占比", en: "Share")
        case .shareByLevel: return Bilingual(zh: "各层级编制占比", en: "Share by level")
        case .coverageByClass: return Bilingual(zh: "重点保障类别缺口填补", en: "Shortfall coverage by priority class")
        case .priorityClass: return Bilingual(zh: "重点保障类别", en: "Priority class")
        case .transferFlows: return Bilingual(zh: "调剂流向", en: "Transfer flows")
        case .fromTo: return Bilingual(zh: "调出 ↓ / 调入 →", en: "from ↓ / to →")
        case .flowsBetweenDepartments: return Bilingual(zh: "部门间调剂", en: "Transfers between departments")
        case .flowsBetweenRegions: return Bilingual(zh: "区域间调剂", en: "Transfers between regions")
        case .reserve: return Bilingual(zh: "周转池", en: "reserve")
        case .cancelled: return Bilingual(zh: "核减", en: "cancelled")
        case .others: return Bilingual(zh: "其他", en: "others")
        case .why: return Bilingual(zh: "为什么这样调整", en: "Why this allocation")
        case .allocation(let units): return Bilingual(zh: "编制分配明细（\(units)）", en: "Allocation (\(units))")
        case .unit: return Bilingual(zh: "单位", en: "Unit")
        case .region: return Bilingual(zh: "区域", en: "Region")
        case .quota: return Bilingual(zh: "编制数", en: "Quota")
        case .headcount: return Bilingual(zh: "实有人数", en: "Headcount")
        case .need: return Bilingual(zh: "需求", en: "Need")
        case .newQuota: return Bilingual(zh: "调整后", en: "New")
        case .bound: return Bilingual(zh: "限制", en: "Bound")
        case .transfers(let count): return Bilingual(zh: "调剂明细（\(count)）", en: "Transfers (\(count))")
        case .noTransfers: return Bilingual(zh: "无调剂。", en: "No transfers.")
        case .moreRows(let more, let total, let file):
            return Bilingual(zh: "……另有 \(more) 行（共 \(total) 行），见 \(file)", en: "… \(more) more rows (\(total) in all): see \(file)")
        case .from: return Bilingual(zh: "调出", en: "From")
        case .to: return Bilingual(zh: "调入", en: "To")
        case .amount: return Bilingual(zh: "编制数", en: "Amount")
        case .lane: return Bilingual(zh: "方式", en: "Lane")
        case .beforeToAfter(let kind): return Bilingual(zh: "\(kind) 调整前→后", en: "\(kind) before → after")
        case .movedBreakdown(let gained, let cut, let reserve, let cancelled):
            return Bilingual(zh: "增 \(gained) · 减 \(cut) · 周转池 \(reserve) · 核减 \(cancelled)", en: "gained \(gained) · cut \(cut) · reserve \(reserve) · cancelled \(cancelled)")
        case .quotasMovedLabel: return Bilingual(zh: "调剂编制", en: "Quotas moved")
        case .seeBelow: return Bilingual(zh: "见下", en: "see below")
        case .unitsBelowPeopleInPost: return Bilingual(zh: "低于实有人数的单位见下", en: "units below people in post: see below")
        case .unitsChanged: return Bilingual(zh: "有变化的单位", en: "Units changed")
        case .ofUnits(let count): return Bilingual(zh: "共 \(count) 个单位", en: "of \(count) units")
        case .shortfallCovered: return Bilingual(zh: "缺口填补", en: "Shortfall covered")
        case .beforeValue(let value): return Bilingual(zh: "调整前 \(value)", en: "before \(value)")
        case .solve: return Bilingual(zh: "求解", en: "Solve")
        case .provenOptimal: return Bilingual(zh: "已证明最优", en: "proven optimal")
        case .gap(let value): return Bilingual(zh: value.map { "差距 \($0)" } ?? "差距未知", en: value.map { "gap \($0)" } ?? "gap unknown")
        case .departmentCaption:
            return Bilingual(zh: "绿色为增编，红色为减编（净变化）。", en: "Green: net gain; red: net cut.")
        case .levelCaption:
            return Bilingual(zh: "每种编制调整前后按层级的占比。", en: "Share of each kind's quota by level, before and after.")
        case .coverageCaption:
            return Bilingual(zh: "缺口 = 需求 − 编制数（仅计有需求的单位）。", en: "Shortfall = need − quota (units with a need only).")
        case .flowCaption(let total):
            return Bilingual(zh: "行为调出方，列为调入方，数字为编制数（共 \(total)）。", en: "Rows give, columns receive; figures are quotas (\(total) in all).")
        case .objective: return Bilingual(zh: "目标函数", en: "Objective")
        case .part: return Bilingual(zh: "项", en: "Part")
        case .value: return Bilingual(zh: "值", en: "Value")
        case .total: return Bilingual(zh: "合计", en: "total")
        case .excess: return Bilingual(zh: "超出需求", en: "excess")
        case .moves: return Bilingual(zh: "调整量", en: "moves")
        case .penalties: return Bilingual(zh: "未达下限罚分", en: "penalties")
        case .channels: return Bilingual(zh: "跨池调配成本", en: "channels")
        case .transferCost: return Bilingual(zh: "调剂路径成本（不计入目标值）", en: "transfer cost (not in the objective)")
        case .atUpper(let reason): return Bilingual(zh: "上限：\(reason)", en: "at most: \(reason)")
        case .atLower(let reason): return Bilingual(zh: "下限：\(reason)", en: "at least: \(reason)")
        case .footer:
            return Bilingual(zh: "由 Bianzhi 生成。编制数为整数；缺口按需求计算。", en: "Generated by Bianzhi. Quotas are whole numbers; shortfall is measured against need.")
        case .noData: return Bilingual(zh: "无数据", en: "no data")
        case .kindBefore(let kind): return Bilingual(zh: "\(kind) 调整前", en: "\(kind) before")
        case .kindAfter(let kind): return Bilingual(zh: "\(kind) 调整后", en: "\(kind) after")
        }
    }
}
