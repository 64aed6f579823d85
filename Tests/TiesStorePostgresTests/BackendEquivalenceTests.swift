import Foundation
import Testing
import TiesExtraction
import TiesModel
import TiesPipeline
import TiesStore
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStorePostgres

/// The same articles give the same graph and the same answers on SQLite and on PostgreSQL:
/// the store contract (`GraphReading`, `GraphWriting`) held by both backends.
@Suite(.enabled(if: TestServer.available, "\(TestServer.reason)"), .serialized)
struct BackendEquivalenceTests {
  @Test func sampleCorpusBuildsTheSameGraph() throws {
    try expectSameAnswers(Backends.corpus)
  }

  @Test(.enabled(if: SharedMaterial.exists(Backends.seeds), "../shared/corpus/seeds is missing"))
  func seedArticlesBuildTheSameGraph() throws {
    try expectSameAnswers(Backends.seeds)
  }

  /// A graph grown on PostgreSQL by ingest in batches, in shuffled order, is the graph built at
  /// once on SQLite.
  @Test(.enabled(if: SharedMaterial.exists(Backends.dev), "../shared/corpus/dev is missing"))
  func ingestInBatchesEqualsBuild() throws {
    let pipeline = try Backends.pipeline.get()
    let scratch = try TemporaryDirectory(prefix: "ties-pg-batches")
    let files = try InputFiles.collect([Backends.dev, Backends.corpus])
    let sqlite = try GraphStore(directory: scratch.appending("graph"))
    _ = try pipeline.build(files, into: sqlite)
    let database = try TestDatabase()
    let postgres = try database.store()
    var generator = SplitMix(seed: 7)
    let shuffled = files.shuffled(using: &generator)
    var start = 0
    var last: IngestReport?
    for size in [1, 5, 2, 9].cycled(until: shuffled.count) {
      let batch = Array(shuffled[start..<min(shuffled.count, start + size)])
      last = try pipeline.ingest(batch, into: postgres)
      #expect(last?.added == batch.count)
      start += batch.count
      if start >= shuffled.count { break }
    }
    #expect(try Backends.graphML(postgres, scratch: scratch) == Backends.graphML(sqlite, scratch: scratch))
    #expect((last?.clustersResolved ?? 0) > 0)
    // Ingesting them all again changes nothing.
    let again = try pipeline.ingest(files, into: postgres)
    #expect(again.unchanged == files.count && again.changes == StoreChanges())
  }

  /// An article whose text changed replaces its own facts on PostgreSQL too.
  @Test func aChangedArticleReplacesItsFacts() throws {
    let pipeline = try Backends.pipeline.get()
    let scratch = try TemporaryDirectory(prefix: "ties-pg-changed")
    let articles = scratch.appending("articles")
    try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
    for file in try InputFiles.collect([Backends.corpus]) {
      try FileManager.default.copyItem(atPath: file.path, toPath: articles + "/" + file.name)
    }
    let files = try InputFiles.collect([articles])
    let database = try TestDatabase()
    let postgres = try database.store()
    _ = try pipeline.build(files, into: postgres)
    let text = try String(contentsOfFile: files[1].path, encoding: .utf8)
    try (text + "\nTomas Reyes, president of the Manila Business Council, attended as well.\n").write(
      toFile: files[1].path, atomically: true, encoding: .utf8)
    let report = try pipeline.ingest(files, into: postgres)
    #expect(report.changed == 1 && report.added == 0)
    let sqlite = try GraphStore(directory: scratch.appending("graph"))
    _ = try pipeline.build(files, into: sqlite)
    #expect(try Backends.graphML(postgres, scratch: scratch) == Backends.graphML(sqlite, scratch: scratch))
    #expect(try postgres.findEntities(named: "Tomas Reyes").count == 1)
  }

  /// Builds `folder` into both backends and compares every read of the store contract.
  private func expectSameAnswers(_ folder: String) throws {
    let pipeline = try Backends.pipeline.get()
    let scratch = try TemporaryDirectory(prefix: "ties-pg-same")
    let files = try InputFiles.collect([folder])
    let sqlite = try GraphStore(directory: scratch.appending("graph"))
    let database = try TestDatabase()
    let postgres = try database.store()
    let a = try pipeline.build(files, into: sqlite)
    let b = try pipeline.build(files, into: postgres)
    #expect(a.changes == b.changes)
    #expect(try Backends.graphML(postgres, scratch: scratch) == Backends.graphML(sqlite, scratch: scratch))
    // The build gathered the planner's statistics (without them the first ingest into a large
    // graph fresh from a build was planned badly): the mentions table has some.
    let statistics = try PostgresSession(database.location).query(
      "SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'mentions'")
    #expect(try #require(statistics.first).decode(Int.self) > 0)
    // A read-only store of the other kind of --graph answers the same.
    let reader = try GraphStores.open(database.url, access: .readOnly)
    let stores: [any GraphReading] = [sqlite, reader]
    func same<T: Equatable>(_ read: (any GraphReading) throws -> T, _ what: String) throws {
      let answers = try stores.map(read)
      #expect(answers[0] == answers[1], "\(what) differs")
    }
    try same({ try $0.documents() }, "documents")
    try same({ try $0.document(named: files[0].name) }, "document(named:)")
    try same({ try $0.extractions() }, "extractions")
    try same({ try $0.stats() }, "stats")
    try same({ try $0.documentHashes() }, "documentHashes")
    // Those of the names asked for that are stored: a missing name is left out.
    let asked = [files[0].name, "missing.txt", files[1].name]
    try same({ try $0.documentHashes(named: asked) }, "documentHashes(named:)")
    let all = try sqlite.documentHashes()
    let expected = [
      files[0].name: try #require(all[files[0].name]), files[1].name: try #require(all[files[1].name]),
    ]
    #expect(try sqlite.documentHashes(named: asked) == expected)
    try same({ try $0.entities() }, "entities")
    try same({ try $0.entities(type: .person, matching: "kim") }, "entities(type:matching:)")
    try same({ try $0.misses() }, "misses")
    try same({ try $0.misses(document: files[0].name) }, "misses(document:)")
    let entities = try sqlite.entities()
    #expect(!entities.isEmpty)
    for entity in entities.prefix(40) {
      try same({ try $0.entity(id: entity.id) }, "entity \(entity.id)")
      try same({ try $0.relations(of: entity.id) }, "relations of \(entity.id)")
      try same({ try $0.mentions(of: entity.id) }, "mentions of \(entity.id)")
      try same({ try $0.findEntities(named: entity.name) }, "findEntities \(entity.name)")
    }
    let keys = try sqlite.extractions().flatMap { e in
      e.sentences.prefix(3).map { (e.document.name, $0.index) }
    }
    try same({ try $0.sentences(keys + [("no such document", 0)]) }, "sentences")
    #expect(throws: StoreError.unknownDocument(name: "nope")) { try reader.misses(document: "nope") }
    #expect(throws: StoreError.notWritable(path: reader.location)) {
      try (reader as? any GraphStoring)?.write(waitingUpTo: 1) { _ in }
    }
  }
}

/// A seeded generator, so that the shuffled order is the same on every run.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension Array where Element == Int {
  /// The sizes repeated until they add up to at least `total`.
  func cycled(until total: Int) -> [Int] {
    var out: [Int] = []
    var sum = 0
    while sum < total {
      let size = self[out.count % count]
      out.append(size)
      sum += size
    }
    return out
  }
}
