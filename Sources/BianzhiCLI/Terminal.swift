import Bianzhi
import Foundation

/// Writing to the terminal: stdout for results, stderr for diagnostics and progress.
enum Terminal {
    /// Writes to standard error (fd 2; the C global `stderr` is not concurrency-safe).
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes a catalogue message and a newline to standard error.
    static func say(_ message: CLIMessage, _ language: Language) {
        error(message.text(language) + "\n")
    }

    /// Whether standard error is an interactive terminal (progress lines only then).
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}

/// A "solving… 3.2 s" line on stderr for long solves, shown only on a terminal and only
/// after the first second, and erased when the work ends.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let language: Language
    private let lock = NSLock()
    private var finished = false
    private var shown = false
    private let started = Date()

    init(label: String, language: Language) {
        self.label = label
        self.language = language
    }

    /// Starts the ticker when stderr is a terminal.
    func start() {
        guard Terminal.stderrIsTerminal else { return }
        let thread = Thread { [self] in
            Thread.sleep(forTimeInterval: 1)
            while true {
                lock.lock()
                if finished { lock.unlock(); return }
                shown = true
                let seconds = SummaryText.seconds(String(format: "%.1f", Date().timeIntervalSince(started))).text(language)
                Terminal.error("\r" + label + " " + seconds)
                lock.unlock()
                Thread.sleep(forTimeInterval: 0.5)
            }
        }
        thread.start()
    }

    /// Stops the ticker and erases its line.
    func stop() {
        lock.lock()
        finished = true
        if shown { Terminal.error("\r\u{1B}[K") }
        lock.unlock()
    }
}
