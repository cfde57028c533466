/// What is wrong with a result.json given to `report` or `diff` (catalogue area: output
/// files). Shown in a located diagnostic (``ResultFileCheck``): the field path (`units[3].quota`)
/// and the value come from the file; the entry says what is wrong.
public enum ResultReadProblem: Localizable, Equatable {
    case unreadable
    case notJSON
    case notAnObject
    case formatVersion(expected: Int)
    case notWhole
    case beyondAnyFigure
    case mustBe(ResultValueKind, notNull: Bool)
    case requiredKeyMissing
    case unknownValue
    case notAResult
    case unknownStatus(known: [String])
    case controlCharacter
    case unitListedTwice(firstIndex: Int)
    case wholeNumberRange(lower: Int, upper: Int)
    case changeMismatch(newQuota: Int, quota: Int)
    case numberRange(upper: Int)
    case totalBeyond(limit: Int)

    public var bilingual: Bilingual {
        switch self {
        case .unreadable: return Bilingual(zh: "无法读取文件", en: "cannot read the file")
        case .notJSON: return Bilingual(zh: "文件不是有效的 JSON", en: "the file is not valid JSON")
        case .notAnObject:
            return Bilingual(
                zh: "文件是 JSON，但不是结果文件（结果文件是含有 `units`、`pools` 等键的对象）",
                en: "the file is JSON but not a result (a result is an object with `units`, `pools`, …)")
        case .formatVersion(let expected):
            return Bilingual(zh: "本版 bianzhi 读取的结果文件格式版本为 \(expected)", en: "this bianzhi reads result format version \(expected)")
        case .notWhole: return Bilingual(zh: "必须是整数", en: "must be a whole number")
        case .beyondAnyFigure: return Bilingual(zh: "超出结果文件中任何数字的范围（±2^53）", en: "is beyond any figure a result holds (±2^53)")
        case .mustBe(let kind, let notNull):
            return notNull
                ? Bilingual(zh: "必须是\(kind.text(.zh))，不能为 `null`", en: "must be \(kind.text(.en)), not null")
                : Bilingual(zh: "必须是\(kind.text(.zh))", en: "must be \(kind.text(.en))")
        case .requiredKeyMissing: return Bilingual(zh: "缺少必需的键", en: "required key is missing")
        case .unknownValue: return Bilingual(zh: "取值不是本版 bianzhi 认识的值", en: "has a value this bianzhi does not know")
        case .notAResult: return Bilingual(zh: "文件无法作为结果读取", en: "the file cannot be read as a result")
        case .unknownStatus(let known):
            return Bilingual(
                zh: "未知的求解状态；结果的状态只能是：\(known.map { "`\($0)`" }.joined(separator: "、"))",
                en: "unknown status; a result has one of: \(known.joined(separator: ", "))")
        case .controlCharacter: return Bilingual(zh: "含有控制字符（已转义显示）", en: "contains a control character (shown escaped)")
        case .unitListedTwice(let firstIndex):
            return Bilingual(zh: "单位重复列出（另见 units[\(firstIndex)]）", en: "unit listed twice (also units[\(firstIndex)])")
        case .wholeNumberRange(let lower, let upper):
            return Bilingual(zh: "必须是 \(lower) 到 \(upper) 之间的整数", en: "must be a whole number from \(lower) to \(upper)")
        case .changeMismatch(let newQuota, let quota):
            return Bilingual(
                zh: "必须等于 `newQuota` − `quota`（\(newQuota) − \(quota)）", en: "must equal newQuota − quota (\(newQuota) − \(quota))")
        case .numberRange(let upper): return Bilingual(zh: "必须是 0 到 \(upper) 之间的数", en: "must be a number from 0 to \(upper)")
        case .totalBeyond(let limit): return Bilingual(zh: "有合计超出 ±\(limit)", en: "a total beyond ±\(limit)")
        }
    }
}
