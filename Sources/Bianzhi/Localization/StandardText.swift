import Foundation

/// What is wrong with a staffing standard (编制标准) or a unit's drivers (catalogue area:
/// standards — `standards:`, driver columns, need derivation). Used through
/// ``DiagnosticMessage/standard(_:)``.
public enum StandardMessage: Localizable, Equatable {
    /// A standard writes no formula, or more than one (`written` lists those written).
    case formulaCount(written: [String])
    /// A standard names neither a tag nor a level.
    case noSelection
    /// A unit is selected by two standards.
    case twoStandards(first: String, second: String)
    /// A selected unit has no value for the standard's driver and no typed need.
    case driverMissing(standard: String, driver: String)
    /// A standard selects no unit.
    case selectsNoUnit(standard: String)
    /// A YAML unit gives a driver no standard names and no known driver column is called.
    case undeclaredDriver(suggestion: String?)
    /// The derived need is beyond the largest number the format accepts.
    case derivedNeedTooLarge(standard: String, maximum: Int)

    public var bilingual: Bilingual {
        switch self {
        case .formulaCount(let written):
            if written.isEmpty {
                return Bilingual(zh: "编制标准没有写算法", en: "the standard has no formula")
            }
            let list = written.joined(separator: ", ")
            return Bilingual(zh: "编制标准只能写一种算法，这里写了 \(list)", en: "the standard may have one formula only, this one has \(list)")
        case .noSelection:
            return Bilingual(zh: "编制标准没有指明适用哪些单位", en: "the standard does not say which units it applies to")
        case .twoStandards(let first, let second):
            return Bilingual(
                zh: "该单位同时适用“\(first)”和“\(second)”两项编制标准",
                en: "the unit is selected by two standards, \"\(first)\" and \"\(second)\"")
        case .driverMissing(let standard, let driver):
            return Bilingual(
                zh: "该单位适用“\(standard)”，但没有填写\(driver)，也没有填写需求",
                en: "the unit falls under \"\(standard)\" but has no value for \(driver) and no need of its own")
        case .selectsNoUnit(let standard):
            return Bilingual(zh: "编制标准“\(standard)”没有适用的单位", en: "the standard \"\(standard)\" selects no unit")
        case .undeclaredDriver(let suggestion):
            let hint = suggestion.map { (zh: "（是否应为 `\($0)`？）", en: " (did you mean `\($0)`?)") } ?? (zh: "", en: "")
            return Bilingual(
                zh: "没有哪项编制标准用到这个测算因子\(hint.zh)",
                en: "no standard uses this driver\(hint.en)")
        case .derivedNeedTooLarge(let standard, let maximum):
            return Bilingual(
                zh: "按“\(standard)”测算的需求超过 \(maximum)",
                en: "the need derived by \"\(standard)\" is above \(maximum)")
        }
    }
}

/// What to do about a problem with a staffing standard or a driver. Used through
/// ``DiagnosticFix/standard(_:)``.
public enum StandardFix: Localizable, Equatable {
    /// Write exactly one formula.
    case writeOneFormula
    /// Write a factor above zero.
    case positiveFactor(key: String)
    /// Say which units the standard applies to.
    case selectUnits
    /// Give each unit one standard.
    case oneStandardPerUnit
    /// Fill in the driver or type the need.
    case fillDriver(driver: String)
    /// Check the selection against the units.
    case checkSelection
    /// Write the driver as a number.
    case driverNumber(driver: String)
    /// Use a driver a standard names.
    case useDeclaredDriver(known: [String])
    /// Check the driver and the factor.
    case checkDriverAndFactor

    public var bilingual: Bilingual {
        switch self {
        case .writeOneFormula:
            return Bilingual(
                zh: "只写下列一种：`ratio: 19`（测算因子 ÷ 19，如师生比 1:19）、`perDriver: 1.3`（测算因子 × 1.3，如床位编制比 1:1.3）、`per10000: 12`（每万人 12 名）。",
                en: "write exactly one of `ratio: 19` (driver ÷ 19, e.g. 1 staff per 19 pupils), `perDriver: 1.3` (driver × 1.3, e.g. 1.3 staff per bed), `per10000: 12` (12 per 10,000 people).")
        case .positiveFactor(let key):
            return Bilingual(zh: "填写大于 0 的数，例如 `\(key): 19`。", en: "write a number above 0, e.g. `\(key): 19`.")
        case .selectUnits:
            return Bilingual(
                zh: "加上 `tag: 小学`（可再加 `level`、`kind`），指明适用该标准的单位。",
                en: "add `tag: 小学` (and `level` or `kind` if needed) naming the units the standard applies to.")
        case .oneStandardPerUnit:
            return Bilingual(
                zh: "每个单位只能适用一项标准：调整单位的标签或标准的 `tag`/`level`/`kind`，或直接填写该单位的需求。",
                en: "let one standard select the unit: change the unit's tags or the standards' `tag`/`level`/`kind`, or type the unit's need.")
        case .fillDriver(let driver):
            return Bilingual(
                zh: "填写该单位的\(driver)（单位表的“\(driver)”列，或 `drivers: {\(driver): 1140}`），或直接填写需求。",
                en: "fill in the unit's \(driver) (the unit table's column, or `drivers: {\(driver): 1140}`), or type its need.")
        case .checkSelection:
            return Bilingual(
                zh: "核对标准的 `tag`、`level`、`kind` 与单位的标签、层级和编制类型是否一致。",
                en: "check the standard's `tag`, `level` and `kind` against the units' tags, levels and kinds.")
        case .driverNumber(let driver):
            return Bilingual(zh: "\(driver)应为不小于 0 的数，例如 1140。", en: "write \(driver) as a number ≥ 0, e.g. 1140.")
        case .useDeclaredDriver(let known):
            return Bilingual(
                zh: "改用已知的测算因子：\(known.joined(separator: "、"))；或在 `standards` 中加一项用到它的标准。",
                en: "use a known driver: \(known.joined(separator: ", ")); or add a standard that uses this one.")
        case .checkDriverAndFactor:
            return Bilingual(zh: "核对测算因子的数值和标准的系数。", en: "check the driver's value and the standard's factor.")
        }
    }
}

