/// The size of the problem handed to the solver and how long the solve took.
public struct SolveStatistics: Sendable, Equatable {
    /// Number of constraints (rows).
    public var rows: Int
    /// Number of variables (columns).
    public var columns: Int
    /// Number of columns solved as integer (0 when the relaxation was solved).
    public var integerColumns: Int
    /// Number of non-zero constraint coefficients.
    public var nonzeros: Int
    /// Wall-clock seconds from creating the GLPK problem to reading the answer.
    public var seconds: Double

    /// Makes statistics.
    public init(rows: Int, columns: Int, integerColumns: Int, nonzeros: Int, seconds: Double) {
        self.rows = rows
        self.columns = columns
        self.integerColumns = integerColumns
        self.nonzeros = nonzeros
        self.seconds = seconds
    }
}
