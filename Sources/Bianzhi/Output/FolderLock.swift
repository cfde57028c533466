import Foundation

/// An exclusive `flock` on a hidden lock file beside a target (`.NAME.bianzhi-lock` in the
/// target's folder), so two bianzhi processes writing the same result folder or file take
/// turns. The lock file stays behind (tiny and hidden): removing it would let a third process
/// lock a file the second no longer sees. The kernel drops the lock when its holder exits,
/// however it exits, so a killed writer never blocks the next one.
final class FolderLock {
    /// The descriptor holding the lock.
    private let descriptor: Int32
    /// The lock file.
    let path: String

    /// Takes the lock, polling every 50 ms for at most `timeout` seconds.
    init(path: String, timeout: Double) throws(OutputError) {
        self.path = path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            throw OutputError(path: path, reason: .cannotCreateLock, errorNumber: errno)
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(fd)
                throw OutputError(path: path, reason: .cannotLock, errorNumber: code)
            }
            guard Date() < deadline else {
                close(fd)
                throw OutputError(
                    path: path,
                    reason: .busy(seconds: Int(timeout)),
                    kind: .busy)
            }
            usleep(50_000)
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
