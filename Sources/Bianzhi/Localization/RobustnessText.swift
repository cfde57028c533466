/// What is wrong with hostile or out-of-range input (catalogue area: robustness — number
/// ranges GLPK can scale, control characters, the region tree's single root, unit-table files
/// that are not tables). Used through ``DiagnosticMessage/robustness(_:)``.
public enum RobustnessMessage: Localizable, Equatable {
    /// Not a plain decimal (hex, inf, nan).
    case numberNotDecimal(key: String)
    /// A non-zero number below the smallest magnitude GLPK can scale.
    case numberTooSmall(key: String, smallest: String)
    /// A number outside 0 or [lower, upper] (scenarios built in code).
    case outsideScalableRange(lower: String, upper: String)
    /// A text field holding a control character.
    case controlCharacter(key: String)
    /// A second region without a parent.
    case secondRoot(first: String, firstIndex: Int)
    /// The unit table is a folder, device or pipe.
    case unitTableNotRegular
    /// The unit table is a /proc or /sys file.
    case unitTableSystemFile
    /// The unit table holds control bytes.
    case unitTableBinary
    /// The first line names no unit-table column.
    case headerNamesNoColumn

    public var bilingual: Bilingual {
        switch self {
        case .numberNotDecimal(let key):
            return Bilingual(zh: "\(key) 应为十进制数（不接受十六进制、inf 或 nan）", en: "\(key) must be a decimal number ≥ 0 (not hex, inf or nan)")
        case .numberTooSmall(let key, let smallest):
            return Bilingual(zh: "\(key) 应为 0 或不小于 \(smallest)（GLPK 无法缩放更小的数）", en: "\(key) must be 0 or at least \(smallest) (GLPK cannot scale smaller numbers)")
        case .outsideScalableRange(let lower, let upper):
            return Bilingual(zh: "应为 0 或介于 \(lower) 与 \(upper) 之间（GLPK 无法缩放此范围以外的数）", en: "must be 0 or between \(lower) and \(upper) (GLPK cannot scale numbers outside this range)")
        case .controlCharacter(let key):
            return Bilingual(zh: "\(key) 含有控制字符（已转义显示）", en: "\(key) contains a control character (shown escaped)")
        case .secondRoot(let first, let index):
            return Bilingual(zh: "第二个顶层区域：\(first)（regions[\(index)]）也没有上级，区域必须构成一棵树", en: "a second root region: \(first) (regions[\(index)]) has no parent either, and the regions must form one tree")
        case .unitTableNotRegular:
            return Bilingual(zh: "单位表必须是普通文件（这是文件夹、设备或管道）", en: "the unit table must be a regular file (this is a folder, device or pipe)")
        case .unitTableSystemFile:
            return Bilingual(zh: "单位表必须是普通文件（这是读取时大小会变化的系统文件）", en: "the unit table must be a regular file (this is a system file whose size changes as it is read)")
        case .unitTableBinary:
            return Bilingual(zh: "单位表含有二进制内容（控制字节），不是 CSV 文本；内容不予显示", en: "the unit table holds binary content (control bytes), not CSV text; its content is not shown")
        case .headerNamesNoColumn:
            return Bilingual(zh: "第一行没有任何单位表的列名：这不像单位表（内容不予显示）", en: "the first line names none of the unit table's columns: this does not look like a unit table (its content is not shown)")
        }
    }
}

/// What to do about a ``RobustnessMessage``. Used through ``DiagnosticFix/robustness(_:)``.
public enum RobustnessFix: Localizable, Equatable {
    /// Free text on one line or as a block.
    case writeTextOnOneLine(key: String)
    /// Remove the control character.
    case removeControlCharacter
    /// Write 0 or a value in range.
    case writeInScalableRange
    /// Give the second root a parent.
    case giveParent(region: String, root: String)
    /// Give the path of the CSV file.
    case giveTablePath
    /// Save as CSV UTF-8.
    case saveAsCSV
    /// Check the `units:` path; the header row expected.
    case checkUnitsPath

    public var bilingual: Bilingual {
        switch self {
        case .writeTextOnOneLine(let key):
            return Bilingual(zh: "在 `\(key):` 后写一行文字，或用 `|` 写成文字块。", en: "write the text on one line after `\(key):`, or as a `|` block.")
        case .removeControlCharacter:
            return Bilingual(zh: "删去该字符：编号和名称只能是普通文字。", en: "remove it: ids and names are plain text.")
        case .writeInScalableRange:
            return Bilingual(zh: "写 0 表示不计此项，或写范围内的值（例如用 0.001 代替 1e-9）。", en: "write 0 to switch it off, or a value in the range (e.g. 0.001 instead of 1e-9).")
        case .giveParent(let region, let root):
            return Bilingual(zh: "为 \(region) 指定上级（例如 `parent: \(root)`），或把两个地区作为两个方案分别求解。", en: "give \(region) a parent (e.g. `parent: \(root)`), or solve the two areas as two scenarios.")
        case .giveTablePath:
            return Bilingual(zh: "写 CSV 或 Excel 单位表文件的路径。", en: "give the path of the CSV or Excel unit table.")
        case .saveAsCSV:
            return Bilingual(zh: "在电子表格中另存为“CSV UTF-8”或 .xlsx，并写该文件的路径。", en: "save the table from the spreadsheet as \"CSV UTF-8\" or .xlsx and give that file's path.")
        case .checkUnitsPath:
            return Bilingual(zh: "检查 `units:` 的路径；单位表第一行是列名：编号,名称,部门,区域,编制类型,编制数,实有人数,…", en: "check the `units:` path; the table starts with a header row: id,name,department,region,kind,quota,headcount,…")
        }
    }
}
