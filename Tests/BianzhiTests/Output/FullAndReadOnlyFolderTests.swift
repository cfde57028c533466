import Foundation
import Testing

/// A full disk and a read-only folder, for real: a 16 KiB tmpfs, then remounted read-only.
/// Mounting needs root (CAP_SYS_ADMIN); where `mount` is refused the suite is disabled and
/// says so in its name, since nothing else can make a file system full or read-only.
@Suite("Full and read-only output folders (needs mount)", .enabled(if: SmallTmpfs.mountPoint != nil))
struct FullAndReadOnlyFolderTests {
    /// Exit 73 with the OS reason named, and nothing left but the (tiny) lock file.
    @Test func aFullDiskThenAReadOnlyFolderExit73WithTheReason() throws {
        let mount = try #require(SmallTmpfs.mountPoint)
        defer {
            SmallTmpfs.run("/bin/umount", [mount])
            try? FileManager.default.removeItem(atPath: mount)
        }
        let full = try BuiltTool.run(["solve", "Scenarios/county.yaml", "--out", mount + "/out", "--lang", "en"], directory: Fixtures.root)
        #expect(full.0 == 73, "\(full.2)")
        #expect(full.2.contains("ENOSPC: No space left on device"), "\(full.2)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount) == [".out.bianzhi-lock"])

        #expect(SmallTmpfs.run("/bin/mount", ["-o", "remount,ro", mount]) == 0)
        let readOnly = try BuiltTool.run(["solve", "Scenarios/small.yaml", "--out", mount + "/other", "--lang", "en"], directory: Fixtures.root)
        #expect(readOnly.0 == 73, "\(readOnly.2)")
        #expect(readOnly.2.contains("EROFS: Read-only file system"), "\(readOnly.2)")
    }
}

/// A 16 KiB tmpfs mounted for the test above.
enum SmallTmpfs {
    /// A fresh 16 KiB tmpfs, or `nil` when mounting is not permitted.
    static let mountPoint: String? = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-tmpfs-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return run("/bin/mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", dir]) == 0 ? dir : nil
    }()

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
