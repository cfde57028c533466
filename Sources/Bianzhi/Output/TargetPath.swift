import Foundation

/// The folder (or file) an ``AtomicFileSet`` replaces, resolved to an absolute path with its
/// parent, and the hidden names beside it: `.NAME.bianzhi-lock`, `.NAME.bianzhi-new.PID` (the
/// staging folder) and `.NAME.bianzhi-old.PID` (the old folder of the fallback switch).
struct TargetPath {
    /// Absolute path, symbolic links resolved.
    let path: String
    /// The folder holding it.
    let parent: String
    /// Its last component.
    let name: String
    /// Permissions of the existing folder, kept by the new one; `nil` when there is none.
    private(set) var existingMode: mode_t?

    /// Resolves `given` and creates its parent folders. For a folder target, refuses a file in
    /// the way and the current folder (or one containing it).
    init(_ given: String, expectingFolder: Bool = true) throws(OutputError) {
        var absolute = URL(fileURLWithPath: given).standardizedFileURL.path
        if let resolved = realpath(absolute, nil) {
            absolute = String(cString: resolved)
            free(resolved)
        }
        let name = (absolute as NSString).lastPathComponent
        let parent = (absolute as NSString).deletingLastPathComponent
        guard !name.isEmpty, name != "/", !parent.isEmpty else {
            throw OutputError(path: given, reason: .rootFolder)
        }
        try DurableFile.makeFolders(parent)
        var info = stat()
        var mode: mode_t? = nil
        if stat(absolute, &info) == 0 {
            let isFolder = info.st_mode & S_IFMT == S_IFDIR
            if expectingFolder && !isFolder {
                throw OutputError(path: given, reason: .fileInTheWay)
            }
            if !expectingFolder && isFolder {
                throw OutputError(path: given, reason: .folderInTheWay)
            }
            mode = info.st_mode & 0o7777
        }
        if expectingFolder {
            if AtomicFileSet.holdsCurrentFolder(absolute) {
                throw OutputError(path: given, reason: .currentFolder)
            }
        }
        (self.path, self.parent, self.name, self.existingMode) = (absolute, parent, name, mode)
    }

    /// `.NAME.bianzhi-KIND` in the parent folder.
    func sibling(_ kind: String) -> String { "\(parent)/.\(name).bianzhi-\(kind)" }

    /// Removes the staging and old folders of killed runs; puts an old folder back when a run
    /// killed inside the fallback switch left no folder at all. Call with the lock held.
    mutating func recoverLeftovers() {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        let oldPrefix = ".\(name).bianzhi-old.", newPrefix = ".\(name).bianzhi-new."
        for entry in entries where entry.hasPrefix(oldPrefix) {
            if !FileManager.default.fileExists(atPath: path), rename(parent + "/" + entry, path) == 0 { continue }
            DurableFile.removeTree(parent + "/" + entry)
        }
        DurableFile.removeLeftovers(in: parent, prefix: newPrefix)
        var info = stat()
        existingMode = stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }

    /// Entries of the existing folder to carry into the new one: all but the set's own names
    /// and the temporaries older bianzhi versions left inside result folders. A subfolder is
    /// refused before anything is written.
    func entriesToCarry(excluding owned: Set<String>) throws(OutputError) -> [String] {
        guard existingMode != nil else { return [] }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw OutputError(path: path, reason: .cannotListFolder, errorNumber: Self.errorNumber(of: error))
        }
        var carried: [String] = []
        for entry in entries.sorted() where !owned.contains(entry) && !Self.isLegacyTemporary(entry) {
            var info = stat()
            if lstat(path + "/" + entry, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                throw OutputError(
                    path: path + "/" + entry,
                    reason: .subfolderInTheWay)
            }
            carried.append(entry)
        }
        return carried
    }

    /// `.NAME.PID.tmp`, `.bianzhi.PID.N.previous` and `.dat.nosync…`: temporaries of earlier
    /// versions that were never removed; and the lock files of files written one by one
    /// inside the folder (`report` in the current folder), which the new folder needs not.
    static func isLegacyTemporary(_ entry: String) -> Bool {
        guard entry.hasPrefix(".") else { return false }
        if entry.hasSuffix(".bianzhi-lock") { return true }
        if entry.hasPrefix(".dat.nosync") { return true }
        if entry.hasPrefix(".bianzhi."), entry.hasSuffix(".previous") { return true }
        if entry.hasSuffix(".tmp") {
            let parts = entry.dropLast(4).split(separator: ".")
            return parts.count >= 2 && parts.last!.allSatisfy(\.isNumber)
        }
        return false
    }

    /// Puts `staging` in place of the target; returns the path now holding the old folder (to
    /// remove), `nil` when there was none.
    func switchIn(
        _ staging: String, useExchange: Bool, checkpoint: (AtomicFileSet.Step) throws(OutputError) -> Void
    ) throws(OutputError) -> String? {
        defer { try? DurableFile.sync(folder: parent) }
        guard existingMode != nil else {
            guard rename(staging, path) == 0 else {
                throw OutputError(path: path, reason: .cannotMoveFolderIntoPlace, errorNumber: errno)
            }
            return nil
        }
        switch FolderExchange.exchange(staging, path, useExchange: useExchange) {
        case .exchanged:
            return staging
        case .failed(let code):
            throw OutputError(path: path, reason: .cannotSwitchFolders, errorNumber: code)
        case .unsupported:
            let aside = sibling("old.\(getpid())")
            guard rename(path, aside) == 0 else {
                throw OutputError(path: path, reason: .cannotMoveOldFolderAside, errorNumber: errno)
            }
            do {
                try checkpoint(.movedAside)
            } catch {
                rename(aside, path)
                throw error
            }
            guard rename(staging, path) == 0 else {
                let code = errno
                rename(aside, path)
                throw OutputError(path: path, reason: .cannotMoveFolderIntoPlace, errorNumber: code)
            }
            return aside
        }
    }

    /// The POSIX error number inside a Foundation error, if any.
    static func errorNumber(of error: Error) -> Int32? {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        return nil
    }
}
