/// What is wrong or noted when a register export is read (catalogue area: registers — encodings,
/// Excel workbooks, register columns and rows, `bianzhi init`). Used through
/// ``DiagnosticMessage/register(_:)``.
public enum RegisterMessage: Localizable, Equatable {
    /// The scenario path names an Excel workbook.
    case scenarioIsWorkbook(name: String, path: String)
    /// A file is neither UTF-8 nor GB18030 text.
    case fileNotText
    /// A table is neither text nor a workbook.
    case tableNotText
    /// A table is UTF-16 (Excel's "Unicode text").
    case tableIsUTF16
    /// A file was read in an encoding other than UTF-8.
    case readAs(TextEncoding)
    /// `key：` with a full-width colon.
    case fullWidthColon(key: String)
    /// Register columns the format does not use.
    case unusedColumns
    /// Columns with no header and no data.
    case blankColumns
    /// A column with data but no header.
    case headerlessData
    /// Total rows skipped.
    case totalRows
    /// Title rows above the header skipped.
    case titleRows
    /// `sheet:` given for a CSV file.
    case sheetOnText
    /// Not a zip of Excel parts.
    case notWorkbook
    /// A workbook without sheets.
    case noWorksheet
    /// No sheet of that name.
    case noSheetNamed(String)
    /// The sheet's part is missing.
    case sheetPartMissing(sheet: String, part: String)
    /// The sheet's XML is damaged.
    case sheetDamaged(sheet: String)
    /// A cell reference such as `A1` is malformed.
    case badCellReference(sheet: String, reference: String)
    /// A cell refers to a shared string that does not exist.
    case missingSharedString(sheet: String, cell: String)
    /// The temporary copy of a workbook could not be written.
    case temporaryCopyFailed(folder: String)
    /// `bianzhi init`: rows without a region were placed in the root.
    case unplacedUnits(count: Int, root: String)
    /// `bianzhi init`: level cells not understood.
    case levelNotUnderstood
    /// `bianzhi init`: no level cell; taken from the name.
    case levelFromName
    /// `bianzhi init`: three levels or more, all under the root.
    case threeLevels(root: String)
    /// `bianzhi init`: the register has no unit rows.
    case noUnitRows

