import Foundation
import Testing
import TiesTestSupport

@testable import TiesCLI

/// `ties export` draws exports/knowledge-graph.svg with Graphviz, and says how to get Graphviz
/// when it is missing.
@Suite("export: the SVG picture")
struct ExportPictureTests {
  /// Whether Graphviz's `dot` is on this process's PATH (scripts/test installs it).
  static let graphvizInstalled = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    .contains { FileManager.default.isExecutableFile(atPath: $0 + "/dot") }

  /// The `ties` executable `swift test` built beside the test runner.
  static var tiesExecutable: String? {
    var folders = [
      URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    ]
    folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      folders.append(bundle.bundleURL.deletingLastPathComponent())
    }
    return folders.map { $0.appendingPathComponent("ties").path }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  @Test("only the default export draws the picture")
  func pictureTarget() throws {
    #expect(try Export.parse([]).picture == "exports/knowledge-graph.svg")
    #expect(try Export.parse(["--out-dir", "out"]).picture == "out/knowledge-graph.svg")
    #expect(try Export.parse(["--format", "dot"]).picture == nil)
    #expect(try Export.parse(["--out", "g.graphml"]).picture == nil)
  }

  @Test(
    "the default export writes the SVG and says so",
    .enabled(if: graphvizInstalled, "needs Graphviz's dot on PATH"))
  func writesTheSVG() throws {
    let workspace = try Workspace.built()
    let folder = workspace.root.appending("exports")
    let run = try workspace.run("export", "--out-dir", folder)
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines.last?.hasPrefix("wrote \(folder)/knowledge-graph.svg (") == true)
    #expect(lines.last?.hasSuffix(" edges)") == true)
    let svg = try FormatsFixture.text(folder + "/knowledge-graph.svg")
    #expect(svg.contains("<svg "))
    #expect(svg.contains(">Korea Battery Industry Council</text>"))
    #expect(svg.contains(">Legend</text>"))
  }

  @Test("without Graphviz on PATH the export still writes GraphML and DOT, and prints the hint")
  func withoutGraphviz() throws {
    let ties = try #require(Self.tiesExecutable, "the ties executable beside the test runner")
    let workspace = try Workspace.built()
    let folder = workspace.root.appending("exports")
    let outcome = try ChildProcess.run(
      ties, ["export", "--graph", workspace.graph, "--out-dir", folder],
      environment: ["PATH": workspace.root.appending("no-graphviz-here"), "LANG": "C.UTF-8"])
    let stdout = outcome.output
    let stderr = outcome.errors
    #expect(outcome.status == 0)
    #expect(stdout.contains("wrote \(folder)/knowledge-graph.graphml ("))
    #expect(stdout.contains("wrote \(folder)/knowledge-graph.dot ("))
    #expect(!stdout.contains(".svg"))
    let hint =
      "note: \(folder)/knowledge-graph.svg not drawn: Graphviz's `dot` is not on PATH; install Graphviz"
    #expect(stderr.hasPrefix(hint))
    #expect(stderr.contains("apt-get install graphviz"))
    #expect(stderr.split(separator: "\n").count == 1, "one line: \(stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    #expect(names == ["knowledge-graph.dot", "knowledge-graph.graphml"])
  }
}
