/// The machine key of a pool: its quota kind and its scope region, written `kind@scope`
/// (e.g. `admin@qh`) in every file and message that names a pool.
///
/// This is the one place that formats and parses that form, so `result.json`,
/// `explanation.json`, model row names and messages all agree. It encodes as the single
/// string `kind@scope`.
public struct PoolKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible, LosslessStringConvertible, ExpressibleByStringLiteral {
    /// Quota kind identifier.
    public var kind: String
    /// Region identifier of the scope.
    public var scope: String

    /// Creates the key of the pool of `kind` over `scope`.
    public init(kind: String, scope: String) {
        self.kind = kind
        self.scope = scope
    }

    /// Parses `kind@scope`, splitting at the first `@` (kind identifiers hold none);
    /// `nil` without an `@`.
    public init?(_ description: String) {
        guard let at = description.firstIndex(of: "@") else { return nil }
        self.init(kind: String(description[..<at]), scope: String(description[description.index(after: at)...]))
    }

    /// A key written in code, e.g. `"admin@qh"` in a test; without an `@` the whole literal is
    /// the kind and the scope is empty. (Swift also reads `PoolKey("admin@qh")` with a literal
    /// as this initialiser, never as the failable parser.)
    public init(stringLiteral value: String) {
        self = PoolKey(value) ?? PoolKey(kind: value, scope: "")
    }

    /// `kind@scope`.
    public var description: String { "\(kind)@\(scope)" }

    /// By kind, then by scope.
    public static func < (a: PoolKey, b: PoolKey) -> Bool { (a.kind, a.scope) < (b.kind, b.scope) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let key = PoolKey(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a pool key is written kind@scope, not \(text)")
        }
        self = key
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension PoolSpec {
    /// The key of the declared pool.
    public var key: PoolKey { PoolKey(kind: kind, scope: scope) }
}

extension PoolIndex.Pool {
    /// The key of the pool.
    public var key: PoolKey { PoolKey(kind: kind, scope: scope) }
}
