/// Writes a ``Model`` as free MPS for other solvers and for `glpsol --freemps`.
///
/// Names are replaced by generated ASCII identifiers — rows `R1…Rm`, columns `C1…Cn`,
/// objective `OBJ` — because MPS readers split on spaces and GLPK's own writers mangle or
/// truncate names; ``MPSDocument/labels`` maps them back. Output is a pure function of the
/// model, so files diff cleanly between runs.
public struct MPSWriter {
    /// Renders `model`.
    ///
    /// Conventions, chosen for what GLPK 5.0's reader accepts:
    /// - Free MPS has no objective sense GLPK reads (no `OBJSENSE`), so a maximisation is
    ///   written as the minimisation of the negated objective and marked by a
    ///   `* objective negated` comment; the file's optimum is then minus the model's.
    /// - The objective constant is the objective coefficient of an extra column `OBJCONST`
    ///   fixed at 1. Readers disagree on the sign of a right-hand side on the objective row
    ///   (GLPK 5.0 reads it as `+c`, CPLEX and HiGHS as `−c`); a fixed column means the
    ///   same to all of them.
    /// - Every column gets explicit bounds, because readers take an integer column without
    ///   bounds to be binary.
    /// - A row with two finite, different bounds is a `G` row at its lower bound with a
    ///   range of `upper − lower`; a row with no finite bound is an extra `N` row (which
    ///   glpsol drops, as it constrains nothing).
    ///
    /// The model is validated as ``GLPKSolver`` validates it (a NaN would be written into the
    /// file, a foreign variable would trap): an invalid model throws
    /// ``SolverError/invalidModel(_:)``.
    public static func write(_ model: Model) throws(SolverError) -> MPSDocument {
        let issues = model.validate()
        guard issues.isEmpty else { throw .invalidModel(issues) }
        let negate = model.sense == .maximize
        let objectiveFactor = negate ? -1.0 : 1.0
        var lines: [String] = []
        if negate {
            lines.append("* objective negated: the model maximises; this file minimises -objective")
        }
        let constant = model.objective.constant * objectiveFactor
        if constant != 0 {
            lines.append("* column OBJCONST is fixed at 1 and carries the objective constant")
        }
        lines.append("NAME \(identifier(from: model.name))")

        lines.append("ROWS")
        lines.append(" N OBJ")
        for (i, row) in model.constraints.enumerated() {
            lines.append(" \(rowType(row)) R\(i + 1)")
        }

        // Column-major entries, rows in increasing order within each column.
        var objectiveCoefficient = [Double](repeating: 0, count: model.variables.count)
        for term in model.objective.terms {
            objectiveCoefficient[term.variable.index] = term.coefficient * objectiveFactor
        }
        var columnEntries = [[(row: Int, value: Double)]](repeating: [], count: model.variables.count)
        for (i, row) in model.constraints.enumerated() {
            for term in row.expression.terms {
                columnEntries[term.variable.index].append((i, term.coefficient))
            }
        }
        lines.append("COLUMNS")
        var insideIntegerBlock = false
        var markerCount = 0
        for (j, variable) in model.variables.enumerated() {
            let isInteger = variable.kind == .integer
            if isInteger != insideIntegerBlock {
                markerCount += 1
                lines.append(" M\(markerCount) 'MARKER' '\(isInteger ? "INTORG" : "INTEND")'")
                insideIntegerBlock = isInteger
            }
            let column = "C\(j + 1)"
            // A column must appear at least once to exist for the reader.
            if objectiveCoefficient[j] != 0 || columnEntries[j].isEmpty {
                lines.append(" \(column) OBJ \(number(objectiveCoefficient[j]))")
            }
            for entry in columnEntries[j] {
                lines.append(" \(column) R\(entry.row + 1) \(number(entry.value))")
            }
        }
        if insideIntegerBlock {
            markerCount += 1
            lines.append(" M\(markerCount) 'MARKER' 'INTEND'")
        }
        if constant != 0 {
            lines.append(" OBJCONST OBJ \(number(constant))")
        }

        lines.append("RHS")
        for (i, row) in model.constraints.enumerated() {
            let rhs = rightHandSide(row)
            if rhs != 0 { lines.append(" RHS R\(i + 1) \(number(rhs))") }
        }

        let ranged = model.constraints.enumerated().filter { isRange($0.element) }
        if !ranged.isEmpty {
            lines.append("RANGES")
            for (i, row) in ranged {
                lines.append(" RNG R\(i + 1) \(number(row.upperBound - row.lowerBound))")
            }
        }

        lines.append("BOUNDS")
        for (j, variable) in model.variables.enumerated() {
            let column = "C\(j + 1)"
            let (lower, upper) = (variable.lowerBound, variable.upperBound)
            switch (lower.isFinite, upper.isFinite) {
            case (false, false):
                lines.append(" FR BND \(column)")
            case (false, true):
                lines.append(" MI BND \(column)")
                lines.append(" UP BND \(column) \(number(upper))")
            case (true, false):
                lines.append(" LO BND \(column) \(number(lower))")
                lines.append(" PL BND \(column)")
            case (true, true) where lower == upper:
                lines.append(" FX BND \(column) \(number(lower))")
            case (true, true):
                lines.append(" LO BND \(column) \(number(lower))")
                lines.append(" UP BND \(column) \(number(upper))")
            }
        }
        if constant != 0 {
            lines.append(" FX BND OBJCONST 1")
        }
        lines.append("ENDATA")

        var labels = [MPSDocument.Label(identifier: "OBJ", name: "objective")]
        for (i, row) in model.constraints.enumerated() {
            labels.append(.init(identifier: "R\(i + 1)", name: row.name))
        }
        for (j, variable) in model.variables.enumerated() {
            labels.append(.init(identifier: "C\(j + 1)", name: variable.name))
        }
        if constant != 0 {
            labels.append(.init(identifier: "OBJCONST", name: "objective constant"))
        }
        return MPSDocument(text: lines.joined(separator: "\n") + "\n", labels: labels)
    }

    private static func isRange(_ row: Constraint) -> Bool {
        row.lowerBound.isFinite && row.upperBound.isFinite && row.lowerBound != row.upperBound
    }

    private static func rowType(_ row: Constraint) -> String {
        switch (row.lowerBound.isFinite, row.upperBound.isFinite) {
        case (false, false): "N"
        case (false, true): "L"
        case (true, false): "G"
        case (true, true): row.lowerBound == row.upperBound ? "E" : "G"
        }
    }

    private static func rightHandSide(_ row: Constraint) -> Double {
        if row.lowerBound.isFinite { return row.lowerBound }
        if row.upperBound.isFinite { return row.upperBound }
        return 0
    }

    /// Shortest text that reads back to the same Double; whole numbers without `.0`.
    static func number(_ value: Double) -> String {
        if value == 0 { return "0" }  // also turns -0 into 0
        if value.rounded() == value && abs(value) < 1e15 { return String(Int64(value)) }
        return value.description
    }

    /// The model name reduced to characters every MPS reader accepts in the NAME field.
    private static func identifier(from name: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
        let cleaned = String(name.prefix(64).map { allowed.contains($0) ? $0 : "_" })
        return cleaned.isEmpty ? "model" : cleaned
    }
}
