/// What is wrong, for every diagnostic the loader and the validator report (catalogue area:
/// diagnostics). Rendered without a final full stop; ``DiagnosticFix`` says what to do.
///
/// Field and key names (`quota`, `units[3].region`) are the file's own syntax and stay as
/// written in both languages; everything around them is translated.
public enum DiagnosticMessage: Localizable, Equatable {
    /// A message not yet moved into the catalogue (same text in both languages); only the
    /// deprecated `Diagnostic.error(…message: String…)` makes one.
    case untranslated(String)
    /// Locks, min/max and the planner-rule values (``PlannerRuleMessage``).
    case plannerRule(PlannerRuleMessage)
    /// Registers: encodings, workbooks, register columns and rows, `bianzhi init` (RegisterText.swift).
    case register(RegisterMessage)
    /// Staffing standards and drivers (StandardText.swift).
    case standard(StandardMessage)
    /// Hostile or out-of-range input: number ranges, control characters, one root, unit-table files (RobustnessText.swift).
    case robustness(RobustnessMessage)
    /// A result.json given to `report` or `diff` (``ResultReadProblem``).
    case resultFile(ResultReadProblem)

    // MARK: Reading files
    /// The scenario file is missing or unreadable.
    case fileUnreadable
    /// The YAML file has no content.
    case fileEmpty
    /// libyaml's own message (English, from the library), with where the construct began.
    case yamlSyntax(problem: String, context: String?, line: Int?, column: Int?)
    /// The YAML library failed otherwise.
    case yamlUnreadable(detail: String)
    /// A key appears twice in one mapping.
    case duplicateKey
    /// The CSV unit table is missing.
    case unitTableUnreadable(path: String)
    /// A quoted CSV field is never closed.
    case unclosedQuote
    /// The CSV unit table has no rows.
    case unitTableEmpty
    /// A CSV column nobody reads.
    case unknownColumn(suggestion: String?)
    /// The same column twice.
    case duplicateColumn(key: String)
    /// A required column is missing.
    case missingColumn
    /// A row's cell count differs from the header's.
    case cellCount(row: Int, header: Int)
    /// A required CSV cell is empty.
    case emptyCell

    // MARK: Shape of the YAML
    /// A value must be a mapping.
    case notMapping
    /// A mapping key is not text.
    case keyNotText
    /// A key the format does not know.
    case unknownKey(suggestion: String?)
    /// A required key has no value.
    case requiredValueEmpty
    /// A required key is absent.
    case requiredKeyMissing
    /// A value must be a list.
    case notList
    /// A value must be text.
    case notText(key: String)
    /// A text value is blank.
    case blank(key: String)
    /// A whole number above the cap.
    case wholeNumberAbove(key: String, maximum: Int)
    /// A whole number below the minimum (or not a whole number at all).
    case wholeNumberBelow(key: String, minimum: Int)
    /// A number above the cap.
    case numberAbove(key: String, maximum: Int)
    /// A number below 0 (or not a number).
    case numberBelowZero(key: String)
    /// Not `true`/`false`.
    case notBool(key: String)
    /// An unknown level name.
    case unknownLevel(suggestion: String?)
    /// A tag that is not text.
    case tagNotText
    /// `reserve` is not none, a whole number or unlimited.
    case reserveForm
    /// `floor` is not a share or `current`.
    case floorForm
    /// A share floor selects by neither level nor tag.
    case floorWithoutSelection
    /// An unknown objective term.
    case unknownTerm(suggestion: String?)

