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
    /// A duration, digits already formatted.
    case seconds(String)

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
        case .seconds(let digits): return Bilingual(zh: "\(digits) 秒", en: "\(digits) s")
        }
    }

    /// "1 block", "3 blocks".
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
