import Foundation
import Testing
@testable import Bianzhi

/// Either every file of a set appears or none changes.
@Suite("Atomic file set")
struct AtomicFileSetTests {
    /// `export --mps x.mps` with a folder named `x.mps.labels.tsv` used to leave a new
    /// `x.mps` behind (renamed into place before the label file's rename failed).
    @Test func aFolderInTheWayOfTheSecondFileLeavesTheFirstUntouched() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/b.txt", withIntermediateDirectories: true)
        try "old".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        var files = AtomicFileSet()
        files.add("a.txt", text: "new")
        files.add("b.txt", text: "new")
        #expect(throws: OutputError.self) { try files.write(to: dir) }
        #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.txt", "b.txt"], "no temporaries left")
    }
}
