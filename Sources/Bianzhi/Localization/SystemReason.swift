import Foundation

/// The operating system's reason for a failed call (`errno`), named by its symbol so planners
/// and administrators can search for it (`ENOSPC`), then told in words: in Chinese for the
/// codes a write meets, in the system's own English otherwise (catalogue area: output files).
public enum SystemReason: Localizable, Equatable {
    case noSpace, readOnly, permissionDenied, notPermitted, quotaExceeded, inputOutput, noSuchEntry
    case notAFolder, exists, isAFolder, nameTooLong, tooManyOpenFiles, crossDevice, folderNotEmpty
    /// Any other code.
    case other(code: Int32)

    /// The reason of `code`.
    public init(errno code: Int32) {
        let known: [(Int32, SystemReason)] = [
            (ENOSPC, .noSpace), (EROFS, .readOnly), (EACCES, .permissionDenied), (EPERM, .notPermitted),
            (EDQUOT, .quotaExceeded), (EIO, .inputOutput), (ENOENT, .noSuchEntry), (ENOTDIR, .notAFolder),
            (EEXIST, .exists), (EISDIR, .isAFolder), (ENAMETOOLONG, .nameTooLong), (EMFILE, .tooManyOpenFiles),
            (EXDEV, .crossDevice), (ENOTEMPTY, .folderNotEmpty),
        ]
        self = known.first { $0.0 == code }?.1 ?? .other(code: code)
    }

    /// The symbol, the code and the Chinese words of a known reason.
    private var known: (symbol: String, code: Int32, zh: String)? {
        switch self {
        case .noSpace: return ("ENOSPC", ENOSPC, "磁盘空间已满")
        case .readOnly: return ("EROFS", EROFS, "文件系统只读")
        case .permissionDenied: return ("EACCES", EACCES, "没有权限")
        case .notPermitted: return ("EPERM", EPERM, "不允许此操作")
        case .quotaExceeded: return ("EDQUOT", EDQUOT, "超出磁盘配额")
        case .inputOutput: return ("EIO", EIO, "磁盘读写错误")
        case .noSuchEntry: return ("ENOENT", ENOENT, "没有这个文件或文件夹")
        case .notAFolder: return ("ENOTDIR", ENOTDIR, "路径中有一项不是文件夹")
        case .exists: return ("EEXIST", EEXIST, "已经存在")
        case .isAFolder: return ("EISDIR", EISDIR, "是一个文件夹")
        case .nameTooLong: return ("ENAMETOOLONG", ENAMETOOLONG, "名称过长")
        case .tooManyOpenFiles: return ("EMFILE", EMFILE, "打开的文件过多")
        case .crossDevice: return ("EXDEV", EXDEV, "不能跨文件系统移动")
        case .folderNotEmpty: return ("ENOTEMPTY", ENOTEMPTY, "文件夹不为空")
        case .other: return nil
        }
    }

    public var bilingual: Bilingual {
        if let known {
            return Bilingual(zh: "\(known.symbol)：\(known.zh)", en: "\(known.symbol): \(String(cString: strerror(known.code)))")
        }
        guard case .other(let code) = self else { preconditionFailure("every reason but other is known") }
        return Bilingual(zh: "系统错误码 \(code)", en: "\(String(cString: strerror(code))) (errno \(code))")
    }
}
