import Foundation

/// The text of an explanation, for people; JSON for machines comes from `Codable`.
public struct ExplanationRenderer: Sendable {
    /// The explanation to print.
    public var explanation: Explanation

    /// Creates a renderer.
    public init(_ explanation: Explanation) {
        self.explanation = explanation
    }

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
            out += "An allocation exists (objective \(NumberFormat.plain(e.objective ?? 0))).\n"
            out += renderFeasible()
        } else {
            out += "No allocation exists: the rules cannot all hold (无可行方案).\n"
            out += renderInfeasible()
        }
        if let unit = e.unit { out += "\n" + renderUnit(unit) }
        return out
    }

    func renderInfeasible() -> String {
        let e = explanation
        var out = ""
        if !e.checks.isEmpty {
            out += "\nExact checks that fail (\(e.checks.count)):\n"
            for check in e.checks {
                out += "  ✗ \(check.message).\n"
                if !check.units.isEmpty {
                    out += "    Units: \(check.units.map { "\($0.name) \($0.amount)\($0.rule.map { " (\($0.englishDescription))" } ?? "")" }.joined(separator: ", "))\n"
                }
                out += "    Fix: \(check.fix)\n"
            }
        }
        if e.conflicts.count > 1 { out += "\n" + RuleWords.severalConflicts + "\n" }
        for (k, conflict) in e.conflicts.enumerated() {
            let pools = conflict.pools.joined(separator: ", ")
            out += "\n" + RuleWords.conflictHeading(k + 1, of: e.conflicts.count, block: conflict.block, pools: pools) + ":\n"
            if conflict.groups.count > 1 {
                out += "  these \(conflict.groups.count) rule groups cannot all hold together (without any one of them the rest can):\n"
                for group in conflict.groups { out += "  - \(group.name)\n" }
            } else {
                out += "  \(conflict.message).\n"
            }
            let mine = e.waysOut.filter { $0.conflict == k }
            let rules = mine.filter { !$0.changesTotals }
            if !rules.isEmpty {
                out += "  " + RuleWords.waysHeading + "\n"
                for (i, way) in rules.enumerated() {
                    if way.relax.count == 1 {
                        out += "    \(i + 1). \(way.relax[0].advice).\n"
                    } else {
                        out += "    \(i + 1). together (\(way.quotas) quotas):\n"
                        for r in way.relax { out += "       - \(r.advice)\n" }
                    }
                }
            }
            for way in mine.filter(\.changesTotals) {
                out += "  Or, outside the rules: \(way.relax.map(\.advice).joined(separator: "; ")).\n"
            }
        }
        if e.waysOut.isEmpty && e.checks.isEmpty {
            out += "\nNo rule group found whose relaxation makes the scenario feasible; check the pool totals.\n"
        }
        return out
    }

    func renderFeasible() -> String {
        let e = explanation
        var out = ""
        if !e.poolValues.isEmpty {
            out += "\nValue of one quota more or less per pool (objective units; negative = better):\n"
            var table = TextTable(headers: ["Pool", "Total", "Objective", "Where", "LP dual"],
                                  alignments: [.left, .right, .right, .left, .left], maximumCellWidth: Self.whereWidth)
            for v in e.poolValues { Self.appendRows(&table, name: v.name, plusOne: v.plusOne, minusOne: v.minusOne, dual: v.dual, showInterval: true) }
            out += table.render()
            var notes = [
                "Total ±1: the pool's total one quota higher or lower, its block solved again as an integer program; Objective is the change. +1 is a what-if: a total may not grow (严控总量), so that quota could only come through a channel from above.",
                "LP dual: the dual of the pool's balance row, the objective's change per extra quota of total (negative: one more quota is worth that much). It lies within [left, right] = [−(change for −1), change for +1]; the LP is degenerate, so the dual can be either end: read the measured rows.",
            ]
            if let note = e.poolValuesNote { notes.append("Measured: \(note).") }
            for note in notes { out += Self.wrap(note, width: Self.width, indent: "  ") }
        }
        if !e.channelValues.isEmpty {
            out += "\nValue of one quota more or less of cap per channel:\n"
            var table = TextTable(headers: ["Channel", "Flow/cap", "Cap", "Objective", "Where", "Reduced cost"],
                                  alignments: [.left, .right, .right, .right, .left, .left], maximumCellWidth: Self.whereWidth - 6)
            for v in e.channelValues {
                Self.appendRows(&table, name: v.channel, prefix: ["\(v.flow)/\(v.cap)"], plusOne: v.plusOne, minusOne: v.minusOne,
                                dual: v.reducedCost, showInterval: v.flow == v.cap)
            }
            out += table.render()
            out += Self.wrap("Cap ±1: the channel's cap one quota higher or lower, its block solved again. Reduced cost: of the flow column, the objective's change per extra quota sent; at the cap it is the cap's LP value and lies within [−(change for −1), change for +1].", width: Self.width, indent: "  ")
        }
        if !e.bindingFloors.isEmpty {
            out += "\nShare floors met exactly:\n"
            for f in e.bindingFloors {
                out += Self.wrap("\(f.name): \(f.held) of \(f.required) required; dual \(NumberFormat.plain(f.dual)): \(f.meaning)",
                                 width: Self.width, indent: "  ", continuation: "    ")
            }
        }
        if e.bindingRules.isEmpty { out += "\n" + RuleWords.bindingHeading + "\n  no unit sits at a bound set by a rule\n" }
        for (binding, heading) in [(true, RuleWords.bindingHeading), (false, RuleWords.atBoundHeading), (nil, RuleWords.uncheckedHeading)] as [(Bool?, String)] {
            let rules = e.bindingRules.filter { $0.binding == binding }
            guard !rules.isEmpty else { continue }
            out += "\n" + heading + "\n"
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
    static func appendRows(
        _ table: inout TextTable, name: String, prefix: [String] = [], plusOne: MarginalEffect?, minusOne: MarginalEffect?,
        dual: Double, showInterval: Bool
    ) {
        let blank = prefix.map { _ in "" }
        guard plusOne != nil || minusOne != nil else {
            table.append([name] + prefix + ["", "", "not measured", NumberFormat.plain(dual)])
            return
        }
        let left = minusOne?.objectiveChange.map { DualAnalysis.clean(-$0) }, right = plusOne?.objectiveChange
        var interval = ""
        if showInterval, let inside = MarginalEffect.within(dual, (left, right)) {
            interval = "\(inside ? "within" : "outside") [\(left.map { NumberFormat.plain($0) } ?? "-∞"), \(right.map { NumberFormat.plain($0) } ?? "+∞")]"
        }
        var first = true
        for effect in [plusOne, minusOne].compactMap({ $0 }) {
            let change = effect.objectiveChange.map { NumberFormat.signed($0) } ?? "—"
            table.append((first ? [name] + prefix : [""] + blank) + [
                effect.delta > 0 ? "+1" : "-1", change, effect.summary, first ? NumberFormat.plain(dual) : interval,
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
        for word in words {
            let candidate = line.isEmpty ? indent + word : line + " " + word
            if !line.isEmpty, DisplayWidth.of(candidate) > width {
                lines.append(line)
                line = (continuation ?? indent) + word
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { $0 + "\n" }.joined()
    }

    func renderUnit(_ u: UnitExplanation) -> String {
        var out = "Unit \(u.name) (\(u.id)), pool \(u.poolName):\n"
        var figures = "  quota \(u.quota), headcount \(u.headcount), attrition \(u.attrition)"
        if let need = u.need { figures += ", need \(NumberFormat.plain(need))" }
        out += figures + "\n"
        out += "  bounds \(u.lower)…\(u.upper): lower by \(u.lowerDetail); upper by \(u.upperDetail)\n"
        if let x = u.newQuota {
            var line = "  new quota \(x) (\(NumberFormat.signed(x - u.quota)))"
            if let s = u.shortfall, s > 0 { line += ", \(NumberFormat.plain(s)) short of need" }
            if let ex = u.excess, ex > 0 { line += ", \(NumberFormat.plain(ex)) above need" }
            out += line + "\n"
        }
        out += "Why:\n"
        for reason in u.reasons { out += "  - \(reason)\n" }
        if !u.whatIf.isEmpty {
            out += "What would change it (each re-solved):\n"
            for w in u.whatIf { out += "  - \(w.message)\n" }
        }
        return out
    }
}