    public var bilingual: Bilingual {
        switch self {
        case .scenarioIsWorkbook(let name, let path):
            return Bilingual(
                zh: "这是 Excel 工作簿，不是方案文件；请在方案中引用它（`units: \(name)`），或运行 `bianzhi init \(path) --out scenario.yaml` 生成方案",
                en: "this is an Excel workbook, not a scenario; reference it from a scenario (`units: \(name)`) or run `bianzhi init \(path) --out scenario.yaml`")
        case .fileNotText:
            return Bilingual(zh: "文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本", en: "the file is neither UTF-8 nor GB18030/GBK text")
        case .tableNotText:
            return Bilingual(
                zh: "单位表既不是 UTF-8 或 GB18030/GBK 编码的文本，也不是 .xlsx 工作簿",
                en: "the unit table is neither UTF-8 nor GB18030/GBK text (nor an .xlsx workbook)")
        case .tableIsUTF16:
            return Bilingual(
                zh: "文件是 UTF-16 文本（Excel 的“Unicode 文本”，以制表符分隔），不是 CSV",
                en: "the file is UTF-16 text (Excel's `Unicode 文本`, tab-separated), not CSV")
        case .readAs(let encoding):
            return Bilingual(
                zh: "文件不是 UTF-8 编码，已按 \(encoding.displayName) 编码读取",
                en: "the file is not UTF-8; read as \(encoding.displayName)")
        case .fullWidthColon(let key):
            return Bilingual(
                zh: "键 `\(key)` 后面是全角冒号 `：`（输入法处于中文状态）",
                en: "full-width colon `：` after the key `\(key)` (an input method in Chinese mode)")
        case .unusedColumns:
            return Bilingual(zh: "这些列方案不使用，已忽略", en: "column(s) not used by the format, ignored")
        case .blankColumns:
            return Bilingual(zh: "没有表头的空列，已跳过", en: "empty column(s) without a header, skipped")
        case .headerlessData:
            return Bilingual(zh: "这一列有数据但没有表头", en: "the column has data but no header")
        case .totalRows:
            return Bilingual(zh: "合计、总计、小计行已跳过", en: "total row(s) (`合计`, `总计`, `小计`) skipped")
        case .titleRows:
            return Bilingual(zh: "表头上方的标题行已跳过", en: "title row(s) above the header skipped")
        case .sheetOnText:
            return Bilingual(zh: "`sheet` 只适用于 .xlsx 工作簿，而这个文件是 CSV 文本", en: "`sheet` applies to an .xlsx workbook, and this file is CSV text")
        case .notWorkbook:
            return Bilingual(
                zh: "文件不是有效的 .xlsx 工作簿（不是由 Excel 部件组成的压缩包）",
                en: "the file is not a valid .xlsx workbook (not a zip archive of Excel parts)")
        case .noWorksheet:
            return Bilingual(zh: "工作簿中没有工作表", en: "the workbook has no worksheet")
        case .noSheetNamed(let name):
            return Bilingual(zh: "工作簿中没有名为“\(name)”的工作表", en: "the workbook has no sheet named \"\(name)\"")
        case .sheetPartMissing(let sheet, let part):
            return Bilingual(zh: "工作簿中缺少工作表“\(sheet)”（\(part)）", en: "the sheet \"\(sheet)\" is missing from the workbook (\(part))")
        case .sheetDamaged(let sheet):
            return Bilingual(zh: "工作表“\(sheet)”已损坏，无法读取", en: "the sheet \"\(sheet)\" cannot be read: its XML is damaged")
        case .badCellReference(let sheet, let reference):
            return Bilingual(zh: "工作表“\(sheet)”中的单元格引用“\(reference)”有误", en: "the sheet \"\(sheet)\" has a malformed cell reference \"\(reference)\"")
        case .missingSharedString(let sheet, let cell):
            return Bilingual(
                zh: "工作表“\(sheet)”的单元格 \(cell) 引用了不存在的共享文本",
                en: "the sheet \"\(sheet)\" cannot be read: the cell \(cell) refers to a missing shared string")
        case .temporaryCopyFailed(let folder):
            return Bilingual(zh: "无法在 \(folder) 中写入工作簿的临时副本", en: "cannot write a temporary copy of the workbook to \(folder)")
        case .unplacedUnits(let count, let root):
            return Bilingual(
                zh: "\(count) 个单位没有填写所在区域，已归入\(root)（`units: {…, region: \(root)}`）",
                en: "\(count) unit(s) without a region were placed in \(root) (`units: {…, region: \(root)}`)")
        case .levelNotUnderstood:
            return Bilingual(zh: "无法识别层级，已按区域名称判断", en: "level not understood; taken from the region's name")
        case .levelFromName:
            return Bilingual(zh: "没有填写层级，已按区域名称判断", en: "no level given; taken from the region's name")
        case .threeLevels(let root):
            return Bilingual(
                zh: "台账有三个或更多层级，所有区域都直接放在\(root)之下",
                en: "the register has three or more levels; every region was placed directly under \(root)")
        case .noUnitRows:
            return Bilingual(zh: "台账中没有单位行", en: "the register has no unit rows")
        }
    }
}

