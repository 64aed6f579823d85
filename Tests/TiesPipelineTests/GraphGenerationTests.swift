import Dispatch
import Foundation
import Testing
import TiesExtraction
import TiesModel
import TiesTestSupport

@testable import TiesPipeline
@testable import TiesStore

/// A build writes a new generation of the SQLite graph and switches `ties.sqlite` to it
/// (`GraphStore.rebuild`): readers and writers of the previous generation, in this process or
/// others, never lose a write or see a half-built graph, and the folder keeps only the current
/// generation.
struct GraphGenerationTests {
  /// A scratch graph folder with the first `count` project articles built into it.
  private struct Built {
    let pipeline: GraphPipeline
    let temp: TemporaryDirectory
    let directory: String
    let files: [InputFile]

    init(_ count: Int) throws {
      pipeline = try Fixtures.pipeline.get()
      temp = try TemporaryDirectory(prefix: "ties-generation")
      directory = temp.appending("graph")
      files = try InputFiles.collect([Fixtures.repository + "/corpus"])
      try #require(files.count >= 6)
      _ = try pipeline.build(Array(files.prefix(count)), into: try GraphStore(directory: directory))
    }

    /// The documents a new read-only store of the graph holds.
    func documentCount() throws -> Int {
      try GraphStore(directory: directory, access: .readOnly).documents().count
    }
  }

  private func folder(_ directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
  }

  @Test("a build leaves ties.sqlite linking to the one generation it wrote")
  func buildsAGeneration() throws {
    let built = try Built(2)
    for round in 0..<2 {
      if round > 0 {
        _ = try built.pipeline.build(
          Array(built.files.prefix(3)), into: try GraphStore(directory: built.directory))
      }
      let generation = try #require(GraphStore.generation(in: built.directory))
      #expect(try folder(built.directory) == [generation, "ties.sqlite"].sorted())
      #expect(try built.documentCount() == 2 + round)
    }
  }

  @Test("a build, written without enforcing foreign keys, leaves no row pointing at nothing")
  func buildKeepsForeignKeys() throws {
    let built = try Built(6)
    let (violations, mentionsWithEntity) = try GraphStore(directory: built.directory).foreignKeyViolations()
    #expect(violations.prefix(3) == [])
    #expect(mentionsWithEntity > 100)
    let graph = try GraphStore(directory: built.directory, access: .readOnly).graph()
    #expect(graph.relations.count > 20)
  }

  @Test("a store opened before a build reads the new graph after it")
  func openStoreFollowsTheSwitch() throws {
    let built = try Built(2)
    let (pipeline, directory, files) = (built.pipeline, built.directory, built.files)
    let reader = try GraphStore(directory: directory, access: .readOnly)
    let writer = try GraphStore(directory: directory)
    #expect(try reader.documents().count == 2)
    _ = try pipeline.build(Array(files.prefix(3)), into: try GraphStore(directory: directory))
    #expect(try reader.documents().count == 3)
    // A write through a store opened before the build lands in the new generation.
    _ = try pipeline.ingest(Array(files.dropFirst(3).prefix(1)), into: writer)
    #expect(try built.documentCount() == 4)
  }

  @Test("a reader in the middle of a build answers with the previous graph")
  func readerDuringABuild() throws {
    let built = try Built(2)
    let (pipeline, directory, files) = (built.pipeline, built.directory, built.files)
    let reader = try GraphStore(directory: directory, access: .readOnly)
    let before = try reader.graph()
    let extractions = try pipeline.extract(Array(files.prefix(4)), lossy: false)
    let during = try Fixtures.reading(reader.graph) { pause in
      try GraphStore(directory: directory).rebuild(waitingUpTo: 10) { w in
        try w.insert(extractions)
        let resolved = pipeline.resolver.resolve(try w.resolutionInput())
        try w.apply(graph: resolved.graph, resolved: resolved.extractions)
        pause()
      }
    }
    #expect(during == before)
    #expect(try reader.graph().documents.count == 4)
  }

