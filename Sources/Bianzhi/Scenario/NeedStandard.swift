/// A published staffing standard (编制标准) that derives units' need from a workload driver:
/// teachers from pupils (师生比), hospital staff from beds (床位编制比), police from population.
///
/// A scenario may declare standards instead of typing every unit's need; ``NeedDerivation``
/// applies them once, right after loading, so every command sees the same derived need.
public struct NeedStandard: Sendable, Equatable, Hashable {
    /// How the driver turns into need.
    public enum Formula: Sendable, Equatable, Hashable {
        /// `driver ÷ r` (师生比 1:19 is `ratio(19)`).
        case ratio(Double)
        /// `driver × f` (床位编制比 1:1.3 is `perDriver(1.3)`).
        case perDriver(Double)
        /// `driver ÷ 10,000 × v` (警力 12 per 10,000 people is `per10000(12)`).
        case per10000(Double)

        /// The YAML key that writes this formula.
        public var key: FormulaKey {
            switch self {
            case .ratio: return .ratio
            case .perDriver: return .perDriver
            case .per10000: return .per10000
            }
        }

        /// The number written with the formula (ratio, factor or value per 10,000).
        public var factor: Double {
            switch self {
            case .ratio(let r), .perDriver(let r), .per10000(let r): return r
            }
        }

        /// The need a driver value gives, before the base is added.
        public func apply(to driver: Double) -> Double {
            switch self {
            case .ratio(let r): return driver / r
            case .perDriver(let f): return driver * f
            case .per10000(let v): return driver / 10_000 * v
            }
        }
    }

    /// The YAML keys of the three formulas; exactly one is written per standard.
    public enum FormulaKey: String, Sendable, Codable, CaseIterable {
        /// `ratio: 19` — driver ÷ 19.
        case ratio
        /// `perDriver: 1.3` — driver × 1.3.
        case perDriver
        /// `per10000: 12` — driver ÷ 10,000 × 12.
        case per10000
    }

    /// Display name, e.g. `小学教职工编制标准`.
    public var name: String
    /// The units the standard applies to: a tag and/or a level.
    public var selector: UnitSelector
    /// Kind id (or name, before name resolution) the unit must have; `nil`: any kind.
    public var kind: String?
    /// The driver (unit column) it reads, by its canonical name (`在校生数`, see ``DriverNames``).
    public var driver: String
    /// How the driver becomes need.
    public var formula: Formula
    /// A fixed part added to every unit's need (a base of leaders and support staff).
    public var base: Double
    /// Where the standard is published, e.g. `中央编办发〔2014〕72号`.
    public var source: String?
    /// Where it was declared.
    public var location: SourceLocation?

    /// Creates a standard.
    public init(
        name: String, selector: UnitSelector, kind: String? = nil, driver: String, formula: Formula,
        base: Double = 0, source: String? = nil, location: SourceLocation? = nil
    ) {
        self.name = name
        self.selector = selector
        self.kind = kind
        self.driver = driver
        self.formula = formula
        self.base = base
        self.source = source
        self.location = location
    }

    /// The need a driver value gives: `base + formula(driver)`.
    public func need(driver value: Double) -> Double {
        base + formula.apply(to: value)
    }
}
