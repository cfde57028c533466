import Foundation

/// Renders an ``AllocationDiff`` as terminal text, Markdown, CSV (one long table for Excel)
/// or JSON.
public struct DiffRenderer: Sendable {
    /// Output formats.
    public enum Format: String, Sendable, CaseIterable {
        /// Terminal tables, coloured when the terminal allows.
        case text
        /// Markdown tables, every cell escaped.
        case md
        /// One long CSV table for Excel.
        case csv
        /// Pretty JSON with the derived differences.
        case json
    }

    /// The comparison.
    public var diff: AllocationDiff
    /// Colours for the text format.
    public var style: TerminalStyle
    /// The language of headings, notes and the CSV's figure names (the CSV's column names and
    /// codes are for machines and stay as they are).
    public var language: Language

    /// Creates a renderer.
    public init(diff: AllocationDiff, style: TerminalStyle = .plain, language: Language = .en) {
        self.diff = diff
        self.style = style
        self.language = language
    }

    /// The line printed when nothing differs.
    public var noDifferences: String { say(.noDifferences) }

    private func say(_ text: DiffText) -> String { text.text(language) }
    private func headers(_ columns: [DiffColumn]) -> [String] { columns.map { $0.text(language) } }
    private func label(_ figure: AllocationDiff.FigureRow) -> String { DiffFigure(rawValue: figure.key)?.text(language) ?? figure.label }

    /// The document in `format`.
    public func render(_ format: Format) -> String {
        switch format {
        case .text: return text()
        case .md: return markdown()
        case .csv: return csv()
        case .json: return json()
        }
    }

    // MARK: text

    /// Terminal tables; differences coloured by sign when ``style`` is enabled.
    public func text() -> String {
        let d = diff
        var out = "A: \(d.labelA) (\(d.scenarioA))\nB: \(d.labelB) (\(d.scenarioB))\n"
        if let note = d.finalYearNote(language) { out += note + "\n" }
        if d.isEmpty { return out + noDifferences + "\n" }

        out += "\n" + style.bold(heading(.unitsDiffer(count: d.units.count))) + "\n"
        if d.units.isEmpty {
            out += say(.none) + "\n"
        } else {
            var t = TextTable(headers: headers([.unit, .department, .region, .kind, .before]) + ["A", "B", "B−A"],
                              alignments: [.left, .left, .left, .left, .right, .right, .right, .right])
            for u in d.units {
                t.append([u.name + presenceNote(u.presence), u.department, u.regionName, u.kindName,
                          before(u), u.a.map(String.init) ?? "—", u.b.map(String.init) ?? "—",
                          style.signed(NumberFormat.signed(u.difference), sign: Double(u.difference))])
            }
            out += t.render()
        }

        for dimension in AllocationDiff.Dimension.allCases {
            let rows = d.aggregates.filter { $0.dimension == dimension }
            guard !rows.isEmpty else { continue }
            out += "\n" + style.bold(heading(.by(dimension))) + "\n"
            var t = TextTable(headers: [dimension.text(language), say(.column(.totalA)), "B", "B−A", say(.column(.movedA)), "B", "B−A",
                                        say(.column(.shortfallA)), "B", "B−A", say(.column(.vacancyA)), "B", say(.column(.overQuotaA)), "B"],
                              alignments: [.left] + Array(repeating: .right, count: 13))
            for r in rows {
                t.append([r.name, String(r.totalA), String(r.totalB), colored(r.totalDifference),
                          String(r.movedA), String(r.movedB), colored(r.movedDifference),
                          NumberFormat.plain(r.shortfallA), NumberFormat.plain(r.shortfallB),
                          colored(r.shortfallDifference, invert: true),
                          String(r.vacancyA), String(r.vacancyB), String(r.overQuotaA), String(r.overQuotaB)])
            }
            out += t.render()
        }

        out += "\n" + style.bold(heading(.policyDiffers(count: d.policy.count))) + "\n"
        if d.policyUnknown {
            out += say(.policyUnknown) + "\n"
        } else if d.policy.isEmpty {
            out += say(.none) + "\n"
        } else {
            var t = TextTable(headers: [say(.column(.setting)), "A", "B"], maximumCellWidth: 60)
            for p in d.policy { t.append([p.key, p.a ?? say(.absent), p.b ?? say(.absent)]) }
            out += t.render()
        }

        out += "\n" + style.bold(heading(.objectiveAndTotals)) + "\n"
        var t = TextTable(headers: ["", "A", "B", "B−A"], alignments: [.left, .right, .right, .right])
        for f in d.figures {
            t.append([label(f), NumberFormat.plain(f.a), NumberFormat.plain(f.b), colored(f.difference, invert: true, neutral: !f.key.hasPrefix("objective"))])
        }
        out += t.render()
        return out
    }

