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

    /// The measured effects in words, with where the LP value `dual` lies (`nil`: not shown).
    static func meaning(
        plusOne: MarginalEffect?, minusOne: MarginalEffect?, dual: Double?, lever: ValueLever, atCap: Bool = false,
        language: Language
    ) -> String {
        let sides = [plusOne, minusOne].compactMap { $0 }.map { effect in
            ValueNote.measuredSide(lever: lever, more: effect.delta > 0, change: effect.objectiveChange, summary: effect.summary)
        }
        let left = minusOne?.objectiveChange.map { DualAnalysis.clean(-$0) }, right = plusOne?.objectiveChange
        let interval = "[\(left.map { NumberFormat.plain($0) } ?? "-∞"), \(right.map { NumberFormat.plain($0) } ?? "+∞")]"
        let inside = dual.flatMap { within($0, (left, right)) }
        return ValueNote.measured(
            lever: lever, atCap: atCap, sides: sides, dual: inside == nil ? nil : dual.map { NumberFormat.plain($0) },
            interval: interval, inside: inside ?? true).text(language)
    }
}
