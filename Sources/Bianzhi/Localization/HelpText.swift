/// The `bianzhi` help: command abstracts and discussions, argument and option help
/// (catalogue area: help). ArgumentParser's own words (USAGE, OPTIONS, its parse errors) stay
/// English.
public enum HelpText: String, Localizable, CaseIterable {
    case root, rootDiscussion
    case lang
    case scenarioFile, threads, textOrJSON
    case validate, validateDiscussion
    case solve, solveOut, solveTimeLimit, solveFormat, solveRows, solveWorkbook
    case explain, explainDiscussion, explainUnit
    case diff, diffDiscussion, diffA, diffB, diffFormat
    case report, reportDiscussion, reportResult, reportOut, reportBilingual
    case export, exportDiscussion, exportMPS
    case generate, generateDiscussion, generateScale, generateBlockUnits, generateSeed, generateOut
    case bench, benchDiscussion, benchScenarios, benchScale, benchSeeds, benchRuns, benchMIPStrategy, benchFormat

    public var bilingual: Bilingual {
        switch self {
        case .root:
            return Bilingual(
                zh: "在总量不变的前提下，用整数规划调剂各单位编制。",
                en: "Reallocate staffing quotas under fixed totals with integer programming.")
        case .rootDiscussion:
            return Bilingual(
                zh: "退出码：0 已求解；1 没有调整方案（无可行方案，已输出原因；或在 --time-limit 内未找到）；2 用法错误；65 方案有误；70 内部错误。",
                en: "Exit status: 0 solved; 1 no allocation (infeasible: explanation printed; or none found within --time-limit); 2 usage; 65 invalid scenario; 70 internal error.")
        case .lang:
            return Bilingual(
                zh: "界面语言：zh（中文）或 en（英文）；默认按 LC_ALL、LC_MESSAGES、LANG 判断，均未设置时为中文。",
                en: "Language: zh (Chinese) or en (English); by default LC_ALL, LC_MESSAGES or LANG decide, and Chinese when none is set.")
        case .scenarioFile: return Bilingual(zh: "方案文件（YAML）。", en: "The scenario file (YAML).")
        case .threads:
            return Bilingual(zh: "并行求解独立分块的线程数（默认：CPU 核数）。", en: "Threads solving independent blocks (default: the number of cores).")
        case .textOrJSON: return Bilingual(zh: "输出：text（给人看）或 json（给程序读）。", en: "Output: text (for people) or json (for machines).")
        case .validate:
            return Bilingual(
                zh: "检查方案，逐条列出每个问题的文件、行、字段和改法。",
                en: "Check a scenario and report every problem with its file, line, field and fix.")
        case .validateDiscussion:
            return Bilingual(
                zh: "退出状态：0 有效；1 文件无误，但精确检查证明规则相互冲突（无可行方案；与 solve、explain 的检查和状态相同）；65 无效。",
                en: "Exit status: 0 valid; 1 well formed, but the exact checks prove that the rules conflict (no allocation exists; the same checks and status as solve and explain); 65 invalid.")
        case .solve: return Bilingual(zh: "求解方案：新的编制分配、调剂明细和汇总。", en: "Solve a scenario: the new allocation, the transfer plan and a summary.")
        case .solveOut:
            return Bilingual(
                zh: "把 result.json、allocation.csv、transfers.csv、allocation.xlsx、explanation.json（本次求解的说明）、report.md 和 report.html 一次性写入此文件夹。",
                en: "Write result.json, allocation.csv, transfers.csv, allocation.xlsx, explanation.json (the explanation of this solve), report.md and report.html into this folder (atomically).")
        case .solveTimeLimit:
            return Bilingual(
                zh: "求解到此秒数即停止，给出目前最好的方案，并注明未证明最优。",
                en: "Stop after this many seconds and report the best allocation found, marked as not proven optimal.")
        case .solveFormat:
            return Bilingual(zh: "标准输出：text（给人看的汇总）或 json（result.json）。", en: "Output on stdout: text (a summary for people) or json (result.json).")
        case .solveRows: return Bilingual(zh: "文字汇总中单位表和调剂表最多显示的行数。", en: "Rows of the unit and transfer tables in the text summary.")
        case .solveWorkbook:
            return Bilingual(
                zh: "是否随 --out 写出 allocation.xlsx：`auto`（默认，单位不超过 20000 个时写出）、`always`（不超过 Excel 行数上限时写出）、`never`（不写出）。",
                en: "Whether --out writes allocation.xlsx: auto (default: up to 20,000 units), always (up to Excel's row limit) or never.")
        case .explain:
            return Bilingual(
                zh: "分析方案：哪些规则起了限制作用、多 1 名编制的作用；无可行方案时说明冲突所在。",
                en: "Explain a scenario: binding rules and the value of one more quota, or what conflicts when no allocation exists.")
        case .explainDiscussion:
            return Bilingual(
                zh: "退出码：0 有调整方案；1 无可行方案（已说明原因）；2 --unit 无此单位；65 方案有误；70 内部错误。",
                en: "Exit status: 0 an allocation exists; 1 infeasible (explained); 2 unknown --unit; 65 invalid scenario; 70 internal error.")
        case .explainUnit:
            return Bilingual(
                zh: "同时分析这个单位（编号或名称）：为什么是这个结果，怎样才会改变。",
                en: "Also explain this unit (its id or its name): why it got what it got and what would change it.")
        case .diff:
            return Bilingual(
                zh: "比较两个方案：编制数不同的单位、汇总、不同的规则、目标值各项。",
                en: "Compare two allocations: units whose quota differs, aggregates, rules that differ, objective parts.")
        case .diffDiscussion:
            return Bilingual(
                zh: "每一边可以是 `solve` 写出的 result.json，也可以是方案文件（当场求解）。差值为 B − A。无论有无差异退出码均为 0；有方案无可行解时为 1；文件有误时为 65。",
                en: "Each side is a result file (result.json written by `solve`) or a scenario file, solved on the fly. Differences are B − A. Exit status 0 whether or not they differ; 1 when a scenario is infeasible; 65 when a file is invalid.")
        case .diffA: return Bilingual(zh: "A 方：result.json 或方案文件（YAML）。", en: "Side A: result.json or a scenario (YAML).")
        case .diffB: return Bilingual(zh: "B 方：result.json 或方案文件（YAML）。", en: "Side B: result.json or a scenario (YAML).")
        case .diffFormat:
            return Bilingual(
                zh: "输出：text、md（Markdown）、csv（一张表，带 BOM 的 UTF-8）或 json。",
                en: "Output: text, md (Markdown), csv (one table, UTF-8 with BOM) or json.")
        case .report:
            return Bilingual(zh: "为结果写出 report.md 和 report.html（单文件，图表内嵌）。", en: "Write report.md and report.html (self-contained, charts inline) for a result.")
        case .reportDiscussion:
            return Bilingual(
                zh: "RESULT 是 `solve` 写出的 result.json（原因分析读取其旁的 explanation.json，不再读取方案），或方案文件（当场求解）。退出状态：0 已写出；1 方案无可行分配；65 无法读取或无效；70 无法写出文件。",
                en: "RESULT is a result.json written by `solve` (its explanation is read from the explanation.json beside it; the scenario is not read again), or a scenario file solved on the fly. Exit status: 0 written; 1 a scenario without allocation; 65 unreadable or invalid input; 70 the files could not be written.")
        case .reportResult: return Bilingual(zh: "result.json 或方案文件（YAML）。", en: "result.json, or a scenario (YAML).")
        case .reportOut:
            return Bilingual(
                zh: "report.md 和 report.html 的输出文件夹（默认：RESULT 所在文件夹）。",
                en: "Folder for report.md and report.html (default: the folder of RESULT).")
        case .reportBilingual:
            return Bilingual(
                zh: "另写一份另一种语言的报告（report.en.md 和 report.en.html；英文运行时为 report.zh.md 和 report.zh.html）。",
                en: "Also write the report in the other language (report.zh.md and report.zh.html; report.en.md and report.en.html when run in Chinese).")
        case .export:
            return Bilingual(
                zh: "把整个方案写成一个自由格式 MPS 整数规划模型（可供 glpsol --freemps 等使用）。",
                en: "Write the whole scenario as one integer program in free MPS (e.g. for glpsol --freemps).")
        case .exportDiscussion:
            return Bilingual(
                zh: "行和列使用 ASCII 名称（R1…、C1…）；FILE.labels.tsv 对照回方案中的名称。",
                en: "Rows and columns get ASCII names (R1…, C1…); FILE.labels.tsv maps them back to the scenario's names.")
        case .exportMPS: return Bilingual(zh: "要写出的 MPS 文件。", en: "The MPS file to write.")
        case .generate:
            return Bilingual(
                zh: "按真实比例生成一个县、市、省或全国的模拟方案（scenario.yaml + units.csv）。",
                en: "Write a synthetic county, city, province or country scenario (scenario.yaml + units.csv) with realistic proportions.")
        case .generateDiscussion:
            return Bilingual(
                zh: "相同的规模和种子总是生成相同的内容。数据是编造的，结构仿照真实的县。",
                en: "The same scale and seed always give the same bytes. The data is made up; the structure follows real counties.")
        case .generateScale:
            return Bilingual(
                zh: "county（约 400 个单位）、city（约 5,000 个）、province（约 60,000 个）或 country（约 110 万个）。",
                en: "county (~400 units), city (~5,000), province (~60,000) or country (~1.1 million).")
        case .generateBlockUnits:
            return Bilingual(
                zh: "代替 --scale：生成一个市，其事业编制各池经统筹渠道连成一个至少 N 个单位的块（用于测量求解时间随块大小的增长）。",
                en: "Instead of --scale: one city whose public-institution (shiye) pools are joined by channels into one block of at least N units (to measure solve time against block size).")
        case .generateSeed: return Bilingual(zh: "随机数据的种子。", en: "Seed of the random data.")
        case .generateOut:
            return Bilingual(
                zh: "写入 scenario.yaml 和 units.csv 的文件夹（不存在则创建）。",
                en: "Folder to write scenario.yaml and units.csv into (created if needed).")
        case .bench:
            return Bilingual(
                zh: "计时：读取、检查、建模、求解、调剂和写出各阶段（多次运行的最小 / 中位 / 最大值）。",
                en: "Time load, validate, build, solve, transfers and write on scenarios (min / median / max over runs).")
        case .benchDiscussion:
            return Bilingual(
                zh: "给出方案文件，或用 --scale 加 --seeds 测试生成的数据（生成在临时文件夹中，不计时）。内存峰值取进程的 VmHWM：每个进程只测一种规模才能得到各规模的峰值。",
                en: "Give scenario files, or --scale with --seeds to bench generated data (generated into a temporary folder, generation not timed). Peak memory is the process's VmHWM: bench one scale per process to get per-scale peaks.")
        case .benchScenarios: return Bilingual(zh: "方案文件（YAML）。", en: "Scenario files (YAML).")
        case .benchScale:
            return Bilingual(zh: "测试此规模的生成数据：county、city、province 或 country。", en: "Bench generated data of this scale: county, city, province or country.")
        case .benchSeeds: return Bilingual(zh: "生成数据的种子：N 或 A...B（默认 1）。", en: "Seeds of the generated data: N or A...B (default 1).")
        case .benchRuns: return Bilingual(zh: "每个方案计时运行的次数。", en: "Measured runs per scenario.")
        case .benchMIPStrategy:
            return Bilingual(
                zh: "各块如何证明最优：relaxationFirst（默认，能写成网络流的块用网络流求解）或 branchAndCut（原先的做法，用于对比）。",
                en: "How blocks are proven optimal: relaxationFirst (default; blocks that are min-cost flows are solved as flows) or branchAndCut (the earlier path, to compare).")
        case .benchFormat: return Bilingual(zh: "输出：text 或 json。", en: "Output: text or json.")
        }
    }
}
