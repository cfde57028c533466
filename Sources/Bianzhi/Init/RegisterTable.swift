import Foundation

/// A register export (编制台账) read for `bianzhi init`: its units as the scenario loader will
/// read them, the level written on each row, and how its columns were understood.
struct RegisterTable {
    /// A register column and the unit-table column it feeds.
    struct MappedColumn: Sendable, Equatable {
        var header: String
        var key: String
    }

    /// The region given to rows with an empty region cell while drafting; such units end up in
    /// the root region (the draft writes `units: {…, region: ROOT}`).
    static let unplaced = "\u{0}"

    var contents: UnitTableFile.Contents
    var units: [OrgUnit]
    /// The level cell (层级) of each unit, by the unit's row line.
    var levelOfLine: [Int: String]
    var mapped: [MappedColumn]
    /// Everything the reader noted (ignored columns, total rows, encoding) and any errors.
    var diagnostics: [Diagnostic]

    init(data: Data, path: String, sheet: String?) throws(ScenarioDraft.Failure) {
        switch UnitTableFile.read(data: data, path: path, sheet: sheet) {
        case .failure(let problem): throw .unreadable([problem.diagnostic])
        case .success(let contents): self.contents = contents
        }
        var notes: [Diagnostic] = []
        if let encoding = contents.encoding, encoding == .gb18030 {
            notes.append(UnitTableFile.encodingNote(encoding, file: path))
        }
        var reader = UnitTableReader(file: contents.file, defaultRegion: Self.unplaced)
        units = reader.read(table: contents.table, padShortRows: contents.isWorkbook)
        diagnostics = notes + reader.diagnostics

        // The header mapping again, quietly, for the report and the level column.
        var quiet = UnitTableReader(file: contents.file)
        mapped = []
        levelOfLine = [:]
        guard let table = quiet.skippingTitleRows(contents.table), let header = table.header,
              let (columnOfKey, names) = quiet.mapHeader(header, records: table.records)
        else { return }
        mapped = UnitTableColumns.columns.compactMap { column in
            columnOfKey[column.key].map { MappedColumn(header: names[$0], key: column.key) }
        }
        if let levelColumn = columnOfKey["level"] {
            for record in table.records where levelColumn < record.fields.count {
                levelOfLine[record.line] = record.fields[levelColumn].trimmingWhitespace
            }
        }
    }
}
