/// Formats numbers for files and terminals the same way on every machine.
public enum NumberFormat {
    /// A whole number as-is, otherwise up to `decimals` places without trailing zeros
    /// (`12`, `12.5`, `0.333`).
    public static func plain(_ value: Double, decimals: Int = 3) -> String {
        if value.isNaN { return "" }
        let scale = pow10(decimals)
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(format: "%.\(decimals)f", rounded)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A signed change: `+3`, `-2`, `0`.
    public static func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : String(value)
    }

    /// A signed change formatted like ``plain(_:decimals:)``: `+49.9`, `-10.1`, `0`.
    public static func signed(_ value: Double) -> String {
        value > 0 ? "+" + plain(value) : plain(value)
    }

    /// A share as a percentage with one decimal: `31.4%`.
    public static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }

    /// Seconds with a sensible precision: `0.042 s`, `1.3 s`.
    public static func seconds(_ value: Double) -> String { seconds(value, language: .en) }

    /// A duration with its unit in `language` ("0.012 s", "0.012 秒").
    public static func seconds(_ value: Double, language: Language) -> String {
        SummaryText.seconds(value < 1 ? String(format: "%.3f", value) : String(format: "%.2f", value)).text(language)
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}

import Foundation
