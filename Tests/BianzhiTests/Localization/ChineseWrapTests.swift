import Testing
@testable import Bianzhi

/// Chinese notes wrap within the width (they have no spaces to break at), never starting a
/// line with punctuation, and lose no character.
@Suite("Chinese wrapping")
struct ChineseWrapTests {
    @Test func aLongChineseSentenceWrapsBetweenCharacters() {
        let text = "估计值：不重新求解、由连续放宽的模型估计的每增加一名编制目标值的变化，负数表示多一名编制能使目标值降低这么多，它落在区间之内。"
        let wrapped = ExplanationRenderer.wrap(text, width: 30, indent: "  ")
        let lines = wrapped.split(separator: "\n").map(String.init)
        #expect(lines.count > 3)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 }, "\(lines)")
        #expect(lines.allSatisfy { !$0.dropFirst(2).hasPrefix("，") && !$0.dropFirst(2).hasPrefix("。") && !$0.dropFirst(2).hasPrefix("、") })
        #expect(lines.map { String($0.dropFirst(2)) }.joined() == text)
    }

    @Test func wordsThatFitAreNotCut() {
        // A unit name and its figure stay together; names are never cut.
        let wrapped = ExplanationRenderer.wrap("At their no-dismissal floor, 3 units: 县发改局 7, 县第一中学 40, 西河乡卫生院 11", width: 40, indent: "  ")
        #expect(wrapped == "  At their no-dismissal floor, 3 units:\n  县发改局 7, 县第一中学 40,\n  西河乡卫生院 11\n")
        #expect(ExplanationRenderer.cjkPieces("（负数）表示") == ["（负", "数）", "表", "示"])
    }
}
