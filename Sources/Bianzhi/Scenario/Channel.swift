/// A declared route for quota of one kind from one pool to another, e.g. city → county
/// (跨层级统筹), with a cap and a cost per quota. Pools connect only through channels.
public struct Channel: Sendable, Equatable, Hashable {
    /// Quota kind; both ends are pools of this kind.
    public var kind: String
    /// Scope (region id) of the giving pool.
    public var from: String
    /// Scope (region id) of the receiving pool.
    public var to: String
    /// Most quotas that may move along the channel.
    public var cap: Int
    /// Objective cost per quota moved (the administrative cost of an approval from above).
    public var cost: Double
    /// Where the channel was declared.
    public var location: SourceLocation?

    /// Creates a channel.
    public init(kind: String, from: String, to: String, cap: Int, cost: Double = 0, location: SourceLocation? = nil) {
        self.kind = kind
        self.from = from
        self.to = to
        self.cap = cap
        self.cost = cost
        self.location = location
    }
}
