/// Column headers of the diff's tables (A, B and B−A are written as they are).
public enum DiffColumn: String, Localizable, CaseIterable {
    case unit, department, region, kind, before, totalA, totalB, movedA, movedB, shortfallA, shortfallB, setting
    case vacancyA, vacancyB, overQuotaA, overQuotaB

    public var bilingual: Bilingual {
        switch self {
        case .unit: return Bilingual(zh: "单位", en: "Unit")
        case .department: return Bilingual(zh: "主管部门", en: "Department")
        case .region: return Bilingual(zh: "区域", en: "Region")
        case .kind: return Bilingual(zh: "编制类型", en: "Kind")
        case .before: return Bilingual(zh: "调整前", en: "Before")
        case .totalA: return Bilingual(zh: "编制总数 A", en: "Total A")
        case .totalB: return Bilingual(zh: "编制总数 B", en: "Total B")
        case .movedA: return Bilingual(zh: "调整量 A", en: "Moved A")
        case .movedB: return Bilingual(zh: "调整量 B", en: "Moved B")
        case .shortfallA: return Bilingual(zh: "缺口 A", en: "Shortfall A")
        case .shortfallB: return Bilingual(zh: "缺口 B", en: "Shortfall B")
        case .setting: return Bilingual(zh: "设置", en: "Setting")
        case .vacancyA: return Bilingual(zh: "空编 A", en: "Vacant A")
        case .vacancyB: return Bilingual(zh: "空编 B", en: "Vacant B")
        case .overQuotaA: return Bilingual(zh: "超编 A", en: "Over quota A")
        case .overQuotaB: return Bilingual(zh: "超编 B", en: "Over quota B")
        }
    }
}
