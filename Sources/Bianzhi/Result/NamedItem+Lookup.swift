extension Array where Element == SolveResult.NamedItem {
    /// Display name by identifier (the first, should an identifier repeat): what renderers of a
    /// result look names up in.
    public var namesByID: [String: String] {
        Dictionary(map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }
}
