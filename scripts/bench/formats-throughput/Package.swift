// swift-tools-version: 6.0
// Streaming throughput of GraphMLWriter and GraphMLReader on a synthetic graph.
// Kept out of the main package so users never build it; see README.md here.
import PackageDescription

let package = Package(
  name: "formats-throughput",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "Ties", path: "../../..")],
  targets: [
    .executableTarget(
      name: "formats-throughput",
      dependencies: [.product(name: "Ties", package: "Ties")])
  ]
)
