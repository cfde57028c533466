/// What one quota more or less in a pool (its total) or a channel (its cap) is worth, as
/// `explain` and explanation.json tell it (catalogue area: explanations): the solver's terms
/// (LP dual, reduced cost) in planners' words, “每增加 1 名编制，目标值变化 …”.
public enum ValueNote: Localizable, Equatable {
    /// Measured nothing: the pool or channel is in no solved block.
    case inNoBlock(ValueLever)
    /// Cannot move: the total or cap is 0.
    case amountZero(ValueLever)
    case notOptimal
    case rulesCannotHold
    case resolveEnded(status: String)
    /// A pool's LP dual, not measured, by sign of the dual (`value` is its magnitude).
    case poolDual(sign: FloatingPointSign?, value: String)
    /// A channel's reduced cost, not measured.
    case channelCost(sign: FloatingPointSign?, value: String, atCap: Bool)
    /// One quota more or less, measured: `change` nil when not possible, then `summary` says why.
    case measuredSide(lever: ValueLever, more: Bool, change: Double?, summary: String)
    /// The measured sides, and where the LP value lies.
    case measured(lever: ValueLever, atCap: Bool, sides: [ValueNote], dual: String?, interval: String, inside: Bool)
    case floorBinds(change: String)
    case floorMetNoChange
    case floorMetNotResolved
    /// Which pools and channels were measured, when not all.
    case coverage(pools: Int?, ofPools: Int, channels: Int?, ofChannels: Int)
    /// The reserve of a pool, in a list of where the quota goes.
    case reserveOf(pool: String)
    /// A channel by its kind and pools.
    case channel(kind: String, from: String, to: String)

