import Foundation

/// The text of an explanation, for people; JSON for machines comes from `Codable`.
public struct ExplanationRenderer: Sendable {
    /// The explanation to print.
    public var explanation: Explanation
    /// The language of the frame (headings, headers, notes); the explanation's own sentences
    /// are as Explain/ built them.
    public var language: Language

    /// Creates a renderer.
    public init(_ explanation: Explanation, language: Language = .en) {
        self.explanation = explanation
        self.language = language
    }

    private func say(_ text: ExplainText) -> String { text.text(language) }
    /// The full stop after a sentence the explanation built (in its own language).
    private var stop: String { language == .zh ? "。" : "." }
    private func headers(_ columns: [ExplainColumn]) -> [String] { columns.map { $0.text(language) } }

    /// The explanation as JSON (sorted keys, pretty), ending in a newline.
    public static func json(_ explanation: Explanation) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(explanation)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The text; `showingScenario: false` leaves out the first line, the scenario's name (for
    /// `solve`, whose summary above has already printed it).
    public func render(showingScenario: Bool = true) -> String {
        let e = explanation
        var out = showingScenario ? "\(e.scenario)\n" : ""
        if e.feasible {
            out += say(.allocationExists(objective: NumberFormat.plain(e.objective ?? 0))) + "\n"
            out += renderFeasible()
        } else {
            out += say(.noAllocation) + "\n"
            out += renderInfeasible()
        }
        if let unit = e.unit { out += "\n" + renderUnit(unit) }
        return out
    }

    func renderInfeasible() -> String {
        let e = explanation
        var out = ""
        if !e.checks.isEmpty {
            out += "\n" + say(.checksFail(count: e.checks.count)) + "\n"
            for check in e.checks {
                out += "  ✗ \(check.message)\(stop)\n"
                if !check.units.isEmpty {
                    let listed = check.units.map { u in
                        "\(u.name) \(u.amount)" + (u.rule.map { language == .zh ? "（\($0.text(language))）" : " (\($0.text(language)))" } ?? "")
                    }
                    out += say(.units(listed.joined(separator: language == .zh ? "，" : ", "))) + "\n"
                }
                out += say(.fix(check.fix)) + "\n"
            }
        }
        if e.conflicts.count > 1 {
            // Conflicts that share a rule group (in one block) can have the same way out.
            let sets = e.conflicts.map { Set($0.groups) }
            let disjoint = sets.indices.allSatisfy { i in sets.indices.allSatisfy { j in i == j || sets[i].isDisjoint(with: sets[j]) } }
            out += "\n" + say(disjoint ? .severalConflicts : .conflictsShareRules) + "\n"
        }
        for (k, conflict) in e.conflicts.enumerated() {
            let pools = conflict.pools.map(\.description).joined(separator: ", ")
            out += "\n" + say(.conflictHeading(number: k + 1, count: e.conflicts.count, block: conflict.block + 1, pools: pools)) + "\n"
            if conflict.groups.count > 1 {
                out += "  " + say(.groupsCannotHold(count: conflict.groups.count)) + "\n"
                for group in conflict.groups { out += "  - \(group.name)\n" }
            } else {
                out += "  \(conflict.message)\(stop)\n"
            }
            let mine = e.waysOut.filter { $0.conflict == k }
            let rules = mine.filter { !$0.changesTotals }
            if !rules.isEmpty {
                out += "  " + say(.waysOutOfConflict) + "\n"
                for (i, way) in rules.enumerated() {
                    if way.relax.count == 1 {
                        out += "    \(i + 1). \(way.relax[0].advice)\(stop)\n"
                    } else {
                        out += "    \(i + 1). " + say(.together(quotas: way.quotas)) + "\n"
                        for r in way.relax { out += "       - \(r.advice)\n" }
                    }
                }
            }
            for way in mine.filter(\.changesTotals) {
                out += "  " + say(.outsideRules(way.relax.map(\.advice).joined(separator: language == .zh ? "；" : "; "))) + "\n"
            }
        }
        if e.waysOut.isEmpty && e.checks.isEmpty {
            out += "\n" + say(.noWayFound) + "\n"
        }
        return out
    }

