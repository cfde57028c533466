/// The report as Markdown: the same figures as the HTML report, charts given as tables.
public struct MarkdownReport: Sendable {
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

    /// The document.
    public func render() -> String {
        let m = model
        let e = MarkdownEscaping.cell
        let r = m.result
        let names = DisplayNames(r)
        var out = "# \(e(m.scenarioName)) — 编制调整报告\n\n"
        out += "- 状态 Status: \(e(m.verdict))\n"
        out += "- 求解时间 Solve time: \(NumberFormat.seconds(m.solveSeconds)) (total \(NumberFormat.seconds(m.totalSeconds)))\n"
        out += "- 规划期 Horizon: \(m.horizonYears) 年; scenario \(e(m.scenarioPath)), digest \(m.digest)\n\n"

        out += "## 主要数据 Headline figures\n\n| 指标 Figure | 调整前 Before | 调整后 After | 说明 Note |\n|---|--:|--:|---|\n"
        for k in m.kinds {
            out += "| \(e(k.name)) | \(k.before) | \(k.after) | \(k.unchanged ? "总量不变 unchanged (fixed total)" : NumberFormat.signed(k.after - k.before)) |\n"
        }
        let t = m.totals
        out += "| 缺口 shortfall | \(NumberFormat.plain(t.shortfallBefore, decimals: 1)) | \(NumberFormat.plain(t.shortfallAfter, decimals: 1)) | "
        let covered = t.shortfallBefore - t.shortfallAfter
        out += "填补 covered \(NumberFormat.plain(covered, decimals: 1))\(t.shortfallBefore > 0 ? " (\(NumberFormat.percent(covered / t.shortfallBefore)))" : "") |\n"
        for share in m.levelShares where share.levels.contains(where: { $0.level == .township }) {
            let g = share.grassroots
            out += "| \(e(share.kind)) 乡镇占比 grassroots share | \(NumberFormat.percent(g.before)) | \(NumberFormat.percent(g.after)) | |\n"
        }
        out += "\n- 调剂编制 Quotas moved: \(m.quotasMoved) (增 gained \(t.gained), 减 cut \(t.cut), 收回周转池 reserve \(t.reserveHeld), 核减 cancelled \(t.cancelled)); \(t.unitsChanged) units change\n"
        let o = m.objective
        out += "- 目标值 Objective: \(NumberFormat.plain(o.total)) = shortfall \(NumberFormat.plain(o.shortfall)) + excess \(NumberFormat.plain(o.excess)) + moves \(NumberFormat.plain(o.moves)) + penalties \(NumberFormat.plain(o.penalties)) + channels \(NumberFormat.plain(o.channels))\n\n"

        out += "## 各部门编制增减 Change per department\n\n"
        if m.departmentChanges.isEmpty {
            out += "No department changes.\n\n"
        } else {
            out += "| 部门 Department | 增减 Change |\n|---|--:|\n"
            for bar in m.departmentChanges { out += "| \(e(bar.label)) | \(NumberFormat.signed(bar.value)) |\n" }
            out += "\n"
        }

        out += "## 各层级编制占比 Share by level\n\n| 编制类型 Kind | 层级 Level | 调整前 Before | 占比 | 调整后 After | 占比 |\n|---|---|--:|--:|--:|--:|\n"
        for share in m.levelShares {
            for l in share.levels {
                out += "| \(e(share.kind)) | \(l.level.chineseName) | \(l.before) | \(NumberFormat.percent(Double(l.before) / Double(max(1, share.totalBefore)))) | "
                out += "\(l.after) | \(NumberFormat.percent(Double(l.after) / Double(max(1, share.totalAfter)))) |\n"
            }
        }
        out += "\n"

        if !m.coverage.isEmpty {
            out += "## 重点类别缺口填补 Shortfall coverage by priority class\n\n| 类别 Class | 调整前缺口 Before | 调整后缺口 After | 填补 Covered |\n|---|--:|--:|--:|\n"
            for c in m.coverage {
                out += "| \(e(c.name)) | \(NumberFormat.plain(c.before, decimals: 1)) | \(NumberFormat.plain(c.after, decimals: 1)) | \(NumberFormat.percent(c.covered)) |\n"
            }
            out += "\n"
        }

        out += "## 调剂流向 Transfer flows\n\n"
        for flows in [m.flowsByDepartment, m.flowsByRegion] where !flows.from.isEmpty {
            out += "### \(e(flows.title))\n\n| 调出 from \\\\ 调入 to | " + flows.to.map(e).joined(separator: " | ") + " |\n"
            out += "|---|" + flows.to.map { _ in "--:|" }.joined() + "\n"
            for (i, from) in flows.from.enumerated() {
                out += "| \(e(from)) | " + flows.amounts[i].map { $0 == 0 ? "" : String($0) }.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }

        if let explanation {
            // A fence longer than any run of backticks in the text keeps it literal.
            var fence = "```"
            while explanation.contains(fence) { fence += "`" }
            out += "## 为什么 Why this allocation\n\n\(fence)text\n\(explanation)\(explanation.hasSuffix("\n") ? "" : "\n")\(fence)\n\n"
        }
        out += "## 编制分配明细 Allocation (\(r.units.count))\n\n"
        out += "| 单位 Unit | 部门 Department | 区域 Region | 类型 Kind | 编制数 Quota | 实有 Headcount | 需求 Need | 调整后 New | 增减 Change |\n"
        out += "|---|---|---|---|--:|--:|--:|--:|--:|\n"
        for u in r.units.prefix(ReportFiles.tableRowLimit) {
            out += "| \(e(u.name)) | \(e(u.department)) | \(e(names.region(u.region))) | \(e(names.kind(u.kind))) | \(u.quota) | \(u.headcount) | "
            out += "\(u.need.map { NumberFormat.plain($0, decimals: 1) } ?? "—") | \(u.newQuota) | \(NumberFormat.signed(u.change)) |\n"
        }
        out += ReportFiles.moreRowsNote(r.units.count, file: "allocation.csv").map { "\n\($0)\n" } ?? ""
        out += "\n## 调剂明细 Transfers (\(r.transfers.count))\n\n"
        if r.transfers.isEmpty { return out + "No transfers.\n" }
        out += "| 调出 From | 调入 To | 类型 Kind | 编制数 Amount | 方式 Lane |\n|---|---|---|--:|---|\n"
        for tr in r.transfers.prefix(ReportFiles.tableRowLimit) {
            out += "| \(e(tr.fromName)) | \(e(tr.toName)) | \(e(names.kind(tr.kind))) | \(tr.amount) | \(tr.lane.chineseName) |\n"
        }
        return out + (ReportFiles.moreRowsNote(r.transfers.count, file: "transfers.csv").map { "\n\($0)\n" } ?? "")
    }
}
