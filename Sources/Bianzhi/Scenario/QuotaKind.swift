/// A kind of quota (行政编制, 政法专项编制, 事业编制, …): a separate currency that is never
/// exchanged with another ("不得混用、挤占、挪用").
public struct QuotaKind: Sendable, Equatable, Hashable {
    /// Short identifier used in unit tables, e.g. `admin`.
    public var id: String
    /// Display name, e.g. `行政编制`.
    public var name: String
    /// "只减不增": no pool of this kind may end above its current total, even through channels
    /// (units inside a pool may still exchange quota; see docs/scenario-format.md).
    public var shrinkOnly: Bool
    /// Where the kind was declared.
    public var location: SourceLocation?

    /// Creates a kind.
    public init(id: String, name: String, shrinkOnly: Bool = false, location: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.shrinkOnly = shrinkOnly
        self.location = location
    }
}
