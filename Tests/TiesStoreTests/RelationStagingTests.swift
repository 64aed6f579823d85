import Foundation
import Testing
import TiesModel
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

/// `RelationStaging`: a build's relations written ahead by another thread into a database
/// beside the graph, then copied in by the build's connection.
@Suite struct RelationStagingTests {
  private typealias Fixture = GraphStoreInsertRelationsTests

  /// The files of `directory` a build of it may leave: none of them a staging database.
  private func stagingFiles(_ directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix("-relations") }
  }

  /// Writes `relations` into `staging` on a thread of its own, as a build's resolution does,
  /// and waits for it.
  private func writeElsewhere(_ staging: RelationStaging, _ relations: [Relation]) throws {
    let done = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var failure: (any Error)?
    Thread.detachNewThread {
      do {
        try staging.write(relations, among: Set(Fixture.entities.map(\.id)))
      } catch {
        failure = error
      }
      done.signal()
    }
    done.wait()
    if let failure { throw failure }
  }

  @Test func relationsWrittenAheadStoreWhatInsertRelationsStores() throws {
    let directory = try TemporaryDirectory(prefix: "ties-staging")
    let staged = try GraphStore(directory: directory.path)
    let changes = try staged.rebuild(waitingUpTo: 10) { writer in
      try writer.bulkLoading { load in
        try writer.apply(graph: KnowledgeGraph(entities: Fixture.entities), resolved: [])
        let staging = try #require(load.relationStaging)
        try writeElsewhere(staging, Fixture.relations)
        #expect(try stagingFiles(directory.path).count == 1)
        return try load.insertStagedRelations()
      }
    }
    #expect(changes.relationsWritten == 1_500)
    let inserted = try GraphStore(directory: try TemporaryDirectory(prefix: "ties-staging-inserted").path)
    try inserted.write(waitingUpTo: 10) { writer in
      try writer.apply(graph: KnowledgeGraph(entities: Fixture.entities), resolved: [])
      _ = try writer.insertRelations(Fixture.relations, among: Set(Fixture.entities.map(\.id)))
    }
    #expect(try staged.graph().relations.count == 1_500)
    #expect(try staged.graph() == (try inserted.graph()))
    #expect(try staged.stats().relationsByPredicate == (try inserted.stats().relationsByPredicate))
    // The same ids and evidence rows, in the same order.
    let rows = { (store: GraphStore) in
      try store.dbQueue.read { db in
        try String.fetchAll(
          db,
          sql: """
            SELECT r.id || ' ' || r.subject || ' ' || coalesce(r.role, '') || ' ' || r.fingerprint || ' ' || e.rowid
              || ' ' || e.document FROM relations r JOIN evidence e ON e.relation_id = r.id ORDER BY e.rowid
            """)
      }
    }
    #expect(try rows(staged) == (try rows(inserted)))
    // The index entries copied with the rows are those of the rows.
    #expect(try staged.dbQueue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } == ["ok"])
    #expect(try stagingFiles(directory.path).isEmpty)
  }

  @Test func aFailedStagingWriteFailsTheBuildAndLeavesThePreviousGraph() throws {
    let directory = try TemporaryDirectory(prefix: "ties-staging-failed")
    let store = try GraphStore(directory: directory.path)
    try store.rebuild(waitingUpTo: 10) { writer in
      try writer.apply(graph: KnowledgeGraph(entities: Fixture.entities), resolved: [])
    }
    var relations = Fixture.relations
    relations[700].object = EntityID(rawValue: "o-nobody")
    #expect(throws: StoreError.self) {
      try store.rebuild(waitingUpTo: 10) { writer in
        try writer.bulkLoading { load in
          try writer.apply(graph: KnowledgeGraph(entities: Array(Fixture.entities.prefix(3))), resolved: [])
          let staging = try #require(load.relationStaging)
          #expect(
            throws: StoreError.unknownEntity(
              EntityID(rawValue: "o-nobody"), referencedBy: "relation p-person-14 affiliated_with o-nobody")
          ) { try writeElsewhere(staging, relations) }
          // Nothing was staged: the copy refuses, and the build fails.
          _ = try load.insertStagedRelations()
        }
      }
    }
    #expect(try store.graph().entities.count == Fixture.entities.count)
    #expect(try store.graph().relations.isEmpty)
    #expect(try stagingFiles(directory.path).isEmpty)
  }

  @Test func onlyABuildHasAStagingDatabase() throws {
    let store = try GraphStore(directory: try TemporaryDirectory(prefix: "ties-staging-write").path)
    let staging = try store.write(waitingUpTo: 10) { writer in
      try writer.bulkLoading { load in load.relationStaging }
    }
    #expect(staging == nil)
  }

  @Test func aStagingFileAKilledBuildLeftIsRemovedByTheNextWrite() throws {
    let directory = try TemporaryDirectory(prefix: "ties-staging-left")
    let store = try GraphStore(directory: directory.path)
    let left = directory.path + "/ties-1796539632723702-4242-1.building-relations"
    #expect(FileManager.default.createFile(atPath: left, contents: Data("pages".utf8)))
    try store.write(waitingUpTo: 10) { writer in
      try writer.apply(graph: KnowledgeGraph(entities: Fixture.entities), resolved: [])
    }
    #expect(!FileManager.default.fileExists(atPath: left))
  }
}
