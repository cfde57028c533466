/// Why a file could not be written (catalogue area: output files). Details in parentheses
/// come from the system or a library, as they give them.
public enum OutputProblem: Localizable, Equatable {
    case cannotCreateFolder(detail: String)
    case cannotWrite
    case folderInTheWay
    case cannotMoveAside(detail: String)
    case cannotMoveIntoPlace(detail: String)
    case workbook(detail: String)

    public var bilingual: Bilingual {
        switch self {
        case .cannotCreateFolder(let detail):
            return Bilingual(zh: "无法创建文件夹（\(detail)）", en: "cannot create the folder (\(detail))")
        case .cannotWrite: return Bilingual(zh: "无法写入文件（文件夹是否可写？）", en: "cannot write the file (is the folder writable?)")
        case .folderInTheWay:
            return Bilingual(zh: "同名的文件夹挡住了这个文件；请移走或改名该文件夹", en: "a folder is in the way of the file; move or rename the folder")
        case .cannotMoveAside(let detail):
            return Bilingual(zh: "无法把原有文件移开（\(detail)）", en: "cannot move the previous file aside (\(detail))")
        case .cannotMoveIntoPlace(let detail):
            return Bilingual(zh: "无法把新文件放到位（\(detail)）", en: "cannot move the new file into place (\(detail))")
        case .workbook(let detail): return Bilingual(zh: "无法生成 Excel 文件（\(detail)）", en: "cannot build the workbook (\(detail))")
        }
    }
}
