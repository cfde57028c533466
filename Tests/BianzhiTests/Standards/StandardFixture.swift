/// The scenarios of the standards tests: one county (and a township when asked) with the
/// kind 事业编制 `inst`, the standards given, then the units section as written.
enum StandardFixture {
    /// The primary-school standard most tests use: 在校生数 ÷ 19.
    static let primary = "{name: 小学教职工编制标准, tag: 小学, driver: 在校生数, ratio: 19}"

    /// The scenario text; `standards` are the list entries, `units` the text from `units:` on.
    static func scenario(standards: [String], units: String, township: Bool = false) -> String {
        var lines = ["scenario: {name: 测试县}", "kinds:", "  - {id: inst, name: 事业编制}", "regions:", "  - {id: cs, name: 测试县, level: county}"]
        if township { lines.append("  - {id: zz, name: 张庄镇, level: township, parent: cs}") }
        lines.append("standards:")
        lines += standards.map { "  - " + $0 }
        return lines.joined(separator: "\n") + "\n" + units
    }
}
