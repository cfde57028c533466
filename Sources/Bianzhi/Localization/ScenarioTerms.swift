/// Planner words for the scenario's fixed vocabularies (catalogue area: terms): levels and
/// the rules that bound a unit.
extension Level: Localizable {
    public var bilingual: Bilingual {
        switch self {
        case .country: return Bilingual(zh: "全国", en: "country")
        case .province: return Bilingual(zh: "省", en: "province")
        case .city: return Bilingual(zh: "市", en: "city")
        case .county: return Bilingual(zh: "县", en: "county")
        case .township: return Bilingual(zh: "乡镇", en: "township")
        }
    }
}

extension BoundReason: Localizable {
    public var bilingual: Bilingual {
        switch self {
        case .zero: return Bilingual(zh: "下限为零", en: "zero")
        case .noDismissals: return Bilingual(zh: "不裁减在编人员", en: "no dismissals")
        case .changeLimit: return Bilingual(zh: "调整幅度限制", en: "change limit")
        case .priorityFloor: return Bilingual(zh: "重点保障下限", en: "priority floor")
        case .overQuotaFrozen: return Bilingual(zh: "超编单位不增编", en: "over-quota freeze")
        case .poolTotal: return Bilingual(zh: "总量控制", en: "pool total")
        case .needProtection: return Bilingual(zh: "保障需求: 不从缺编单位调出", en: "need protection")
        case .priorityNoCut: return Bilingual(zh: "保重点: 不核减", en: "no cut for the priority class")
        case .locked: return Bilingual(zh: "锁定", en: "locked")
        case .unitMinimum: return Bilingual(zh: "单位下限", en: "unit minimum")
        case .unitMaximum: return Bilingual(zh: "单位上限", en: "unit maximum")
        }
    }
}

extension Transfer.Lane: Localizable {
    public var bilingual: Bilingual {
        switch self {
        case .sameDepartment: return Bilingual(zh: "部门内调剂", en: "within the department")
        case .sameRegion: return Bilingual(zh: "同区域跨部门", en: "across departments, same region")
        case .sameLevel: return Bilingual(zh: "跨区域", en: "across regions")
        case .downward: return Bilingual(zh: "下沉", en: "down to a lower level")
        case .upward: return Bilingual(zh: "上收", en: "up to a higher level")
        case .channel: return Bilingual(zh: "跨池调配", en: "through a channel")
        case .reserve: return Bilingual(zh: "收回周转池", en: "into the reserve")
        case .cancelled: return Bilingual(zh: "核减", en: "cancelled")
        }
    }
}
