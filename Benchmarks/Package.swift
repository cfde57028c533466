// swift-tools-version:6.1
import PackageDescription

// The benchmarks live in their own package so that `swift test` in the main package never
// builds ordo-one/benchmark.
//
// A `.package(path: "..")` dependency takes the *folder name* of the checkout as its package
// identity (a clean clone into `bianzhi-x/` is identity `bianzhi-x`). So the identity is
// derived from this manifest's own path rather than hard-coded: it works whatever the
// checkout folder is called.
let checkoutFolder: String = {
    let parts = "\(#filePath)".split(separator: "/")
    // …/<checkout>/Benchmarks/Package.swift
    return parts.count >= 3 ? String(parts[parts.count - 3]) : "bianzhi"
}()

let package = Package(
    name: "BianzhiBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "BianzhiBenchmarks",
            dependencies: [
                .product(name: "Bianzhi", package: checkoutFolder),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/BianzhiBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark")
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
