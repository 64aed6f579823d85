import GRDB
import Testing
import TiesModel
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

/// `GraphWriter.bulkLoading`: a build fills the tables with their indexes set aside and puts
/// every one of them back, or, when it fails, leaves them as they were.
@Suite struct GraphStoreBulkLoadingTests {
  /// The definitions of the indexes the schema declares, by name.
  private func indexes(_ store: GraphStore) throws -> [String: String] {
    try store.dbQueue.read { db in
      var out: [String: String] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
      {
        out[row[0]] = row[1]
      }
      return out
    }
  }

  @Test func fillsWithoutIndexesAndPutsEveryOneBack() throws {
    let directory = try TemporaryDirectory(prefix: "ties-bulk-load")
    let store = try GraphStore(directory: directory.path)
    let declared = try indexes(store)
    try #require(declared["mentions_by_entity"] != nil)
    try #require(declared["cluster_buckets_by_bucket"] != nil)

    let during = try store.write(waitingUpTo: 10) { writer in
      try writer.removeAll()
      return try writer.bulkLoading { _ in
        try writer.insert(StoreFixture.extractions)
        return try (writer as? GraphWriter)?.db.indexNames() ?? []
      }
    }

    #expect(during.isEmpty)
    #expect(try indexes(store) == declared)
    // Mentions are stored unresolved until an `apply`.
    var unresolved = StoreFixture.extractions
    for d in unresolved.indices {
      for m in unresolved[d].mentions.indices { unresolved[d].mentions[m].entity = nil }
    }
    #expect(try store.extractions() == unresolved)
  }

  @Test func theIndexesOfAFinishedTableAreBuiltAtOnceAndTheRestAtTheEnd() throws {
    let directory = try TemporaryDirectory(prefix: "ties-bulk-load-finished")
    let store = try GraphStore(directory: directory.path)
    let declared = try indexes(store)
    let (early, afterwards) = try store.write(waitingUpTo: 10) { writer in
      try writer.removeAll()
      return try writer.bulkLoading { load in
        try writer.insert(StoreFixture.extractions)
        let names = { try (writer as? GraphWriter)?.db.indexNames() ?? [] }
        try load.finished(tables: ["mentions", "misses"])
        let early = try names()
        try load.finished(tables: ["mentions"])  // again: nothing left to build
        return (early, try names())
      }
    }
    #expect(early == ["mentions_by_entity", "mentions_by_key", "misses_by_document"])
    #expect(afterwards == early)
    #expect(try indexes(store) == declared)
    #expect(try store.extractions().count == StoreFixture.extractions.count)
  }

  @Test func aFailedLoadLeavesTheIndexesAndTheRowsAsTheyWere() throws {
    let directory = try TemporaryDirectory(prefix: "ties-bulk-load-failed")
    let store = try GraphStore(directory: directory.path)
    try store.replaceAll(extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    let declared = try indexes(store)

    struct Stop: Error {}
    #expect(throws: Stop.self) {
      try store.write(waitingUpTo: 10) { writer in
        try writer.removeAll()
        try writer.bulkLoading { _ in throw Stop() }
      }
    }

    #expect(try indexes(store) == declared)
    #expect(try store.graph() == StoreFixture.graph)
  }
}

/// `GraphWriting.insertMentions`: a build stores the mentions once the graph is written, each
/// with its cluster's entity, instead of updating every one of them.
@Suite struct GraphStoreMentionsAfterResolutionTests {
  /// The fixture's extractions without their mentions.
  private var withoutMentions: [DocumentExtraction] {
    StoreFixture.extractions.map {
      DocumentExtraction(
        document: $0.document, sentences: $0.sentences, mentions: [], relations: $0.relations,
        misses: $0.misses)
    }
  }

  @Test func mentionsStoredAfterTheGraphPointAtTheirEntities() throws {
    let directory = try TemporaryDirectory(prefix: "ties-mentions-after")
    let store = try GraphStore(directory: directory.path)
    let stored = try store.write(waitingUpTo: 10) { writer in
      try writer.insert(withoutMentions)
      try writer.apply(graph: StoreFixture.graph, resolved: [])
      return try writer.insertMentions(of: StoreFixture.extractions)
    }
    #expect(
      stored == StoreFixture.extractions.reduce(0) { $0 + $1.mentions.filter { $0.entity != nil }.count })
    #expect(stored > 0)
    #expect(try store.extractions() == StoreFixture.extractions)
    #expect(try store.graph() == StoreFixture.graph)
  }

  @Test func aMentionOfAnUnstoredEntityIsRefusedAndNothingIsKept() throws {
    let directory = try TemporaryDirectory(prefix: "ties-mentions-unknown")
    let store = try GraphStore(directory: directory.path)
    #expect(throws: StoreError.self) {
      try store.write(waitingUpTo: 10) { writer in
        try writer.insert(withoutMentions)
        var unknown = StoreFixture.extractions
        for d in unknown.indices {
          for m in unknown[d].mentions.indices {
            unknown[d].mentions[m].entity = EntityID(rawValue: "p-nobody")
          }
        }
        _ = try writer.insertMentions(of: unknown)
      }
    }
    #expect(try store.documents().isEmpty)
  }
}

extension Database {
  /// The names of the indexes the schema declares, sorted.
  fileprivate func indexNames() throws -> [String] {
    try String.fetchAll(
      self, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
  }
}
