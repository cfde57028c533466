/// Why a result.json could not be read back (catalogue area: output files).
public enum ResultReadProblem: Localizable, Equatable {
    case unreadable
    /// The decoder's own message (English, from Foundation).
    case notAResult(detail: String)
    case formatVersion(found: Int, expected: Int)
    case implausible(ImplausibleFigure)

    public var bilingual: Bilingual {
        switch self {
        case .unreadable: return Bilingual(zh: "无法读取文件", en: "cannot read the file")
        case .notAResult(let detail): return Bilingual(zh: "不是 Bianzhi 的结果文件（\(detail)）", en: "not a Bianzhi result file (\(detail))")
        case .formatVersion(let found, let expected):
            return Bilingual(
                zh: "结果文件格式版本为 \(found)，本程序读取版本 \(expected)；请用本版本重新求解",
                en: "result format version \(found), this bianzhi reads version \(expected); solve the scenario again with this version")
        case .implausible(let figure):
            return Bilingual(
                zh: "不是 `bianzhi solve` 写出的结果（\(figure.text(.zh))）；请重新求解",
                en: "not a result written by bianzhi solve (\(figure.text(.en))); solve the scenario again")
        }
    }
}

/// The first figure of a hand-edited result that no solve writes.
public enum ImplausibleFigure: Localizable, Equatable {
    case unit(id: String, limit: Int)
    case transfer(from: String, to: String, amount: Int)
    case channel(from: String, to: String, limit: Int)
    case total(limit: Int)

    public var bilingual: Bilingual {
        switch self {
        case .unit(let id, let limit): return Bilingual(zh: "单位 \(id)：有数字超出 ±\(limit)", en: "unit \(id): a figure beyond ±\(limit)")
        case .transfer(let from, let to, let amount):
            return Bilingual(zh: "调剂 \(from) → \(to)：数量 \(amount)", en: "transfer \(from) → \(to): amount \(amount)")
        case .channel(let from, let to, let limit):
            return Bilingual(zh: "通道 \(from) → \(to)：有数字超出 ±\(limit)", en: "channel \(from) → \(to): a figure beyond ±\(limit)")
        case .total(let limit): return Bilingual(zh: "有合计超出 ±\(limit)", en: "a total beyond ±\(limit)")
        }
    }
}
