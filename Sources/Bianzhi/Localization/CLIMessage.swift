/// What the `bianzhi` command prints besides results (catalogue area: command line):
/// outcomes, failures, option checks.
public enum CLIMessage: Localizable, Equatable {
    /// "3 errors, 1 warning" after the diagnostics.
    case problemCount(errors: Int, warnings: Int)
    /// The count line when an invalid scenario stops a command.
    case notSolved(errors: Int, warnings: Int)
    /// A failure with its detail (the detail is a file-system or library message).
    case error(detail: String)
    /// A solver failure on validated input: a bug.
    case internalError(detail: String)
    /// `--unit` names no unit.
    case unknownUnit(id: String)
    /// `validate` succeeded.
    case valid(scenario: String, units: Int, kinds: Int, regions: Int, pools: Int)
    /// Files written by `solve`/`report`.
    case wrote(files: [String], folder: String)
    /// `solve --out` left allocation.xlsx out under `--workbook auto`.
    case workbookLeftOut(units: Int, limit: Int)
    /// `report` of a result without the explanation.json `solve --out` writes beside it.
    case reportWithoutExplanation(result: String)
    /// `validate`: the exact checks prove a conflict (no allocation exists, exit 1).
    case conflicts(count: Int, scenario: String)
    /// `solve --time-limit` ran out before any allocation.
    case noAllocationWithinLimit(seconds: String)
    /// The progress line of `solve`.
    case solving(scenario: String)
    /// `export` wrote a model.
    case exported(file: String, rows: Int, columns: Int, nonzeros: Int)
    /// `generate` wrote a scenario.
    case generated(folder: String, scenario: String, table: String, units: Int, counties: Int, townships: Int, regions: Int)
    /// `diff`/`report` on a scenario that has no allocation.
    case scenarioInfeasible(path: String)
    /// `diff`/`report` on a scenario whose solve stopped without an allocation.
    case scenarioWithoutAllocation(path: String, status: String)

    // MARK: Option checks
    /// An option that must be ≥ 1.
    case atLeastOne(option: String)
    /// An option that must be ≥ 0.
    case notNegative(option: String)
    /// An option that must be a positive number of seconds.
    case positiveSeconds(option: String)
    /// An option that must name a folder.
    case nameAFolder(option: String)
    /// An option that must name a file.
    case nameAFile(option: String, example: String)
    /// `bench` without input.
    case scenariosOrScale
    /// `bench` with both inputs.
    case scenariosOrScaleNotBoth
    /// `bench --seeds` malformed.
    case seedsForm
    /// `generate` needs exactly one of `--scale` and `--block-units`.
    case scaleOrBlockUnits
    /// `generate --block-units` out of range.
    case blockUnitsRange(maximum: Int)

