import Foundation
import Testing
@testable import Bianzhi

/// Either every file of a set appears or none changes, whatever step a write stops at.
@Suite("Atomic file set")
struct AtomicFileSetTests {
    /// A fresh parent folder; the target is `parent/out`.
    static func parent() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Name → text of every entry of a folder (hidden ones included).
    static func contents(_ folder: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        }
        return result
    }

    static func set(_ files: [String: String], owning owned: [String] = []) -> AtomicFileSet {
        var set = AtomicFileSet()
        set.owns(owned)
        for name in files.keys.sorted() { set.add(name, text: files[name]!) }
        return set
    }

    static let old = ["result.json": "old result", "allocation.csv": "old allocation", "report.md": "old report"]
    static let new = ["result.json": "new result", "allocation.csv": "new allocation", "report.md": "new report"]

    /// Stopped at each step (an error thrown there), the folder holds the old set exactly and
    /// no staging folder stays beside it; after the switch it holds the new set. Both switch
    /// methods: `renameat2` exchange and the two-rename fallback.
    @Test(arguments: [true, false])
    func aWriteStoppedAtAnyStepLeavesTheOldSetOrTheNewOne(useExchange: Bool) throws {
        for step in AtomicFileSet.Step.allCases where step != .movedAside || !useExchange {
            let parent = try Self.parent()
            defer { try? FileManager.default.removeItem(atPath: parent) }
            try Self.set(Self.old).write(to: parent + "/out")
            var writer = Self.set(Self.new)
            writer.useExchange = useExchange
            writer.checkpoint = { reached throws(OutputError) in
                if reached == step { throw OutputError(path: "\(step)", reason: .cannotWrite) }
            }
            #expect(throws: OutputError.self) { try writer.write(to: parent + "/out") }
            let expected = step == .switched ? Self.new : Self.old
            #expect(try Self.contents(parent + "/out") == expected, "stopped at \(step)")
            let beside = try FileManager.default.contentsOfDirectory(atPath: parent).sorted()
            if step != .switched {
                #expect(beside == [".out.bianzhi-lock", "out"], "stopped at \(step): no staging folder stays")
            }
            // The next write removes whatever is left and installs its set (carrying over the
            // files it does not own).
            try Self.set(["result.json": "third"]).write(to: parent + "/out")
            var third = expected
            third["result.json"] = "third"
            #expect(try Self.contents(parent + "/out") == third, "after a stop at \(step)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == [".out.bianzhi-lock", "out"])
        }
    }

    @Test func filesTheSetDoesNotOwnAreCarriedOverAndOwnedOnesDropped() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        var first = Self.set(Self.old)
        first.add("explanation.json", text: "old explanation")
        try first.write(to: parent + "/out")
        try "my notes".write(toFile: parent + "/out/notes.txt", atomically: false, encoding: .utf8)
        try "x".write(toFile: parent + "/out/.result.json.4242.tmp", atomically: false, encoding: .utf8)
        try "".write(toFile: parent + "/out/.report.md.bianzhi-lock", atomically: false, encoding: .utf8)
        try Self.set(Self.new, owning: ["explanation.json"]).write(to: parent + "/out")
        var expected = Self.new
        expected["notes.txt"] = "my notes"
        #expect(try Self.contents(parent + "/out") == expected, "notes kept, the old explanation, an old temporary and a lock file gone")
    }

    @Test func aSubfolderInTheOutputIsRefusedBeforeAnythingChanges() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try Self.set(Self.old).write(to: parent + "/out")
        try FileManager.default.createDirectory(atPath: parent + "/out/archive", withIntermediateDirectories: false)
        let error = try #require(throws: OutputError.self) { try Self.set(Self.new).write(to: parent + "/out") }
        #expect(error.kind == .cannotCreate)
        #expect(error.path.hasSuffix("/out/archive"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent + "/out").sorted() == ["allocation.csv", "archive", "report.md", "result.json"])
        #expect(try String(contentsOfFile: parent + "/out/result.json", encoding: .utf8) == "old result")
    }

    @Test func aFileInTheWayOfTheFolderIsRefused() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try "x".write(toFile: parent + "/out", atomically: false, encoding: .utf8)
        let error = try #require(throws: OutputError.self) { try Self.set(Self.new).write(to: parent + "/out") }
        #expect(error.reason == .fileInTheWay)
        #expect(try String(contentsOfFile: parent + "/out", encoding: .utf8) == "x")
    }

    @Test func theCurrentFolderIsRefused() throws {
        let error = try #require(throws: OutputError.self) { try Self.set(Self.new).write(to: ".") }
        #expect(error.reason == .currentFolder)
        #expect(AtomicFileSet.holdsCurrentFolder("."))
        #expect(AtomicFileSet.holdsCurrentFolder("/"))
        #expect(!AtomicFileSet.holdsCurrentFolder("Scenarios"))
    }

    /// What a killed run leaves (staging and old folders beside the target, the target gone
    /// after the fallback's first rename) is cleaned up, or put back, by the next writer.
    @Test func leftoversOfAKilledRunAreRemovedAndAMissingFolderIsPutBack() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try Self.set(Self.old).write(to: parent + "/out")
        try FileManager.default.moveItem(atPath: parent + "/out", toPath: parent + "/.out.bianzhi-old.99999")
        try FileManager.default.createDirectory(atPath: parent + "/.out.bianzhi-new.99999", withIntermediateDirectories: false)
        try "half".write(toFile: parent + "/.out.bianzhi-new.99999/result.json", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: parent + "/.out.bianzhi-new.12345", withIntermediateDirectories: false)
        try Self.set(["allocation.csv": "mine"]).write(to: parent + "/out")
        var expected = Self.old
        expected["allocation.csv"] = "mine"
        #expect(try Self.contents(parent + "/out") == expected, "the old folder was put back, then replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == [".out.bianzhi-lock", "out"])
    }

    /// A second writer waits for the lock; after the bounded wait it fails with `busy`.
    @Test func aHeldLockMakesASecondWriterFailAfterTheBoundedWait() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try Self.set(Self.old).write(to: parent + "/out")
        var writer = Self.set(Self.new)
        writer.lockTimeout = 0.2
        do {
            let holder = try FolderLock(path: parent + "/.out.bianzhi-lock", timeout: 0)
            let error = try #require(throws: OutputError.self) { try writer.write(to: parent + "/out") }
            #expect(error.kind == .busy)
            #expect(error.reason == .busy(seconds: 0))
            #expect(error.rendered(.zh).hasSuffix(": 另一个 bianzhi 正在这里写入，已超过 0 秒；请等它完成后再运行"))
            #expect(try Self.contents(parent + "/out") == Self.old)
            withExtendedLifetime(holder) {}
        }
        try writer.write(to: parent + "/out")
        #expect(try Self.contents(parent + "/out") == Self.new)
    }

    @Test func theOSReasonIsNamed() {
        let error = OutputError(path: "/x", reason: .cannotWrite, errorNumber: ENOSPC)
        #expect(error.description == "/x: cannot write the file (ENOSPC: No space left on device)")
        #expect(error.rendered(.zh) == "/x: 无法写入文件（ENOSPC：磁盘空间已满）")
        #expect(OutputError(path: "/x", reason: .cannotWrite, errorNumber: 9999).rendered(.zh) == "/x: 无法写入文件（系统错误码 9999）")
    }

    /// `writeEach` (export's model and labels): a folder in the way of the second file leaves
    /// the first untouched; no temporaries stay.
    @Test func writeEachRefusesAFolderInTheWayBeforeAnyRename() throws {
        let dir = try Self.parent()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/b.txt", withIntermediateDirectories: true)
        try "old".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        #expect(throws: OutputError.self) { try Self.set(["a.txt": "new", "b.txt": "new"]).writeEach(in: dir) }
        #expect(try String(contentsOfFile: dir + "/a.txt", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [".a.txt.bianzhi-lock", "a.txt", "b.txt"])
    }

    @Test func writeEachReplacesEachFileAndRemovesOldTemporaries() throws {
        let dir = try Self.parent()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "stale".write(toFile: dir + "/.b.txt.bianzhi-new.777", atomically: false, encoding: .utf8)
        try Self.set(["a.txt": "one", "b.txt": "one"]).writeEach(in: dir)
        try Self.set(["a.txt": "two", "b.txt": "two"]).writeEach(in: dir)
        #expect(try Self.contents(dir) == [".a.txt.bianzhi-lock": "", "a.txt": "two", "b.txt": "two"])
    }
}
