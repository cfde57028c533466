import Foundation

/// Swaps two folder names in one atomic step: Linux `renameat2(…, RENAME_EXCHANGE)`, looked up
/// in the C library at run time (Glibc ≥ 2.28 exports it; Swift's Glibc module does not
/// declare it).
///
/// Fallback, where the exchange is unsupported (macOS, an older C library or kernel, a file
/// system answering `EINVAL`): two renames, target → `aside`, then `staged` → target. Between
/// them the target does not exist — readers see no folder, never a mixed one — and a run
/// killed there leaves the old folder under its hidden `aside` name, which the next writer
/// renames back before anything else (``AtomicFileSet``'s recovery).
enum FolderExchange {
    /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
    private static let renameExchange: UInt32 = 1 << 1

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// The C library's `renameat2`, when it has one.
    private static let renameat2: RenameAt2? = {
        #if os(Linux)
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    /// What an exchange did.
    enum Outcome: Equatable {
        /// The two names were swapped.
        case exchanged
        /// This system cannot exchange; nothing changed.
        case unsupported
        /// The exchange failed with this `errno`; nothing changed.
        case failed(Int32)
    }

    /// Exchanges `a` and `b` atomically (`useExchange: false` forces `.unsupported`, for tests
    /// of the fallback).
    static func exchange(_ a: String, _ b: String, useExchange: Bool = true) -> Outcome {
        guard useExchange, let renameat2 else { return .unsupported }
        if renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 { return .exchanged }
        let code = errno
        if code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP { return .unsupported }
        return .failed(code)
    }
}
