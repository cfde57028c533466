import Foundation
/// Administrative level of a region: 全国 (country) → 省 (province) → 市 (city) → 县 (county)
/// → 乡镇 (township).
///
/// Ordered from the top down, so `city < county < township` and a move from a lower to a
/// higher value is a move "down" to the grassroots (下沉).
public enum Level: String, Sendable, Equatable, Hashable, CaseIterable, Comparable, Codable {
    /// The whole country (全国): the root of a national scenario, above its provinces.
    case country
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

    /// Every written form accepted for each level, English first: 乡, 镇 and 街道 are
    /// townships; 区 and 县级市 are counties; a trailing 级 is allowed (县级, 乡镇级).
    public var acceptedForms: [String] {
        switch self {
        case .country: return ["country", "全国", "国家", "国家级"]
        case .province: return ["province", "省", "省级"]
        case .city: return ["city", "市", "市级", "地级市"]
        case .county: return ["county", "县", "县级", "区", "县级市", "县区"]
        case .township: return ["township", "乡镇", "乡", "镇", "街道", "乡镇级", "乡级", "镇级", "乡镇（街道）", "乡镇(街道)"]
        }
    }

    /// The level a planner wrote in any accepted form (surrounding blanks ignored).
    public init?(written: String) {
        let text = written.trimmingCharacters(in: .whitespaces)
        guard let level = Level.allCases.first(where: { $0.acceptedForms.contains(text) || $0.rawValue == text.lowercased() })
        else { return nil }
        self = level
    }

    /// The accepted forms of every level, for messages: `province/省/省级, city/市/…`.
    public static var acceptedFormsText: String {
        allCases.map { $0.acceptedForms.joined(separator: "/") }.joined(separator: "; ")
    }

    private var depth: Int {
        switch self {
        case .country: return -1
        case .province: return 0
        case .city: return 1
        case .county: return 2
        case .township: return 3
        }
    }

    /// Higher levels sort first.
    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.depth < rhs.depth }
}
