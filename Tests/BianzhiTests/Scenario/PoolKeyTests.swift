import Foundation
import Testing
@testable import Bianzhi

/// The one written form of a pool's key, `kind@scope`.
@Suite("Pool key")
struct PoolKeyTests {
    @Test("formats and parses kind@scope, splitting at the first @")
    func formatAndParse() {
        let key = PoolKey(kind: "admin", scope: "qh")
        #expect(key.description == "admin@qh")
        // Through a String value: `PoolKey("…")` with a literal is the literal initialiser.
        func parse(_ text: String) -> PoolKey? { PoolKey(text) }
        #expect(parse("admin@qh") == key)
        #expect(parse("admin@qh@2027") == PoolKey(kind: "admin", scope: "qh@2027"))
        #expect(parse("admin") == nil)
        #expect(parse("@qh") == PoolKey(kind: "", scope: "qh"))
    }

    @Test("encodes as the single string kind@scope and refuses any other form")
    func codable() throws {
        let keys: [PoolKey] = ["admin@qh", "inst@a"]
        let data = try JSONEncoder().encode(keys)
        #expect(String(decoding: data, as: UTF8.self) == #"["admin@qh","inst@a"]"#)
        #expect(try JSONDecoder().decode([PoolKey].self, from: data) == keys)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PoolKey].self, from: Data(#"["admin"]"#.utf8)) }
    }

    @Test("orders by kind, then scope")
    func order() {
        let keys: [PoolKey] = ["inst@a", "admin@b", "admin@a"]
        #expect(keys.sorted() == ["admin@a", "admin@b", "inst@a"])
    }
}
