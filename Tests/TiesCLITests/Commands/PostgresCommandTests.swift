import Foundation
import Testing
import TiesStore
import TiesStorePostgres
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesCLI

/// The commands on a graph in PostgreSQL (`--graph postgresql://...`, issue 12): they answer
/// as on a folder, many ingest processes share one database, and a bad login is a clear
/// error.
@Suite("commands on a PostgreSQL graph", .enabled(if: TestServer.available, "\(TestServer.reason)"))
struct PostgresCommandTests {
  static let corpus = SharedMaterial.repository + "/corpus"

  @Test("every reading command answers the same on PostgreSQL as on a folder")
  func readingCommandsAnswerAlike() throws {
    let folder = try ScratchGraph(.sqlite, prefix: "ties-cli-folder")
    let database = try ScratchGraph(.postgres, prefix: "ties-cli-postgres")
    for graph in [folder.graph, database.graph] {
      let build = try CLI.run(["build", Self.corpus, "--graph", graph])
      #expect(build.status == 0)
    }
    let first = "ev-korea-japan-business-roundtable-2023"
    let second = "ev-56-korea-japan-business-conference-2024"
    let commands: [[String]] = [
      ["stats"], ["entities", "--type", "person"], ["entities", "--match", "korea"], ["misses"],
      ["show", first], ["path", first, second], ["neighbors", second, "--radius", "2"],
      ["common", first, second], ["brokers", first, second], ["rank", "--top", "10"],
      ["components"], ["communities", "--seed", "1"],
    ]
    for command in commands {
      let onFolder = try CLI.run(command + ["--graph", folder.graph])
      let onDatabase = try CLI.run(command + ["--graph", database.graph])
      #expect(onFolder.status == 0, "\(command)")
      #expect(!onFolder.output.isEmpty, "\(command)")
      #expect(onDatabase.status == onFolder.status, "\(command)")
      #expect(onDatabase.output == onFolder.output, "\(command)")
    }
    // Exports, into a folder of each backend's own.
    for format in ["graphml", "json", "dot"] {
      var files: [String] = []
      for graph in [folder, database] {
        let out = graph.scratch.appending("exports")
        let run = try CLI.run(["export", "--format", format, "--out-dir", out, "--graph", graph.graph])
        #expect(run.status == 0, "\(format)")
        files.append(try String(contentsOfFile: out + "/knowledge-graph.\(format)", encoding: .utf8))
      }
      #expect(!files[0].isEmpty && files[0] == files[1], "\(format)")
    }
    // TIES_GRAPH is the default --graph.
    setenv("TIES_GRAPH", database.graph, 1)
    defer { unsetenv("TIES_GRAPH") }
    #expect(try CLI.run(["stats"]).output == CLI.run(["stats", "--graph", folder.graph]).output)
  }

  @Test("import of a GraphML file into PostgreSQL exports the same file")
  func importRoundTrips() throws {
    let folder = try ScratchGraph(.sqlite, prefix: "ties-cli-import-folder")
    let database = try ScratchGraph(.postgres, prefix: "ties-cli-import")
    #expect(try CLI.run(["build", Self.corpus, "--graph", folder.graph]).status == 0)
    let original = folder.scratch.appending("graph.graphml")
    let copy = folder.scratch.appending("copy.graphml")
    #expect(try CLI.run(["export", "--out", original, "--graph", folder.graph]).status == 0)
    #expect(try CLI.run(["import", original, "--graph", database.graph]).status == 0)
    #expect(try CLI.run(["export", "--out", copy, "--graph", database.graph]).status == 0)
    let bytes = try String(contentsOfFile: original, encoding: .utf8)
    let copied = try String(contentsOfFile: copy, encoding: .utf8)
    #expect(!bytes.isEmpty && bytes == copied)
  }

  @Test("four ingest processes of 500 generated articles each into one PostgreSQL graph keep every article")
  func fourIngestProcesses() throws {
    try #require(SharedMaterial.canGenerate, "../shared/bench/corpus_gen.py and python3")
    let ties = try #require(ExportPictureTests.tiesExecutable, "the ties executable beside the test runner")
    let database = try ScratchGraph(.postgres, prefix: "ties-cli-workers")
    let generated = database.scratch.appending("generated")
    let perWorker = 500
    try SharedMaterial.generate(articles: 4 * perWorker, seed: 5, into: generated)
    let names = try FileManager.default.contentsOfDirectory(atPath: generated).filter { $0.hasSuffix(".txt") }
      .sorted()
    try #require(names.count == 4 * perWorker)
    var children: [ChildProcess] = []
    for k in 0..<4 {
      let folder = database.scratch.appending("worker\(k)")
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for name in names[(k * perWorker)..<((k + 1) * perWorker)] {
        try FileManager.default.moveItem(atPath: generated + "/" + name, toPath: folder + "/" + name)
      }
      children.append(
        ChildProcess(executable: ties, arguments: ["ingest", folder, "--graph", database.graph]))
    }
    for child in children { try child.start() }
    for child in children {
      let outcome = child.finish()
      #expect(outcome.status == 0, "\(outcome.output)\(outcome.errors)")
      #expect(outcome.output.hasPrefix("added \(perWorker),"), "\(outcome.output)")
    }
    let stored = try database.store(.readOnly).documents().map(\.name)
    #expect(stored == names, "missing: \(Set(names).subtracting(stored).sorted().prefix(10))")
  }

  @Test("a wrong password is exit 2 with a message that names the server and hides the password")
  func wrongPassword() throws {
    let ties = try #require(ExportPictureTests.tiesExecutable, "the ties executable beside the test runner")
    let server = try TestServer.location()
    let outcome = try ChildProcess.run(
      ties, ["stats", "--graph", "postgresql://ties_pw:hunter-2-wrong@\(server.server)/\(server.database)"])
    let message = outcome.errors
    #expect(outcome.status == 2)
    #expect(
      message.contains(server.server) && message.contains("refused the login of user 'ties_pw'"), "\(message)"
    )
    #expect(!message.contains("hunter-2-wrong"))
    #expect(message.split(separator: "\n").count <= 2, "\(message)")
  }
}
