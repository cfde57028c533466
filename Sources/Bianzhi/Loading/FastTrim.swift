import Foundation

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, without the Foundation call (and its bridging)
    /// in the common case where neither end is whitespace: a province's unit table has
    /// ~600,000 cells.
    var trimmingWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        let spaces = CharacterSet.whitespaces
        if !spaces.contains(first) && !spaces.contains(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
