import Foundation
import Testing

@testable import TiesCLI

/// The repository root, found from this file: Tests/TiesCLITests/Formats/ → ../../..
private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The committed exports of the sample corpus (exports/) must be what `ties build` and `ties
/// export` make of corpus/ today. `RECORD_GOLDEN=1 swift test --filter ExportsAreFresh`
/// rewrites them, and fails so that the change shows up as a diff to review.
@Suite("exports/ of the sample corpus")
struct ExportsAreFresh {
  @Test("the committed exports match a fresh build of corpus/")
  func exportsAreFresh() throws {
    let workspace = try Workspace()
    #expect(try workspace.run("build", root.appendingPathComponent("corpus").path).status == 0)
    let fresh = workspace.root.appending("exports")
    #expect(try workspace.run("export", "--out-dir", fresh).status == 0)
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    for name in ["knowledge-graph.graphml", "knowledge-graph.dot"] {
      let actual = try FormatsFixture.read(fresh + "/" + name)
      let committed = root.appendingPathComponent("exports").appendingPathComponent(name)
      if record {
        try actual.write(to: committed)
        Issue.record("recorded \(committed.path); unset RECORD_GOLDEN and review the diff")
      } else if (try? Data(contentsOf: committed)) != actual {
        Issue.record(
          "\(committed.path) is stale; regenerate it with: RECORD_GOLDEN=1 swift test --filter ExportsAreFresh"
        )
      }
    }
  }
}
