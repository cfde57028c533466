/// A spreadsheet to write: sheets of typed cells with column formats, as plain values.
///
/// The model knows nothing about staffing quotas and nothing about the library that writes it:
/// `Bianzhi` builds a `Workbook` from a result, ``XLSXWriter`` turns it into an `.xlsx` file.
///
/// ```swift
/// var sheet = Sheet(name: "调整方案", columns: [
///     .init(header: "名称", format: .text),
///     .init(header: "编制数", format: .integer),
/// ])
/// sheet.rows.append([.text("县委办"), .number(24)])
/// let bytes = try XLSXWriter.data(Workbook(sheets: [sheet]))
/// ```
public struct Workbook: Sendable, Equatable {
    /// The sheets, in tab order.
    public var sheets: [Sheet]
    /// Document title (File → Properties).
    public var title: String?
    /// Document author or issuing office.
    public var author: String?

    public init(sheets: [Sheet], title: String? = nil, author: String? = nil) {
        self.sheets = sheets
        self.title = title
        self.author = author
    }
}
