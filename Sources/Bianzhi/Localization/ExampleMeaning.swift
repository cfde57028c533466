/// What an example value in a fix means.
public enum ExampleMeaning: Localizable, Equatable, CaseIterable {
    case threePercentAYear
    case twentyPercentOfQuota
    case thirtyPercent

    public var bilingual: Bilingual {
        switch self {
        case .threePercentAYear: return Bilingual(zh: "每年 3%", en: "3 % a year")
        case .twentyPercentOfQuota: return Bilingual(zh: "编制数的 20%", en: "20 % of the quota")
        case .thirtyPercent: return Bilingual(zh: "占比 30%", en: "30 %")
        }
    }
}