    // MARK: Meaning
    /// An id used twice.
    case duplicateID(item: ScenarioItem, section: String, index: Int, at: SourceLocation?)
    /// `horizon` below 1.
    case horizonBelowOne
    /// `scenario.date` not a `YYYY-MM-DD` date that exists.
    case notADate(key: String)
    /// `horizon` above the longest plan.
    case horizonAboveMaximum(maximum: Int)
    /// A reference to a region that does not exist.
    case unknownRegion(suggestion: String?)
    /// A reference to a kind that does not exist.
    case unknownKind(suggestion: String?)
    /// A region not below its parent.
    case notBelowParent(region: String, parent: String, parentLevel: Level)
    /// A cycle of parents.
    case regionCycle(names: [String])
    /// No units at all.
    case noUnits
    /// A figure above the cap.
    case atMost(key: String, maximum: Int)
    /// Attrition above the headcount.
    case attritionAboveHeadcount(unit: String, attrition: Int, headcount: Int)
    /// A tag that is empty or holds `;`.
    case badTag
    /// A share outside [0, 1].
    case shareOutOfRange(key: String)
    /// A yearly share outside [0, 1].
    case yearlyShareOutOfRange(key: String)
    /// A share of need outside [0, 1].
    case shareOfNeedOutOfRange(key: String)
    /// Two pools for one kind and scope.
    case duplicatePool(kind: String, scope: String, index: Int, at: SourceLocation?)
    /// A declared pool with no unit.
    case poolWithoutUnits
    /// A pool's new total above its current sum.
    case poolTotalGrows(total: Int, current: Int, units: Int)
    /// A channel end that is no pool.
    case noPoolScope(kind: String, suggestion: String?)
    /// A channel from a pool to itself.
    case channelToItself
    /// Two priority classes for one tag.
    case duplicatePriority(index: Int, at: SourceLocation?)
    /// A weight that is not above 0.
    case notPositive(key: String)
    /// A share floor that selects nobody.
    case floorSelectsNoUnit
    /// An empty objective tier.
    case emptyTier
    /// A term in two tiers.
    case termRepeated(tier: Int)
    /// Lane costs out of order.
    case lanesOutOfOrder
    /// A failed exact check: no allocation satisfies the hard rules (FeasibilityText.swift).
    case exactCheck(FeasibilityMessage)

