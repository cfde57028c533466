/// The report as one self-contained HTML file: inline CSS and SVG, no scripts, no network;
/// every text from the scenario escaped; a CJK font stack; A4 print layout.
public struct HTMLReport: Sendable {
    /// The figures.
    public var model: ReportModel
    /// The text of `bianzhi explain` for the same scenario, shown as its own section when given.
    public var explanation: String?

    /// Creates a report.
    public init(model: ReportModel, explanation: String? = nil) {
        self.model = model
        self.explanation = explanation
    }

    /// Creates a report of a result.
    public init(result: SolveResult) {
        self.model = ReportModel(result: result)
    }

    static let style = """
        :root { --gain: #2e7d32; --cut: #c62828; --ink: #212121; --muted: #616161; --line: #e0e0e0; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
               color: var(--ink); margin: 0 auto; max-width: 1100px; padding: 24px; line-height: 1.5; background: #fff; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
        .meta { color: var(--muted); font-size: 13px; margin: 0 0 16px; }
        .status { display: inline-block; padding: 2px 10px; border-radius: 10px; font-size: 13px; font-weight: 600; }
        .status.ok { background: #e8f5e9; color: var(--gain); }
        .status.warn { background: #fff3e0; color: #e65100; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); gap: 12px; margin: 16px 0; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
        .card .label { color: var(--muted); font-size: 13px; }
        .card .value { font-size: 24px; font-weight: 700; }
        .card .note { color: var(--muted); font-size: 12px; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 8px 0; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #fafafa; font-weight: 600; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .pos { color: var(--gain); font-weight: 600; }
        .neg { color: var(--cut); font-weight: 600; }
        figure { margin: 8px 0 16px; }
        figcaption { color: var(--muted); font-size: 12px; }
        svg text { font-family: inherit; }
        footer { color: var(--muted); font-size: 12px; margin-top: 32px; }
        pre.explain { font-family: "Noto Sans Mono CJK SC", "Noto Sans CJK SC", monospace; font-size: 12px; white-space: pre-wrap;
                      background: #fafafa; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 11px; }
          h2 { break-after: avoid; }
          figure, .card, tr { break-inside: avoid; }
          thead { display: table-header-group; }
          .cards { grid-template-columns: repeat(3, 1fr); }
        }
        """

