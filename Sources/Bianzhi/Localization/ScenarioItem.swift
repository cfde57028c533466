/// The kinds of declared things a duplicate id can belong to.
public enum ScenarioItem: String, Localizable, Equatable, CaseIterable {
    case kind, region, unit

    public var bilingual: Bilingual {
        switch self {
        case .kind: return Bilingual(zh: "编制类型", en: "kind")
        case .region: return Bilingual(zh: "区域", en: "region")
        case .unit: return Bilingual(zh: "单位", en: "unit")
        }
    }
}
