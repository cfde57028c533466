/// What to do about a result file `report` or `diff` refused (catalogue area: output files).
public enum ResultReadFix: Localizable, Equatable {
    case useSolvedResult
    case solveAgainWithThisVersion

    public var bilingual: Bilingual {
        switch self {
        case .useSolvedResult:
            return Bilingual(
                zh: "请使用 `bianzhi solve --out` 写出的 result.json，或重新求解方案。",
                en: "use the result.json that `bianzhi solve --out` wrote, or solve the scenario again.")
        case .solveAgainWithThisVersion: return Bilingual(zh: "请用本版本重新求解方案。", en: "solve the scenario again with this version.")
        }
    }
}
