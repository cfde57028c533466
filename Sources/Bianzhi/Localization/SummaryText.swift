/// The terminal summary of a solve (catalogue area: summary): verdict, figures, table headers.
public enum SummaryText: Localizable, Equatable {
    case optimal
    case stoppedAtLimit(gap: String?)
    case infeasible
    case noSolution
    case solverFailure
    /// The status line after the scenario name.
    case status(verdict: String, total: String, solve: String, units: Int, blocks: Int, rows: Int, columns: Int, threads: Int)
    /// The objective and its parts.
    case objective(total: String, shortfall: String, excess: String, moves: String, penalties: String, channels: String)
    /// What moved.
    case moved(cut: Int, gained: Int, reserve: Int, cancelled: Int, unitsChanged: Int)
    /// Shortfall against need, before → after.
    case shortfall(before: String, after: String)
    /// A soft share floor's marker.
    case soft
    /// A channel used to its cap.
    case full
    /// The bound a unit sits at.
    case atMost(reason: String)
    case atLeast(reason: String)
    /// Rows left out of a table.
    case more(count: Int, file: String)
    /// Section titles.
    case unitsThatChange(count: Int)
    case transfers(count: Int)
    /// Column headers.
    case column(SummaryColumn)

    public var bilingual: Bilingual {
        switch self {
        case .optimal: return Bilingual(zh: "已证明最优", en: "proven optimal")
        case .stoppedAtLimit(let gap):
            return Bilingual(
                zh: "到达时限停止，未证明最优（" + (gap.map { "差距 \($0)" } ?? "差距未知") + "）",
                en: "stopped at the time limit, NOT proven optimal (" + (gap.map { "gap \($0)" } ?? "gap unknown") + ")")
        case .infeasible: return Bilingual(zh: "无可行方案：各项规则无法同时满足", en: "infeasible: the rules cannot all hold")
        case .noSolution: return Bilingual(zh: "时限内没有找到调整方案", en: "no allocation found within the time limit")
        case .solverFailure: return Bilingual(zh: "求解器故障", en: "solver failure")
        case .status(let verdict, let total, let solve, let units, let blocks, let rows, let columns, let threads):
            return Bilingual(
                zh: "求解状态：\(verdict)，用时 \(total)（求解 \(solve)；\(units) 个单位，\(blocks) 个分块，\(rows) 行 × \(columns) 列，\(threads) 个线程）",
                en: "Status: \(verdict) in \(total) (solve \(solve); \(Self.count(units, "unit")), \(Self.count(blocks, "block")), \(rows) rows × \(columns) columns, \(Self.count(threads, "thread")))")
        case .objective(let total, let shortfall, let excess, let moves, let penalties, let channels):
            return Bilingual(
                zh: "目标值 \(total) = 缺口 \(shortfall) + 超出需求 \(excess) + 调整量 \(moves) + 未达下限 \(penalties) + 跨池调配 \(channels)",
                en: "Objective \(total) = shortfall \(shortfall) + excess \(excess) + moves \(moves) + penalties \(penalties) + channels \(channels)")
        case .moved(let cut, let gained, let reserve, let cancelled, let unitsChanged):
            return Bilingual(
                zh: "编制调整：从单位调出 \(cut) 名，调给单位 \(gained) 名，留存周转池 \(reserve) 名，核减 \(cancelled) 名；\(unitsChanged) 个单位有变化",
                en: "Quotas moved: \(cut) cut from units, \(gained) given to units, \(reserve) held in reserve, \(cancelled) cancelled; \(unitsChanged) units change")
        case .shortfall(let before, let after):
            return Bilingual(zh: "对照需求的缺口：\(before) → \(after)", en: "Shortfall against need: \(before) → \(after)")
        case .soft: return Bilingual(zh: "（软）", en: " (soft)")
        case .full: return Bilingual(zh: "（已满）", en: " (full)")
        case .atMost(let reason): return Bilingual(zh: "上限：\(reason)", en: "at most: \(reason)")
        case .atLeast(let reason): return Bilingual(zh: "下限：\(reason)", en: "at least: \(reason)")
        case .more(let count, let file):
            return Bilingual(zh: "… 另有 \(count) 行（见 \(file)）", en: "… and \(count) more (see \(file))")
        case .unitsThatChange(let count): return Bilingual(zh: "有变化的单位（\(count)）：", en: "Units that change (\(count)):")
        case .transfers(let count): return Bilingual(zh: "调剂明细（\(count)）：", en: "Transfers (\(count)):")
        case .column(let column): return column.bilingual
        }
    }

    /// "1 block", "3 blocks".
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}

/// Column headers of the summary's tables.
public enum SummaryColumn: String, Localizable, CaseIterable {
    case kind, before, after
    case priorityClass, units, weight, floor, shortfallBefore, shortfallAfter
    case channel, carried, cap, cost
    case shareFloor, required, share, short
    case unit, department, region, quota, headcount, need, newQuota, change, bound
    case from, to, amount, lane

    public var bilingual: Bilingual {
        switch self {
        case .kind: return Bilingual(zh: "编制类型", en: "Kind")
        case .before: return Bilingual(zh: "调整前", en: "Before")
        case .after: return Bilingual(zh: "调整后", en: "After")
        case .priorityClass: return Bilingual(zh: "重点保障类别", en: "Priority class")
        case .units: return Bilingual(zh: "单位数", en: "Units")
        case .weight: return Bilingual(zh: "权重", en: "Weight")
        case .floor: return Bilingual(zh: "保障下限", en: "Floor")
        case .shortfallBefore: return Bilingual(zh: "调整前缺口", en: "Shortfall before")
        case .shortfallAfter: return Bilingual(zh: "调整后缺口", en: "after")
        case .channel: return Bilingual(zh: "跨池调配通道", en: "Channel")
        case .carried: return Bilingual(zh: "调配数", en: "Carried")
        case .cap: return Bilingual(zh: "上限", en: "Cap")
        case .cost: return Bilingual(zh: "成本", en: "Cost")
        case .shareFloor: return Bilingual(zh: "占比下限", en: "Share floor")
        case .required: return Bilingual(zh: "要求", en: "Required")
        case .share: return Bilingual(zh: "占比", en: "Share")
        case .short: return Bilingual(zh: "差额", en: "Short")
        case .unit: return Bilingual(zh: "单位", en: "Unit")
        case .department: return Bilingual(zh: "主管部门", en: "Department")
        case .region: return Bilingual(zh: "区域", en: "Region")
        case .quota: return Bilingual(zh: "编制数", en: "Quota")
        case .headcount: return Bilingual(zh: "实有人数", en: "Headcount")
        case .need: return Bilingual(zh: "需求", en: "Need")
        case .newQuota: return Bilingual(zh: "新编制数", en: "New")
        case .change: return Bilingual(zh: "增减", en: "Change")
        case .bound: return Bilingual(zh: "限制", en: "Bound")
        case .from: return Bilingual(zh: "调出", en: "From")
        case .to: return Bilingual(zh: "调入", en: "To")
        case .amount: return Bilingual(zh: "数量", en: "Amount")
        case .lane: return Bilingual(zh: "方式", en: "Lane")
        }
    }
}
