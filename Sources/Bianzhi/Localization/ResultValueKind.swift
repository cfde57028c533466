/// The kind of value a field of a result file must hold, as named in a
/// ``ResultReadProblem/mustBe(_:notNull:)`` message (catalogue area: output files).
public enum ResultValueKind: Localizable, Equatable {
    case wholeNumber
    case number
    case text
    case trueOrFalse
    case listOrObject

    public var bilingual: Bilingual {
        switch self {
        case .wholeNumber: return Bilingual(zh: "整数", en: "a whole number")
        case .number: return Bilingual(zh: "数字", en: "a number")
        case .text: return Bilingual(zh: "文本", en: "text")
        case .trueOrFalse: return Bilingual(zh: "`true` 或 `false`", en: "true or false")
        case .listOrObject: return Bilingual(zh: "相应类型的值（如列表或对象）", en: "a value of the right kind (e.g. a list or an object)")
        }
    }
}
