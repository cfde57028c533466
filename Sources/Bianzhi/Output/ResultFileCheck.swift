import Foundation

/// Validates a result file before `report` and `diff` use it, the way scenarios are
/// validated: every problem with its field path, the value and a fix. A hand-edited file with
/// a negative quota, a unit listed twice or a status "banana" is refused instead of being
/// summed into a report or a diff.
enum ResultFileCheck {
    /// Whole-number fields, by path with list indices written `[]`. Foundation's decoder
    /// reports a fraction in one of these as "not valid JSON" without a path, so they are
    /// checked on the parsed tree first. (A test proves the list matches ``SolveResult``.)
    static let wholeNumberPaths: Set<String> = {
        var paths: Set<String> = ["formatVersion", "scenario.horizonYears"]
        let groups: [(String, [String])] = [
            ("units[]", ["quota", "headcount", "attrition", "newQuota", "change", "lowerBound", "upperBound", "departuresRelied", "minQuota", "maxQuota"]),
            ("units[].staffing", ["vacancyBefore", "vacancyAfter", "overQuotaBefore", "overQuotaAfter"]),
            ("totals.staffing", ["vacancyBefore", "vacancyAfter", "overQuotaBefore", "overQuotaAfter"]),
            ("pools[].staffing", ["vacancyBefore", "vacancyAfter", "overQuotaBefore", "overQuotaAfter"]),
            ("staffing[].staffing", ["vacancyBefore", "vacancyAfter", "overQuotaBefore", "overQuotaAfter"]),
            ("staffing[]", ["units", "headcount", "quotaBefore", "quotaAfter"]),
            ("pools[]", ["currentTotal", "total", "allocated", "reserveHeld", "cancelled", "sent", "received", "units"]),
            ("channels[]", ["cap", "amount"]),
            ("shareFloors[]", ["required", "before", "after", "short"]),
            ("priorityClasses[]", ["units"]),
            ("transfers[]", ["amount"]),
            ("totals", ["unitsChanged", "gained", "cut", "reserveHeld", "cancelled", "departuresRelied"]),
            ("totals.byKind[]", ["before", "after"]),
            ("statistics", ["units", "pools", "blocks", "rows", "columns", "integerColumns", "nonzeros", "threads"]),
        ]
        for (prefix, keys) in groups { for key in keys { paths.insert(prefix + "." + key) } }
        return paths
    }()

    /// Statuses `solve` writes.
    static let statuses = ["optimal", "feasible", "infeasible", "noSolution", "failed"]

    /// At most this many problems are listed (a file can be wrong everywhere).
    static let diagnosticLimit = 20

    /// A problem of the file (catalogue entries; the field path and the value are the file's).
    static func problem(_ field: String, value: String? = nil, _ message: ResultReadProblem, fix: DiagnosticFix = .resultFile(.useSolvedResult)) -> Diagnostic {
        Diagnostic(.error, at: nil, field: field, value: value, message: .resultFile(message), fix: fix)
    }

    /// What a file held.
    enum Outcome {
        /// A valid result.
        case result(SolveResult)
        /// Every problem found (at most ``diagnosticLimit``).
        case problems([Diagnostic])
    }