/// What to do about a ``RegisterMessage``. Used through ``DiagnosticFix/register(_:)``.
public enum RegisterFix: Localizable, Equatable {
    /// Save the table in a format the loader reads.
    case saveAsCSVOrWorkbook
    /// Save a UTF-16 table as CSV or a workbook.
    case saveUTF16AsCSV
    /// Nothing to do if the text reads correctly.
    case checkEncoding
    /// Write `key: ` with an ASCII colon.
    case asciiColon(key: String)
    /// Nothing to do; delete unused columns to silence the warning.
    case deleteUnusedColumns
    /// Nothing to do; delete empty columns to silence the warning.
    case deleteEmptyColumns
    /// Give the column a header or delete it.
    case nameTheColumn
    /// Nothing to do; totals are computed.
    case totalsAreComputed
    /// Nothing to do; the header is read from this line.
    case headerAt(line: Int)
    /// Remove `sheet:` or point at a workbook.
    case removeSheet
    /// Save the workbook again.
    case resaveWorkbook
    /// Use one of these sheets.
    case useSheets([String])
    /// Put the unit table on the first sheet.
    case addUnitSheet
    /// Make the temporary folder writable.
    case temporaryFolderWritable
    /// Add a required column (with every accepted header).
    case addColumn(chinese: String, key: String, also: [String])
    /// Fill in the region or change `region` under `units`.
    case fillRegion
    /// Write an accepted level or correct it in the scenario.
    case writeLevel(forms: String)
    /// Check the levels of these regions in the scenario.
    case checkLevels
    /// Set each township's parent.
    case setParents
    /// Export the register with its header and unit rows.
    case exportUnitRows

    public var bilingual: Bilingual {
        switch self {
        case .saveAsCSVOrWorkbook:
            return Bilingual(
                zh: "请在电子表格中另存为“CSV UTF-8”、“CSV”或“Excel 工作簿 (*.xlsx)”。",
                en: "save the table from the spreadsheet as `CSV UTF-8`, `CSV` or `Excel 工作簿 (*.xlsx)`.")
        case .saveUTF16AsCSV:
            return Bilingual(
                zh: "请另存为“CSV UTF-8（逗号分隔）”或 .xlsx 工作簿。",
                en: "save the sheet as `CSV UTF-8 (逗号分隔)` or as an .xlsx workbook.")
        case .checkEncoding:
            return Bilingual(
                zh: "中文显示正确即可；另存为“CSV UTF-8”可消除此提示。",
                en: "nothing to do if the Chinese text reads correctly; save as `CSV UTF-8` to silence this note.")
        case .asciiColon(let key):
            return Bilingual(zh: "改写为 `\(key): `（半角冒号加一个空格）。", en: "write `\(key): ` with an ASCII colon followed by a space.")
        case .deleteUnusedColumns:
            return Bilingual(zh: "无需处理；从表中删除这些列即可消除此提示。", en: "nothing to do; delete them from the table to silence this warning.")
        case .deleteEmptyColumns:
            return Bilingual(zh: "无需处理；在电子表格中删除空列即可消除此提示。", en: "nothing to do; delete the empty columns in the spreadsheet to silence this warning.")
        case .nameTheColumn:
            return Bilingual(zh: "填写表头（例如“备注”），或删除这一列。", en: "write a header (e.g. `备注`) or delete the column.")
        case .totalsAreComputed:
            return Bilingual(zh: "无需处理；合计由各单位数据计算。", en: "nothing to do; totals are computed from the units.")
        case .headerAt(let line):
            return Bilingual(zh: "无需处理；表头从第 \(line) 行读取。", en: "nothing to do; the header is read from line \(line).")
        case .removeSheet:
            return Bilingual(zh: "删除 `sheet:`，或让 `file:` 指向 .xlsx 工作簿。", en: "remove `sheet:`, or point `file:` at the .xlsx workbook.")
        case .resaveWorkbook:
            return Bilingual(
                zh: "请用 Excel 或 WPS 打开并另存为“Excel 工作簿 (*.xlsx)”，或把工作表另存为 CSV。",
                en: "open it in Excel or WPS and save it again as `Excel 工作簿 (*.xlsx)`, or save the sheet as CSV.")
        case .useSheets(let sheets):
            return Bilingual(zh: "使用以下工作表之一：\(sheets.joined(separator: "、"))。", en: "use one of the sheets: \(sheets.joined(separator: ", ")).")
        case .addUnitSheet:
            return Bilingual(zh: "把单位编制表放在第一个工作表。", en: "add the unit table as the first sheet.")
        case .temporaryFolderWritable:
            return Bilingual(zh: "请确认临时文件夹（TMPDIR）可写。", en: "check that the temporary folder (TMPDIR) is writable.")
        case .addColumn(let chinese, let key, let also):
            return Bilingual(
                zh: "添加“\(chinese)”列（或 `\(key)`；也可用：\(also.joined(separator: "、"))）。",
                en: "add a column `\(chinese)` (or `\(key)`; also accepted: \(also.map { "`\($0)`" }.joined(separator: ", "))).")
        case .fillRegion:
            return Bilingual(
                zh: "在台账中填写所在区域，或修改方案中 `units` 下的 `region`。",
                en: "fill in the region in the register, or change `region` under `units` in the scenario.")
        case .writeLevel(let forms):
            return Bilingual(
                zh: "在台账中填写以下之一：\(forms)；或在方案中修改 `level`。",
                en: "write one of `\(forms)` in the register, or correct `level` in the scenario.")
        case .checkLevels:
            return Bilingual(zh: "请核对方案中这些区域的 `level`。", en: "check `level` of these regions in the scenario.")
        case .setParents:
            return Bilingual(zh: "在方案的 `regions` 中把每个乡镇的 `parent` 设为所属的县。", en: "set `parent` of each township to its county in the scenario's `regions`.")
        case .exportUnitRows:
            return Bilingual(
                zh: "导出台账时保留表头，每个单位、每种编制类型一行。",
                en: "export the register with its header row and one row per unit and kind.")
        }
    }
}

