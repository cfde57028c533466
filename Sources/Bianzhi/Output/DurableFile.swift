import Foundation

/// The file-system steps of ``AtomicFileSet``, each flushed to disk and reporting the OS
/// reason (`errno`) of a failure.
enum DurableFile {
    /// Writes `data` to a new file at `path` (which must not exist) and flushes it to disk.
    /// `reportedAs` is the path named in an error (the final name, not the hidden temporary).
    static func write(_ data: Data, to path: String, reportedAs: String) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw OutputError(path: reportedAs, reason: .cannotWrite, errorNumber: errno) }
        defer { close(fd) }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if failure != 0 { throw OutputError(path: reportedAs, reason: .cannotWrite, errorNumber: failure) }
    }

    /// Creates `path` and its missing parents (`mkdir -p`), naming the OS reason of a failure
    /// (`ENOTDIR` when a file is in the way, `EROFS`, `EACCES`, `ENOSPC`).
    static func makeFolders(_ path: String) throws(OutputError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw OutputError(path: path, reason: .cannotCreateFolder, errorNumber: ENOTDIR)
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolders(parent) }
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
            throw OutputError(path: path, reason: .cannotCreateFolder, errorNumber: errno)
        }
    }

    /// Flushes a folder's entries (new names, renames) to disk.
    static func sync(folder: String) throws(OutputError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw OutputError(path: folder, reason: .cannotOpenFolder, errorNumber: errno) }
        defer { close(fd) }
        // Some file systems cannot flush a folder (EINVAL); the renames are still atomic there.
        if fsync(fd) != 0, errno != EINVAL { throw OutputError(path: folder, reason: .cannotFlushFolder, errorNumber: errno) }
    }

    /// Carries an entry of the old folder into the staging one: a hard link for a file (no
    /// copy, same bytes), a new link with the same target for a symbolic link, a copy where the
    /// file system has no hard links.
    static func carry(_ source: String, to destination: String) throws(OutputError) {
        var info = stat()
        guard lstat(source, &info) == 0 else { throw OutputError(path: source, reason: .cannotReadEntry, errorNumber: errno) }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: source),
                  symlink(target, destination) == 0
            else { throw OutputError(path: source, reason: .cannotCarryLink, errorNumber: errno) }
            return
        }
        if link(source, destination) == 0 { return }
        do {
            try FileManager.default.copyItem(atPath: source, toPath: destination)
        } catch {
            throw OutputError(path: source, reason: .cannotCarryFile(detail: error.localizedDescription))
        }
    }

    /// Removes a folder and everything in it; failures are left for the next run's clean-up.
    static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Removes every entry of `folder` whose name starts with `prefix` (leftovers of killed
    /// runs; the caller holds the lock, so their writers are gone).
    static func removeLeftovers(in folder: String, prefix: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasPrefix(prefix) {
            removeTree(folder + "/" + name)
        }
    }
}
