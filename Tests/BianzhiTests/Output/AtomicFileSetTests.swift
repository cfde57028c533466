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

    /// A rename that fails after an earlier file was replaced puts the earlier file back
    /// (the failure is injected: on a healthy file system a rename within a folder only fails
    /// for reasons the writer checks first).
    @Test func aFailureAfterTheFirstRenameRestoresTheFirstFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "old a".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        try "old b".write(toFile: dir + "/b.txt", atomically: true, encoding: .utf8)
        var files = AtomicFileSet()
        files.add("a.txt", text: "new a")
        files.add("b.txt", text: "new b")
        files.move = { from, to in
            if to.hasSuffix("/b.txt") && from.hasSuffix(".tmp") { errno = EIO; return -1 }
            return rename(from, to)
        }
        #expect(throws: OutputError.self) { try files.write(to: dir) }
        #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "old a")
        #expect(try String(contentsOfFile: dir + "/b.txt", encoding: .utf8) == "old b")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["a.txt", "b.txt"], "no temporaries or backups left")
    }

    @Test func replacingASetLeavesNoBackups() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var files = AtomicFileSet()
        files.add("a.txt", text: "one")
        try files.write(to: dir)
        files = AtomicFileSet()
        files.add("a.txt", text: "two")
        try files.write(to: dir)
        #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.txt"])
    }
}
