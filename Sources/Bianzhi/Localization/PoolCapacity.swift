/// What a pool can hold: its total plus incoming channels, or its current sum when the kind
/// may only shrink.
public enum PoolCapacity: Localizable, Equatable {
    case total(total: Int, incoming: Int)
    case shrinkOnly(current: Int)

    /// The amount.
    public var amount: Int {
        switch self {
        case .total(let total, let incoming): return total + incoming
        case .shrinkOnly(let current): return current
        }
    }

    public var bilingual: Bilingual {
        switch self {
        case .total(let total, let incoming):
            if incoming == 0 { return Bilingual(zh: "控制总数 \(total)", en: "total \(total)") }
            return Bilingual(zh: "控制总数 \(total) + 调入 \(incoming)", en: "total \(total) + \(incoming) by channels")
        case .shrinkOnly(let current):
            return Bilingual(zh: "现有编制数之和 \(current)，该类编制只减不增", en: "its current sum \(current), the kind being shrink-only")
        }
    }
}
