/// The frame of `bianzhi explain` (catalogue area: explain): headings, table headers, notes
/// and the unit section, with the solver's terms in plain words ("每增加 1 名编制，目标值变化").
/// The sentences the explanation itself carries (checks, conflicts, ways out, reasons) are
/// built in Explain/ and are not in the catalogue yet.
public enum ExplainText: Localizable, Equatable {
    case allocationExists(objective: String)
    case noAllocation
    case checksFail(count: Int)
    case units(String)
    case fix(String)
    case severalConflicts
    case conflictsShareRules
    case conflictHeading(number: Int, count: Int, block: Int, pools: String)
    case groupsCannotHold(count: Int)
    case waysOutOfConflict
    case together(quotas: Int)
    case outsideRules(String)
    case noWayFound
    case poolValues
    case poolTotalNote
    case poolDualNote
    case measured(String)
    case channelValues
    case channelNote
    case floorsMetExactly
    case floorLine(name: String, held: Int, required: Int, dual: String, meaning: String)
    case rulesThatBind
    case atBoundNotBinding
    case atBoundUnchecked
    case noBindingRule
    case notMeasured
    case interval(inside: Bool, left: String, right: String)
    case unitHeading(name: String, id: String, pool: String)
    case unitFigures(quota: Int, headcount: Int, attrition: Int, need: String?)
    case bounds(lower: Int, upper: Int, lowerDetail: String, upperDetail: String)
    case newQuota(quota: Int, change: String, short: String?, above: String?)
    case why
    case whatIf
    case column(ExplainColumn)