    /// The document.
    public func render() -> String {
        let m = model
        let e = HTMLEscaping.escape
        var h = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>\(e(m.scenarioName)) — 编制调整报告</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
        h += "<h1>\(e(m.scenarioName))</h1>\n"
        h += "<p class=\"meta\">编制调整报告 Staffing quota reallocation report · 规划期 \(m.horizonYears) 年 · "
        h += "\(e(m.scenarioPath)) · digest \(e(m.digest))</p>\n"
        h += "<p><span class=\"status \(m.provenOptimal ? "ok" : "warn")\">\(e(m.verdict))</span> "
        h += "<span class=\"meta\">求解 solve \(e(NumberFormat.seconds(m.solveSeconds))) · 合计 total \(e(NumberFormat.seconds(m.totalSeconds)))</span></p>\n"

        h += "<h2>主要数据 Headline figures</h2>\n<div class=\"cards\">\n"
        for k in m.kinds {
            let note = k.unchanged ? "总量不变 unchanged (fixed total)" : "\(NumberFormat.signed(k.after - k.before))"
            h += card("\(k.name) 调整前→后", "\(k.before) → \(k.after)", note)
        }
        let t = m.totals
        h += card("调剂编制 quotas moved", String(m.quotasMoved),
                  "增 \(t.gained) · 减 \(t.cut) · 周转池 \(t.reserveHeld) · 核减 \(t.cancelled)")
        h += card("调整单位 units changed", String(t.unitsChanged), "of \(m.result.units.count) units")
        let covered = t.shortfallBefore - t.shortfallAfter
        let coverage = t.shortfallBefore > 0 ? NumberFormat.percent(covered / t.shortfallBefore) : "—"
        h += card("缺口填补 shortfall covered", NumberFormat.plain(covered, decimals: 1),
                  "\(NumberFormat.plain(t.shortfallBefore, decimals: 1)) → \(NumberFormat.plain(t.shortfallAfter, decimals: 1)) (\(coverage))")
        for share in m.levelShares where share.levels.contains(where: { $0.level == .township }) {
            let g = share.grassroots
            h += card("\(share.kind) 乡镇占比 grassroots share", NumberFormat.percent(g.after), "调整前 before \(NumberFormat.percent(g.before))")
        }
        let gapText = m.provenOptimal ? "已证明最优 proven optimal" : m.gap.map { "gap \(NumberFormat.percent($0))" } ?? "gap unknown"
        h += card("求解 solve", NumberFormat.seconds(m.solveSeconds), gapText)
        h += "</div>\n"

        h += "<h2>各部门编制增减 Change per department</h2>\n"
        h += figure(SVGChart.divergingBars(m.departmentChanges.map { ($0.label, $0.value) }, title: "各部门编制增减"),
                    "绿色为增编，红色为减编（净变化）。Green: net gain; red: net cut.")

        h += "<h2>各层级编制占比 Share by level</h2>\n"
        let levels = Level.allCases.filter { level in m.levelShares.contains { $0.levels.contains { $0.level == level } } }
        let levelNames = levels.map { "\($0.chineseName) \($0.rawValue)" }
        var shareRows: [(label: String, parts: [Int])] = []
        for share in m.levelShares {
            func parts(_ pick: (Level, Int, Int) -> Int) -> [Int] {
                levels.map { level in share.levels.first { $0.level == level }.map { pick($0.level, $0.before, $0.after) } ?? 0 }
            }
            shareRows.append(("\(share.kind) 调整前", parts { _, b, _ in b }))
            shareRows.append(("\(share.kind) 调整后", parts { _, _, a in a }))
        }
        h += figure(SVGChart.shareBars(shareRows, parts: levelNames, title: "各层级编制占比"), "每种编制调整前后按层级的占比。Share of each kind's quota by level, before and after.")

        h += "<h2>重点类别缺口填补 Shortfall coverage by priority class</h2>\n"
        let coverageRows = m.coverage.map { c in
            (label: c.name, before: c.before, after: c.after, note: "填补 covered \(NumberFormat.percent(c.covered))")
        }
        h += figure(SVGChart.beforeAfterBars(coverageRows, title: "重点类别缺口填补"), "缺口 = 需求 − 编制（仅计有需求的单位）。Shortfall = need − quota.")

        h += "<h2>调剂流向 Transfer flows</h2>\n"
        for flows in [m.flowsByDepartment, m.flowsByRegion] {
            h += "<h3>\(e(flows.title))</h3>\n"
            h += figure(SVGChart.heatMatrix(from: flows.from, to: flows.to, amounts: flows.amounts, title: flows.title),
                        "行为调出方，列为调入方，数字为编制数（共 \(flows.total)）。Rows give, columns receive.")
        }

        h += "<h2>目标函数 Objective</h2>\n<table><thead><tr><th>项 part</th><th class=\"n\">值 value</th></tr></thead><tbody>\n"
        let o = m.objective
        for (name, value) in [("合计 total", o.total), ("缺口 shortfall", o.shortfall), ("超出需求 excess", o.excess), ("调整量 moves", o.moves),
                              ("软约束罚分 penalties", o.penalties), ("跨池成本 channels", o.channels), ("调剂路径成本 transfer cost (not in objective)", o.transferCost)] {
            h += "<tr><td>\(e(name))</td><td class=\"n\">\(e(NumberFormat.plain(value)))</td></tr>\n"
        }
        h += "</tbody></table>\n"

        if let explanation {
            h += "<h2>为什么 Why this allocation</h2>\n<pre class=\"explain\">\(e(explanation))</pre>\n"
        }
        h += allocationTable(m.result)
        h += transferTable(m.result)
        h += "<footer>由 Bianzhi 生成 · Generated by Bianzhi. 编制数为整数；缺口按需求计算。</footer>\n</body>\n</html>\n"
        return h
    }

