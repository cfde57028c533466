import Foundation

/// Writes several files so that either all of them appear or none change: each is written
/// to a temporary file in the target folder first, and only when every write succeeded are
/// they renamed into place (a rename within one folder is atomic).
public struct AtomicFileSet: Sendable {
    private var files: [(name: String, data: Data)] = []
    /// The rename used to move files into place; tests replace it to make one fail.
    var move: @Sendable (String, String) -> Int32 = { rename($0, $1) }

    /// Creates an empty set.
    public init() {}

    /// Adds a file with text content (UTF-8).
    public mutating func add(_ name: String, text: String) {
        files.append((name, Data(text.utf8)))
    }

    /// Adds a file with binary content.
    public mutating func add(_ name: String, data: Data) {
        files.append((name, data))
    }

    /// Names of the files, in the order added.
    public var names: [String] { files.map(\.name) }

    /// Writes every file into `directory`, creating it if needed. On failure every target
    /// file is as it was before the call (replaced ones are restored) and the temporaries are
    /// removed.
    public func write(to directory: String) throws(OutputError) {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: directory, reason: .cannotCreateFolder(detail: error.localizedDescription))
        }
        var temporaries: [(temporary: String, final: String)] = []
        func cleanUp() { for t in temporaries { try? fm.removeItem(atPath: t.temporary) } }
        for file in files {
            let final = (directory as NSString).appendingPathComponent(file.name)
            let temporary = (directory as NSString).appendingPathComponent(".\(file.name).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard fm.createFile(atPath: temporary, contents: file.data) else {
                cleanUp()
                throw OutputError(path: final, reason: .cannotWrite)
            }
            temporaries.append((temporary, final))
        }
        // A folder in the way makes its rename fail after the earlier files were replaced:
        // refuse before any rename, so a failed write leaves the old files as they were.
        for t in temporaries {
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: t.final, isDirectory: &isFolder), isFolder.boolValue {
                cleanUp()
                throw OutputError(path: t.final, reason: .folderInTheWay)
            }
        }
        // Each file the set replaces is first moved aside, so that a rename failing half-way
        // can put every earlier file back: the folder then holds the old set or the new one,
        // never a mix.
        let pid = ProcessInfo.processInfo.processIdentifier
        var installed: [(final: String, backup: String?)] = []
        func rollBack() {
            for entry in installed.reversed() {
                if let backup = entry.backup {
                    _ = rename(backup, entry.final)
                } else {
                    try? fm.removeItem(atPath: entry.final)
                }
            }
        }
        for (index, t) in temporaries.enumerated() {
            var backup: String? = nil
            if fm.fileExists(atPath: t.final) {
                // A short name of our own: appending to a long file name could exceed 255 bytes.
                let aside = (directory as NSString).appendingPathComponent(".bianzhi.\(pid).\(index).previous")
                guard move(t.final, aside) == 0 else {
                    let reason = String(cString: strerror(errno))
                    rollBack()
                    cleanUp()
                    throw OutputError(path: t.final, reason: .cannotMoveAside(detail: reason))
                }
                backup = aside
            }
            guard move(t.temporary, t.final) == 0 else {
                let reason = String(cString: strerror(errno))
                if let backup { _ = rename(backup, t.final) }
                rollBack()
                cleanUp()
                throw OutputError(path: t.final, reason: .cannotMoveIntoPlace(detail: reason))
            }
            installed.append((t.final, backup))
        }
        for entry in installed { if let backup = entry.backup { try? fm.removeItem(atPath: backup) } }
    }
}

/// A file could not be written.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The file or folder concerned.
    public var path: String
    /// Why.
    public var reason: OutputProblem

    /// `path: reason` in `language`.
    public func rendered(_ language: Language) -> String { "\(path): \(reason.text(language))" }

    /// `path: reason` in English.
    public var description: String { rendered(.en) }
}