    /// A heading with its colon in the language's punctuation.
    private func heading(_ text: DiffText) -> String { say(text) + (language == .zh ? "：" : ":") }

    private func presenceNote(_ presence: AllocationDiff.Presence) -> String {
        switch presence {
        case .both: return ""
        case .onlyA: return say(.onlyA)
        case .onlyB: return say(.onlyB)
        }
    }

    private func before(_ u: AllocationDiff.UnitRow) -> String {
        switch (u.beforeA, u.beforeB) {
        case let (x?, y?) where x == y: return String(x)
        case let (x?, y?): return "\(x)/\(y)"
        case let (x?, nil): return String(x)
        case let (nil, y?): return String(y)
        default: return "—"
        }
    }

    private func colored(_ value: Int) -> String {
        style.signed(NumberFormat.signed(value), sign: Double(value))
    }

    /// Shortfall and objective: lower is better, so a rise is red.
    private func colored(_ value: Double, invert: Bool, neutral: Bool = false) -> String {
        let text = NumberFormat.signed(value)
        if neutral { return text }
        return style.signed(text, sign: invert ? -value : value)
    }

    // MARK: markdown

    /// Markdown tables (every cell escaped).
    public func markdown() -> String {
        let d = diff
        let e = MarkdownEscaping.cell
        var out = "# \(say(.title))\n\n"
        out += "- A: \(e(d.labelA)) — \(e(d.scenarioA))\n"
        out += "- B: \(e(d.labelB)) — \(e(d.scenarioB))\n\n"
        if let note = d.finalYearNote(language) { out += e(note) + "\n\n" }
        if d.isEmpty { return out + noDifferences + "\n" }

        out += "## \(say(.unitsDiffer(count: d.units.count)))\n\n"
        if d.units.isEmpty {
            out += say(.none) + "\n\n"
        } else {
            out += "| " + headers([.unit, .department, .region, .kind, .before]).joined(separator: " | ") + " | A | B | B−A |\n"
            out += "|---|---|---|---|--:|--:|--:|--:|\n"
            for u in d.units {
                out += "| \(e(u.name + presenceNote(u.presence))) | \(e(u.department)) | \(e(u.regionName)) | \(e(u.kindName)) | "
                out += "\(before(u)) | \(u.a.map(String.init) ?? "—") | \(u.b.map(String.init) ?? "—") | \(NumberFormat.signed(u.difference)) |\n"
            }
            out += "\n"
        }

        for dimension in AllocationDiff.Dimension.allCases {
            let rows = d.aggregates.filter { $0.dimension == dimension }
            guard !rows.isEmpty else { continue }
            out += "## \(say(.by(dimension)))\n\n"
            let columns = headers([.totalA, .totalB]) + ["B−A"] + headers([.movedA, .movedB]) + ["B−A"] + headers([.shortfallA, .shortfallB]) + ["B−A"]
                + headers([.vacancyA, .vacancyB, .overQuotaA, .overQuotaB])
            out += "| \(dimension.text(language)) | " + columns.joined(separator: " | ") + " |\n"
            out += "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
            for r in rows {
                out += "| \(e(r.name)) | \(r.totalA) | \(r.totalB) | \(NumberFormat.signed(r.totalDifference)) | "
                out += "\(r.movedA) | \(r.movedB) | \(NumberFormat.signed(r.movedDifference)) | "
                out += "\(NumberFormat.plain(r.shortfallA)) | \(NumberFormat.plain(r.shortfallB)) | \(NumberFormat.signed(r.shortfallDifference)) | "
                out += "\(r.vacancyA) | \(r.vacancyB) | \(r.overQuotaA) | \(r.overQuotaB) |\n"
            }
            out += "\n"
        }

        out += "## \(say(.policyDiffers(count: d.policy.count)))\n\n"
        if d.policyUnknown {
            out += say(.policyUnknown) + "\n\n"
        } else if d.policy.isEmpty {
            out += say(.none) + "\n\n"
        } else {
            out += "| \(say(.column(.setting))) | A | B |\n|---|---|---|\n"
            for p in d.policy { out += "| \(e(p.key)) | \(e(p.a ?? say(.absent))) | \(e(p.b ?? say(.absent))) |\n" }
            out += "\n"
        }

        out += "## \(say(.objectiveAndTotals))\n\n| | A | B | B−A |\n|---|--:|--:|--:|\n"
        for f in d.figures {
            out += "| \(e(label(f))) | \(NumberFormat.plain(f.a)) | \(NumberFormat.plain(f.b)) | \(NumberFormat.signed(f.difference)) |\n"
        }
        return out
    }