    private func card(_ label: String, _ value: String, _ note: String) -> String {
        let e = HTMLEscaping.escape
        return "<div class=\"card\"><div class=\"label\">\(e(label))</div><div class=\"value\">\(e(value))</div><div class=\"note\">\(e(note))</div></div>\n"
    }

    private func figure(_ svg: String, _ caption: String) -> String {
        "<figure>\(svg)<figcaption>\(HTMLEscaping.escape(caption))</figcaption></figure>\n"
    }

    private func signedCell(_ value: Int) -> String {
        let cls = value > 0 ? " pos" : value < 0 ? " neg" : ""
        return "<td class=\"n\(cls)\">\(NumberFormat.signed(value))</td>"
    }

    private func allocationTable(_ r: SolveResult) -> String {
        let e = HTMLEscaping.escape
        let names = DisplayNames(r)
        var h = "<h2>编制分配明细 Allocation (\(r.units.count))</h2>\n<table><thead><tr>"
        for (title, numeric) in [("单位 unit", false), ("部门 department", false), ("区域 region", false), ("类型 kind", false),
                                 ("编制数 quota", true), ("实有 headcount", true), ("需求 need", true), ("调整后 new", true), ("增减 change", true), ("约束 bound", false)] {
            h += "<th\(numeric ? " class=\"n\"" : "")>\(e(title))</th>"
        }
        h += "</tr></thead><tbody>\n"
        for u in r.units.prefix(ReportFiles.tableRowLimit) {
            let bound = u.newQuota == u.upperBound && u.change != 0 ? "上限 \(u.upperReason)" : u.newQuota == u.lowerBound && u.change != 0 ? "下限 \(u.lowerReason)" : ""
            h += "<tr><td>\(e(u.name))</td><td>\(e(u.department))</td><td>\(e(names.region(u.region)))</td><td>\(e(names.kind(u.kind)))</td>"
            h += "<td class=\"n\">\(u.quota)</td><td class=\"n\">\(u.headcount)</td><td class=\"n\">\(u.need.map { e(NumberFormat.plain($0, decimals: 1)) } ?? "—")</td>"
            h += "<td class=\"n\">\(u.newQuota)</td>\(signedCell(u.change))<td>\(e(bound))</td></tr>\n"
        }
        return h + "</tbody></table>\n" + (ReportFiles.moreRowsNote(r.units.count, file: "allocation.csv").map { "<p>\(e($0))</p>\n" } ?? "")
    }

    private func transferTable(_ r: SolveResult) -> String {
        let e = HTMLEscaping.escape
        let names = DisplayNames(r)
        var h = "<h2>调剂明细 Transfers (\(r.transfers.count))</h2>\n"
        if r.transfers.isEmpty { return h + "<p>无调剂 No transfers.</p>\n" }
        h += "<table><thead><tr><th>调出 from</th><th>调入 to</th><th>类型 kind</th><th class=\"n\">编制数 amount</th><th>方式 lane</th></tr></thead><tbody>\n"
        for t in r.transfers.prefix(ReportFiles.tableRowLimit) {
            h += "<tr><td>\(e(t.fromName))</td><td>\(e(t.toName))</td><td>\(e(names.kind(t.kind)))</td><td class=\"n\">\(t.amount)</td><td>\(e(t.lane.chineseName))</td></tr>\n"
        }
        return h + "</tbody></table>\n" + (ReportFiles.moreRowsNote(r.transfers.count, file: "transfers.csv").map { "<p>\(e($0))</p>\n" } ?? "")
    }
}
