import Foundation

/// A file or folder could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure, which decides the exit status.
    public enum Kind: Sendable, Equatable {
        /// The folder or file cannot be created or written (read-only, full, in the way):
        /// exit 73, EX_CANTCREAT.
        case cannotCreate
        /// Another bianzhi kept the folder's lock longer than the bounded wait: exit 75,
        /// EX_TEMPFAIL (try again).
        case busy
    }

    /// The file or folder concerned.
    public var path: String
    /// Why, with the operating system's reason (strerror) when there is one.
    public var reason: String
    /// What kind of failure.
    public var kind: Kind
    /// The `errno` of the failed call, when one failed (`ENOSPC` for a full disk).
    public var errorNumber: Int32?

    /// Creates an error; `errorNumber` adds the OS reason (named, e.g. "ENOSPC: No space left
    /// on device") to `reason`.
    public init(path: String, reason: String, kind: Kind = .cannotCreate, errorNumber: Int32? = nil) {
        self.path = path
        self.kind = kind
        self.errorNumber = errorNumber
        if let errorNumber {
            self.reason = "\(reason) (\(Self.osReason(errorNumber)))"
        } else {
            self.reason = reason
        }
    }

    /// `ENOSPC: No space left on device`: the symbolic name planners can search for, and the
    /// system's sentence.
    static func osReason(_ code: Int32) -> String {
        let names: [Int32: String] = [
            ENOSPC: "ENOSPC", EROFS: "EROFS", EACCES: "EACCES", EPERM: "EPERM", EDQUOT: "EDQUOT",
            EIO: "EIO", ENOENT: "ENOENT", ENOTDIR: "ENOTDIR", EEXIST: "EEXIST", EISDIR: "EISDIR",
            ENAMETOOLONG: "ENAMETOOLONG", EMFILE: "EMFILE", EXDEV: "EXDEV", ENOTEMPTY: "ENOTEMPTY",
        ]
        let sentence = String(cString: strerror(code))
        return names[code].map { "\($0): \(sentence)" } ?? sentence
    }

    /// `path: reason`.
    public var description: String { "\(path): \(reason)" }
}
