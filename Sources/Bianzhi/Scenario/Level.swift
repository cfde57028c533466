/// Administrative level of a region: 市 (city) → 县 (county) → 乡镇 (township).
///
/// Ordered from the top down, so `city < county < township` and a move from a lower to a
/// higher value is a move "down" to the grassroots (下沉).
public enum Level: String, Sendable, Equatable, Hashable, CaseIterable, Comparable, Codable {
    /// Prefecture-level city (地级市), or a province treated as the top of the tree.
    case province
    /// Prefecture-level city (地级市).
    case city
    /// County, county-level city or district (县/县级市/区).
    case county
    /// Township or street (乡镇/街道).
    case township

    /// The Chinese name planners use.
    public var chineseName: String { text(.zh) }

    private var depth: Int {
        switch self {
        case .province: return 0
        case .city: return 1
        case .county: return 2
        case .township: return 3
        }
    }

    /// Higher levels sort first.
    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.depth < rhs.depth }
}