    // MARK: csv

    /// Column order of the CSV form; stable across versions (new columns go at the end).
    public static let csvHeader = [
        "section", "dimension", "key", "name", "department", "region", "level", "kind", "measure",
        "before_a", "before_b", "a", "b", "difference",
    ]

    /// One long table (UTF-8 with BOM): `unit`, `aggregate`, `policy` and `figure` rows;
    /// numbers unformatted, an absent side an empty cell.
    public func csv() -> String {
        let d = diff
        var w = CSVWriter(header: Self.csvHeader)
        func n(_ v: Int?) -> String { v.map(String.init) ?? "" }
        func x(_ v: Double) -> String { NumberFormat.plain(v, decimals: 6) }
        for u in d.units {
            w.append(["unit", u.presence.rawValue, u.id, u.name, u.department, u.region, u.level.rawValue, u.kind, "quota",
                      n(u.beforeA), n(u.beforeB), n(u.a), n(u.b), String(u.difference)])
        }
        for r in d.aggregates {
            let prefix = ["aggregate", r.dimension.rawValue, r.key, r.name, "", "", "", ""]
            w.append(prefix + ["total", "", "", String(r.totalA), String(r.totalB), String(r.totalDifference)])
            w.append(prefix + ["moved", "", "", String(r.movedA), String(r.movedB), String(r.movedDifference)])
            w.append(prefix + ["shortfall", "", "", x(r.shortfallA), x(r.shortfallB), x(r.shortfallDifference)])
            w.append(prefix + ["vacancy", "", "", String(r.vacancyA), String(r.vacancyB), String(r.vacancyDifference)])
            w.append(prefix + ["over_quota", "", "", String(r.overQuotaA), String(r.overQuotaB), String(r.overQuotaDifference)])
        }
        for p in d.policy {
            w.append(["policy", "", p.key, "", "", "", "", "", "value", "", "", p.a ?? "", p.b ?? "", ""])
        }
        for f in d.figures {
            w.append(["figure", "", f.key, label(f), "", "", "", "", "value", "", "", x(f.a), x(f.b), x(f.difference)])
        }
        return w.text
    }

    // MARK: json

    /// The diff as pretty JSON with sorted keys, differences included.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = JSONDocument(diff: diff)
        let data = try! encoder.encode(document)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The JSON shape: the diff plus the derived differences and an `identical` flag.
    private struct JSONDocument: Encodable {
        var diff: AllocationDiff
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(diff.labelA, forKey: .labelA)
            try c.encode(diff.labelB, forKey: .labelB)
            try c.encode(diff.scenarioA, forKey: .scenarioA)
            try c.encode(diff.scenarioB, forKey: .scenarioB)
            try c.encode(diff.isEmpty, forKey: .identical)
            try c.encode(diff.policyUnknown, forKey: .policyUnknown)
            // Multi-year sides: the rows compare their final years.
            try c.encodeIfPresent(diff.yearsA, forKey: .yearsA)
            try c.encodeIfPresent(diff.yearsB, forKey: .yearsB)
            try c.encode(diff.units.map { RowJSON($0, [("difference", $0.difference)]) }, forKey: .units)
            try c.encode(diff.aggregates.map { r in
                RowJSON(r, [("totalDifference", r.totalDifference), ("movedDifference", r.movedDifference),
                            ("shortfallDifference", ResultBuilder.rounded(r.shortfallDifference)),
                            ("vacancyDifference", r.vacancyDifference), ("overQuotaDifference", r.overQuotaDifference)])
            }, forKey: .aggregates)
            try c.encode(diff.policy, forKey: .policy)
            try c.encode(diff.figures.map { RowJSON($0, [("difference", ResultBuilder.rounded($0.difference))]) }, forKey: .figures)
        }
        enum Key: String, CodingKey {
            case labelA, labelB, scenarioA, scenarioB, identical, policyUnknown, yearsA, yearsB, units, aggregates, policy, figures
        }
    }

    /// A row encoded with derived fields beside its stored ones, so that JSON readers get the
    /// differences without recomputing them.
    private struct RowJSON<Row: Encodable>: Encodable {
        var row: Row
        var derived: [(key: String, value: any Encodable)]
        init(_ row: Row, _ derived: [(key: String, value: any Encodable)]) {
            self.row = row
            self.derived = derived
        }
        func encode(to encoder: Encoder) throws {
            try row.encode(to: encoder)
            var c = encoder.container(keyedBy: DerivedKey.self)
            for field in derived { try c.encode(field.value, forKey: DerivedKey(stringValue: field.key)) }
        }
    }

    private struct DerivedKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
