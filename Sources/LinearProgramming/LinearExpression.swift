/// An affine expression `Σ coefficient·variable + constant`.
///
/// Building is append-only (duplicates and zeros are allowed) so that summing thousands of
/// terms stays linear; ``normalized()`` merges them once, when the expression becomes a
/// constraint or the objective. Equality compares the terms as stored, so compare
/// normalised expressions when the order of building should not matter.
public struct LinearExpression: Sendable, Equatable {
    /// One `coefficient·variable` product.
    public struct Term: Sendable, Equatable {
        /// The variable multiplied.
        public var variable: Variable
        /// Its coefficient.
        public var coefficient: Double

        /// Makes a term.
        public init(variable: Variable, coefficient: Double) {
            self.variable = variable
            self.coefficient = coefficient
        }
    }

    /// The products, in the order they were added; may repeat a variable until normalised.
    public var terms: [Term]
    /// The constant part.
    public var constant: Double

    /// The zero expression.
    public init() {
        terms = []
        constant = 0
    }

    /// The expression `1·v`.
    public init(_ v: Variable) {
        terms = [Term(variable: v, coefficient: 1)]
        constant = 0
    }

    /// The constant expression `constant`.
    public init(constant: Double) {
        terms = []
        self.constant = constant
    }

    /// An expression from terms and a constant, taken as given.
    public init(terms: [Term], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    /// `Σ v` over `variables`, the most common building block (cover, assignment rows).
    public static func sum(_ variables: some Sequence<Variable>) -> LinearExpression {
        LinearExpression(terms: variables.map { Term(variable: $0, coefficient: 1) })
    }

    /// Appends `coefficient·v` without merging, so repeated calls stay O(1) amortised.
    public mutating func add(_ v: Variable, _ coefficient: Double = 1) {
        terms.append(Term(variable: v, coefficient: coefficient))
    }

    /// The same expression with each variable once, zero coefficients dropped and terms
    /// sorted by variable index.
    ///
    /// GLPK aborts on a duplicate `(row, column)` entry, and a stable order keeps the
    /// model — and so the optimum GLPK picks among ties — identical from run to run.
    /// Non-finite coefficients are kept (not dropped) so validation can report them.
    public func normalized() -> LinearExpression {
        if isNormalized { return self }
        let sorted = terms.sorted { $0.variable.index < $1.variable.index }
        var merged: [Term] = []
        merged.reserveCapacity(sorted.count)
        for term in sorted {
            if let last = merged.last, last.variable == term.variable {
                merged[merged.count - 1].coefficient += term.coefficient
            } else {
                merged.append(term)
            }
        }
        merged.removeAll { $0.coefficient == 0 }
        return LinearExpression(terms: merged, constant: constant)
    }

    /// True when the terms already are strictly increasing and non-zero; skips the sort for
    /// expressions built in order, which is the common case for generated models.
    private var isNormalized: Bool {
        var previous = Int.min
        for term in terms {
            if term.variable.index <= previous || term.coefficient == 0 { return false }
            previous = term.variable.index
        }
        return true
    }
}
