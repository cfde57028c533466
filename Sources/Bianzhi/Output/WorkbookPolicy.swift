/// Whether a result set gets `allocation.xlsx`.
///
/// Writing a workbook costs about a microsecond per cell in libxlsxwriter alone (a province's
/// 60,000 units × 27 columns take seconds, more than the solve), so by default it is written
/// for results up to a large city and left out above, where `allocation.csv` (which Excel
/// opens too) carries the same per-unit figures. `--workbook always` writes it up to Excel's
/// own row limit; `never` leaves it out.
public enum WorkbookPolicy: String, Sendable, CaseIterable, Codable {
    /// Up to ``autoUnitLimit`` units.
    case auto
    /// Up to Excel's limit (``AllocationWorkbook/maximumUnits``).
    case always
    /// Never.
    case never

    /// The largest result `auto` writes a workbook for: a large prefecture city.
    public static let autoUnitLimit = 20_000

    /// Whether a result of `units` units gets a workbook.
    public func writes(units: Int) -> Bool {
        switch self {
        case .auto: return units <= Self.autoUnitLimit
        case .always: return units <= AllocationWorkbook.maximumUnits
        case .never: return false
        }
    }
}
