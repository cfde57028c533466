import Foundation

/// Small inline SVG charts for the HTML report: no scripts, no external resources, every
/// text escaped. Each chart scales to its container (`viewBox`, width 100 %).
public enum SVGChart {
    static let width = 960.0
    static let gain = "#2e7d32"
    static let cut = "#c62828"
    static let neutral = "#9e9e9e"
    static let levelColors = ["#5c6bc0", "#26a69a", "#ffa726", "#ef5350"]

    /// Horizontal bars around a zero axis: gains to the right in green, cuts to the left in
    /// red, one row per item, value at the end of each bar.
    public static func divergingBars(_ items: [(label: String, value: Int)], title: String, language: Language = .en) -> String {
        guard !items.isEmpty else { return empty(title, language) }
        let row = 24.0, top = 10.0, labelWidth = 240.0, margin = 50.0
        let height = top * 2 + row * Double(items.count)
        let maxAbs = Double(items.map { abs($0.value) }.max() ?? 1)
        let half = (width - labelWidth - 2 * margin) / 2
        let zero = labelWidth + margin + half
        var svg = open(height: height, title: title)
        for (i, item) in items.enumerated() {
            let y = top + row * Double(i)
            let length = maxAbs > 0 ? half * Double(abs(item.value)) / maxAbs : 0
            let x = item.value >= 0 ? zero : zero - length
            let color = item.value >= 0 ? gain : cut
            svg += text(x: labelWidth - 6, y: y + row * 0.68, anchor: "end", label(item.label, columns: 30))
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y + 4))\" width=\"\(f(max(length, 1)))\" height=\"\(f(row - 8))\" fill=\"\(color)\"/>"
            let valueX = item.value >= 0 ? zero + length + 4 : zero - length - 4
            svg += text(x: valueX, y: y + row * 0.68, anchor: item.value >= 0 ? "start" : "end", NumberFormat.signed(item.value), fill: color)
        }
        svg += "<line x1=\"\(f(zero))\" y1=\"\(f(top))\" x2=\"\(f(zero))\" y2=\"\(f(height - top))\" stroke=\"#424242\" stroke-width=\"1\"/>"
        return svg + "</svg>"
    }

    /// 100 % stacked horizontal bars: one bar per row, one segment per part, a legend of
    /// the parts above; segments wide enough carry their percentage.
    public static func shareBars(_ rows: [(label: String, parts: [Int])], parts: [String], title: String, language: Language = .en) -> String {
        guard !rows.isEmpty else { return empty(title, language) }
        let row = 30.0, legend = 28.0, labelWidth = 200.0, right = 20.0
        let height = legend + row * Double(rows.count) + 8
        let barWidth = width - labelWidth - right
        var svg = open(height: height, title: title)
        svg += legendRow(parts, colors: levelColors, from: labelWidth, columns: 20)
        for (r, item) in rows.enumerated() {
            let y = legend + row * Double(r)
            svg += text(x: labelWidth - 6, y: y + row * 0.62, anchor: "end", label(item.label, columns: 26))
            let total = Double(max(1, item.parts.reduce(0, +)))
            var x = labelWidth
            for (i, value) in item.parts.enumerated() where value > 0 {
                let w = barWidth * Double(value) / total
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y + 4))\" width=\"\(f(w))\" height=\"\(f(row - 8))\" fill=\"\(levelColors[i % levelColors.count])\"/>"
                if w > 44 {
                    svg += text(x: x + w / 2, y: y + row * 0.62, anchor: "middle", NumberFormat.percent(Double(value) / total), fill: "#ffffff")
                }
                x += w
            }
        }
        return svg + "</svg>"
    }

    /// Per row two bars on one scale: before (grey) and after (coloured), with the share
    /// covered written after them.
    public static func beforeAfterBars(
        _ rows: [(label: String, before: Double, after: Double, note: String)], title: String, language: Language = .en
    ) -> String {
        guard !rows.isEmpty else { return empty(title, language) }
        let row = 40.0, top = 24.0, labelWidth = 200.0, right = 180.0
        let height = top + row * Double(rows.count) + 6
        let scale = rows.map { max($0.before, $0.after) }.max() ?? 0
        let barWidth = width - labelWidth - right
        var svg = open(height: height, title: title)
        svg += "<rect x=\"\(f(labelWidth))\" y=\"6\" width=\"14\" height=\"10\" fill=\"\(neutral)\"/>"
        svg += text(x: labelWidth + 18, y: 16, anchor: "start", ReportText.before.text(language))
        svg += "<rect x=\"\(f(labelWidth + 140))\" y=\"6\" width=\"14\" height=\"10\" fill=\"\(gain)\"/>"
        svg += text(x: labelWidth + 158, y: 16, anchor: "start", ReportText.after.text(language))
        for (r, item) in rows.enumerated() {
            let y = top + row * Double(r)
            svg += text(x: labelWidth - 6, y: y + row * 0.55, anchor: "end", label(item.label, columns: 26))
            let wb = scale > 0 ? barWidth * item.before / scale : 0
            let wa = scale > 0 ? barWidth * item.after / scale : 0
            svg += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(max(wb, 1)))\" height=\"15\" fill=\"\(neutral)\"/>"
            svg += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 20))\" width=\"\(f(max(wa, 1)))\" height=\"15\" fill=\"\(gain)\"/>"
            svg += text(x: labelWidth + wb + 4, y: y + 15, anchor: "start", NumberFormat.plain(item.before, decimals: 1), size: 11)
            svg += text(x: labelWidth + wa + 4, y: y + 32, anchor: "start", NumberFormat.plain(item.after, decimals: 1), size: 11)
            svg += text(x: width - 6, y: y + row * 0.55, anchor: "end", item.note)
        }
        return svg + "</svg>"
    }

    /// A from × to matrix of amounts: cells shaded by amount, the amount written inside.
    public static func heatMatrix(from: [String], to: [String], amounts: [[Int]], title: String, language: Language = .en) -> String {
        guard !from.isEmpty, !to.isEmpty else { return empty(title, language) }
        let labelWidth = 200.0, header = 84.0
        let cell = min(64.0, (width - labelWidth - 10) / Double(to.count))
        let height = header + cell * 0.6 * Double(from.count) + 10
        let rowHeight = cell * 0.6
        let maxValue = Double(amounts.flatMap { $0 }.max() ?? 1)
        var svg = open(height: height, title: title)
        for (c, name) in to.enumerated() {
            let x = labelWidth + cell * (Double(c) + 0.5)
            svg += "<text x=\"\(f(x))\" y=\"\(f(header - 6))\" transform=\"rotate(-45 \(f(x)) \(f(header - 6)))\" font-size=\"12\">\(HTMLEscaping.escape(label(name, columns: 16)))</text>"
        }
        svg += text(x: 6, y: header - 6, anchor: "start", ReportText.fromTo.text(language), size: 11, fill: "#616161")
        for (r, name) in from.enumerated() {
            let y = header + rowHeight * Double(r)
            svg += text(x: labelWidth - 6, y: y + rowHeight * 0.65, anchor: "end", label(name, columns: 26))
            for c in to.indices {
                let value = amounts[r][c]
                let x = labelWidth + cell * Double(c)
                let t = maxValue > 0 ? Double(value) / maxValue : 0
                let fill = value == 0 ? "#f5f5f5" : shade(t)
                svg += "<rect x=\"\(f(x + 1))\" y=\"\(f(y + 1))\" width=\"\(f(cell - 2))\" height=\"\(f(rowHeight - 2))\" fill=\"\(fill)\"/>"
                if value > 0 {
                    svg += text(x: x + cell / 2, y: y + rowHeight * 0.65, anchor: "middle", String(value), size: 11, fill: t > 0.55 ? "#ffffff" : "#212121")
                }
            }
        }
        return svg + "</svg>"
    }

    // MARK: helpers

    /// A row of coloured squares with their names at the top of a chart, from `x`.
    static func legendRow(_ names: [String], colors: [String], from x: Double, columns: Int) -> String {
        var svg = "", lx = x
        for (i, name) in names.enumerated() {
            svg += "<rect x=\"\(f(lx))\" y=\"6\" width=\"14\" height=\"14\" fill=\"\(colors[i % colors.count])\"/>"
            svg += text(x: lx + 18, y: 18, anchor: "start", label(name, columns: columns))
            lx += 40 + Double(DisplayWidth.of(name)) * 8
        }
        return svg
    }

    static func open(height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"100%\" role=\"img\" aria-label=\"\(HTMLEscaping.escape(title))\"><title>\(HTMLEscaping.escape(title))</title>"
    }

    static func empty(_ title: String, _ language: Language) -> String {
        open(height: 30, title: title) + text(x: 6, y: 20, anchor: "start", ReportText.noData.text(language), fill: "#757575") + "</svg>"
    }

    static func text(x: Double, y: Double, anchor: String, _ content: String, size: Int = 12, fill: String = "#212121") -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\" fill=\"\(fill)\">\(HTMLEscaping.escape(content))</text>"
    }

    static func label(_ text: String, columns: Int) -> String {
        DisplayWidth.truncate(text.replacingOccurrences(of: "\n", with: " "), to: columns)
    }

    /// White → deep blue.
    private static func shade(_ t: Double) -> String {
        let t = min(1, max(0.12, t))
        let r = Int(227 - (227 - 21) * t), g = Int(242 - (242 - 101) * t), b = Int(253 - (253 - 192) * t)
        return String(format: "#%02x%02x%02x", r, g, b)
    }

    static func f(_ v: Double) -> String { NumberFormat.plain(v, decimals: 1) }
}
