/// A yes/no cell in a Chinese table (是/否, which the unit table reads back); English files
/// keep `true`/`false`.
public enum YesNo: Localizable, Equatable, CaseIterable {
    case yes, no

    /// The cell of `value`.
    public static func of(_ value: Bool) -> YesNo { value ? .yes : .no }

    public var bilingual: Bilingual {
        switch self {
        case .yes: return Bilingual(zh: "是", en: "yes")
        case .no: return Bilingual(zh: "否", en: "no")
        }
    }
}
