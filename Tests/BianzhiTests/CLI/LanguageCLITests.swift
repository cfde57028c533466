import Foundation
import Testing

/// The command in the planner's language: the locale (LC_ALL, LC_MESSAGES, LANG) or `--lang`
/// chooses Chinese or English for the summary, the errors and the help.
@Suite("Command line language")
struct LanguageCLITests {
    static let zhLocale = ["NO_COLOR": "1", "LANG": "zh_CN.UTF-8"]

    static func run(_ arguments: [String], environment: [String: String] = zhLocale) throws -> (status: Int32, stdout: String, stderr: String) {
        let (status, stdout, stderr) = try BuiltTool.run(arguments, environment: environment, directory: Fixtures.root)
        return (status, stdout, stderr)
    }

    /// A scenario with one negative quota (line 5).
    static func badScenario() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("bad.yaml").path
        try """
        scenario: {name: 坏例子, horizon: 1}
        kinds: [{id: admin, name: 行政编制}]
        regions: [{id: c, name: 某县, level: county}]
        units:
          - {id: u1, name: 县委办, department: 县委, region: c, kind: admin, quota: -3, headcount: 2}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func chineseLocaleGivesAChineseSummary() throws {
        let run = try Self.run(["solve", "Scenarios/small.yaml", "--threads", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("求解状态：已证明最优，用时 "))
        #expect(lines[2] == "目标值 176.2 = 缺口 150 + 超出需求 5 + 调整量 1.2 + 未达下限 20 + 跨池调配 0")
        #expect(lines[3] == "编制调整：从单位调出 6 名，调给单位 6 名，留存周转池 0 名，核减 0 名；5 个单位有变化")
        #expect(lines[4] == "对照需求的缺口：12 → 6")
        #expect(lines[5] == "空编 10 → 10；超编 2 → 2")
        #expect(lines.contains("有变化的单位（5）："))
        #expect(lines.contains { $0.hasPrefix("调剂明细（") })
        #expect(lines.contains("县政府办        县政府办  示例县  行政编制      10         6     6         7    -3  4 → 1     0  下限：调整幅度限制"))
        for english in ["Status", "Objective", "Quotas", "Units that change", "Transfers", "at least", "proven"] {
            #expect(!run.stdout.contains(english), "\(english) in the Chinese summary")
        }
    }

    @Test func chineseLocaleGivesChineseErrors() throws {
        let path = try Self.badScenario()
        let run = try Self.run(["validate", path])
        #expect(run.status == 65)
        #expect(run.stderr == """
            \(path):5:72: 错误：units[0].quota：“-3” — quota 应为不小于 0 的整数。改法：填写核定的编制数，例如 12。
            1 个错误，0 个警告：方案未求解。

            """)
        let missing = try Self.run(["solve", "Scenarios/no-such-file.yaml"])
        #expect(missing.status == 65)
        #expect(missing.stderr == "Scenarios/no-such-file.yaml: 错误：文件不存在或无法读取。改法：请检查路径；文件应为 UTF-8 或 GB18030/GBK 编码的文本。\n")
        let usage = try Self.run(["solve", "Scenarios/small.yaml", "--threads", "0"])
        #expect(usage.status == 2)
        #expect(usage.stderr.hasPrefix("错误：--threads 至少为 1。\n用法：bianzhi solve <scenario>"))
        // ArgumentParser's own errors are translated too.
        let noScenario = try Self.run(["solve"])
        #expect(noScenario.status == 2)
        #expect(noScenario.stderr.hasPrefix("错误：缺少参数 <scenario>\n说明：<scenario>  方案文件（YAML）。\n用法："))
        #expect(noScenario.stderr.contains("  运行 `bianzhi solve --help` 查看完整说明。"))
        let badLang = try Self.run(["validate", "x.yaml", "--lang", "fr"])
        #expect(badLang.stderr.hasPrefix("错误：--lang <zh|en> 的值 fr 无效，可选：'zh'、'en'\n"))
        let typo = try Self.run(["solve", "x.yaml", "--thread", "2"])
        #expect(typo.stderr.hasPrefix("错误：无法识别的选项 --thread（是否应为 --threads？）\n"))
        #expect(!(try Self.run(["solve", "--lang", "en"]).stderr.contains("错误")))
    }

    @Test func langEnOverridesAChineseLocale() throws {
        let solved = try Self.run(["solve", "Scenarios/small.yaml", "--threads", "1", "--lang", "en"])
        #expect(solved.status == 0)
        #expect(solved.stdout.split(separator: "\n")[1].hasPrefix("Status: proven optimal in "))
        #expect(solved.stdout.contains("Units that change (5):"))
        #expect(solved.stdout.contains("Vacancies 10 → 10; over quota 2 → 2"))
        #expect(!solved.stdout.contains("求解状态"))
        let path = try Self.badScenario()
        let invalid = try Self.run(["validate", path, "--lang", "en"])
        #expect(invalid.stderr == """
            \(path):5:72: error: units[0].quota: "-3" — quota must be a whole number ≥ 0. Fix: write the approved quota, e.g. 12.
            1 error, 0 warnings: the scenario was not solved.

