import Testing
import LinearProgramming

/// Each model here would make GLPK abort the test process if it reached GLPK, so a test
/// that gets `.invalidModel` back also proves the solver validated first.
@Suite("Model validation")
struct ValidationTests {
    /// Validates and solves; returns the messages and checks the solver throws exactly them.
    func issues(_ model: Model) -> [String] {
        let issues = model.validate()
        #expect(throws: SolverError.invalidModel(issues)) {
            try GLPKSolver().solve(model, options: SolverOptions())
        }
        // The MPS writer validates the same way (a NaN would be written into the file).
        #expect(throws: SolverError.invalidModel(issues)) { try MPSWriter.write(model) }
        return issues.map(\.description)
    }

    @Test("a valid model has no issues")
    func valid() {
        var model = Model()
        let x = model.addVariable(name: "x", kind: .integer, lowerBound: -.infinity, upperBound: 3)
        model.addConstraint(LinearExpression(x), .lessOrEqual, .infinity, name: "unlimited")
        model.addConstraint(LinearExpression(x), .greaterOrEqual, -.infinity, name: "unlimited too")
        #expect(model.validate().isEmpty)
    }

    @Test("non-finite coefficients")
    func coefficients() {
        var model = Model()
        let x = model.addVariable(name: "x")
        model.addConstraint(Double.nan * x, .lessOrEqual, 1, name: "c")
        model.setObjective(Double.infinity * x)
        #expect(issues(model) == [
            "objective has coefficient inf for variable 'x'",
            "constraint 'c' has coefficient nan for variable 'x'",
        ])
    }

    @Test("non-finite constants")
    func constants() {
        var model = Model()
        let x = model.addVariable(name: "x")
        model.addConstraint(x + .infinity, .greaterOrEqual, 1, name: "c")
        model.setObjective(x + .nan)
        #expect(issues(model) == [
            "constraint 'c' has non-finite constant inf",
            "objective has non-finite constant nan",
        ])
    }

    @Test("NaN bounds and right-hand sides")
    func notANumber() {
        var model = Model()
        let x = model.addVariable(name: "x", lowerBound: .nan, upperBound: 1)
        model.addConstraint(LinearExpression(x), .lessOrEqual, .nan, name: "c")
        #expect(issues(model) == [
            "variable 'x' has a NaN bound (lower nan, upper 1.0)",
            "constraint 'c' has a NaN bound (lower -inf, upper nan)",
        ])
    }

    @Test("crossed bounds on variables and range rows")
    func crossed() {
        var model = Model()
        let x = model.addVariable(name: "x", lowerBound: 5, upperBound: 3)
        model.addConstraint(name: "r", lowerBound: 4, LinearExpression(x), upperBound: 2)
        #expect(issues(model) == [
            "variable 'x' has lower bound 5.0 greater than upper bound 3.0",
            "constraint 'r' has lower bound 4.0 greater than upper bound 2.0",
        ])
    }

    @Test("impossible infinite bounds")
    func impossibleInfinities() {
        var model = Model()
        let x = model.addVariable(name: "x", lowerBound: .infinity, upperBound: .infinity)
        model.addVariable(name: "y", lowerBound: -.infinity, upperBound: -.infinity)
        model.addConstraint(LinearExpression(x), .lessOrEqual, -.infinity, name: "below everything")
        model.addConstraint(LinearExpression(x), .equal, .infinity, name: "equals infinity")
        #expect(issues(model) == [
            "variable 'x' has lower bound +infinity",
            "variable 'y' has upper bound -infinity",
            "constraint 'below everything' has upper bound -infinity",
            "constraint 'equals infinity' has lower bound +infinity",
        ])
    }

    @Test("fractional bounds on an integer variable")
    func fractionalIntegerBounds() {
        var model = Model()
        model.addVariable(name: "n", kind: .integer, lowerBound: 0.5, upperBound: 2.5)
        model.addVariable(name: "fine", kind: .continuous, lowerBound: 0.5, upperBound: 2.5)
        #expect(issues(model) == [
            "integer variable 'n' has fractional lower bound 0.5",
            "integer variable 'n' has fractional upper bound 2.5",
        ])
    }

    @Test("variables from another model")
    func foreignVariables() {
        var other = Model()
        _ = other.addVariable(name: "a")
        let foreign = other.addVariable(name: "b")
        var model = Model()
        model.addVariable(name: "x")
        model.addConstraint(LinearExpression(foreign), .lessOrEqual, 1, name: "c")
        model.setObjective(LinearExpression(foreign))
        model.setBounds(foreign, lower: 0, upper: 1)
        #expect(issues(model) == [
            "setBounds refers to variable #1, but the model has 1 variables",
            "objective refers to variable #1, but the model has 1 variables",
            "constraint 'c' refers to variable #1, but the model has 1 variables",
        ])
        #expect(model.validate().map(\.kind) == [.unknownVariable, .unknownVariable, .unknownVariable])
    }

    /// Each of these aborted the process inside GLPK's scaling ("invalid scale factor"),
    /// checked with GLPK 5.0; the ends of ``Model/coefficientRange`` are accepted.
    @Test("coefficients GLPK's scaling cannot take")
    func unscalable() throws {
        var model = Model()
        let x = model.addVariable(name: "x", upperBound: 10)
        let y = model.addVariable(name: "y", upperBound: 10)
        model.addConstraint(5e-324 * x + 1 * y, .lessOrEqual, 1, name: "subnormal")
        model.addConstraint(1e-320 * x, .lessOrEqual, 1, name: "tiny")
        model.addConstraint(1e200 * x - 1e-200 * y, .lessOrEqual, 1, name: "huge")
        model.setObjective(1e-51 * x)
        #expect(issues(model) == [
            "objective has coefficient 1e-51 for variable 'x', outside what GLPK's scaling takes (magnitude 1e-50…1e+50)",
            "constraint 'subnormal' has coefficient 5e-324 for variable 'x', outside what GLPK's scaling takes (magnitude 1e-50…1e+50)",
            "constraint 'tiny' has coefficient 1e-320 for variable 'x', outside what GLPK's scaling takes (magnitude 1e-50…1e+50)",
            "constraint 'huge' has coefficient 1e+200 for variable 'x', outside what GLPK's scaling takes (magnitude 1e-50…1e+50)",
            "constraint 'huge' has coefficient -1e-200 for variable 'y', outside what GLPK's scaling takes (magnitude 1e-50…1e+50)",
        ])
        #expect(model.validate().allSatisfy { $0.kind == .unscalableCoefficient })

        var edge = Model()
        let a = edge.addVariable(name: "a", upperBound: 10)
        let b = edge.addVariable(name: "b", upperBound: 10)
        edge.addConstraint(1e-50 * a, .lessOrEqual, 5e-50, name: "small")
        edge.addConstraint(1e50 * b, .lessOrEqual, 3e50, name: "large")
        edge.setObjective(a + b, sense: .maximize)
        #expect(edge.validate().isEmpty)
        let solution = try GLPKSolver().solve(edge, options: SolverOptions(presolve: false))
        #expect(solution.status == .optimal)
        #expect(abs(solution.objectiveValue - 8) < 1e-9, "a = 5, b = 3")
    }

    @Test("duplicate variable and constraint names")
    func duplicateNames() {
        var model = Model()
        let x = model.addVariable(name: "x")
        let y = model.addVariable(name: "x")
        model.addVariable(name: "x")
        model.addConstraint(x + y, .lessOrEqual, 1, name: "cap")
        model.addConstraint(LinearExpression(x), .lessOrEqual, 1, name: "cap")
        #expect(issues(model) == [
            "variable name 'x' is used by variables #0 and #1",
            "constraint name 'cap' is used by constraints #0 and #1",
        ])
        #expect(model.validate().map(\.kind) == [.duplicateName, .duplicateName])
    }
}
