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
    /// Why (a catalogue entry).
    public var reason: OutputProblem
    /// What kind of failure.
    public var kind: Kind
    /// The `errno` of the failed call, when one failed (`ENOSPC` for a full disk).
    public var errorNumber: Int32?

    /// Creates an error; `errorNumber` adds the OS reason (``SystemReason``, e.g.
    /// `ENOSPC: No space left on device`) to the rendered text.
    public init(path: String, reason: OutputProblem, kind: Kind = .cannotCreate, errorNumber: Int32? = nil) {
        self.path = path
        self.reason = reason
        self.kind = kind
        self.errorNumber = errorNumber
    }

    /// The operating system's reason, when a call failed.
    public var systemReason: SystemReason? { errorNumber.map { SystemReason(errno: $0) } }

    /// `path: reason (ENOSPC: …)` in `language`; the path is escaped (``SafeText``).
    public func rendered(_ language: Language) -> String {
        var text = "\(SafeText.escaped(path)): \(reason.text(language))"
        if let systemReason {
            let words = systemReason.text(language)
            text += language == .zh ? "（\(words)）" : " (\(words))"
        }
        return text
    }

    /// `path: reason (ENOSPC: …)` in English.
    public var description: String { rendered(.en) }
}
