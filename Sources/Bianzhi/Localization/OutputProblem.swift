/// Why a file or folder could not be written (catalogue area: output files). The operating
/// system's reason, when a call failed, is added by ``OutputError`` as a ``SystemReason``;
/// details in parentheses come from a library, as it gives them.
public enum OutputProblem: Localizable, Equatable {
    // The target refused before anything is written.
    case rootFolder
    case fileInTheWay
    case folderInTheWay
    case currentFolder
    case cannotListFolder
    case subfolderInTheWay
    // Writing the new files.
    case cannotCreateFolder
    case cannotCreateBeside
    case cannotWrite
    case cannotOpenFolder
    case cannotFlushFolder
    case cannotReadEntry
    case cannotCarryLink
    case cannotCarryFile(detail: String)
    case workbook(detail: String)
    // Switching them in.
    case cannotMoveIntoPlace
    case cannotMoveFolderIntoPlace
    case cannotSwitchFolders
    case cannotMoveOldFolderAside
    // The lock.
    case cannotCreateLock
    case cannotLock
    case busy(seconds: Int)

    public var bilingual: Bilingual {
        switch self {
        case .rootFolder:
            return Bilingual(zh: "根文件夹不能被替换；请另指定一个专用文件夹", en: "the root folder cannot be replaced; name a folder of its own")
        case .fileInTheWay:
            return Bilingual(
                zh: "同名的文件挡住了输出文件夹；请另指定文件夹，或移走该文件",
                en: "a file is in the way: the output is a folder; name another folder or move the file")
        case .folderInTheWay:
            return Bilingual(zh: "同名的文件夹挡住了这个文件；请移走或改名该文件夹", en: "a folder is in the way of the file; move or rename the folder")
        case .currentFolder:
            return Bilingual(
                zh: "是当前文件夹（或包含当前文件夹），而结果文件夹会被整体替换；请另指定一个专用文件夹，例如 `--out result`",
                en: "is the current folder (or holds it), which a result folder replaces as a whole; name a folder of its own, e.g. `--out result`")
        case .cannotListFolder: return Bilingual(zh: "无法列出文件夹内容", en: "cannot list the folder")
        case .subfolderInTheWay:
            return Bilingual(
                zh: "输出文件夹中有这个子文件夹；结果文件夹会被整体替换，不能带上子文件夹：请移走它，或另指定文件夹",
                en: "the output folder holds this subfolder; a result folder is replaced as a whole and cannot carry folders: move it, or name another folder")
        case .cannotCreateFolder: return Bilingual(zh: "无法创建文件夹", en: "cannot create the folder")
        case .cannotCreateBeside: return Bilingual(zh: "无法在旁边创建临时文件夹", en: "cannot create a folder beside it")
        case .cannotWrite: return Bilingual(zh: "无法写入文件", en: "cannot write the file")
        case .cannotOpenFolder: return Bilingual(zh: "无法打开文件夹", en: "cannot open the folder")
        case .cannotFlushFolder: return Bilingual(zh: "无法把文件夹写入磁盘", en: "cannot flush the folder")
        case .cannotReadEntry: return Bilingual(zh: "无法读取该项", en: "cannot read the entry")
        case .cannotCarryLink: return Bilingual(zh: "无法把链接带到新文件夹", en: "cannot carry the link over")
        case .cannotCarryFile(let detail):
            return Bilingual(zh: "无法把文件带到新文件夹（\(detail)）", en: "cannot carry the file over into the new folder (\(detail))")
        case .workbook(let detail): return Bilingual(zh: "无法生成 Excel 文件（\(detail)）", en: "cannot build the workbook (\(detail))")
        case .cannotMoveIntoPlace: return Bilingual(zh: "无法把新文件放到位", en: "cannot move the new file into place")
        case .cannotMoveFolderIntoPlace: return Bilingual(zh: "无法把新文件夹放到位", en: "cannot move the new folder into place")
        case .cannotSwitchFolders: return Bilingual(zh: "无法换入新文件夹", en: "cannot switch the new folder in")
        case .cannotMoveOldFolderAside: return Bilingual(zh: "无法把原有文件夹移开", en: "cannot move the old folder aside")
        case .cannotCreateLock: return Bilingual(zh: "无法创建锁文件", en: "cannot create the lock file")
        case .cannotLock: return Bilingual(zh: "无法锁定锁文件", en: "cannot lock the lock file")
        case .busy(let seconds):
            return Bilingual(
                zh: "另一个 bianzhi 正在这里写入，已超过 \(seconds) 秒；请等它完成后再运行",
                en: "another bianzhi has been writing here for more than \(seconds) s; wait for it to finish and run again")
        }
    }
}
