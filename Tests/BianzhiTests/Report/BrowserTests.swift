import Bianzhi
import Foundation
import Testing

/// Chromium, when installed (Debian: `apt-get install chromium`); the test is skipped without it.
enum Browser {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}

@Suite("The HTML report in a real headless browser", .enabled(if: Browser.path != nil, "chromium is not installed"))
struct BrowserTests {
    @Test func screenshotOfTheReportIsNotBlank() throws {
        let result = try solve(ReportTests.scenario(hostile: true)).result
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-browser-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var files = AtomicFileSet()
        ReportFiles.add(result, to: &files)
        try files.write(to: dir)

        let png = dir + "/shot.png"
        let chromium = Process()
        chromium.executableURL = URL(fileURLWithPath: try #require(Browser.path))
        chromium.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--screenshot=\(png)",
                              "--window-size=1000,1400", "--user-data-dir=\(dir)/profile", "file://\(dir)/report.html"]
        chromium.standardOutput = FileHandle.nullDevice
        chromium.standardError = FileHandle.nullDevice
        try chromium.run()
        chromium.waitUntilExit()
        let data = try #require(FileManager.default.contents(atPath: png), "no screenshot written")
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))

        // Decode with the repository's checker (python3 + zlib): enough colours and ink.
        let checker = Fixtures.root.appendingPathComponent("scripts/check-png").path
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/python3") else {
            #expect(data.count > 20_000, "screenshot suspiciously small")
            return
        }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", checker, png, "16"]
        check.standardOutput = FileHandle.nullDevice
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "the screenshot looks blank")
    }
}