    public var bilingual: Bilingual {
        switch self {
        case .allocationExists(let objective):
            return Bilingual(zh: "存在可行的调整方案（目标值 \(objective)）。", en: "An allocation exists (objective \(objective)).")
        case .noAllocation:
            return Bilingual(zh: "没有可行的调整方案：各项规则无法同时满足。", en: "No allocation exists: the rules cannot all hold.")
        case .checksFail(let count): return Bilingual(zh: "未通过的精确检查（\(count)）：", en: "Exact checks that fail (\(count)):")
        case .units(let list): return Bilingual(zh: "    涉及单位：\(list)", en: "    Units: \(list)")
        case .fix(let text): return Bilingual(zh: "    改法：\(text)", en: "    Fix: \(text)")
        case .severalConflicts:
            return Bilingual(
                zh: "每个冲突都要单独解决：解决了其中一个，其余的仍然存在。",
                en: "Each conflict needs its own way out: a way out of one leaves the others.")
        case .conflictsShareRules:
            return Bilingual(
                zh: "这些冲突有共同的规则：一个办法可能同时解决几个冲突（每个冲突下列出的办法都已重新求解验证）。",
                en: "These conflicts share rules: one way out may resolve several of them (each way below was re-solved).")
        case .conflictHeading(let number, let count, let block, let pools):
            return Bilingual(zh: "冲突 \(number)/\(count)（分块 \(block)：\(pools)）：", en: "Conflict \(number) of \(count) (block \(block): \(pools)):")
        case .groupsCannotHold(let count):
            return Bilingual(
                zh: "以下 \(count) 组规则无法同时满足（去掉其中任何一组，其余都能满足）：",
                en: "these \(count) rule groups cannot all hold together (without any one of them the rest can):")
        case .waysOutOfConflict:
            return Bilingual(
                zh: "解决这个冲突的办法（每项都已重新求解验证，任选其一即可）：",
                en: "Ways out of this conflict (each re-solved; any one of them resolves it):")
        case .together(let quotas): return Bilingual(zh: "同时放宽（共 \(quotas) 名编制）：", en: "together (\(quotas) quotas):")
        case .outsideRules(let advice): return Bilingual(zh: "或者，在规则之外：\(advice)。", en: "Or, outside the rules: \(advice).")
        case .noWayFound:
            return Bilingual(
                zh: "没有找到放宽后即可行的规则组；请检查控制总数。",
                en: "No rule group found whose relaxation makes the scenario feasible; check the pool totals.")
        case .poolValues:
            return Bilingual(
                zh: "每个总量控制范围增减 1 名编制，目标值的变化（目标值越低越好，负数表示变好）：",
                en: "Value of one quota more or less per pool (objective units; negative = better):")
        case .poolTotalNote:
            return Bilingual(
                zh: "±1：把控制总数增减 1 名编制，重新求解该分块得到的目标值变化。+1 只是假设：控制总数不能增加（严控总量），多出的 1 名只能从上级通过跨池调配通道调入。",
                en: "Total ±1: the pool's total one quota higher or lower, its block solved again as an integer program; Objective is the change. +1 is a what-if: a total may not grow, so that quota could only come through a channel from above.")
        case .poolDualNote:
            return Bilingual(
                zh: "估计值：不重新求解、由连续放宽的模型估计的“每增加 1 名编制，目标值变化”（负数表示多 1 名编制能使目标值降低这么多）。它落在 [左, 右] = [−(减 1 的变化), 加 1 的变化] 之间，可能取到任一端，请以实测的行为准。",
                en: "LP dual: the dual of the pool's balance row, the objective's change per extra quota of total (negative: one more quota is worth that much). It lies within [left, right] = [−(change for −1), change for +1]; the LP is degenerate, so the dual can be either end: read the measured rows.")
        case .measured(let note): return Bilingual(zh: "实测范围：\(note)。", en: "Measured: \(note).")
        case .channelValues:
            return Bilingual(zh: "每条跨池调配通道的上限增减 1 名编制，目标值的变化：", en: "Value of one quota more or less of cap per channel:")
        case .channelNote:
            return Bilingual(
                zh: "上限 ±1：把通道上限增减 1 名编制，重新求解该分块。估计值：每多调配 1 名编制目标值的变化（不重新求解的估计）；通道已满时它落在 [−(减 1 的变化), 加 1 的变化] 之间。",
                en: "Cap ±1: the channel's cap one quota higher or lower, its block solved again. Reduced cost: of the flow column, the objective's change per extra quota sent; at the cap it is the cap's LP value and lies within [−(change for −1), change for +1].")
        case .floorsMetExactly: return Bilingual(zh: "恰好达到的占比下限：", en: "Share floors met exactly:")
        case .floorLine(let name, let held, let required, let dual, let meaning):
            return Bilingual(
                zh: "\(name)：达到 \(held)，要求 \(required)；估计值 \(dual)：\(meaning)",
                en: "\(name): \(held) of \(required) required; dual \(dual): \(meaning)")
        case .rulesThatBind:
            return Bilingual(
                zh: "起限制作用的规则（放宽 1 名编制，目标值就会变化；每项都已重新求解）：",
                en: "Rules that bind (relaxing it by one quota changes the objective; each re-solved):")
        case .atBoundNotBinding:
            return Bilingual(
                zh: "停在上下限上、但不起限制作用的单位（放宽后结果不变）：",
                en: "Units at a bound that does not bind (relaxing it changes nothing):")
        case .atBoundUnchecked: return Bilingual(zh: "停在上下限上的单位（未重新求解）：", en: "Units at a bound (not re-solved):")
        case .noBindingRule: return Bilingual(zh: "  没有单位停在规则设定的上下限上", en: "  no unit sits at a bound set by a rule")
        case .notMeasured: return Bilingual(zh: "未实测", en: "not measured")
        case .interval(let inside, let left, let right):
            return Bilingual(
                zh: (inside ? "在 " : "不在 ") + "[\(left), \(right)] 内",
                en: (inside ? "within" : "outside") + " [\(left), \(right)]")
        case .unitHeading(let name, let id, let pool):
            return Bilingual(zh: "单位 \(name)（\(id)），所属总量控制范围 \(pool)：", en: "Unit \(name) (\(id)), pool \(pool):")
        case .unitFigures(let quota, let headcount, let attrition, let need):
            return Bilingual(
                zh: "  编制数 \(quota)，实有人数 \(headcount)，预计减员 \(attrition)" + (need.map { "，需求 \($0)" } ?? ""),
                en: "  quota \(quota), headcount \(headcount), attrition \(attrition)" + (need.map { ", need \($0)" } ?? ""))
        case .bounds(let lower, let upper, let lowerDetail, let upperDetail):
            return Bilingual(
                zh: "  可调范围 \(lower)…\(upper)：下限依据 \(lowerDetail)；上限依据 \(upperDetail)",
                en: "  bounds \(lower)…\(upper): lower by \(lowerDetail); upper by \(upperDetail)")
        case .newQuota(let quota, let change, let short, let above):
            return Bilingual(
                zh: "  新编制数 \(quota)（\(change)）" + (short.map { "，比需求少 \($0)" } ?? "") + (above.map { "，比需求多 \($0)" } ?? ""),
                en: "  new quota \(quota) (\(change))" + (short.map { ", \($0) short of need" } ?? "") + (above.map { ", \($0) above need" } ?? ""))
        case .why: return Bilingual(zh: "原因：", en: "Why:")
        case .whatIf: return Bilingual(zh: "怎样会改变结果（每项都重新求解）：", en: "What would change it (each re-solved):")
        case .column(let column): return column.bilingual
        }
    }
}
