/// A budget scope for one kind: the units of that kind whose region lies in `scope`'s
/// subtree exchange quota freely under one control total ("严控总量").
public struct PoolSpec: Sendable, Equatable, Hashable {
    /// Quota kind identifier.
    public var kind: String
    /// Region identifier whose subtree the pool covers (nearest declared ancestor wins).
    public var scope: String
    /// New control total; `nil` keeps the current sum of quotas. May not exceed that sum.
    public var total: Int?
    /// How much quota may be taken back into the turnover pool (编制周转池) instead of
    /// being handed to another unit.
    public var reserve: Reserve
    /// Where the pool was declared.
    public var location: SourceLocation?

    /// Creates a pool declaration.
    public init(kind: String, scope: String, total: Int? = nil, reserve: Reserve = .none, location: SourceLocation? = nil) {
        self.kind = kind
        self.scope = scope
        self.total = total
        self.reserve = reserve
        self.location = location
    }

    /// The capacity of a pool's reserve.
    public enum Reserve: Sendable, Equatable, Hashable {
        /// Everything must be redistributed: the units' new quotas add up to the total.
        case none
        /// At most this many quotas may be held back.
        case upTo(Int)
        /// "At most" the total: any amount may be held back.
        case unlimited

        /// The largest amount that may be held back, `nil` when unlimited.
        public var limit: Int? {
            switch self {
            case .none: return 0
            case .upTo(let n): return n
            case .unlimited: return nil
            }
        }
    }
}
