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

    /// The county's Chinese report printed to PDF: A4 portrait pages, the unit table on
    /// landscape pages (the named page `wide`), and a first page that is not blank.
    @Test func theCountyReportPrintsOnA4WithTheUnitTableInLandscape() throws {
        let result = try solve(try Repository.load("Scenarios/county.yaml")).result
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bianzhi-pdf-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var files = AtomicFileSet()
        ReportFiles.add(result, language: .zh, to: &files)
        try files.write(to: dir)
        let pdf = dir + "/report.pdf"
        try Self.run(try #require(Browser.path), ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
                                                  "--user-data-dir=\(dir)/profile", "file://\(dir)/report.html"])
        let data = try #require(FileManager.default.contents(atPath: pdf), "no PDF written")
        #expect(data.starts(with: Array("%PDF".utf8)))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo"), FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftoppm") else {
            print("notice: poppler-utils (pdfinfo, pdftoppm) not installed: the PDF's pages are not checked")
            return
        }
        let info = try Self.run("/usr/bin/pdfinfo", ["-f", "1", "-l", "99", pdf])
        let sizes = info.split(separator: "\n").filter { $0.contains("size:") }.map { String($0) }
        #expect(sizes.count >= 5, "several pages")
        #expect(sizes.first?.contains("594.96 x 841.92") == true, "page 1 is A4 portrait: \(sizes.first ?? "")")
        #expect(sizes.contains { $0.contains("841.92 x 594.96") }, "the unit table on A4 landscape pages")
        _ = try Self.run("/usr/bin/pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, dir + "/page"])
        let page = try #require(try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasPrefix("page") && $0.hasSuffix(".png") })
        let check = try Self.status("/usr/bin/env", ["python3", Fixtures.root.appendingPathComponent("scripts/check-png").path, dir + "/" + page, "8"])
        #expect(check == 0, "page 1 looks blank")
    }

    /// Runs a tool to its end; its standard output.
    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }

    /// Runs a tool to its end; its exit status.
    static func status(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