    public var bilingual: Bilingual {
        switch self {
        case .untranslated(let text): return Bilingual(zh: text, en: text)
        case .plannerRule(let message): return message.bilingual
        case .register(let message): return message.bilingual
        case .standard(let message): return message.bilingual
        case .robustness(let message): return message.bilingual
        case .resultFile(let problem): return problem.bilingual
        case .fileUnreadable:
            return Bilingual(zh: "文件不存在或无法读取", en: "the file does not exist or cannot be read")
        case .fileEmpty: return Bilingual(zh: "文件是空的", en: "the file is empty")
        case .yamlSyntax(let problem, let context, let line, let column):
            let whereZh = context.map { "（\($0)，起于第 \(line ?? 0) 行第 \(column ?? 0) 列）" } ?? ""
            let whereEn = context.map { " (\($0) that starts at line \(line ?? 0), column \(column ?? 0))" } ?? ""
            return Bilingual(zh: "YAML 格式错误：\(problem)\(whereZh)", en: "YAML syntax error: \(problem)\(whereEn)")
        case .yamlUnreadable(let detail):
            return Bilingual(zh: "无法读取 YAML：\(detail)", en: "YAML cannot be read: \(detail)")
        case .duplicateKey:
            return Bilingual(zh: "同一组设置里有重复的键", en: "a key appears twice in the same mapping")
        case .unitTableUnreadable(let path):
            return Bilingual(zh: "单位表 \(path) 不存在或无法读取", en: "the unit table \(path) does not exist or cannot be read")
        case .unclosedQuote:
            return Bilingual(zh: "此处开始的引号没有闭合", en: "a quoted field opened here is never closed")
        case .unitTableEmpty: return Bilingual(zh: "单位表是空的", en: "the unit table is empty")
        case .unknownColumn(let suggestion):
            return Bilingual(
                zh: "无法识别的列" + Self.didYouMeanZh(suggestion), en: "unknown column" + Self.didYouMeanEn(suggestion))
        case .duplicateColumn(let key):
            return Bilingual(zh: "列 `\(key)` 出现了两次", en: "column `\(key)` appears twice")
        case .missingColumn: return Bilingual(zh: "缺少必填列", en: "required column is missing")
        case .cellCount(let row, let header):
            return Bilingual(zh: "这一行有 \(row) 格，表头有 \(header) 格", en: "the row has \(row) cells but the header has \(header)")
        case .emptyCell: return Bilingual(zh: "必填的单元格是空的", en: "required cell is empty")
        case .notMapping: return Bilingual(zh: "应为“键: 值”形式的一组设置", en: "must be a mapping of keys")
        case .keyNotText: return Bilingual(zh: "键必须是文字", en: "a key must be plain text")
        case .unknownKey(let suggestion):
            return Bilingual(zh: "无法识别的键" + Self.didYouMeanZh(suggestion), en: "unknown key" + Self.didYouMeanEn(suggestion))
        case .requiredValueEmpty: return Bilingual(zh: "必填项没有填写", en: "required value is empty")
        case .requiredKeyMissing: return Bilingual(zh: "缺少必填项", en: "required key is missing")
        case .notList: return Bilingual(zh: "应为列表", en: "must be a list")
        case .notText(let key): return Bilingual(zh: "\(key) 应为文字", en: "\(key) must be text")
        case .blank(let key): return Bilingual(zh: "\(key) 不能为空白", en: "\(key) must not be blank")
        case .wholeNumberAbove(let key, let maximum):
            return Bilingual(zh: "\(key) 应为不大于 \(maximum) 的整数", en: "\(key) must be a whole number ≤ \(maximum)")
        case .wholeNumberBelow(let key, let minimum):
            return Bilingual(zh: "\(key) 应为不小于 \(minimum) 的整数", en: "\(key) must be a whole number ≥ \(minimum)")
        case .numberAbove(let key, let maximum):
            return Bilingual(zh: "\(key) 应为不大于 \(maximum) 的数", en: "\(key) must be a number ≤ \(maximum)")
        case .numberBelowZero(let key):
            return Bilingual(zh: "\(key) 应为不小于 0 的数", en: "\(key) must be a number ≥ 0")
        case .notBool(let key): return Bilingual(zh: "\(key) 应为 true 或 false", en: "\(key) must be true or false")
        case .unknownLevel(let suggestion):
            return Bilingual(zh: "无法识别的层级" + Self.didYouMeanZh(suggestion), en: "unknown level" + Self.didYouMeanEn(suggestion))
        case .tagNotText: return Bilingual(zh: "标签应为文字", en: "a tag must be text")
        case .reserveForm:
            return Bilingual(zh: "reserve 应为 none、不小于 0 的整数或 unlimited", en: "reserve must be none, a whole number ≥ 0 or unlimited")
        case .floorForm:
            return Bilingual(zh: "floor 应为 0 到 1 之间的比例或 `current`", en: "floor must be a share between 0 and 1 or `current`")
        case .floorWithoutSelection:
            return Bilingual(zh: "占比下限必须用 `level` 和/或 `tag` 选定单位", en: "a share floor must select units by `level` and/or `tag`")
        case .unknownTerm(let suggestion):
            return Bilingual(zh: "无法识别的目标项" + Self.didYouMeanZh(suggestion), en: "unknown objective term" + Self.didYouMeanEn(suggestion))
        case .duplicateID(let item, let section, let index, let at):
            return Bilingual(
                zh: "\(item.text(.zh))编号重复，\(section)[\(index)]\(Self.atZh(at))已使用",
                en: "duplicate \(item.text(.en)) id, also used by \(section)[\(index)]\(Self.atEn(at))")
        case .notADate(let key):
            return Bilingual(zh: "`\(key)` 不是有效日期（应写作 年-月-日，如 2026-03-01）", en: "`\(key)` is not a valid date (write year-month-day, e.g. 2026-03-01)")
        case .horizonBelowOne:
            return Bilingual(zh: "规划年限应为不小于 1 的整数", en: "horizon must be a whole number ≥ 1")
        case .horizonAboveMaximum(let maximum):
            return Bilingual(zh: "规划年限最多 \(maximum) 年（每年都是一份完整的方案）", en: "horizon is at most \(maximum) years (each year is a whole plan)")
        case .unknownRegion(let suggestion):
            return Bilingual(zh: "没有这个编号或名称的区域" + Self.didYouMeanZh(suggestion), en: "no region has this id or name" + Self.didYouMeanEn(suggestion))
        case .unknownKind(let suggestion):
            return Bilingual(zh: "没有这个编号或名称的编制类型" + Self.didYouMeanZh(suggestion), en: "no kind has this id or name" + Self.didYouMeanEn(suggestion))
        case .notBelowParent(let region, let parent, let parentLevel):
            return Bilingual(
                zh: "\(region)的层级不低于上级区域\(parent)（\(parentLevel.text(.zh))）",
                en: "\(region) is not below its parent \(parent) (\(parentLevel.rawValue))")
        case .regionCycle(let names):
            let path = names.joined(separator: " → ")
            return Bilingual(zh: "区域的上下级关系成环：\(path)", en: "the region tree has a cycle: \(path)")
        case .noUnits:
            return Bilingual(zh: "方案中没有单位，无可调整", en: "the scenario has no units: there is nothing to reallocate")
        case .atMost(let key, let maximum):
            return Bilingual(zh: "\(key) 不能超过 \(maximum)", en: "\(key) must be at most \(maximum)")
        case .attritionAboveHeadcount(let unit, let attrition, let headcount):
            return Bilingual(
                zh: "\(unit)：预计减员 \(attrition) 人，超过实有人数 \(headcount) 人",
                en: "\(unit): attrition \(attrition) exceeds the headcount \(headcount)")
        case .badTag:
            return Bilingual(zh: "标签不能为空，也不能含有 `;`", en: "a tag may not be empty or contain `;`")
        case .shareOutOfRange(let key):
            return Bilingual(zh: "\(key) 应在 0 到 1 之间", en: "\(key) must be between 0 and 1")
        case .yearlyShareOutOfRange(let key):
            return Bilingual(zh: "\(key) 应为 0 到 1 之间的年度比例", en: "\(key) must be a yearly share between 0 and 1")
        case .shareOfNeedOutOfRange(let key):
            return Bilingual(zh: "\(key) 应为 0 到 1 之间占需求的比例", en: "\(key) must be a share of need between 0 and 1")
        case .duplicatePool(let kind, let scope, let index, let at):
            return Bilingual(
                zh: "编制类型 \(kind)、范围 \(scope) 的总量控制重复声明，首次见于 pools[\(index)]\(Self.atZh(at))",
                en: "a second pool for kind \(kind) and scope \(scope), first declared as pools[\(index)]\(Self.atEn(at))")
        case .poolWithoutUnits:
            return Bilingual(zh: "没有单位属于这个总量控制范围", en: "no unit falls into this pool")
        case .poolTotalGrows(let total, let current, let units):
            return Bilingual(
                zh: "新的控制总数 \(total) 超过了其中 \(units) 个单位现有编制数之和 \(current)（严控总量：控制总数只减不增）",
                en: "the new total \(total) exceeds the current sum \(current) of the pool's \(units) units (a control total may not grow)")
        case .noPoolScope(let kind, let suggestion):
            return Bilingual(
                zh: "\(kind) 没有以此为范围的总量控制" + Self.didYouMeanZh(suggestion),
                en: "no pool of kind \(kind) has this scope" + Self.didYouMeanEn(suggestion))
        case .channelToItself:
            return Bilingual(zh: "跨范围调剂通道必须连接两个不同的总量控制范围", en: "a channel must connect two different pools")
        case .duplicatePriority(let index, let at):
            return Bilingual(
                zh: "这个标签的重点保障类别重复声明，首次见于 priorities[\(index)]\(Self.atZh(at))",
                en: "a second priority class for this tag, first declared as priorities[\(index)]\(Self.atEn(at))")
        case .notPositive(let key): return Bilingual(zh: "\(key) 应大于 0", en: "\(key) must be above 0")
        case .floorSelectsNoUnit: return Bilingual(zh: "占比下限没有选中任何单位", en: "the floor selects no unit")
        case .emptyTier: return Bilingual(zh: "这一优先层没有列出目标项", en: "a tier lists no term")
        case .termRepeated(let tier):
            return Bilingual(zh: "这个目标项已列在 objective.tiers[\(tier)] 中", en: "the term is already listed in objective.tiers[\(tier)]")
        case .lanesOutOfOrder:
            return Bilingual(
                zh: "近的调剂路径反而比远的贵；两条都可走时，调剂会走更便宜的远路径",
                en: "nearer lanes cost more than farther ones; transfers will take the cheaper farther lane where both are open")
        case .exactCheck(let message): return message.bilingual
        }
    }

    static func didYouMeanZh(_ suggestion: String?) -> String { suggestion.map { "（是否应为 `\($0)`？）" } ?? "" }
    static func didYouMeanEn(_ suggestion: String?) -> String { suggestion.map { " (did you mean `\($0)`?)" } ?? "" }
    static func atZh(_ location: SourceLocation?) -> String { location.map { "（\($0)）" } ?? "" }
    static func atEn(_ location: SourceLocation?) -> String { location.map { " at \($0)" } ?? "" }
}
