/// Where one quota more or less goes in a measured re-solve: "goes to 县发改局", "调给 县发改局",
/// or the list of changes.
public enum ShiftSummary: Localizable, Equatable {
    case of([QuotaShift])

    public var bilingual: Bilingual {
        guard case .of(let shifts) = self else { return Bilingual(zh: "", en: "") }
        if shifts.isEmpty { return Bilingual(zh: "其他不变", en: "nothing else changes") }
        if shifts.count == 1, abs(shifts[0].amount) == 1 {
            let s = shifts[0]
            switch (s.kind, s.amount > 0) {
            case (.unit, true), (.reserve, true): return Bilingual(zh: "调给 \(s.name)", en: "goes to \(s.name)")
            case (.unit, false), (.reserve, false): return Bilingual(zh: "取自 \(s.name)", en: "taken from \(s.name)")
            case (.channel, true): return Bilingual(zh: "通道多调配 1 名", en: "one more sent through the channel")
            case (.channel, false): return Bilingual(zh: "通道少调配 1 名", en: "one less sent through the channel")
            }
        }
        let parts = shifts.prefix(3).map { "\($0.name) \($0.amount > 0 ? "+" : "-")\(abs($0.amount))" }
        let more = shifts.count - 3
        return Bilingual(
            zh: parts.joined(separator: "，") + (more > 0 ? "，另有 \(more) 项" : ""),
            en: (parts + (more > 0 ? ["and \(more) more"] : [])).joined(separator: ", "))
    }
}
