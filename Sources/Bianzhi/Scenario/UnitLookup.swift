/// Finds the unit a planner names on the command line (`--unit`): by id, or by name, since a
/// planner knows 县人民医院, not `J001-inst`.
public enum UnitLookup {
    /// The outcome of a lookup.
    public enum Match: Sendable, Equatable {
        /// Exactly one unit: its id.
        case unit(id: String)
        /// Several units carry the name (one per quota kind, say): all of them, in table order.
        case ambiguous([OrgUnit])
        /// No unit has this id or name; the nearest names and ids (at most five).
        case unknown(suggestions: [String])
    }

    /// Looks `query` up: an id wins over a name; surrounding blanks are ignored.
    public static func find(_ query: String, in units: [OrgUnit]) -> Match {
        let text = query.trimmingWhitespace
        if units.contains(where: { $0.id == text }) { return .unit(id: text) }
        let named = units.filter { $0.name == text }
        if named.count == 1 { return .unit(id: named[0].id) }
        if named.count > 1 { return .ambiguous(named) }
        // Names that contain the query, or are within two edits of it.
        var seen: Set<String> = []
        var suggestions: [String] = []
        for unit in units where !seen.contains(unit.name) {
            let close = unit.name.contains(text) || text.contains(unit.name)
                || KeySuggestion.levenshtein(Array(text), Array(unit.name)) <= 2
                || KeySuggestion.levenshtein(Array(text.lowercased()), Array(unit.id.lowercased())) <= 2
            if close, !text.isEmpty {
                seen.insert(unit.name)
                suggestions.append(unit.name == unit.id ? unit.name : "\(unit.name) (\(unit.id))")
            }
            if suggestions.count == 5 { break }
        }
        return .unknown(suggestions: suggestions)
    }
}
