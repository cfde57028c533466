/// How a unit's need was obtained from a standard (编制标准): the standard, the driver and its
/// value, the formula and the result — what the reports print as
/// "小学教职工编制标准：在校生数 1,140 ÷ 19 = 60.0".
///
/// When the planner also typed a need for the unit, the typed need is used and
/// ``explicitNeed`` holds it; the derivation is kept so the outputs can say it was overridden.
public struct NeedBasis: Sendable, Codable, Equatable, Hashable {
    /// The standard's name.
    public var standard: String
    /// The driver's name (`在校生数`).
    public var driver: String
    /// The unit's driver value.
    public var driverValue: Double
    /// Which formula.
    public var formula: NeedStandard.FormulaKey
    /// The number of the formula (ratio, factor or value per 10,000).
    public var factor: Double
    /// The fixed base added (0 when none).
    public var base: Double
    /// The need the standard gives.
    public var derivedNeed: Double
    /// The need the planner typed, which overrides ``derivedNeed``; `nil` when derived need is used.
    public var explicitNeed: Double?
    /// Where the standard is published, when the scenario says.
    public var source: String?

    /// Creates a basis.
    public init(
        standard: String, driver: String, driverValue: Double, formula: NeedStandard.FormulaKey, factor: Double,
        base: Double, derivedNeed: Double, explicitNeed: Double? = nil, source: String? = nil
    ) {
        self.standard = standard
        self.driver = driver
        self.driverValue = driverValue
        self.formula = formula
        self.factor = factor
        self.base = base
        self.derivedNeed = derivedNeed
        self.explicitNeed = explicitNeed
        self.source = source
    }

    /// The need the unit ends up with: the typed one if any, else the derived one.
    public var need: Double { explicitNeed ?? derivedNeed }
}

extension SolveResult {
    /// The drivers of the result's derived needs, in the order units first use them: the
    /// driver columns `allocation.xlsx` and the Chinese `allocation.csv` carry so that, read
    /// back as next year's unit table with the same standards, they derive the same need.
    public var standardDrivers: [String] {
        var drivers: [String] = []
        for u in units {
            if let driver = u.needBasis?.driver, !drivers.contains(driver) { drivers.append(driver) }
        }
        return drivers
    }
}

extension SolveResult.UnitResult {
    /// Whether the unit's need came from a standard (not overridden by a typed need): the unit
    /// tables written from a result leave its 需求 empty, so the standard derives it again.
    public var needIsDerived: Bool { needBasis.map { $0.explicitNeed == nil } ?? false }

    /// The unit's value of `driver`, when its need was derived from it.
    public func driverValue(_ driver: String) -> Double? {
        needBasis.flatMap { $0.driver == driver ? $0.driverValue : nil }
    }
}
