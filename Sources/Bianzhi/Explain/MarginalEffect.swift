/// The measured effect of moving a pool's total or a channel's cap by one: the block solved
/// again as an integer program and compared with the allocation.
public struct MarginalEffect: Sendable, Codable, Equatable {
    /// +1 or −1.
    public var delta: Int
    /// Change of the objective (negative: better); `nil` when not possible or not measured.
    public var objectiveChange: Double?
    /// What changes against the allocation: gains first, then losses, largest first.
    public var shifts: [QuotaShift]
    /// Where the quota goes or comes from, e.g. "goes to 县发改局", "taken from 西河乡党政办".
    public var summary: String

    static func within(_ value: Double, _ interval: (left: Double?, right: Double?)) -> Bool? {
        if interval.left == nil && interval.right == nil { return nil }
        let tolerance = 1e-6
        if let left = interval.left, value < left - tolerance { return false }
        if let right = interval.right, value > right + tolerance { return false }
        return true
    }

    static func meaning(plusOne: MarginalEffect?, minusOne: MarginalEffect?, dual: Double?, what: String, dualName: String) -> String {
        var parts: [String] = []
        for effect in [plusOne, minusOne].compactMap({ $0 }) {
            let side = effect.delta > 0 ? "one \(what) more" : "one \(what) less"
            if let change = effect.objectiveChange {
                let verb = change < 0 ? "lowers the objective by \(NumberFormat.plain(-change))"
                    : change > 0 ? "raises the objective by \(NumberFormat.plain(change))" : "leaves the objective unchanged"
                parts.append("\(side) \(verb) (\(effect.summary))")
            } else {
                parts.append("\(side): \(effect.summary)")
            }
        }
        let left = minusOne?.objectiveChange.map { DualAnalysis.clean(-$0) }, right = plusOne?.objectiveChange
        var text = parts.joined(separator: "; ")
        if let dual, let inside = within(dual, (left, right)) {
            let interval = "[\(left.map { NumberFormat.plain($0) } ?? "-∞"), \(right.map { NumberFormat.plain($0) } ?? "+∞")]"
            text += inside
                ? "; the \(dualName) \(NumberFormat.plain(dual)) lies within \(interval)"
                : "; the \(dualName) \(NumberFormat.plain(dual)) lies outside \(interval) (the integer program is not convex here)"
        }
        return text
    }
}