    func renderFeasible() -> String {
        let e = explanation
        var out = ""
        if !e.poolValues.isEmpty {
            out += "\n" + say(.poolValues) + "\n"
            var table = TextTable(headers: headers([.pool, .total, .objective, .where_, .estimate]),
                                  alignments: [.left, .right, .right, .left, .left], maximumCellWidth: Self.whereWidth)
            for v in e.poolValues { appendRows(&table, name: v.name, plusOne: v.plusOne, minusOne: v.minusOne, dual: v.dual, showInterval: true) }
            out += table.render()
            var notes = [say(.poolTotalNote), say(.poolDualNote)]
            if let note = e.poolValuesNote { notes.append(say(.measured(note))) }
            for note in notes { out += Self.wrap(note, width: Self.width, indent: "  ") }
        }
        if !e.channelValues.isEmpty {
            out += "\n" + say(.channelValues) + "\n"
            var table = TextTable(headers: headers([.channel, .flowCap, .cap, .objective, .where_, .channelEstimate]),
                                  alignments: [.left, .right, .right, .right, .left, .left], maximumCellWidth: Self.whereWidth - 6)
            for v in e.channelValues {
                appendRows(&table, name: v.channel, prefix: ["\(v.flow)/\(v.cap)"], plusOne: v.plusOne, minusOne: v.minusOne,
                                dual: v.reducedCost, showInterval: v.flow == v.cap)
            }
            out += table.render()
            out += Self.wrap(say(.channelNote), width: Self.width, indent: "  ")
        }
        if !e.bindingFloors.isEmpty {
            out += "\n" + say(.floorsMetExactly) + "\n"
            for f in e.bindingFloors {
                out += Self.wrap(say(.floorLine(name: f.name, held: f.held, required: f.required, dual: NumberFormat.plain(f.dual), meaning: f.meaning)),
                                 width: Self.width, indent: "  ", continuation: "    ")
            }
        }
        if e.bindingRules.isEmpty { out += "\n" + say(.rulesThatBind) + "\n" + say(.noBindingRule) + "\n" }
        for (binding, heading) in [(true, ExplainText.rulesThatBind), (false, .atBoundNotBinding), (nil, .atBoundUnchecked)] as [(Bool?, ExplainText)] {
            let rules = e.bindingRules.filter { $0.binding == binding }
            guard !rules.isEmpty else { continue }
            out += "\n" + say(heading) + "\n"
            for rule in rules { out += Self.wrap(rule.message, width: Self.width, indent: "  ", continuation: "    ") }
        }
        return out
    }

    /// Widest line of the text (notes wrap to it; tables stay within it for usual names).
    static let width = 96
    /// Widest "Where" cell.
    static let whereWidth = 34

    /// One or two rows per pool or channel: +1 then −1, the LP value on the first row and the
    /// interval of the measured differences on the second.
    func appendRows(
        _ table: inout TextTable, name: String, prefix: [String] = [], plusOne: MarginalEffect?, minusOne: MarginalEffect?,
        dual: Double, showInterval: Bool
    ) {
        let blank = prefix.map { _ in "" }
        guard plusOne != nil || minusOne != nil else {
            table.append([name] + prefix + ["", "", say(.notMeasured), NumberFormat.plain(dual)])
            return
        }
        let left = minusOne?.objectiveChange.map { DualAnalysis.clean(-$0) }, right = plusOne?.objectiveChange
        var interval = ""
        if showInterval, let inside = MarginalEffect.within(dual, (left, right)) {
            interval = say(.interval(inside: inside, left: left.map { NumberFormat.plain($0) } ?? "-∞", right: right.map { NumberFormat.plain($0) } ?? "+∞"))
        }
        var first = true
        for effect in [plusOne, minusOne].compactMap({ $0 }) {
            let change = effect.objectiveChange.map { NumberFormat.signed($0) } ?? "—"
            // A measured effect is worded from its shifts in the renderer's language.
            let summary = effect.objectiveChange == nil ? effect.summary : ShiftSummary.of(effect.shifts).text(language)
            table.append((first ? [name] + prefix : [""] + blank) + [
                effect.delta > 0 ? "+1" : "-1", change, summary, first ? NumberFormat.plain(dual) : interval,
            ])
            first = false
        }
    }

