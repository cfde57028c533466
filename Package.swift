// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "bianzhi",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "bianzhi", targets: ["BianzhiCLI"]),
        .library(name: "Bianzhi", targets: ["Bianzhi"]),
        .library(name: "LinearProgramming", targets: ["LinearProgramming"]),
        .library(name: "Spreadsheet", targets: ["Spreadsheet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Reads .xlsx unit tables (a zip of XML parts); pinned to the mirror's version.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // GLPK's C API. Debian ships no pkg-config file, so the module map names the library.
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // libxlsxwriter's C API (Debian's libxlsxwriter-dev), for Excel output.
        .systemLibrary(
            name: "CXlsxWriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // Spreadsheets as values, written as .xlsx; the only target that sees libxlsxwriter.
        .target(
            name: "Spreadsheet",
            dependencies: ["CXlsxWriter"]
        ),
        // Seeded random numbers (SplitMix64) for the scenario generator and the randomised tests.
        .target(name: "SeededRandom"),
        // Solver-neutral modelling layer; the only target that sees GLPK.
        .target(
            name: "LinearProgramming",
            dependencies: ["CGLPK"]
        ),
        // The domain: scenarios, validation, formulation, allocation, transfers, reports.
        .target(
            name: "Bianzhi",
            dependencies: [
                "LinearProgramming",
                "SeededRandom",
                "Spreadsheet",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The command-line tool: arguments, printing and exit codes only.
        // (Named BianzhiCLI so that it does not differ from `Bianzhi` only by case; the product
        // and the installed command stay `bianzhi`.)
        .executableTarget(
            name: "BianzhiCLI",
            dependencies: [
                "Bianzhi",
                "LinearProgramming",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "LinearProgrammingTests",
            dependencies: ["LinearProgramming", "SeededRandom"]
        ),
        .testTarget(
            name: "SpreadsheetTests",
            dependencies: ["Spreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "BianzhiTests",
            dependencies: [
                "Bianzhi", "LinearProgramming", "SeededRandom",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: []
        ),
    ],
    swiftLanguageModes: [.v6]
)
