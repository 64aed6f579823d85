// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Ties",
  platforms: [.macOS(.v14)],
  products: [
    .library(
      name: "Ties",
      targets: [
        "TiesGraph", "TiesModel", "TiesExtraction", "TiesResolution", "TiesStore", "TiesStorePostgres",
        "TiesFormats", "TiesPipeline", "TiesQuery", "TiesServe",
      ]),
    // Everything but the explorer's web server: for programs that need no HTTP stack (the
    // fuzz targets build it with sanitizers, and swift-nio would double their build).
    .library(
      name: "TiesCore",
      targets: [
        "TiesGraph", "TiesModel", "TiesExtraction", "TiesResolution", "TiesStore", "TiesFormats", "TiesPipeline",
        "TiesQuery",
      ]),
    .executable(name: "ties", targets: ["ties"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .target(name: "CTiesPrefetch"),
    .target(name: "CTiesSQLiteConfig", linkerSettings: [.linkedLibrary("sqlite3")]),
    .target(
      name: "TiesGraph",
      dependencies: ["CTiesPrefetch", .product(name: "HeapModule", package: "swift-collections")]),
    .target(name: "TiesModel", dependencies: ["TiesGraph"]),
    .target(
      name: "TiesExtraction",
      dependencies: ["TiesGraph", "TiesModel", .product(name: "Yams", package: "Yams")],
      resources: [.copy("Resources/Lexicons")]),
    .target(name: "TiesResolution", dependencies: ["TiesGraph", "TiesModel"]),
    .target(
      name: "TiesStore",
      dependencies: [
        "TiesGraph", "TiesModel", "CTiesSQLiteConfig", .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .target(
      name: "TiesStorePostgres",
      dependencies: [
        "TiesStore", "TiesModel", .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ]),
    .target(name: "TiesFormats", dependencies: ["TiesModel", "TiesGraph", "CLibXML2"]),
    .target(name: "TiesQuery", dependencies: ["TiesResolution", "TiesModel", "TiesGraph"]),
    .target(
      name: "TiesServe",
      dependencies: [
        "TiesQuery", "TiesStore", "TiesStorePostgres", "TiesFormats", "TiesModel", "TiesGraph",
        .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
      ]),
    .target(name: "TiesPipeline", dependencies: ["TiesExtraction", "TiesResolution", "TiesStore", "TiesModel"]),
    .target(
      name: "TiesCLI",
      dependencies: [
        "TiesExtraction", "TiesResolution", "TiesStore", "TiesStorePostgres", "TiesFormats", "TiesModel",
        "TiesGraph", "TiesPipeline", "TiesQuery", "TiesServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "ties", dependencies: ["TiesCLI"]),
    .target(name: "TiesTestSupport", dependencies: ["TiesModel"], path: "Tests/TiesTestSupport"),
    .testTarget(name: "TiesGraphTests", dependencies: ["TiesGraph"]),
    .testTarget(name: "TiesModelTests", dependencies: ["TiesModel"]),
    .testTarget(
      name: "TiesExtractionTests",
      dependencies: ["TiesExtraction", "TiesResolution", "TiesTestSupport"]),
    .testTarget(
      name: "TiesResolutionTests",
      dependencies: ["TiesResolution", "TiesExtraction", "TiesGraph", "TiesTestSupport"]),
    .target(
      name: "TiesStoreTestSupport", dependencies: ["TiesStore", "TiesStorePostgres", "TiesModel", "TiesTestSupport"],
      path: "Tests/TiesStoreTestSupport"),
    .testTarget(
      name: "TiesStoreTests", dependencies: ["TiesStore", "TiesStorePostgres", "TiesStoreTestSupport", "TiesTestSupport"]),
    .testTarget(
      name: "TiesPipelineTests",
      dependencies: [
        "TiesPipeline", "TiesStore", "TiesStorePostgres", "TiesFormats", "TiesExtraction", "TiesTestSupport",
        "TiesStoreTestSupport",
      ]),
    .testTarget(
      name: "TiesStorePostgresTests",
      dependencies: [
        "TiesStorePostgres", "TiesStore", "TiesPipeline", "TiesFormats", "TiesExtraction", "TiesTestSupport",
        "TiesStoreTestSupport",
      ]),
    .testTarget(
      name: "TiesFormatsTests", dependencies: ["TiesFormats", "TiesTestSupport"],
      exclude: ["Golden", "Fixtures"]),
    .testTarget(
      name: "TiesCLITests",
      dependencies: [
        "TiesCLI", "TiesStore", "TiesStorePostgres", "TiesModel", "TiesTestSupport", "TiesStoreTestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["Golden"]),
    .testTarget(name: "TiesQueryTests", dependencies: ["TiesQuery", "TiesModel"]),
    .testTarget(
      name: "TiesServeTests", dependencies: ["TiesServe", "TiesStore", "TiesModel", "TiesTestSupport"]),
  ]
)
