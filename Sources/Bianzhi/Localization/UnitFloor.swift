/// A unit's hard floor and the rule behind it, in a pool conflict's list.
public struct UnitFloor: Localizable, Equatable {
    public var unit: String
    public var floor: Int
    public var reason: BoundReason

    public init(unit: String, floor: Int, reason: BoundReason) {
        self.unit = unit
        self.floor = floor
        self.reason = reason
    }

    public var bilingual: Bilingual {
        Bilingual(zh: "\(unit) \(floor)（\(reason.text(.zh))）", en: "\(unit) \(floor) (\(reason.text(.en)))")
    }
}
