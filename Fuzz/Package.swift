// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for Ties, kept apart from the library so that users never build them.
// Build and run them with `scripts/fuzz` (it passes `-sanitize=fuzzer,address`); each target's
// @main hands its function to libFuzzer's driver (`FuzzSupport.run`).
let dependencies: [Target.Dependency] = ["FuzzSupport", .product(name: "TiesCore", package: "Ties")]
// lld: GNU gold stops with an internal error (dwarf_reader.cc) linking these sanitized targets.
let linker: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"])]

let package = Package(
  name: "TiesFuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "Ties", path: "..")],
  targets: [
    .target(name: "CLibFuzzer"),
    .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "TiesCore", package: "Ties")]),
    .executableTarget(name: "FuzzArticle", dependencies: dependencies, linkerSettings: linker),
    .executableTarget(name: "FuzzGraphML", dependencies: dependencies, linkerSettings: linker),
    .executableTarget(name: "FuzzLexicon", dependencies: dependencies, linkerSettings: linker),
    .executableTarget(name: "FuzzNames", dependencies: dependencies, linkerSettings: linker),
  ]
)
