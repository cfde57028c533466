// Arithmetic for building expressions. Every operator appends; none merges terms, so a sum
// built with `+=` in a loop costs O(number of terms). Normalisation happens once, in Model.

extension LinearExpression {
    /// Adds another expression's terms and constant.
    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.terms.append(contentsOf: rhs.terms)
        lhs.constant += rhs.constant
    }

    /// Subtracts another expression's terms and constant.
    public static func -= (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.terms.reserveCapacity(lhs.terms.count + rhs.terms.count)
        for term in rhs.terms {
            lhs.terms.append(Term(variable: term.variable, coefficient: -term.coefficient))
        }
        lhs.constant -= rhs.constant
    }

    /// Adds `1·v`.
    public static func += (lhs: inout LinearExpression, rhs: Variable) {
        lhs.add(rhs, 1)
    }

    /// Adds `-1·v`.
    public static func -= (lhs: inout LinearExpression, rhs: Variable) {
        lhs.add(rhs, -1)
    }

    /// Adds to the constant.
    public static func += (lhs: inout LinearExpression, rhs: Double) {
        lhs.constant += rhs
    }

    /// Subtracts from the constant.
    public static func -= (lhs: inout LinearExpression, rhs: Double) {
        lhs.constant -= rhs
    }

    /// The sum of two expressions.
    public static func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result += rhs
        return result
    }

    /// The difference of two expressions.
    public static func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
        var result = lhs
        result -= rhs
        return result
    }

    /// The expression plus `1·v`.
    public static func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        var result = lhs
        result.add(rhs, 1)
        return result
    }

    /// `1·v` plus the expression.
    public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        rhs + lhs
    }

    /// The expression minus `1·v`.
    public static func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression {
        var result = lhs
        result.add(rhs, -1)
        return result
    }

    /// The expression plus a constant.
    public static func + (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        var result = lhs
        result.constant += rhs
        return result
    }

    /// The expression minus a constant.
    public static func - (lhs: LinearExpression, rhs: Double) -> LinearExpression {
        var result = lhs
        result.constant -= rhs
        return result
    }

    /// Every coefficient and the constant negated.
    public static prefix func - (operand: LinearExpression) -> LinearExpression {
        var result = operand
        for i in result.terms.indices {
            result.terms[i].coefficient = -result.terms[i].coefficient
        }
        result.constant = -result.constant
        return result
    }

    /// Every coefficient and the constant scaled by `lhs`.
    public static func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        var result = rhs
        for i in result.terms.indices {
            result.terms[i].coefficient *= lhs
        }
        result.constant *= lhs
        return result
    }
}

extension Variable {
    /// `1·lhs + 1·rhs`.
    public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [.init(variable: lhs, coefficient: 1), .init(variable: rhs, coefficient: 1)])
    }

    /// `1·lhs - 1·rhs`.
    public static func - (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [.init(variable: lhs, coefficient: 1), .init(variable: rhs, coefficient: -1)])
    }

    /// `coefficient·v`.
    public static func * (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [.init(variable: rhs, coefficient: lhs)])
    }

    /// `1·v + constant`.
    public static func + (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(terms: [.init(variable: lhs, coefficient: 1)], constant: rhs)
    }

    /// `1·v − constant`.
    public static func - (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(terms: [.init(variable: lhs, coefficient: 1)], constant: -rhs)
    }

    /// `1·v` minus the expression.
    public static func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    /// `-1·v`.
    public static prefix func - (operand: Variable) -> LinearExpression {
        LinearExpression(terms: [.init(variable: operand, coefficient: -1)])
    }
}