/// How a unit's need was derived, in one line: "小学教职工编制标准：在校生数 1,140 ÷ 19 = 60.0",
/// with the typed need that overrides it when there is one.
extension NeedBasis: Localizable {
    public var bilingual: Bilingual {
        let value = NeedBasis.grouped(driverValue), factor = NumberFormat.plain(factor, decimals: 6)
        let result = String(format: "%.1f", derivedNeed)
        let arithmetic: String
        switch formula {
        case .ratio: arithmetic = "\(driver) \(value) ÷ \(factor)"
        case .perDriver: arithmetic = "\(driver) \(value) × \(factor)"
        case .per10000: arithmetic = "\(driver) \(value) ÷ 10,000 × \(factor)"
        }
        let base = self.base == 0 ? "" : NumberFormat.plain(self.base, decimals: 6) + " + "
        let sum = "\(base)\(arithmetic) = \(result)"
        guard let explicitNeed else {
            return Bilingual(zh: "\(standard)：\(sum)", en: "\(standard): \(sum)")
        }
        let typed = NumberFormat.plain(explicitNeed, decimals: 6)
        return Bilingual(
            zh: "\(standard)：\(sum)；已填写需求 \(typed)，以填写的为准",
            en: "\(standard): \(sum); overridden by the need given, \(typed)")
    }

    /// A driver value with thousands separators: `52,000`, `1,140.5`.
    static func grouped(_ value: Double) -> String {
        let text = NumberFormat.plain(value, decimals: 6)
        let parts = text.split(separator: ".", maxSplits: 1)
        var digits = Array(parts[0])
        let sign = digits.first == "-" ? 1 : 0
        var i = digits.count - 3
        while i > sign {
            digits.insert(",", at: i)
            i -= 3
        }
        return String(digits) + (parts.count > 1 ? "." + parts[1] : "")
    }
}

/// The words around derived needs in reports and the explanation (catalogue area: standards).
public enum StandardText: Localizable, Equatable {
    /// Heading of the report section listing derived needs.
    case derivedNeeds
    /// Lead line of that section.
    case derivedNeedsLead
    /// Label before a unit's derivation in `explain --unit`.
    case needFrom
    /// Column of the unit's name in the report's table of derived needs.
    case unitColumn
    /// Column of the derivation in that table.
    case derivationColumn
    /// The solve summary's line: how many units' need came from standards, how many overridden.
    case derivedCount(units: Int, overridden: Int)

    /// The headers of the report's table of derived needs.
    public static func derivedNeedColumns(_ language: Language) -> [String] {
        [unitColumn.text(language), derivationColumn.text(language)]
    }

    public var bilingual: Bilingual {
        switch self {
        case .derivedNeeds: return Bilingual(zh: "按编制标准测算的需求", en: "Need from staffing standards")
        case .derivedNeedsLead:
            return Bilingual(
                zh: "下列单位的需求按编制标准由测算因子算出；填写了需求的单位以填写的为准。",
                en: "These units' need is derived from their drivers by the staffing standards; a need typed for a unit overrides it.")
        case .needFrom: return Bilingual(zh: "需求测算：", en: "need from standard: ")
        case .unitColumn: return Bilingual(zh: "单位", en: "Unit")
        case .derivationColumn: return Bilingual(zh: "测算", en: "Derivation")
        case .derivedCount(let units, let overridden):
            let zhOverride = overridden > 0 ? "，其中 \(overridden) 个以填写的需求为准" : ""
            let enOverride = overridden > 0 ? " (\(overridden) overridden by a typed need)" : ""
            return Bilingual(
                zh: "按编制标准测算需求的单位：\(units) 个\(zhOverride)（测算过程见 allocation.csv 的“需求测算”列）",
                en: "Need from staffing standards: \(units) units\(enOverride); see need_basis in allocation.csv")
        }
    }
}