    public var bilingual: Bilingual {
        switch self {
        case .problemCount(let errors, let warnings):
            return Bilingual(
                zh: "\(errors) 个错误，\(warnings) 个警告",
                en: "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        case .notSolved(let errors, let warnings):
            let count = CLIMessage.problemCount(errors: errors, warnings: warnings)
            return Bilingual(zh: "\(count.text(.zh))：方案未求解。", en: "\(count.text(.en)): the scenario was not solved.")
        case .error(let detail): return Bilingual(zh: "错误：\(detail)", en: "error: \(detail)")
        case .internalError(let detail):
            return Bilingual(
                zh: "内部错误：\(detail)\n请连同方案文件一起反馈此问题。",
                en: "internal error: \(detail)\nPlease report this with the scenario file.")
        case .unknownUnit(let id):
            return Bilingual(zh: "错误：没有编号为“\(id)”的单位（--unit）。", en: "error: no unit has the id \"\(id)\" (--unit).")
        case .valid(let scenario, let units, let kinds, let regions, let pools):
            return Bilingual(
                zh: "\(scenario)：检查通过 — \(units) 个单位，\(kinds) 种编制类型，\(regions) 个区域，\(pools) 个总量控制范围",
                en: "\(scenario): valid — \(units) units, \(kinds) kinds, \(regions) regions, \(pools) pools")
        case .workbookLeftOut(let units, let limit):
            return Bilingual(
                zh: "未写出 allocation.xlsx：共 \(units) 个单位，超过 \(limit) 个（allocation.csv 含全部单位，Excel 可直接打开；需要时加 `--workbook always`）。",
                en: "allocation.xlsx left out: \(units) units, more than \(limit) (allocation.csv has every unit and opens in Excel; add --workbook always to write it).")
        case .wrote(let files, let folder):
            return Bilingual(
                zh: "已写入 \(folder)：\(files.joined(separator: "、"))",
                en: "wrote \(files.joined(separator: ", ")) to \(folder)")
        case .reportWithoutExplanation(let result):
            return Bilingual(
                zh: "提示：\(result) 旁没有 explanation.json，报告中不含原因分析部分（`bianzhi solve 方案 --out 文件夹` 会写出）。",
                en: "note: no explanation.json beside \(result): the report has no explanation section (`bianzhi solve SCENARIO --out DIR` writes one).")
        case .conflicts(let count, let scenario):
            return Bilingual(
                zh: "\(count) 处冲突：各项规则无法同时满足，不存在可行方案；`bianzhi explain \(scenario)` 给出解决办法。",
                en: "\(count) conflict(s): the rules cannot all hold, no allocation exists; `bianzhi explain \(scenario)` shows the ways out.")
        case .noAllocationWithinLimit(let seconds):
            return Bilingual(
                zh: "在 --time-limit \(seconds) 秒内没有找到调整方案；规则未必互相矛盾，请放宽时限。",
                en: "no allocation was found within --time-limit \(seconds) s; the rules may still hold: raise the limit.")
        case .solving(let scenario): return Bilingual(zh: "正在求解 \(scenario)…", en: "solving \(scenario)…")
        case .exported(let file, let rows, let columns, let nonzeros):
            return Bilingual(
                zh: "已写入 \(file)：\(rows) 行，\(columns) 列，\(nonzeros) 个非零系数（名称对照见 \(file).labels.tsv）",
                en: "wrote \(file): \(rows) rows, \(columns) columns, \(nonzeros) non-zeros (labels in \(file).labels.tsv)")
        case .generated(let folder, let scenario, let table, let units, let counties, let townships, let regions):
            return Bilingual(
                zh: "已写入 \(folder)/\(scenario) 和 \(table)：\(units) 个单位，\(counties) 个县，\(townships) 个乡镇，\(regions) 个区域",
                en: "wrote \(folder)/\(scenario) and \(table): \(units) units, \(counties) counties, \(townships) townships, \(regions) regions")
        case .scenarioInfeasible(let path):
            return Bilingual(
                zh: "\(path)：无可行方案 — 各项规则无法同时满足（运行 `bianzhi solve \(path)` 查看原因）",
                en: "\(path): infeasible — the rules cannot all hold (run `bianzhi solve \(path)` for details)")
        case .scenarioWithoutAllocation(let path, let status):
            return Bilingual(zh: "\(path)：没有调整方案（\(status)）", en: "\(path): no allocation (\(status))")
        case .atLeastOne(let option): return Bilingual(zh: "\(option) 至少为 1。", en: "\(option) must be at least 1.")
        case .notNegative(let option): return Bilingual(zh: "\(option) 不能小于 0。", en: "\(option) must be 0 or more.")
        case .positiveSeconds(let option):
            return Bilingual(zh: "\(option) 应为大于 0 的秒数。", en: "\(option) must be a positive number of seconds.")
        case .nameAFolder(let option): return Bilingual(zh: "\(option) 应为文件夹名。", en: "\(option) must name a folder.")
        case .nameAFile(let option, let example):
            return Bilingual(zh: "\(option) 应为文件名，例如 \(example)。", en: "\(option) must name a file, e.g. \(example).")
        case .scenariosOrScale:
            return Bilingual(zh: "请给出方案文件或 --scale。", en: "give scenario files or --scale.")
        case .scenariosOrScaleNotBoth:
            return Bilingual(zh: "方案文件和 --scale 只能给一种。", en: "give scenario files or --scale, not both.")
        case .seedsForm:
            return Bilingual(zh: "--seeds 应为 N 或 A...B（A ≤ B）。", en: "--seeds must be N or A...B with A ≤ B.")
        case .scaleOrBlockUnits:
            return Bilingual(zh: "--scale 和 --block-units 须给且只给一个。", en: "give exactly one of --scale and --block-units.")
        case .blockUnitsRange(let maximum):
            return Bilingual(zh: "--block-units 应在 1 到 \(maximum) 之间。", en: "--block-units must be between 1 and \(maximum).")
        }
    }
}
