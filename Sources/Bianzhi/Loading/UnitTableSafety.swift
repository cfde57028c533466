import Foundation

/// Checks that the file `units:` names can be a unit table before anything of it is read as
/// one: a regular file, and text unless it is an Excel workbook (a zip) or UTF-16 (which
/// ``UnitTableFile`` words itself). A path may name anything (`/proc/self/environ`, a device, a
/// spreadsheet saved in a binary format); none of its content appears in the message.
enum UnitTableSafety {
    /// Why the file cannot be a unit table.
    struct Problem: Equatable {
        var message: RobustnessMessage
        var fix: RobustnessFix
    }

    /// The problem of what `path` names before it is read: a folder, device or pipe (reading
    /// a FIFO or a terminal would block). Paths not on disk (tests reading from memory) pass.
    static func problem(at path: String) -> Problem? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG else { return nil }
        return Problem(message: .unitTableNotRegular, fix: .giveTablePath)
    }

    /// The problem of the file at `path` whose bytes are `data`, or `nil`. Files that are not
    /// on disk (tests reading from memory) are judged by their bytes alone.
    static func problem(at path: String, data: Data) -> Problem? {
        var info = stat()
        if stat(path, &info) == 0 {
            // /proc and /sys files say size 0 and then produce content.
            guard Int(info.st_size) == data.count else {
                return Problem(message: .unitTableSystemFile, fix: .giveTablePath)
            }
        }
        let workbookOrUTF16 = XLSXSheetReader.looksLikeZip(data) || path.lowercased().hasSuffix(".xlsx")
            || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        if !workbookOrUTF16, data.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D || $0 == 0x7F }) {
            return Problem(message: .unitTableBinary, fix: .saveAsCSV)
        }
        return nil
    }
}
