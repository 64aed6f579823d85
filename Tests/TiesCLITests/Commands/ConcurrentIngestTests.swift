import Foundation
import Testing
import TiesStore
import TiesTestSupport

@testable import TiesCLI

/// Several `ties ingest` processes on one graph at once lose nothing (issue 11).
@Suite("ingest: concurrent processes")
struct ConcurrentIngestTests {
  @Test("four ingest processes of disjoint articles all succeed and the graph holds every document")
  func fourProcesses() throws {
    let ties = try #require(ExportPictureTests.tiesExecutable, "the ties executable beside the test runner")
    let workspace = try Workspace()
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus").path
    let names = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }
      .sorted()
    try #require(names.count >= 8)
    var children: [ChildProcess] = []
    for k in 0..<4 {
      let folder = workspace.root.appending("set\(k)")
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for (i, name) in names.enumerated() where i % 4 == k {
        try FileManager.default.copyItem(atPath: corpus + "/" + name, toPath: folder + "/" + name)
      }
      children.append(
        ChildProcess(executable: ties, arguments: ["ingest", folder, "--graph", workspace.graph]))
    }
    for child in children { try child.start() }
    var added = 0
    for child in children {
      let outcome = child.finish()
      #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
      if let line = outcome.output.split(separator: "\n").first, line.hasPrefix("added ") {
        added += Int(line.dropFirst(6).prefix { $0.isNumber }) ?? 0
      }
    }
    #expect(added == names.count)
    let store = try GraphStore(directory: workspace.graph, access: .readOnly)
    let stored = try store.documents().map(\.name)
    #expect(stored == names, "missing: \(Set(names).subtracting(stored).sorted())")
  }
}