    public var bilingual: Bilingual {
        switch self {
        case .inNoBlock(let lever):
            return lever == .pool
                ? Bilingual(zh: "未测算：该总量控制范围不在已求解的分块中", en: "not measured: the pool is in no solved block")
                : Bilingual(zh: "未测算：该调剂通道不在已求解的分块中", en: "not measured: the channel is in no solved block")
        case .amountZero(let lever):
            return lever == .pool
                ? Bilingual(zh: "不可行：控制总数为 0", en: "not possible: the total is 0")
                : Bilingual(zh: "不可行：通道上限为 0", en: "not possible: the cap is 0")
        case .notOptimal:
            return Bilingual(zh: "未测算：现方案未证明最优", en: "not measured: the allocation is not proven optimal")
        case .rulesCannotHold:
            return Bilingual(zh: "不可行：各项规则无法同时满足", en: "not possible: the rules could not all hold")
        case .resolveEnded(let status):
            return Bilingual(zh: "未测算：重新求解结束于 \(status)", en: "not measured: the re-solve ended \(status)")
        case .poolDual(let sign, let v):
            switch sign {
            case .minus?:
                return Bilingual(
                    zh: "未实测；线性松弛估计：每增加 1 名编制，目标值至多降低 \(v)；减少 1 名，至少升高 \(v)",
                    en: "not measured; LP dual: one more quota lowers the objective by at most \(v), one less raises it by at least \(v)")
            case .plus?:
                return Bilingual(
                    zh: "未实测；线性松弛估计：每增加 1 名编制，目标值至少升高 \(v)；减少 1 名，至多降低 \(v)",
                    en: "not measured; LP dual: one more quota raises the objective by at least \(v), one less lowers it by at most \(v)")
            case nil:
                return Bilingual(
                    zh: "未实测；线性松弛估计：增加 1 名编制不会降低目标值，减少 1 名也不会",
                    en: "not measured; LP dual: one more quota does not lower the objective, one less does not lower it either")
            }
        case .channelCost(let sign, let v, let atCap):
            let capZh = atCap ? "已达通道上限；" : "", capEn = atCap ? "at its cap; " : ""
            switch sign {
            case .minus?:
                return Bilingual(zh: capZh + "通道上限每提高 1 名，目标值至多降低 \(v)", en: capEn + "one more quota of cap would lower the objective by up to \(v)")
            case .plus?:
                return Bilingual(
                    zh: capZh + "每调剂 1 名编制得不偿失：多调 1 名，目标值至少升高 \(v)",
                    en: capEn + "each quota sent costs more than it brings: one more quota sent would raise the objective by at least \(v)")
            case nil:
                return Bilingual(zh: capZh + "通道上限提高 1 名不会降低目标值", en: capEn + "one more quota of cap would not lower the objective")
            }
        case .measuredSide(let lever, let more, let change, let summary):
            let sideZh = lever == .pool ? (more ? "增加 1 名编制" : "减少 1 名编制") : (more ? "通道上限提高 1 名" : "通道上限降低 1 名")
            let what = lever == .pool ? "quota" : "quota of cap"
            let sideEn = more ? "one \(what) more" : "one \(what) less"
            guard let change else { return Bilingual(zh: "\(sideZh)：\(summary)", en: "\(sideEn): \(summary)") }
            let v = NumberFormat.plain(abs(change))
            let verbZh = change < 0 ? "目标值降低 \(v)" : change > 0 ? "目标值升高 \(v)" : "目标值不变"
            let verbEn = change < 0 ? "lowers the objective by \(v)" : change > 0 ? "raises the objective by \(v)" : "leaves the objective unchanged"
            return Bilingual(zh: "\(sideZh)，\(verbZh)（\(summary)）", en: "\(sideEn) \(verbEn) (\(summary))")
        case .measured(let lever, let atCap, let sides, let dual, let interval, let inside):
            var zh = (atCap ? "已达通道上限；" : "") + sides.map { $0.text(.zh) }.joined(separator: "；")
            var en = (atCap ? "at its cap; " : "") + sides.map { $0.text(.en) }.joined(separator: "; ")
            if let dual {
                let nameZh = "线性松弛估计值", nameEn = lever == .pool ? "LP dual" : "reduced cost"
                zh += inside ? "；\(nameZh) \(dual) 落在 \(interval) 内" : "；\(nameZh) \(dual) 落在 \(interval) 之外（整数规划在此不是凸的）"
                en += inside ? "; the \(nameEn) \(dual) lies within \(interval)" : "; the \(nameEn) \(dual) lies outside \(interval) (the integer program is not convex here)"
            }
            return Bilingual(zh: zh, en: en)
        case .floorBinds(let change):
            return Bilingual(
                zh: "下限起限制作用：降低 1 名编制，目标值降低 \(change)（已重新求解）",
                en: "the floor binds: lowering it by one quota lowers the objective by \(change) (re-solved)")
        case .floorMetNoChange:
            return Bilingual(
                zh: "恰好达到，但降低 1 名编制结果不变（已重新求解）", en: "met exactly, but lowering it by one quota changes nothing (re-solved)")
        case .floorMetNotResolved:
            return Bilingual(zh: "恰好达到（未重新求解）", en: "met exactly (not re-solved)")
        case .coverage(let pools, let ofPools, let channels, let ofChannels):
            var zh: [String] = [], en: [String] = []
            if let pools {
                zh.append("只实测了线性松弛估计值绝对值最大的 \(pools) 个总量控制范围（共 \(ofPools) 个），其余只给估计值")
                en.append("measured for the \(pools) of \(ofPools) pools with the largest |LP dual|; the others show the LP dual only")
            }
            if let channels {
                zh.append("只实测了估计值绝对值最大的 \(channels) 条调剂通道（共 \(ofChannels) 条），其余只给估计值")
                en.append("measured for the \(channels) of \(ofChannels) channels with the largest |reduced cost|; the others show the reduced cost only")
            }
            return Bilingual(zh: zh.joined(separator: "；"), en: en.joined(separator: "; "))
        case .reserveOf(let pool):
            return Bilingual(zh: "\(pool)的周转池", en: "reserve of \(pool)")
        case .channel(let kind, let from, let to):
            return Bilingual(zh: "\(kind)调剂通道 \(from) → \(to)", en: "channel \(kind) \(from) → \(to)")
        }
    }
}

/// What a value note is about: a pool's total or a channel's cap.
public enum ValueLever: Sendable, Equatable {
    case pool
    case channel
}