            """)
    }

    @Test func localeVariablesFollowPOSIXPrecedence() throws {
        let english = try Self.run(["validate", "Scenarios/small.yaml"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(english.stdout.hasPrefix("Scenarios/small.yaml: valid — 8 units"))
        let chinese = try Self.run(["validate", "Scenarios/small.yaml"], environment: ["LANG": "C", "LC_MESSAGES": "zh_CN.UTF-8"])
        #expect(chinese.stdout.hasPrefix("Scenarios/small.yaml：检查通过 — 8 个单位"))
        let unset = try Self.run(["validate", "Scenarios/small.yaml"], environment: [:])
        #expect(unset.stdout.hasPrefix("Scenarios/small.yaml：检查通过"), "no locale: Chinese")
    }

    /// The frame of explain speaks plain Chinese: no "LP dual", the estimate named for what it is.
    @Test func explainFrameIsChinese() throws {
        let run = try Self.run(["explain", "Scenarios/small.yaml", "--threads", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[1] == "存在可行的调整方案（目标值 176.2）。")
        #expect(lines.contains { $0.hasPrefix("总量控制范围     控制总数  目标值变化  编制去向") && $0.hasSuffix("估计值") })
        #expect(run.stdout.contains("“每增加 1 名编制，目标值变化”") && run.stdout.contains("起限制作用的规则（放宽 1 名编制，目标值就会变化；每项都已重新求解）："))
        #expect(lines.contains { $0.hasPrefix("示例县 行政编制        +1       -49.9  调给 西河乡党政办") })
        #expect(!run.stdout.contains("LP dual") && !run.stdout.contains("Rules that bind") && !run.stdout.contains("goes to"))
        let infeasible = try Self.run(["solve", "Scenarios/infeasible.yaml"])
        #expect(infeasible.status == 1)
        #expect(infeasible.stdout.contains("没有可行的调整方案：各项规则无法同时满足。"))
    }

    @Test func helpFollowsTheLanguage() throws {
        let zh = try Self.run(["solve", "--help"])
        #expect(zh.stdout.contains("求解方案：新的编制分配、调剂明细和汇总。"))
        #expect(zh.stdout.contains("界面语言：zh（中文）或 en（英文）"))
        #expect(zh.stdout.hasPrefix("简介：求解方案"))
        #expect(zh.stdout.contains("\n用法：bianzhi solve <scenario>") && zh.stdout.contains("\n选项：\n") && zh.stdout.contains("(默认：60)"))
        #expect(!zh.stdout.contains("OVERVIEW") && !zh.stdout.contains("Show help information."))
        let root = try Self.run(["--help"])
        #expect(root.status == 0 && root.stdout.contains("子命令：") && root.stdout.contains("运行 `bianzhi help <子命令>` 查看各子命令的说明。"))
        let en = try Self.run(["solve", "--help", "--lang", "en"])
        #expect(en.stdout.contains("Solve a scenario: the new allocation, the transfer plan and a summary."))
        #expect(!en.stdout.contains("求解方案"))
    }
}
