import Foundation
import Testing

@testable import TiesCLI

/// Queries never create a graph: on a missing folder (or a folder without a database) they
/// refuse with exit code 2, say how to build one, and leave nothing behind. Writing commands
/// still create it.
@Suite("queries on a missing graph", .serialized)
struct MissingGraphTests {
  static let queries: [[String]] = [
    ["path", "Kim Do-yeon", "Kim Seo-jun"], ["show", "Kim Do-yeon"], ["entities"], ["misses"], ["stats"],
    ["neighbors", "Kim Do-yeon"], ["common", "Kim Do-yeon", "Kim Seo-jun"],
    ["brokers", "Kim Do-yeon", "Kim Seo-jun"], ["rank"], ["components"], ["communities"], ["export"],
  ]

  @Test(
    "a query on a missing folder exits with 2, says how to build one, and creates nothing", arguments: queries
  )
  func missingFolder(_ query: [String]) throws {
    let workspace = try Workspace()
    let graph = workspace.root.appending("some/dir")
    let exports = workspace.root.appending("exports")
    let arguments = query + ["--graph", graph] + (query == ["export"] ? ["--out-dir", exports] : [])
    let (run, message) = try StandardError.capture { try CLI.run(arguments) }
    #expect(run.status == ExitCodes.storeError)
    #expect(run.output.isEmpty)
    // Other suites running in parallel may print on standard error too.
    #expect(
      message.contains("error: no graph at \(graph) (build one with: ties build ARTICLES --graph \(graph))\n")
    )
    #expect(!FileManager.default.fileExists(atPath: workspace.root.appending("some")), "nothing is created")
    #expect(!FileManager.default.fileExists(atPath: exports))
  }

  @Test("a query on a folder without a database exits with 2 and leaves the folder empty", arguments: queries)
  func folderWithoutDatabase(_ query: [String]) throws {
    let workspace = try Workspace()
    try FileManager.default.createDirectory(atPath: workspace.graph, withIntermediateDirectories: true)
    let extra = query == ["export"] ? ["--out-dir", workspace.root.appending("exports")] : []
    let (run, message) = try StandardError.capture {
      try CLI.run(query + ["--graph", workspace.graph] + extra)
    }
    #expect(run.status == ExitCodes.storeError)
    #expect(message.contains("error: no graph at \(workspace.graph) (build one with: ties build ARTICLES"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.graph).isEmpty)
  }

  @Test("a query on a built graph adds no file to its folder")
  func builtGraph() throws {
    let workspace = try Workspace.built()
    let before = try FileManager.default.contentsOfDirectory(atPath: workspace.graph).sorted()
    #expect(try workspace.run("stats").status == 0)
    #expect(try workspace.run("neighbors", "Kim Do-yeon").status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.graph).sorted() == before)
  }

  @Test("build, ingest and import create a missing folder", arguments: ["build", "ingest", "import"])
  func writersCreate(_ verb: String) throws {
    let workspace = try Workspace.built()
    var input = try workspace.write("c.txt", Articles.steelRevised)
    if verb == "import" {
      input = workspace.root.appending("g.graphml")
      #expect(try workspace.run("export", "--out", input).status == 0)
    }
    let graph = workspace.root.appending("new/graph")
    #expect(try CLI.run([verb, "--graph", graph, input]).status == 0)
    #expect(FileManager.default.fileExists(atPath: graph + "/ties.sqlite"))
    #expect(try CLI.run(["stats", "--graph", graph]).status == 0)
  }
}
