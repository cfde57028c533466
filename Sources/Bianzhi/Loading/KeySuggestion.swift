/// "Did you mean …?" for misspelt keys and names: the closest candidate within a small edit
/// distance, so a typo is caught and the fix is obvious.
enum KeySuggestion {
    /// The candidate nearest to `word` if its Levenshtein distance is at most `maxDistance`;
    /// ties go to the earlier candidate so the suggestion is deterministic.
    static func closest(to word: String, in candidates: [String], maxDistance: Int = 2) -> String? {
        var best: (String, Int)? = nil
        for candidate in candidates {
            let distance = levenshtein(Array(word.lowercased()), Array(candidate.lowercased()))
            if distance <= maxDistance, distance < (best?.1 ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
