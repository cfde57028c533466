extension SVGChart {
    /// Grouped vertical bars, one group per column (today, year 1, …) and one bar per series,
    /// on one scale from zero, each bar carrying its value; a legend of the series above.
    /// Used for a multi-year plan's path: quota, people in post and 超编 by year.
    public static func groupedBars(_ columns: [(label: String, values: [Int])], series: [String], title: String, language: Language = .en) -> String {
        guard !columns.isEmpty, !series.isEmpty else { return empty(title, language) }
        let colors = [neutral, levelColors[0], cut, levelColors[1]]
        let legend = 28.0, plot = 220.0, axis = 24.0, left = 20.0
        let height = legend + plot + axis + 8
        let scale = Double(max(1, columns.flatMap(\.values).max() ?? 1))
        let group = (width - 2 * left) / Double(columns.count)
        let bar = min(48, group * 0.8 / Double(series.count))
        var svg = open(height: height, title: title)
        svg += legendRow(series, colors: colors, from: left, columns: 24)
        let base = legend + plot
        for (c, column) in columns.enumerated() {
            let start = left + group * Double(c) + (group - bar * Double(series.count)) / 2
            for (i, value) in column.values.prefix(series.count).enumerated() {
                let h = plot * 0.85 * Double(max(0, value)) / scale
                let x = start + bar * Double(i)
                svg += "<rect x=\"\(f(x + 2))\" y=\"\(f(base - h))\" width=\"\(f(bar - 4))\" height=\"\(f(h))\" fill=\"\(colors[i % colors.count])\"/>"
                svg += text(x: x + bar / 2, y: base - h - 4, anchor: "middle", String(value), size: 11)
            }
            svg += text(x: left + group * (Double(c) + 0.5), y: base + 17, anchor: "middle", label(column.label, columns: 16))
        }
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(base))\" x2=\"\(f(width - left))\" y2=\"\(f(base))\" stroke=\"#424242\" stroke-width=\"1\"/>"
        return svg + "</svg>"
    }
}
