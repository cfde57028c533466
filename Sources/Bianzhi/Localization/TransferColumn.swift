/// The columns of transfers.csv: machine headers in English, the 调剂明细 headers in Chinese.
public enum TransferColumn: String, Localizable, CaseIterable {
    case kind, from
    case fromName = "from_name"
    case to
    case toName = "to_name"
    case amount, lane
    case laneName = "lane_name"
    case via

    public var bilingual: Bilingual {
        switch self {
        case .kind: return Bilingual(zh: "编制类型", en: rawValue)
        case .from: return Bilingual(zh: "调出单位编号", en: rawValue)
        case .fromName: return Bilingual(zh: "调出单位", en: rawValue)
        case .to: return Bilingual(zh: "调入单位编号", en: rawValue)
        case .toName: return Bilingual(zh: "调入单位", en: rawValue)
        case .amount: return Bilingual(zh: "数量", en: rawValue)
        case .lane: return Bilingual(zh: "方式代码", en: rawValue)
        case .laneName: return Bilingual(zh: "调剂方式", en: rawValue)
        case .via: return Bilingual(zh: "经由", en: rawValue)
        }
    }
}