    /// The result in `data`, or every problem found.
    static func decode(_ data: Data) -> Outcome {
        guard let tree = try? JSONSerialization.jsonObject(with: data) else {
            return .problems([problem("", .notJSON)])
        }
        guard tree is [String: Any] else {
            return .problems([problem("", .notAnObject)])
        }
        // The version first, so a file of another version is refused for that reason rather
        // than for the fields it lacks.
        if let version = (tree as? [String: Any])?["formatVersion"] as? NSNumber, !(version is Bool),
           version.doubleValue != Double(SolveResult.currentFormatVersion) {
            return .problems([problem(
                "formatVersion", value: version.stringValue,
                .formatVersion(expected: SolveResult.currentFormatVersion), fix: .resultFile(.solveAgainWithThisVersion))])
        }
        var problems: [Diagnostic] = []
        checkWholeNumbers(tree, path: "", pattern: "", into: &problems)
        if !problems.isEmpty { return .problems(Array(problems.prefix(diagnosticLimit))) }
        let result: SolveResult
        do {
            result = try JSONDecoder().decode(SolveResult.self, from: data)
        } catch let error as DecodingError {
            return .problems([diagnostic(error)])
        } catch {
            return .problems([problem("", .notAResult)])
        }
        guard result.formatVersion == SolveResult.currentFormatVersion else {
            return .problems([problem(
                "formatVersion", value: String(result.formatVersion),
                .formatVersion(expected: SolveResult.currentFormatVersion), fix: .resultFile(.solveAgainWithThisVersion))])
        }
        problems = meaningProblems(result)
        return problems.isEmpty ? .result(result) : .problems(Array(problems.prefix(diagnosticLimit)))
    }

    /// Numbers at whole-number paths that are fractions or beyond ±2^53.
    private static func checkWholeNumbers(_ node: Any, path: String, pattern: String, into problems: inout [Diagnostic]) {
        guard problems.count < diagnosticLimit else { return }
        if let object = node as? [String: Any] {
            for key in object.keys.sorted() {
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                let childPattern = pattern.isEmpty ? key : "\(pattern).\(key)"
                checkWholeNumbers(object[key]!, path: childPath, pattern: childPattern, into: &problems)
            }
        } else if let array = node as? [Any] {
            for (i, item) in array.enumerated() {
                checkWholeNumbers(item, path: "\(path)[\(i)]", pattern: "\(pattern)[]", into: &problems)
            }
        } else if let number = node as? NSNumber, !(node is Bool), wholeNumberPaths.contains(pattern) {
            let value = number.doubleValue
            if !(value.isFinite && value.rounded() == value) {
                problems.append(problem(path, value: number.stringValue, .notWhole))
            } else if abs(value) > 9_007_199_254_740_992 {
                problems.append(problem(path, value: number.stringValue, .beyondAnyFigure))
            }
        }
    }

