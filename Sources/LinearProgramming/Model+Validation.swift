extension Model {
    /// Magnitudes a non-zero coefficient (constraint or objective) may have. GLPK's scaling
    /// divides by geometric means of a row's or column's extremes: 1e-200 (or a subnormal
    /// like 5e-324) and 1e200 make a scale factor of 0 or ∞, and GLPK aborts the process.
    /// Measured with GLPK 5.0: 1e-150 and 1e150 alone still scale, 1e-160 beside 1e160 does
    /// not; 1e±50 leaves a wide margin and is far beyond any model a scenario makes.
    public static let coefficientRange: ClosedRange<Double> = 1e-50...1e50

    /// Everything in the model that GLPK would abort the process on, or that would make the
    /// answer meaningless; an empty array means the model is safe to hand to a solver.
    ///
    /// GLPK reports invalid input by printing and calling `abort()`, which no Swift code
    /// can catch, so every check a GLPK routine makes on our data is repeated here first.
    /// Issues are listed in model order (variables, objective, constraints) so messages are
    /// stable between runs.
    public func validate() -> [ModelIssue] {
        var issues = issuesRecordedWhileBuilding
        let limit = Int(Int32.max) - 1
        if variables.count > limit || constraints.count > limit || numberOfNonzeros > limit {
            issues.append(ModelIssue(kind: .tooLarge,
                message: "model has \(variables.count) variables, \(constraints.count) constraints and \(numberOfNonzeros) non-zeros; GLPK addresses at most \(limit) of each"))
        }
        for variable in variables {
            checkBounds(lower: variable.lowerBound, upper: variable.upperBound,
                        subject: "variable '\(variable.name)'", into: &issues)
            if variable.kind == .integer {
                for (label, bound) in [("lower", variable.lowerBound), ("upper", variable.upperBound)]
                where bound.isFinite && bound.rounded() != bound {
                    issues.append(ModelIssue(kind: .fractionalIntegerBound,
                        message: "integer variable '\(variable.name)' has fractional \(label) bound \(bound)"))
                }
            }
        }
        if !objective.constant.isFinite {
            issues.append(ModelIssue(kind: .nonFiniteConstant,
                message: "objective has non-finite constant \(objective.constant)"))
        }
        checkTerms(of: objective, subject: "objective", into: &issues)
        for constraint in constraints {
            let subject = "constraint '\(constraint.name)'"
            checkTerms(of: constraint.expression, subject: subject, into: &issues)
            checkBounds(lower: constraint.lowerBound, upper: constraint.upperBound, subject: subject, into: &issues)
        }
        checkDuplicates(variables.map(\.name), what: "variable", into: &issues)
        checkDuplicates(constraints.map(\.name), what: "constraint", into: &issues)
        return issues
    }

    /// One issue per name used more than once, in order of first use.
    private func checkDuplicates(_ names: [String], what: String, into issues: inout [ModelIssue]) {
        var seen: [String: Int] = [:]
        seen.reserveCapacity(names.count)
        var reported = Set<String>()
        for (index, name) in names.enumerated() {
            if let first = seen[name] {
                if reported.insert(name).inserted {
                    issues.append(ModelIssue(kind: .duplicateName,
                        message: "\(what) name '\(name)' is used by \(what)s #\(first) and #\(index)"))
                }
            } else {
                seen[name] = index
            }
        }
    }

    private func checkBounds(lower: Double, upper: Double, subject: String, into issues: inout [ModelIssue]) {
        if lower.isNaN || upper.isNaN {
            issues.append(ModelIssue(kind: .notANumberBound,
                message: "\(subject) has a NaN bound (lower \(lower), upper \(upper))"))
            return
        }
        if lower == .infinity {
            issues.append(ModelIssue(kind: .impossibleInfiniteBound,
                message: "\(subject) has lower bound +infinity"))
        }
        if upper == -.infinity {
            issues.append(ModelIssue(kind: .impossibleInfiniteBound,
                message: "\(subject) has upper bound -infinity"))
        }
        if lower > upper && lower != .infinity && upper != -.infinity {
            issues.append(ModelIssue(kind: .crossedBounds,
                message: "\(subject) has lower bound \(lower) greater than upper bound \(upper)"))
        }
    }

    private func checkTerms(of expression: LinearExpression, subject: String, into issues: inout [ModelIssue]) {
        for term in expression.terms {
            guard variables.indices.contains(term.variable.index) else {
                issues.append(ModelIssue(kind: .unknownVariable,
                    message: "\(subject) refers to variable #\(term.variable.index), but the model has \(variables.count) variables"))
                continue
            }
            if !term.coefficient.isFinite {
                issues.append(ModelIssue(kind: .nonFiniteCoefficient,
                    message: "\(subject) has coefficient \(term.coefficient) for variable '\(variables[term.variable.index].name)'"))
            } else if term.coefficient != 0, !Self.coefficientRange.contains(abs(term.coefficient)) {
                issues.append(ModelIssue(kind: .unscalableCoefficient,
                    message: "\(subject) has coefficient \(term.coefficient) for variable '\(variables[term.variable.index].name)', outside what GLPK's scaling takes (magnitude \(Self.coefficientRange.lowerBound)…\(Self.coefficientRange.upperBound))"))
            }
        }
    }
}
