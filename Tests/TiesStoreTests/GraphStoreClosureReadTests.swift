import GRDB
import Testing
import TiesModel
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

/// What an ingest reads of the clusters it resolves again costs the closure, not the graph.
@Suite struct GraphStoreClosureReadTests {
  @Test func theMentionsOfAClosureAreFoundByIndexNotByScanningEveryMention() throws {
    let directory = try TemporaryDirectory(prefix: "ties-closure-read")
    let store = try GraphStore(directory: directory.path)
    try store.replaceAll(extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    let document = try #require(StoreFixture.extractions.first)
    let mention = try #require(document.mentions.first)
    let cluster = ClusterRef(document: document.document.name, key: mention.localKey)

    let (input, plan) = try store.write(waitingUpTo: 10) { writer in
      let writer = try #require(writer as? GraphWriter)
      let input = try writer.resolutionInput(for: [cluster])
      let plan = try Row.fetchAll(
        writer.db, sql: "EXPLAIN QUERY PLAN " + GraphWriter.mentionsOfResolvingSQL
      ).map { $0["detail"] as String }
      return (input, plan)
    }

    // The closure's own mentions, and only those.
    let read = input.extractions.flatMap(\.mentions)
    let expected = document.mentions.filter { $0.localKey == mention.localKey }
    #expect(read.map(\.evidence) == expected.map(\.evidence))
    #expect(!read.isEmpty)
    // The plan walks temp.resolving and looks each cluster up in mentions' key index.
    #expect(plan.contains { $0.hasPrefix("SCAN t") }, "\(plan)")
    #expect(plan.contains { $0.contains("mentions_by_key") }, "\(plan)")
    #expect(!plan.contains { $0.hasPrefix("SCAN m") }, "\(plan)")
  }

  @Test func theOtherEndsOfTheirRelationsAreReadWithTheirStoredEntitiesAndTypes() throws {
    let directory = try TemporaryDirectory(prefix: "ties-closure-settled")
    let store = try GraphStore(directory: directory.path)
    try store.replaceAll(extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    let clusters: Set<ClusterRef> = [
      ClusterRef(document: "a.txt", key: "kim yoon"), ClusterRef(document: "b.txt", key: "conference"),
    ]
    let input = try store.write(waitingUpTo: 10) { writer in
      try #require(writer as? GraphWriter).resolutionInput(for: clusters)
    }
    // "kim yoon" is affiliated with "kje"; "conference" is held in "seoul": both other ends
    // lie outside the clusters and come with the entity and type they are stored with.
    #expect(
      input.settled == [
        SettledCluster(
          cluster: ClusterRef(document: "a.txt", key: "kje"), entity: StoreFixture.kje, type: .association),
        SettledCluster(
          cluster: ClusterRef(document: "b.txt", key: "seoul"), entity: StoreFixture.seoul, type: .place),
      ])
    #expect(input.stored[ClusterRef(document: "a.txt", key: "kim yoon")] == StoreFixture.kim)
    #expect(input.extractions.flatMap(\.relations).count == 2)
  }
}
