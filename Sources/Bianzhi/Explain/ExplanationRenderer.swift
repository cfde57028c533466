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

    /// The text.
    public func render() -> String {
        let e = explanation
        var out = "\(e.scenario)\n"
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
                    out += "    Units: \(check.units.map { "\($0.name) \($0.amount)\($0.rule.flatMap(BoundReason.init(rawValue:)).map { " (\($0.englishDescription))" } ?? "")" }.joined(separator: ", "))\n"
                }
                out += "    Fix: \(check.fix)\n"
            }
        }
        for conflict in e.conflicts {
            if conflict.groups.count > 1 {
                out += "\nConflict: these \(conflict.groups.count) rule groups cannot all hold together within the pool totals (without any one of them the rest can):\n"
                for group in conflict.groups { out += "  - \(group.name)\n" }
            } else {
                out += "\nConflict: \(conflict.message).\n"
            }
        }
        let rules = e.waysOut.filter { !$0.changesTotals }
        let totals = e.waysOut.filter(\.changesTotals)
        if !rules.isEmpty {
            let size = rules[0].relax.count
            out += "\nWays out (each one alone is enough; \(size == 1 ? "one rule group" : "\(size) rule groups together") must give way):\n"
            for (i, way) in rules.enumerated() {
                if way.relax.count == 1 {
                    out += "  \(i + 1). \(way.relax[0].advice).\n"
                } else {
                    out += "  \(i + 1). together (\(way.quotas) quotas):\n"
                    for r in way.relax { out += "     - \(r.advice)\n" }
                }
            }
        }
        for way in totals {
            out += "\nOr, outside the rules: \(way.relax.map(\.advice).joined(separator: "; ")).\n"
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
            out += "\nValue of one more quota per pool (LP dual of the pool's balance, in objective units; negative = a quota lowers the objective):\n"
            var table = TextTable(headers: ["Pool", "Dual", "Meaning"], alignments: [.left, .right, .left], maximumCellWidth: 200)
            for v in e.poolValues { table.append([v.name, NumberFormat.plain(v.dual), v.meaning]) }
            out += table.render()
        }
        if !e.channelValues.isEmpty {
            out += "\nChannels (reduced cost of the flow: change of the objective per extra quota sent):\n"
            var table = TextTable(headers: ["Channel", "Flow", "Cap", "Reduced cost", "Meaning"],
                                  alignments: [.left, .right, .right, .right, .left], maximumCellWidth: 200)
            for v in e.channelValues { table.append([v.channel, String(v.flow), String(v.cap), NumberFormat.plain(v.reducedCost), v.meaning]) }
            out += table.render()
        }
        if !e.bindingFloors.isEmpty {
            out += "\nShare floors met exactly:\n"
            for f in e.bindingFloors { out += "  \(f.name): \(f.held) of \(f.required) required; dual \(NumberFormat.plain(f.dual)): \(f.meaning)\n" }
        }
        out += "\nRules that bind:\n"
        if e.bindingRules.isEmpty { out += "  no unit sits at a bound set by a rule\n" }
        for rule in e.bindingRules { out += "  \(rule.message)\n" }
        return out
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