    /// A decoding error as a located diagnostic.
    private static func diagnostic(_ error: DecodingError) -> Diagnostic {
        func path(_ codingPath: [any CodingKey]) -> String {
            var text = ""
            for key in codingPath {
                if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return text
        }
        func expected(_ type: Any.Type) -> ResultValueKind {
            switch type {
            case is Int.Type: return .wholeNumber
            case is Double.Type: return .number
            case is String.Type: return .text
            case is Bool.Type: return .trueOrFalse
            default: return .listOrObject
            }
        }
        switch error {
        case .typeMismatch(let type, let context):
            return problem(path(context.codingPath), .mustBe(expected(type), notNull: false))
        case .valueNotFound(let type, let context):
            return problem(path(context.codingPath), .mustBe(expected(type), notNull: true))
        case .keyNotFound(let key, let context):
            return problem(path(context.codingPath + [key]), .requiredKeyMissing)
        case .dataCorrupted(let context):
            return problem(path(context.codingPath), .unknownValue)
        @unknown default:
            return problem("", .notAResult)
        }
    }

    /// What decodes but no solve writes.
    static func meaningProblems(_ r: SolveResult) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func add(_ field: String, _ value: String, _ message: ResultReadProblem) {
            if problems.count < diagnosticLimit { problems.append(problem(field, value: value, message)) }
        }
        if !statuses.contains(r.status) {
            add("status", r.status, .unknownStatus(known: statuses))
        }
        // Names reach terminals (diff's text, report's summary): no control characters.
        func checkText(_ field: String, _ text: String) {
            if text.unicodeScalars.contains(where: SafeText.isUnsafe) { add(field, text, .controlCharacter) }
        }
        checkText("scenario.name", r.scenario.name)
        for (i, k) in r.scenario.kinds.enumerated() { checkText("scenario.kinds[\(i)].name", k.name) }
        for (i, g) in r.scenario.regions.enumerated() { checkText("scenario.regions[\(i)].name", g.name) }
        for (i, u) in r.units.enumerated() {
            for (key, text) in [("id", u.id), ("name", u.name), ("department", u.department), ("region", u.region), ("kind", u.kind), ("pool", u.pool)] + u.tags.map({ ("tags", $0) }) {
                checkText("units[\(i)].\(key)", text)
            }
        }
        for (i, t) in r.transfers.enumerated() {
            for (key, text) in [("from", t.from), ("fromName", t.fromName), ("to", t.to), ("toName", t.toName)] { checkText("transfers[\(i)].\(key)", text) }
        }
        let unitLimit = ScalarParsing.maximum, sumLimit = 1_000_000_000_000_000
        var firstIndex: [String: Int] = [:]
        for (i, u) in r.units.enumerated() {
            let path = "units[\(i)]"
            if let j = firstIndex[u.id] {
                add("\(path).id", u.id, .unitListedTwice(firstIndex: j))
            } else {
                firstIndex[u.id] = i
            }
            let figures = [("quota", u.quota), ("headcount", u.headcount), ("attrition", u.attrition), ("newQuota", u.newQuota), ("lowerBound", u.lowerBound), ("upperBound", u.upperBound),
                           ("departuresRelied", u.departuresRelied), ("staffing.vacancyBefore", u.staffing.vacancyBefore), ("staffing.vacancyAfter", u.staffing.vacancyAfter),
                           ("staffing.overQuotaBefore", u.staffing.overQuotaBefore), ("staffing.overQuotaAfter", u.staffing.overQuotaAfter)]
                + [("minQuota", u.minQuota), ("maxQuota", u.maxQuota)].compactMap { key, value in value.map { (key, $0) } }
            for (key, value) in figures where value < 0 || value > unitLimit {
                add("\(path).\(key)", String(value), .wholeNumberRange(lower: 0, upper: unitLimit))
            }
            if abs(u.change) > unitLimit || u.change != u.newQuota - u.quota {
                add("\(path).change", String(u.change), .changeMismatch(newQuota: u.newQuota, quota: u.quota))
            }
            if let need = u.need, !(need >= 0 && need <= Double(unitLimit)) {
                add("\(path).need", "\(need)", .numberRange(upper: unitLimit))
            }
        }
        for (i, t) in r.transfers.enumerated() where t.amount < 1 || t.amount > unitLimit {
            add("transfers[\(i)].amount", String(t.amount), .wholeNumberRange(lower: 1, upper: unitLimit))
        }
        for (i, c) in r.channels.enumerated() {
            for (key, value) in [("cap", c.cap), ("amount", c.amount)] where value < 0 || value > unitLimit {
                add("channels[\(i)].\(key)", String(value), .wholeNumberRange(lower: 0, upper: unitLimit))
            }
        }
        for (i, p) in r.pools.enumerated() {
            let figures = [("currentTotal", p.currentTotal), ("total", p.total), ("allocated", p.allocated), ("reserveHeld", p.reserveHeld), ("cancelled", p.cancelled), ("sent", p.sent), ("received", p.received), ("units", p.units)]
            for (key, value) in figures where value < 0 || value > sumLimit {
                add("pools[\(i)].\(key)", String(value), .wholeNumberRange(lower: 0, upper: sumLimit))
            }
        }
        let aggregates = r.shareFloors.flatMap { [$0.required, $0.before, $0.after, $0.short] }
            + r.totals.byKind.flatMap { [$0.before, $0.after] }
            + [r.totals.unitsChanged, r.totals.gained, r.totals.cut, r.totals.reserveHeld, r.totals.cancelled, r.totals.departuresRelied]
            + [r.totals.staffing.vacancyBefore, r.totals.staffing.vacancyAfter, r.totals.staffing.overQuotaBefore, r.totals.staffing.overQuotaAfter]
        if aggregates.contains(where: { $0 < -sumLimit || $0 > sumLimit }) {
            add("totals", "", .totalBeyond(limit: sumLimit))
        }
        yearProblems(r, add)
        return problems
    }
}
