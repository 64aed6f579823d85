import Foundation
import Testing
import TiesStore

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
    var processes: [(Process, Pipe, Pipe)] = []
    for k in 0..<4 {
      let folder = workspace.root.appending("set\(k)")
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for (i, name) in names.enumerated() where i % 4 == k {
        try FileManager.default.copyItem(atPath: corpus + "/" + name, toPath: folder + "/" + name)
      }
      let process = Process()
      process.executableURL = URL(fileURLWithPath: ties)
      process.arguments = ["ingest", folder, "--graph", workspace.graph]
      let output = Pipe()
      let errors = Pipe()
      process.standardOutput = output
      process.standardError = errors
      processes.append((process, output, errors))
    }
    for (process, _, _) in processes { try process.run() }
    var added = 0
    for (process, output, errors) in processes {
      let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(text)\(problem)")
      if let line = text.split(separator: "\n").first, line.hasPrefix("added ") {
        added += Int(line.dropFirst(6).prefix { $0.isNumber }) ?? 0
      }
    }
    #expect(added == names.count)
    let store = try GraphStore(directory: workspace.graph, access: .readOnly)
    let stored = try store.documents().map(\.name)
    #expect(stored == names, "missing: \(Set(names).subtracting(stored).sorted())")
  }
}