    /// Words wrapped to `width` display columns, every line indented.
    static func wrap(_ text: String, width: Int, indent: String, continuation: String? = nil) -> String {
        var lines: [String] = [], line = ""
        // A number stays with the word before it ("西河乡卫生院 11" is one item of a list).
        var words: [String] = []
        for word in text.split(separator: " ").map(String.init) {
            if let first = word.first, first.isNumber, let last = words.last, !last.hasSuffix(",") && !last.hasSuffix(":") {
                words[words.count - 1] = last + " " + word
            } else {
                words.append(word)
            }
        }
        // A word wider than a line (Chinese is written without spaces) breaks between its
        // Chinese characters; the pieces join without a space.
        let room = width - DisplayWidth.of(continuation ?? indent)
        var tokens: [(text: String, spaced: Bool)] = []
        for word in words {
            let pieces = DisplayWidth.of(word) > room ? Self.cjkPieces(word) : [word]
            tokens.append((pieces[0], true))
            tokens.append(contentsOf: pieces.dropFirst().map { ($0, false) })
        }
        for token in tokens {
            let candidate = line.isEmpty ? indent + token.text : line + (token.spaced ? " " : "") + token.text
            if !line.isEmpty, DisplayWidth.of(candidate) > width {
                lines.append(line)
                line = (continuation ?? indent) + token.text
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { $0 + "\n" }.joined()
    }

    /// A word cut before each Chinese character, punctuation kept with the character before
    /// it (a line never starts with `，` or `）`) and other runs kept whole.
    static func cjkPieces(_ word: String) -> [String] {
        func isHan(_ c: Character) -> Bool {
            c.unicodeScalars.first.map { (0x3400...0x4DBF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) } ?? false
        }
        func opens(_ c: Character?) -> Bool { c.map { "（“《【".contains($0) } ?? false }
        var pieces: [String] = []
        for character in word {
            let startsPiece = pieces.isEmpty || ((isHan(character) || opens(character)) && !opens(pieces[pieces.count - 1].last))
            if startsPiece { pieces.append(String(character)) } else { pieces[pieces.count - 1].append(character) }
        }
        return pieces
    }

    func renderUnit(_ u: UnitExplanation) -> String {
        var out = say(.unitHeading(name: u.name, id: u.id, pool: u.poolName)) + "\n"
        out += say(.unitFigures(quota: u.quota, headcount: u.headcount, attrition: u.attrition, need: u.need.map { NumberFormat.plain($0) })) + "\n"
        if let basis = u.needBasis { out += "  " + StandardText.needFrom.text(language) + basis.text(language) + "\n" }
        if let years = u.years {
            let steps = years.enumerated().map { t, y in
                YearText.unitStep(year: t + 1, quota: y.quota, peopleInPost: y.peopleInPost, recruitment: y.recruitmentCeiling).text(language)
            }
            out += YearText.unitPath(steps: steps.joined(separator: language == .zh ? "；" : "; ")).text(language) + "\n"
            out += "  " + YearText.explainedAsOneRound(years: years.count).text(language) + "\n"
        }
        out += say(.bounds(lower: u.lower, upper: u.upper, lowerDetail: u.lowerDetail, upperDetail: u.upperDetail)) + "\n"
        if let x = u.newQuota {
            let short = u.shortfall.flatMap { $0 > 0 ? NumberFormat.plain($0) : nil }
            let above = u.excess.flatMap { $0 > 0 ? NumberFormat.plain($0) : nil }
            out += say(.newQuota(quota: x, change: NumberFormat.signed(x - u.quota), short: short, above: above)) + "\n"
        }
        out += say(.why) + "\n"
        for reason in u.reasons { out += "  - \(reason)\n" }
        if !u.whatIf.isEmpty {
            out += say(.whatIf) + "\n"
            for w in u.whatIf { out += "  - \(w.message)\n" }
        }
        return out
    }
}
