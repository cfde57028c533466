import Foundation

/// Writes a set of files so that readers, and the next run, see the whole old set or the whole
/// new one — never a mix — however the writing run ends (an error, SIGINT, SIGKILL, power loss).
///
/// ``write(to:)`` treats the target folder as one unit:
/// 1. take an exclusive lock on `.NAME.bianzhi-lock` beside the folder (``FolderLock``; a second
///    writer waits up to ``lockTimeout`` seconds, then fails with ``OutputError/Kind/busy``);
/// 2. remove what a killed run left: staging folders `.NAME.bianzhi-new.*` and old folders
///    `.NAME.bianzhi-old.*` (holding the lock proves their writer is gone), and put an old
///    folder back if a killed fallback switch left no folder at all;
/// 3. write every file into a new staging folder `.NAME.bianzhi-new.PID` beside the target,
///    each flushed to disk; files of the old folder that the set does not own (a planner's
///    notes) are carried over as hard links, so nothing but the set changes;
/// 4. switch staging and target in one atomic step (``FolderExchange``), then remove the old one.
///
/// Adding a file to a set is one ``add(_:text:)``; a file that belongs to the set but is not
/// always written (so that an old copy must not survive beside a new set) is named with
/// ``owns(_:)``.
public struct AtomicFileSet: Sendable {
    /// The points a write passes, in order; a test can stop the write at each (``checkpoint``)
    /// and check that the folder holds the old set or the new one.
    public enum Step: String, CaseIterable, Sendable {
        /// The lock is held.
        case locked
        /// Leftovers of killed runs are gone.
        case recovered
        /// The staging folder exists, still empty.
        case staged
        /// The first file is written.
        case firstFileWritten
        /// Every file is written.
        case written
        /// Files the set does not own are carried over.
        case carried
        /// The staging folder is on disk.
        case synced
        /// Fallback only: the old folder is renamed aside, the new one not yet in place.
        case movedAside
        /// The new folder is in place, the old one not yet removed.
        case switched
    }

    private var files: [(name: String, data: Data)] = []
    private var ownedNames: [String] = []
    /// Seconds a second writer waits for the lock before failing.
    var lockTimeout: Double = 120
    /// `false` forces the two-rename fallback of ``FolderExchange``.
    var useExchange = !AtomicWriteHooks.fromEnvironment.noExchange
    /// Called at each ``Step``; tests throw from it to stop a write there. The default obeys
    /// the test-only environment hooks of ``AtomicWriteHooks``.
    var checkpoint: @Sendable (Step) throws(OutputError) -> Void = { step in AtomicWriteHooks.fromEnvironment.reach(step) }

    /// Creates an empty set.
    public init() {}

    /// Adds a file with text content (UTF-8).
    public mutating func add(_ name: String, text: String) {
        files.append((name, Data(text.utf8)))
    }

    /// Adds a file with binary content.
    public mutating func add(_ name: String, data: Data) {
        files.append((name, data))
    }

    /// Names that belong to the set even when this write does not produce them: an old file of
    /// such a name is dropped instead of carried over (an `explanation.json` of an older run
    /// must not sit beside a new result).
    public mutating func owns(_ names: [String]) {
        ownedNames.append(contentsOf: names)
    }

    /// Whether `path` is the current folder or holds it: such a folder cannot be replaced as a
    /// whole (``write(to:)`` refuses it); ``writeEach(in:)`` can write into it.
    public static func holdsCurrentFolder(_ path: String) -> Bool {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        return here == target || here.hasPrefix(target == "/" ? "/" : target + "/")
    }

    /// Names of the files, in the order added.
    public var names: [String] { files.map(\.name) }

    /// Replaces the folder `directory` (created with its parents if needed) by one holding this
    /// set plus the old folder's files the set does not own. On any failure the folder is as it
    /// was. Refused: the current folder or one containing it (the shell would be left in a
    /// removed folder), a file in the way, and a subfolder that a result folder cannot carry.
    public func write(to directory: String) throws(OutputError) {
        var target = try TargetPath(directory)
        let lock = try FolderLock(path: target.sibling("lock"), timeout: lockTimeout)
        try checkpoint(.locked)
        target.recoverLeftovers()
        try checkpoint(.recovered)
        let carried = try target.entriesToCarry(excluding: Set(names + ownedNames))
        let staging = target.sibling("new.\(getpid())")
        guard mkdir(staging, 0o777) == 0 else {
            throw OutputError(path: target.path, reason: .cannotCreateBeside, errorNumber: errno)
        }
        do {
            if let mode = target.existingMode { chmod(staging, mode) }
            try checkpoint(.staged)
            for (index, file) in files.enumerated() {
                try DurableFile.write(file.data, to: staging + "/" + file.name, reportedAs: target.path + "/" + file.name)
                if index == 0 { try checkpoint(.firstFileWritten) }
            }
            try checkpoint(.written)
            for entry in carried { try DurableFile.carry(target.path + "/" + entry, to: staging + "/" + entry) }
            try checkpoint(.carried)
            try DurableFile.sync(folder: staging)
            try checkpoint(.synced)
            let old = try target.switchIn(staging, useExchange: useExchange, checkpoint: checkpoint)
            try checkpoint(.switched)
            if let old { DurableFile.removeTree(old) }
        } catch {
            // Before the switch the target is untouched: only the staging folder goes. (After
            // it nothing throws but a checkpoint, and the next run removes the old folder.)
            if FileManager.default.fileExists(atPath: staging) { DurableFile.removeTree(staging) }
            throw error
        }
        withExtendedLifetime(lock) {}
    }

    /// Replaces each file of the set in `directory` (not the folder as a whole: for a file
    /// that shares its folder with others, like `export --mps`'s model and labels). Under the
    /// lock of the first file, every file is written to a temporary beside it and flushed, then
    /// renamed into place in the order added, so each file is whole, old or new; the last one
    /// added is the commit point. Temporaries of killed runs are removed first.
    public func writeEach(in directory: String) throws(OutputError) {
        guard let first = files.first else { return }
        let target = try TargetPath(directory + "/" + first.name, expectingFolder: false)
        let lock = try FolderLock(path: target.sibling("lock"), timeout: lockTimeout)
        try checkpoint(.locked)
        let folder = target.parent
        let temporaries = files.map { "\(folder)/.\($0.name).bianzhi-new.\(getpid())" }
        for file in files { DurableFile.removeLeftovers(in: folder, prefix: ".\(file.name).bianzhi-new.") }
        try checkpoint(.recovered)
        do throws(OutputError) {
            for (index, file) in files.enumerated() {
                try DurableFile.write(file.data, to: temporaries[index], reportedAs: folder + "/" + file.name)
                if index == 0 { try checkpoint(.firstFileWritten) }
            }
            try checkpoint(.written)
            // A folder in the way would fail its rename after earlier files were replaced.
            for file in files {
                var isFolder: ObjCBool = false
                let final = folder + "/" + file.name
                if FileManager.default.fileExists(atPath: final, isDirectory: &isFolder), isFolder.boolValue {
                    throw OutputError(path: final, reason: .folderInTheWay)
                }
            }
            for (index, file) in files.enumerated() {
                guard rename(temporaries[index], folder + "/" + file.name) == 0 else {
                    throw OutputError(path: folder + "/" + file.name, reason: .cannotMoveIntoPlace, errorNumber: errno)
                }
            }
            try DurableFile.sync(folder: folder)
            try checkpoint(.switched)
        } catch {
            for temporary in temporaries { unlink(temporary) }
            throw error
        }
        withExtendedLifetime(lock) {}
    }
}