/// What `bianzhi init` and `explain --unit` say on the terminal (catalogue area: registers).
public enum RegisterCLIText: Localizable, Equatable {
    /// `init`'s one-line help.
    case initAbstract
    /// `init`'s help discussion.
    case initDiscussion
    /// Help of the REGISTER argument.
    case registerArgument
    /// Help of `--out`.
    case outOption
    /// Help of `--sheet`.
    case sheetOption
    /// Help of `--force`.
    case forceOption
    /// The register is missing.
    case registerMissing(path: String)
    /// `--out` names the register.
    case outIsRegister(path: String)
    /// `--out` exists.
    case outExists(path: String)
    /// `--out` is a folder.
    case outIsFolder(path: String)
    /// Errors, nothing written.
    case nothingWritten(errors: Int)
    /// More than one province.
    case provinces(path: String, names: [String])
    /// How the register was read.
    case registerRead(String)
    /// Heading of the column mapping.
    case columnsMapped
    /// The draft was written.
    case written(path: String, units: Int, kinds: Int, regions: Int)
    /// What to do next.
    case next(path: String)
    /// The output could not be written.
    case cannotWrite(detail: String)
    /// `--unit NAME` matches several units.
    case ambiguousUnit(query: String, count: Int)
    /// `--unit NAME` matches nothing.
    case unknownUnitName(query: String, suggestions: [String])

