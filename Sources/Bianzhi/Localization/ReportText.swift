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
    case dated(year: Int, month: Int, day: Int)
    case totalQuota(kind: String)
    case gainedCut(gained: Int, cut: Int)
    case gainedLabel, cutLabel
    case reserveLabel, cancelledLabel
    case reserveNote, cancelledNote
    case vacancyLabel, overQuotaLabel
    case summaryByKind
    case unitsCount
    case changedUnits
    case departmentChangeOfKind(kind: String)
    case departmentChangeNone(kind: String)
    case staffingTitle, staffingNote
    case departuresTitle, departuresNote
    case unitLocked, unitMinimum(value: Int), unitMaximum(value: Int)
    case appendix, appendixLead
    case scenarioFile, digest, horizonLabel, years(count: Int), statusLabel
    case solveSeconds, totalSeconds
    case modelSize(units: Int, pools: Int, blocks: Int)
    case modelRows(rows: Int, columns: Int, integers: Int, nonzeros: Int)
    case threads(count: Int)
    case infeasibleLead
    case conflictAndWaysOut
    case noExplanation
    case whyLead
    case bindingRulesTitle, poolValuesTitle, floorsTitle, conflictsTitle, waysOutTitle
    case wayOut(number: Int)
    case conflictNumber(number: Int, of: Int), checksTitle
    case modelLabel
    case labelled(label: String, text: String)
    case oneMore(effect: String), oneLess(effect: String)
    case objectiveLower(by: String), objectiveHigher(by: String), objectiveSame
    case notPossible
    case estimate(effect: String)
    case goesTo(names: String), takenFrom(names: String)

    /// "2026年3月1日" / "1 March 2026" from a `YYYY-MM-DD` date; `nil` for any other text.
    public static func date(_ text: String) -> ReportText? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return .dated(year: parts[0], month: parts[1], day: parts[2])
    }

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
        case .dated(let year, let month, let day):
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            return Bilingual(zh: "\(year)年\(month)月\(day)日", en: "\(day) \(months[max(0, min(11, month - 1))]) \(year)")
        case .totalQuota(let kind): return Bilingual(zh: "\(kind)总量", en: "\(kind): total quota")
        case .gainedCut(let gained, let cut): return Bilingual(zh: "增编 \(gained) · 减编 \(cut)", en: "gained \(gained) · cut \(cut)")
        case .gainedLabel: return Bilingual(zh: "增编", en: "Gained")
        case .cutLabel: return Bilingual(zh: "减编", en: "Cut")
        case .reserveLabel: return Bilingual(zh: "收回周转池", en: "Held in reserve")
        case .cancelledLabel: return Bilingual(zh: "核减", en: "Cancelled")
        case .reserveNote: return Bilingual(zh: "收回的编制留待统筹使用", en: "quotas kept back for later use")
        case .cancelledNote: return Bilingual(zh: "收回后注销的编制", en: "quotas withdrawn for good")
        case .vacancyLabel: return Bilingual(zh: "空编", en: "Vacancies")
        case .overQuotaLabel: return Bilingual(zh: "超编", en: "Over quota")
        case .summaryByKind: return Bilingual(zh: "分类汇总", en: "Summary by kind")
        case .unitsCount: return Bilingual(zh: "单位数", en: "Units")
        case .changedUnits: return Bilingual(zh: "调整单位数", en: "Units changed")
        case .departmentChangeOfKind(let kind): return Bilingual(zh: "各部门\(kind)增减", en: "\(kind): change per department")
        case .departmentChangeNone(let kind): return Bilingual(zh: "各部门\(kind)均无变化。", en: "No department's \(kind) changes.")
        case .staffingTitle: return Bilingual(zh: "空编与超编", en: "Vacancies and over-quota")
        case .staffingNote:
            return Bilingual(zh: "空编 = 编制数 − 实有人数（不足 0 计 0），超编 = 实有人数 − 编制数（不足 0 计 0），按单位计算后加总。",
                             en: "Vacancies = quota − people in post, over-quota = people in post − quota (0 when negative), per unit, summed per group.")
        case .departuresTitle: return Bilingual(zh: "依靠自然减员消化的单位", en: "Units relying on departures")
        case .departuresNote:
            return Bilingual(zh: "这些单位调整后编制低于实有人数，依靠已申报的预计减员消化。", en: "These units end below their people in post, relying on the departures declared.")
        case .unitLocked: return Bilingual(zh: "锁定", en: "locked")
        case .unitMinimum(let value): return Bilingual(zh: "下限 \(value)", en: "at least \(value)")
        case .unitMaximum(let value): return Bilingual(zh: "上限 \(value)", en: "at most \(value)")
        case .appendix: return Bilingual(zh: "附录：技术信息", en: "Appendix: technical details")
        case .appendixLead: return Bilingual(zh: "供核对使用：输入文件、求解用时和模型规模。", en: "For checking: the input file, solve times and model size.")
        case .scenarioFile: return Bilingual(zh: "方案文件", en: "Scenario file")
        case .digest: return Bilingual(zh: "校验码", en: "Digest")
        case .horizonLabel: return Bilingual(zh: "规划期", en: "Horizon")
        case .years(let count): return Bilingual(zh: "\(count) 年", en: count == 1 ? "1 year" : "\(count) years")
        case .statusLabel: return Bilingual(zh: "求解状态", en: "Status")
        case .solveSeconds: return Bilingual(zh: "求解用时", en: "Solve time")
        case .totalSeconds: return Bilingual(zh: "总用时", en: "Total time")
        case .modelSize(let units, let pools, let blocks):
            return Bilingual(zh: "\(units) 个单位，\(pools) 个编制池，\(blocks) 个子问题", en: "\(units) units, \(pools) pools, \(blocks) blocks")
        case .modelRows(let rows, let columns, let integers, let nonzeros):
            return Bilingual(zh: "约束 \(rows) 行，变量 \(columns) 个（其中整数 \(integers) 个），非零系数 \(nonzeros) 个",
                             en: "\(rows) rows, \(columns) columns (\(integers) integer), \(nonzeros) nonzeros")
        case .threads(let count): return Bilingual(zh: "\(count) 个线程", en: count == 1 ? "1 thread" : "\(count) threads")
        case .infeasibleLead:
            return Bilingual(zh: "方案中的规则相互冲突，找不到同时满足全部规则的编制分配，本次未作调整。下面逐个列出冲突的规则和解决办法：几个冲突常有共同的规则，一个办法可能同时解决几个冲突；修改方案后重新求解。",
                             en: "The scenario's rules contradict each other: no allocation meets them all, so nothing was changed. Below, conflict by conflict, are the rules that clash and the ways out; conflicts often share rules, so one way out may resolve several. Change the scenario and solve again.")
        case .conflictAndWaysOut: return Bilingual(zh: "冲突与解决办法", en: "The conflict and the ways out")
        case .noExplanation:
            return Bilingual(zh: "本报告未附说明（未找到本次求解的说明文件）。", en: "This report carries no explanation (none was found for this solve).")
        case .bindingRulesTitle: return Bilingual(zh: "起作用的规则", en: "Rules that bind")
        case .poolValuesTitle: return Bilingual(zh: "多 1 名或少 1 名编制的影响", en: "What one quota more or less is worth")
        case .floorsTitle: return Bilingual(zh: "恰好达到的占比下限", en: "Share floors met exactly")
        case .conflictsTitle: return Bilingual(zh: "相互冲突的规则", en: "Rules in conflict")
        case .waysOutTitle: return Bilingual(zh: "解决办法（任选其一）", en: "Ways out (any one of them)")
        case .wayOut(let number): return Bilingual(zh: "办法\(number)：", en: "Way out \(number): ")
        case .labelled(let label, let text): return Bilingual(zh: "\(label)：\(text)", en: "\(label): \(text)")
        case .oneMore(let effect): return Bilingual(zh: "多 1 名编制，\(effect)", en: "one quota more: \(effect)")
        case .oneLess(let effect): return Bilingual(zh: "少 1 名编制，\(effect)", en: "one quota less: \(effect)")
        case .objectiveLower(let by): return Bilingual(zh: "目标值降低 \(by)（更好）", en: "the objective falls by \(by) (better)")
        case .objectiveHigher(let by): return Bilingual(zh: "目标值升高 \(by)（更差）", en: "the objective rises by \(by) (worse)")
        case .objectiveSame: return Bilingual(zh: "目标值不变", en: "the objective does not change")
        case .estimate(let effect): return Bilingual(zh: "估算（未重新求解）：多 1 名编制，\(effect)", en: "estimated (not re-solved): one quota more: \(effect)")
        case .notPossible: return Bilingual(zh: "无法做到（规则无法同时满足）", en: "not possible (the rules could not all hold)")
        case .goesTo(let names): return Bilingual(zh: "调给\(names)", en: "it goes to \(names)")
        case .takenFrom(let names): return Bilingual(zh: "从\(names)调出", en: "it is taken from \(names)")
        case .conflictNumber(let number, let count):
            return Bilingual(zh: "冲突 \(number)/\(count) 及其解决办法（每项都已重新求解验证，任选其一即可解决这个冲突）",
                             en: "Conflict \(number) of \(count) and its ways out (each re-solved; any one resolves this conflict)")
        case .checksTitle: return Bilingual(zh: "未通过的检查", en: "Checks that fail")
        case .modelLabel: return Bilingual(zh: "模型规模", en: "Model size")
        case .whyLead:
            return Bilingual(zh: "以下说明哪些规则限制了调整，以及每个编制池多 1 名或少 1 名编制的影响。目标值衡量各单位与需求的缺口和调整幅度，越小越好。",
                             en: "Which rules limit the changes, and what one quota more or less is worth in each pool. The objective measures the units' shortfall against need and the size of the changes: lower is better.")
        }
    }
}
