/// The explanation of a result as the reports show it: short titled lists of sentences, not
/// the terminal's columns. Only the explanation's sentences (written in the run's language
/// when it was built) are used, so a report reads the same as `explain` says it.
struct ReportExplanation: Sendable, Equatable {
    /// One titled list.
    struct Section: Sendable, Equatable {
        /// The list's title (a catalogue entry).
        var title: String
        /// Its sentences, in the explanation's order.
        var items: [String]
    }

    /// The lists, empty ones left out: for an allocation the rules that bind, the value of one
    /// quota per pool and the share floors met exactly; for a conflict the failed checks and
    /// conflicting rules, then the ways out.
    var sections: [Section]

    /// The lists of `explanation`, titled in `language`.
    init(_ explanation: Explanation, language: Language) {
        func say(_ text: ReportText) -> String { text.text(language) }
        var sections: [Section] = []
        func add(_ title: ReportText, _ items: [String]) {
            let kept = items.filter { !$0.isEmpty }
            if !kept.isEmpty { sections.append(Section(title: say(title), items: kept)) }
        }
        if explanation.feasible {
            add(.bindingRulesTitle, explanation.bindingRules.map(\.message))
            add(.poolValuesTitle, explanation.poolValues.map { value in
                let effects = [value.plusOne, value.minusOne].compactMap { $0 }.map { Self.words($0, language) }
                // Not measured (a large scenario): the LP's estimate of one quota more.
                let estimate = say(.estimate(effect: value.dual < 0 ? say(.objectiveLower(by: NumberFormat.plain(-value.dual)))
                    : value.dual > 0 ? say(.objectiveHigher(by: NumberFormat.plain(value.dual))) : say(.objectiveSame)))
                return say(.labelled(label: value.name, text: effects.isEmpty ? estimate : effects.joined(separator: language == .zh ? "\u{FF1B}" : "; ")))  // ； in Chinese
            })
            add(.floorsTitle, explanation.bindingFloors.map(\.meaning))
        } else {
            add(.checksTitle, explanation.checks.map { "\($0.message)\(language == .zh ? "\u{3000}" : " — ")\($0.fix)" })
            // Per conflict: the rules that clash, then the ways out of that conflict.
            for (index, conflict) in explanation.conflicts.enumerated() {
                let ways = explanation.waysOut.filter { $0.conflict == index }.enumerated().map { number, way in
                    say(.wayOut(number: number + 1)) + way.relax.map(\.advice).joined(separator: language == .zh ? "\u{FF1B}" : "; ")  // ； in Chinese
                }
                add(.conflictNumber(number: index + 1, of: explanation.conflicts.count), [conflict.message] + ways)
            }
            // Ways out not tied to a listed conflict (none today): listed on their own.
            let loose = explanation.waysOut.filter { !explanation.conflicts.indices.contains($0.conflict) }
            add(.waysOutTitle, loose.enumerated().map { number, way in
                say(.wayOut(number: number + 1)) + way.relax.map(\.advice).joined(separator: language == .zh ? "\u{FF1B}" : "; ")
            })
        }
        self.sections = sections
    }

    /// One quota more or less in words: how the objective moves and where the quota goes
    /// or comes from (the units whose quota changes).
    static func words(_ effect: MarginalEffect, _ language: Language) -> String {
        func say(_ text: ReportText) -> String { text.text(language) }
        var text: String
        if let change = effect.objectiveChange {
            text = change < 0 ? say(.objectiveLower(by: NumberFormat.plain(-change)))
                : change > 0 ? say(.objectiveHigher(by: NumberFormat.plain(change))) : say(.objectiveSame)
            let units = effect.shifts.filter { $0.kind == .unit && ($0.amount > 0) == (effect.delta > 0) }.map(\.name)
            if !units.isEmpty {
                let names = units.joined(separator: language == .zh ? "\u{3001}" : ", ")  // 、 between names
                text += (language == .zh ? "\u{FF0C}" : ", ") + say(effect.delta > 0 ? .goesTo(names: names) : .takenFrom(names: names))
            }
        } else {
            text = say(.notPossible)
        }
        return say(effect.delta > 0 ? .oneMore(effect: text) : .oneLess(effect: text))
    }
}
