import Foundation

/// Checks that the file `units:` names can be a unit table before anything of it is read as
/// one: a regular file of text. A path may name anything (`/proc/self/environ`, a device, a
/// spreadsheet saved in a binary format); none of its content appears in the message.
enum UnitTableFile {
    /// Why the file cannot be a unit table.
    struct Problem: Equatable {
        var message: String
        var fix: String
    }

    /// The problem of what `path` names before it is read: a folder, device or pipe (reading
    /// a FIFO or a terminal would block). Paths not on disk (tests reading from memory) pass.
    static func problem(at path: String) -> Problem? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG else { return nil }
        return Problem(message: "the unit table must be a regular file (this is a folder, device or pipe)", fix: "give the path of the CSV file.")
    }

    /// The problem of the file at `path` whose bytes are `data`, or `nil`. Files that are not
    /// on disk (tests reading from memory) are judged by their bytes alone.
    static func problem(at path: String, data: Data) -> Problem? {
        var info = stat()
        if stat(path, &info) == 0 {
            // /proc and /sys files say size 0 and then produce content.
            guard Int(info.st_size) == data.count else {
                return Problem(message: "the unit table must be a regular file (this is a system file whose size changes as it is read)", fix: "give the path of the CSV file.")
            }
        }
        let controls = data.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D || $0 == 0x7F }
        if controls {
            return Problem(message: "the unit table holds binary content (control bytes), not CSV text; its content is not shown", fix: "save the table from the spreadsheet as \"CSV UTF-8\" and give that file's path.")
        }
        return nil
    }
}