  @Test("an ingest that waits for a build adds its articles to the built graph")
  func ingestWaitingForABuild() throws {
    let built = try Built(1)
    let (pipeline, directory, files) = (built.pipeline, built.directory, built.files)
    let ingested = ResultSlots<IngestReport>(count: 1)
    let ingestDone = DispatchSemaphore(value: 0)
    try Fixtures.reading(
      {
        // Opened on the previous generation; it waits for the build's lock, then finds the switch.
        let ingesting = try GraphStore(directory: directory)
        Thread {
          ingested.set(0, Result { try pipeline.ingest(Array(files.suffix(2)), into: ingesting) })
          ingestDone.signal()
        }.start()
        Thread.sleep(forTimeInterval: 0.3)
      },
      during: { pause in
        _ = try GraphStore(directory: directory).rebuild(waitingUpTo: 10) { w in
          pause()
          try w.insert(try pipeline.extract(Array(files.prefix(3)), lossy: false))
        }
      })
    ingestDone.wait()
    #expect(try ingested.values()[0].added == 2)
    let names = try GraphStore(directory: directory, access: .readOnly).documents().map(\.name)
    #expect(names == (files.prefix(3) + files.suffix(2)).map(\.name).sorted())
  }

  /// Leaves in `directory` what killed builds leave: an unfinished generation, an unlinked one
  /// and a link being prepared.
  private func leaveKilledBuilds(in directory: String) throws {
    let left = [
      "ties-1-1-1.building", "ties-1-1-1.building-journal", "ties-2-1-1.sqlite", "ties-2-1-1.sqlite-wal",
    ]
    for name in left { try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/" + name)) }
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/.ties.sqlite.3-1-1.link", withDestinationPath: "ties-3-1-1.sqlite")
  }

  @Test("an ingest and a build remove what killed builds left; a failed build leaves the folder as it was")
  func leftoversAndFailures() throws {
    let built = try Built(2)
    let (pipeline, directory, files) = (built.pipeline, built.directory, built.files)
    #expect(FileManager.default.createFile(atPath: directory + "/lexicon.yaml", contents: Data()))
    try leaveKilledBuilds(in: directory)
    _ = try pipeline.ingest([files[2]], into: try GraphStore(directory: directory))
    let ingested = try #require(GraphStore.generation(in: directory))
    // The graph's own log may stay beside it.
    #expect(
      try folder(directory).filter { !$0.hasPrefix(ingested) } == ["lexicon.yaml", "ties.sqlite"])
    #expect(try built.documentCount() == 3)

    try leaveKilledBuilds(in: directory)
    _ = try pipeline.build(Array(files.prefix(3)), into: try GraphStore(directory: directory))
    let generation = try #require(GraphStore.generation(in: directory))
    #expect(try folder(directory) == [generation, "lexicon.yaml", "ties.sqlite"].sorted())

    struct Refused: Error {}
    #expect(throws: Refused.self) {
      try GraphStore(directory: directory).rebuild(waitingUpTo: 10) { w in
        try w.insert(try pipeline.extract(Array(files.prefix(1)), lossy: false))
        throw Refused()
      }
    }
    #expect(try folder(directory) == [generation, "lexicon.yaml", "ties.sqlite"].sorted())
    #expect(try built.documentCount() == 3)
  }

  @Test("a ties.sqlite that links to a database elsewhere is built in place and keeps its link")
  func userLinkStays() throws {
    let built = try Built(1)
    let generation = try #require(GraphStore.generation(in: built.directory))
    let directory = built.temp.appending("linked")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let target = built.directory + "/" + generation
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/ties.sqlite", withDestinationPath: target)
    // Files of the user's that look like a generation's: not ours to remove.
    try leaveKilledBuilds(in: directory)
    let before = try folder(directory)
    _ = try built.pipeline.build(Array(built.files.prefix(2)), into: try GraphStore(directory: directory))
    #expect(GraphStore.generation(in: directory) == target)
    #expect(try built.documentCount() == 2)
    _ = try built.pipeline.ingest([built.files[3]], into: try GraphStore(directory: directory))
    #expect(try built.documentCount() == 3)
    #expect(try folder(directory) == before)
  }
}
