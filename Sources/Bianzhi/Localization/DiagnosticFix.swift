/// What to do about a diagnostic (catalogue area: diagnostics), rendered as a sentence.
public enum DiagnosticFix: Localizable, Equatable {
    /// A fix not yet moved into the catalogue (same text in both languages); only the
    /// deprecated `Diagnostic.error(…fix: String…)` makes one.
    case untranslated(String)
    /// Locks, min/max and the planner-rule values (``PlannerRuleFix``).
    case plannerRule(PlannerRuleFix)
    /// Registers: encodings, workbooks, register columns and rows, `bianzhi init` (RegisterText.swift).
    case register(RegisterFix)
    /// Staffing standards and drivers (StandardText.swift).
    case standard(StandardFix)
    /// Hostile or out-of-range input (RobustnessText.swift).
    case robustness(RobustnessFix)
    /// A result.json given to `report` or `diff` (``ResultReadFix``).
    case resultFile(ResultReadFix)
    /// A failed exact check (FeasibilityText.swift).
    case exactCheck(FeasibilityFix)

    // MARK: Files
    case checkPath
    case checkYAMLSyntax
    case checkIndentation
    case startFromExample
    case keepOneEntry
    case checkUnitTablePath(scenario: String)
    case closeQuote
    case startWithHeader
    case renameColumn(to: String)
    case keepOneColumn
    case addColumn(key: String, chinese: String)
    case checkCommas
    case fillIn(key: String)

    // MARK: Shape
    case writeAsMapping(example: String)
    case useOneOf([String])
    case writeOneOf([String])
    case renameKey(to: String)
    case removeKey(known: [String])
    case writeValue(key: String)
    case addKey(key: String)
    case oneEntryPerLine
    case writeSingleValue(key: String)
    case writeTrueOrFalse(key: String)
    case writeTagName
    /// "write e.g. `example`" (with an optional meaning, e.g. 3 % a year).
    case writeExample(String, meaning: ExampleMeaning?)

    // MARK: Fields
    case quota
    case headcount
    case attrition
    case need
    case horizon
    case writeDate(key: String)
    case poolTotal
    case channelCap
    case channelCost
    case wholeNumberOfQuotas
    case needFloor
    case weight
    case multiplier
    case objectiveWeight
    case laneCost
    case floorPenalty
    case reserve
    case floor
    case floorSelection
    case realFigure

    // MARK: Meaning
    case giveOwnID(ScenarioItem)
    case declaredRegionOrRoot
    case declaredRegion
    case poolScopeRegion
    case floorScopeRegion
    case declaredKinds([String])
    case levelBelow(region: String, parentLevel: Level)
    case breakCycle
    case listUnits
    case atMostInPost(headcount: Int)
    case tagsSeparately
    case mergePools
    case checkPoolKindScope
    case totalAtMost(current: Int)
    case usePoolScope(kind: String, scopes: [String])
    case differentTo
    case mergeClasses
    case checkFloorSelection(kind: String, scope: String)
    case removeEmptyTier
    case oneTierOnly
    case orderLanes
    case lowerNeedFloor(tag: String?, unit: String)
    case raisePoolTotal
    case allowLargerReserve