    public var bilingual: Bilingual {
        switch self {
        case .initAbstract:
            return Bilingual(
                zh: "根据编制台账（.xlsx，或 UTF-8/GBK 编码的 CSV）生成方案草稿。",
                en: "Draft a scenario from a register export (.xlsx, or CSV in UTF-8 or GBK).")
        case .initDiscussion:
            return Bilingual(
                zh: "草稿声明台账中的编制类型和区域，直接引用台账作为单位编制表，并写出带中文注释的默认规则；同时列出台账各列的对应关系。退出码：0 已生成；2 用法错误或输出文件已存在（可加 --force）；65 台账无法读取或有错误；73 无法写入文件。",
                en: "The draft declares the kinds and regions found in the register, references the register as its unit table, and writes out the default rules with Chinese comments. It prints which register columns were mapped to what. Exit status: 0 written; 2 usage or the output exists (use --force); 65 the register cannot be read or has errors; 73 the file cannot be written.")
        case .registerArgument:
            return Bilingual(zh: "编制台账：.xlsx 工作簿，或 CSV（UTF-8、带 BOM 的 UTF-8、GBK/GB18030）。", en: "The register export: .xlsx workbook or CSV (UTF-8, UTF-8 with BOM, or GBK/GB18030).")
        case .outOption:
            return Bilingual(zh: "要写入的方案文件（YAML）。", en: "The scenario file to write (YAML).")
        case .sheetOption:
            return Bilingual(zh: ".xlsx 台账的工作表名称（默认第一个工作表）。", en: "The worksheet of an .xlsx register (default: the first sheet).")
        case .forceOption:
            return Bilingual(zh: "输出文件已存在时覆盖。", en: "Replace the output file if it exists.")
        case .registerMissing(let path):
            return Bilingual(zh: "\(path)：错误：台账不存在或无法读取。改法：请检查路径。", en: "\(path): error: the register does not exist or cannot be read. Fix: check the path.")
        case .outIsRegister(let path):
            return Bilingual(
                zh: "\(path)：错误：--out 指向了台账本身。改法：把方案写到另一个文件，例如 scenario.yaml。",
                en: "\(path): error: --out names the register itself. Fix: write the scenario to another file, e.g. scenario.yaml.")
        case .outExists(let path):
            return Bilingual(
                zh: "\(path)：错误：文件已存在。改法：换一个 --out，或加 --force 覆盖。",
                en: "\(path): error: the file already exists. Fix: choose another --out, or add --force to replace it.")
        case .outIsFolder(let path):
            return Bilingual(
                zh: "\(path)：错误：这是一个文件夹。改法：给出文件名，例如 scenario.yaml。",
                en: "\(path): error: this is a folder. Fix: give a file name such as scenario.yaml.")
        case .nothingWritten(let errors):
            return Bilingual(zh: "\(errors) 个错误：未生成方案。", en: "\(errors) error(s): no scenario was written.")
        case .provinces(let path, let names):
            return Bilingual(
                zh: "\(path)：错误：台账涉及 \(names.count) 个省（\(names.joined(separator: "、"))），一个方案最多覆盖一个省。改法：按省拆分台账。",
                en: "\(path): error: the register names \(names.count) provinces (\(names.joined(separator: ", "))); a scenario covers one province at most. Fix: split the register by province.")
        case .registerRead(let how):
            return Bilingual(zh: "已读取台账：\(how)", en: "register read: \(how)")
        case .columnsMapped:
            return Bilingual(zh: "台账列的对应关系：", en: "columns mapped:")
        case .written(let path, let units, let kinds, let regions):
            return Bilingual(
                zh: "\(path)：已生成方案草稿 — \(units) 个单位，\(kinds) 种编制类型，\(regions) 个区域",
                en: "\(path): written — \(units) units, \(kinds) kinds, \(regions) regions")
        case .next(let path):
            return Bilingual(
                zh: "下一步：核对区域和编制类型，按需修改规则，然后运行 `bianzhi solve \(path) --out 结果`。",
                en: "Next: check regions and kinds, edit the rules, then `bianzhi solve \(path) --out RESULT`.")
        case .cannotWrite(let detail):
            return Bilingual(zh: "错误：\(detail)", en: "error: \(detail)")
        case .ambiguousUnit(let query, let count):
            return Bilingual(
                zh: "错误：--unit “\(query)”：有 \(count) 个单位同名，请写编号：",
                en: "error: --unit \"\(query)\": \(count) units have this name; give one id:")
        case .unknownUnitName(let query, let suggestions):
            return Bilingual(
                zh: "错误：--unit “\(query)”：没有此编号或名称的单位" + (suggestions.isEmpty ? "" : "；是否指：\(suggestions.joined(separator: "、"))？"),
                en: "error: --unit \"\(query)\": no unit has this id or name" + (suggestions.isEmpty ? "" : "; did you mean: \(suggestions.joined(separator: ", "))?"))
        }
    }
}