    public var bilingual: Bilingual {
        switch self {
        case .untranslated(let text): return Bilingual(zh: text, en: text)
        case .plannerRule(let fix): return fix.bilingual
        case .register(let fix): return fix.bilingual
        case .standard(let fix): return fix.bilingual
        case .robustness(let fix): return fix.bilingual
        case .resultFile(let fix): return fix.bilingual
        case .exactCheck(let fix): return fix.bilingual
        case .checkPath:
            return Bilingual(zh: "请检查路径；文件应为 UTF-8 或 GB18030/GBK 编码的文本。", en: "check the path; the file must be text in UTF-8 or GB18030/GBK.")
        case .checkYAMLSyntax: return Bilingual(zh: "请检查文件的格式。", en: "check the file's syntax.")
        case .checkIndentation:
            return Bilingual(
                zh: "请检查本行或上一行的缩进和引号（YAML 用空格缩进，不能用制表符；含有 `: ` 的值要加引号）。",
                en: "check the indentation and the quoting on this line or the one above (YAML uses spaces, not tabs; quote values containing `: `).")
        case .startFromExample: return Bilingual(zh: "可从 Scenarios/ 中的示例文件改起。", en: "start from one of the files in Scenarios/.")
        case .keepOneEntry: return Bilingual(zh: "两项中保留一项。", en: "keep one of the two entries.")
        case .checkUnitTablePath(let scenario):
            return Bilingual(
                zh: "请检查文件名；相对路径以 \(scenario) 所在文件夹为准。",
                en: "check the file name; a relative path is relative to the folder of \(scenario).")
        case .closeQuote:
            return Bilingual(
                zh: "用 `\"` 闭合引号；引号内的引号写成 `\"\"`。",
                en: "close the quoted field with `\"`; a quote inside a quoted field is written `\"\"`.")
        case .startWithHeader:
            return Bilingual(
                zh: "第一行写表头：编号,名称,部门,区域,编制类型,编制数,实有人数,预计减员,需求,标签。",
                en: "start with a header row: id,name,department,region,kind,quota,headcount,attrition,need,tags.")
        case .renameColumn(let name):
            return Bilingual(zh: "把列名改为 `\(name)`。", en: "rename the column to `\(name)`.")
        case .keepOneColumn: return Bilingual(zh: "两列中保留一列。", en: "keep one of the two columns.")
        case .addColumn(let key, let chinese):
            return Bilingual(zh: "添加一列 `\(chinese)`（或 `\(key)`）。", en: "add a column `\(key)` (or `\(chinese)`).")
        case .checkCommas:
            return Bilingual(zh: "检查是否缺少或多出逗号；含逗号的单元格要加引号。", en: "check for a missing or extra comma; quote cells that contain commas.")
        case .fillIn(let key): return Bilingual(zh: "填写该单位的 \(key)。", en: "fill in the \(key) of this unit.")
        case .writeAsMapping(let example):
            return Bilingual(zh: "写成“键: 值”的形式，例如 `\(example)`。", en: "write the entry as keys and values, e.g. `\(example)`.")
        case .useOneOf(let names):
            return Bilingual(zh: "使用以下之一：\(names.joined(separator: "、"))。", en: "use one of: \(names.joined(separator: ", ")).")
        case .writeOneOf(let names):
            return Bilingual(zh: "填写以下之一：\(names.joined(separator: "、"))。", en: "write one of: \(names.joined(separator: ", ")).")
        case .renameKey(let name): return Bilingual(zh: "改为 `\(name)`。", en: "rename it to `\(name)`.")
        case .removeKey(let known):
            return Bilingual(
                zh: "删除此项，或使用以下之一：\(known.joined(separator: "、"))。",
                en: "remove it or use one of: \(known.joined(separator: ", ")).")
        case .writeValue(let key): return Bilingual(zh: "在 `\(key):` 后填写值。", en: "write a value after `\(key):`.")
        case .addKey(let key): return Bilingual(zh: "在此项中加上 `\(key): …`。", en: "add `\(key): …` to this entry.")
        case .oneEntryPerLine:
            return Bilingual(zh: "每行写一项，以 `- ` 开头。", en: "write one entry per line, each starting with `- `.")
        case .writeSingleValue(let key):
            return Bilingual(zh: "写一个值，例如 `\(key): 示例`。", en: "write a single value, e.g. `\(key): 示例`.")
        case .writeTrueOrFalse(let key):
            return Bilingual(zh: "写 `\(key): true` 或 `\(key): false`。", en: "write `\(key): true` or `\(key): false`.")
        case .writeTagName: return Bilingual(zh: "写标签名称，例如 `基层一线`。", en: "write the tag name, e.g. `基层一线`.")
        case .writeExample(let example, let meaning):
            return Bilingual(
                zh: "例如写 \(example)" + (meaning.map { "，表示\($0.text(.zh))" } ?? "") + "。",
                en: "write e.g. \(example)" + (meaning.map { " for \($0.text(.en))" } ?? "") + ".")
        case .quota: return Bilingual(zh: "填写核定的编制数，例如 12。", en: "write the approved quota, e.g. 12.")
        case .headcount: return Bilingual(zh: "填写实有人数，例如 10。", en: "write the number of people in post, e.g. 10.")
        case .attrition:
            return Bilingual(
                zh: "填写每年预计减员人数，例如 1；留空则按 attritionRate 推算。",
                en: "write the expected departures per year, e.g. 1, or leave it empty to derive them from attritionRate.")
        case .need:
            return Bilingual(
                zh: "填写按工作量测算的需求，例如 14.5；不清楚可留空。",
                en: "write the workload-derived need, e.g. 14.5, or leave it empty when unknown.")
        case .writeDate(let key):
            return Bilingual(zh: "写成 `\(key): 2026-03-01`（四位年、两位月、两位日），或删去此项（报告不写日期）。",
                             en: "write `\(key): 2026-03-01` (four-digit year, two-digit month and day), or delete it (the report then shows no date).")
        case .horizon:
            return Bilingual(zh: "填写规划覆盖的年数，例如 1（一轮调整）或 3（分年度计划）。", en: "write the number of years the plan covers, e.g. 1 (one round) or 3 (a plan per year).")
        case .poolTotal:
            return Bilingual(
                zh: "填写新的控制总数（整数），不写则保持现有总数。",
                en: "write the new control total as a whole number, or leave it out to keep the current sum.")
        case .channelCap:
            return Bilingual(zh: "填写通道最多可调剂的编制数，例如 20。", en: "write the most quotas the channel may carry, e.g. 20.")
        case .channelCost: return Bilingual(zh: "填写每名编制的调剂成本，例如 0.5。", en: "write the cost per quota, e.g. 0.5.")
        case .wholeNumberOfQuotas: return Bilingual(zh: "填写编制的整数名额，例如 2。", en: "write a whole number of quotas, e.g. 2.")
        case .needFloor:
            return Bilingual(zh: "填写 0 到 1 之间占需求的比例，例如 0.9。", en: "write a share of need between 0 and 1, e.g. 0.9.")
        case .weight: return Bilingual(zh: "填写大于 0 的倍数，例如 3。", en: "write a multiplier above 0, e.g. 3.")
        case .multiplier: return Bilingual(zh: "填写倍数，例如 3；不写即为 1。", en: "write a multiplier such as 3, or leave it out for 1.")
        case .objectiveWeight: return Bilingual(zh: "填写不小于 0 的权重，例如 1；0 表示不考虑该项。", en: "write a weight ≥ 0, e.g. 1, or 0 to ignore the term.")
        case .laneCost: return Bilingual(zh: "填写每名编制不小于 0 的成本，例如 2。", en: "write a cost per quota ≥ 0, e.g. 2.")
        case .floorPenalty: return Bilingual(zh: "填写每缺 1 名编制的代价，例如 20。", en: "write the cost per quota short, e.g. 20.")
        case .reserve:
            return Bilingual(
                zh: "例如写 `reserve: 10`；写 `reserve: none` 则全部重新分配。",
                en: "write e.g. `reserve: 10`, or `reserve: none` to redistribute everything.")
        case .floor:
            return Bilingual(
                zh: "例如写 `floor: 0.3`；写 `floor: current` 则保持现有占比。",
                en: "write e.g. `floor: 0.3`, or `floor: current` to keep the current share.")
        case .floorSelection:
            return Bilingual(zh: "加上例如 `level: township` 或 `tag: 派出所`。", en: "add e.g. `level: township` or `tag: 派出所`.")
        case .realFigure: return Bilingual(zh: "请填写真实数字。", en: "write the real figure; no unit holds a billion quotas.")
        case .giveOwnID(let item):
            return Bilingual(zh: "每个\(item.text(.zh))使用各自的编号。", en: "give each \(item.text(.en)) its own id.")
        case .declaredRegionOrRoot:
            return Bilingual(
                zh: "填写已声明区域的编号；最上级区域不写 `parent`。",
                en: "write the id of a declared region, or leave `parent` out for the root.")
        case .declaredRegion:
            return Bilingual(zh: "填写 `regions` 中已声明区域的编号或名称。", en: "write the id or the name of a region declared under `regions`.")
        case .poolScopeRegion:
            return Bilingual(zh: "填写共用这一总量的区域编号。", en: "write the id of the region whose units share this budget.")
        case .floorScopeRegion:
            return Bilingual(zh: "填写要统计其下属范围的区域编号。", en: "write the id of the region whose subtree is measured.")
        case .declaredKinds(let kinds):
            return Bilingual(
                zh: "填写已声明的编制类型之一：\(kinds.joined(separator: "、"))。",
                en: "write one of the declared kinds: \(kinds.joined(separator: ", ")).")
        case .levelBelow(let region, let parentLevel):
            return Bilingual(
                zh: "给\(region)一个低于“\(parentLevel.text(.zh))”的层级，或更正其上级区域。",
                en: "give \(region) a level below `\(parentLevel.rawValue)`, or correct its parent.")
        case .breakCycle:
            return Bilingual(
                zh: "把其中一个区域的上级改为环外的区域；最上级区域不写上级。",
                en: "give one of these regions a parent outside the cycle, or none for the root.")
        case .listUnits:
            return Bilingual(zh: "直接列出单位，或填写单位表（CSV）的路径。", en: "list units inline or give the path of the unit table (CSV).")
        case .atMostInPost(let headcount):
            return Bilingual(zh: "最多填写实有人数（\(headcount)）。", en: "write at most the number of people in post (\(headcount)).")
        case .tagsSeparately:
            return Bilingual(
                zh: "每个标签单独作为列表的一项（YAML），或用 `;` 分隔（CSV）。",
                en: "write each tag as its own list item (YAML) or separate tags with `;` (CSV).")
        case .mergePools: return Bilingual(zh: "把两处声明合并为一处。", en: "merge the two declarations into one.")
        case .checkPoolKindScope:
            return Bilingual(
                zh: "检查编制类型和范围（更近的已声明范围会接管其下的单位），或删除这一项。",
                en: "check the kind and the scope (a nearer declared pool takes the units below it), or remove the pool.")
        case .totalAtMost(let current):
            return Bilingual(
                zh: "控制总数最多写 \(current)，或不写以保持 \(current)。",
                en: "write a total of at most \(current), or leave `total` out to keep \(current).")
        case .usePoolScope(let kind, let scopes):
            return Bilingual(
                zh: "使用 \(kind) 已有的总量控制范围（\(scopes.joined(separator: "、"))），或在 `pools` 中声明。",
                en: "use the scope of a pool of \(kind) (\(scopes.joined(separator: ", "))), or declare the pool under `pools`.")
        case .differentTo: return Bilingual(zh: "`to` 改为另一个范围，或删除该通道。", en: "write a different scope for `to`, or remove the channel.")
        case .mergeClasses: return Bilingual(zh: "把两个类别合并为一个。", en: "merge the two classes into one.")
        case .checkFloorSelection(let kind, let scope):
            return Bilingual(
                zh: "对照 \(scope) 下 \(kind) 类单位检查 `level` 和 `tag`。",
                en: "check `level` and `tag` against the units of kind \(kind) under \(scope).")
        case .removeEmptyTier:
            return Bilingual(zh: "删除空的优先层，或在其中列出目标项，例如 [shortfall]。", en: "remove the empty tier or list terms in it, e.g. [shortfall].")
        case .oneTierOnly: return Bilingual(zh: "每个目标项只列在一个优先层中。", en: "list each term in one tier only.")
        case .orderLanes:
            return Bilingual(
                zh: "按 sameDepartment ≤ sameRegion ≤ sameLevel 的顺序设置成本。",
                en: "order the costs sameDepartment ≤ sameRegion ≤ sameLevel.")
        case .lowerNeedFloor(let tag, let unit):
            return Bilingual(
                zh: "调低\(tag ?? "该类别")的 needFloor，放宽限制该单位的规则，或核实\(unit)的需求。",
                en: "lower needFloor of \(tag ?? "the class"), relax the rule that caps the unit, or check the need of \(unit).")
        case .raisePoolTotal:
            return Bilingual(
                zh: "提高控制总数、增加调入通道，或放宽设定这些下限的规则（noDismissals、maxChange、needFloor、protectNeed、noCut、锁定和下限）。",
                en: "raise the pool's total, add a channel into the pool, or relax the rules that set these floors (noDismissals, maxChange, needFloor, protectNeed, noCut, locks and min).")
        case .allowLargerReserve:
            return Bilingual(
                zh: "允许更大的周转池（`reserve: unlimited` 允许编办留存编制）、降低控制总数、增加调出通道，或放宽 maxChange / overQuotaFrozen 及单位的上限和锁定。",
                en: "allow a larger reserve (`reserve: unlimited` lets the office hold quota back), lower the total, add a channel out of the pool, or relax maxChange / overQuotaFrozen or the units' max and locks.")
        }
    }
}
