import Testing
import TiesModel
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

/// Writing a whole graph (`replaceAll`), on each backend (`StoreBackend.all`).
@Suite struct GraphStoreReplaceTests {
  private func filledStore(_ graph: ScratchGraph) throws -> any GraphStoring {
    let store = try graph.store()
    try store.replaceAll(extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    return store
  }

  /// The store's content, and for SQLite every row of every table too.
  private func dump(_ store: any GraphStoring) throws -> (StoreContent, [String]) {
    (try store.content(), try (store as? GraphStore)?.tableDump() ?? [])
  }

  @Test(arguments: StoreBackend.all) func roundTripsTheGraphAndTheExtractions(_ backend: StoreBackend) throws
  {
    let graph = try ScratchGraph(backend)
    let store = try filledStore(graph)

    #expect(try store.graph() == StoreFixture.graph)
    #expect(try store.extractions() == StoreFixture.extractions)
    #expect(try store.documents() == [StoreFixture.documentA, StoreFixture.documentB])
    #expect(try store.document(named: "b.txt") == StoreFixture.documentB)
    #expect(try store.document(named: "c.txt") == nil)
  }

  @Test(arguments: StoreBackend.all)
  func storesInCanonicalOrderWhateverTheInputOrder(_ backend: StoreBackend) throws {
    let graph = try ScratchGraph(backend)
    let store = try graph.store()
    var shuffled = StoreFixture.graph
    shuffled.documents.reverse()
    shuffled.entities.reverse()
    shuffled.relations.reverse()
    for i in shuffled.entities.indices { shuffled.entities[i].aliases.reverse() }
    for i in shuffled.relations.indices { shuffled.relations[i].evidence.reverse() }
    try store.replaceAll(extractions: StoreFixture.extractions.reversed(), graph: shuffled)

    #expect(try store.graph() == StoreFixture.graph)
    #expect(try store.extractions() == StoreFixture.extractions)
  }

  @Test(arguments: StoreBackend.all) func replacingWithTheSameInputChangesNothing(_ backend: StoreBackend)
    throws
  {
    let graph = try ScratchGraph(backend)
    let store = try filledStore(graph)
    let before = try dump(store)

    try store.replaceAll(extractions: StoreFixture.extractions, graph: StoreFixture.graph)

    #expect(try dump(store) == before)
    #expect(try store.graph() == StoreFixture.graph)
  }

  @Test(arguments: StoreBackend.all)
  func replacingADocumentDropsItsOldMentionsAndMisses(_ backend: StoreBackend) throws {
    let scratch = try ScratchGraph(backend)
    let store = try filledStore(scratch)
    var changed = StoreFixture.extractionB
    changed.document.contentHash = String(repeating: "c", count: 64)
    changed.sentences.removeLast()
    changed.mentions = Array(changed.mentions.prefix(2))
    changed.misses = [
      Miss(text: "Conference", document: "b.txt", sentence: 0, start: 33, end: 43, reason: "untyped")
    ]
    var graph = StoreFixture.graph
    graph.documents[1] = changed.document
    graph.relations.removeAll { $0.object == StoreFixture.samyang }

    try store.replaceAll(extractions: [StoreFixture.extractionA, changed], graph: graph)

    #expect(try store.extractions() == [StoreFixture.extractionA, changed])
    #expect(try store.misses(document: "b.txt") == changed.misses)
    #expect(
      try store.misses(document: "a.txt") == StoreFixture.extractionA.misses.sorted(by: GraphStore.missOrder))
    #expect(try store.sentence(document: "b.txt", index: 1) == nil)
    #expect(try store.mentions(of: StoreFixture.kim).map(\.evidence.document) == ["a.txt"])
    #expect(try store.mentions(of: StoreFixture.samyang).isEmpty)
    #expect(try store.document(named: "b.txt")?.contentHash == changed.document.contentHash)
    let content = try store.content()
    #expect(!content.extractions.contains { $0.mentions.contains { $0.text == "Samyang Holdings Corp." } })
    #expect(!content.misses.contains { $0.text == "Business Conference" })
    #expect(try store.stats().mentions == StoreFixture.extractionA.mentions.count + 2)
    #expect(try store.stats().misses == StoreFixture.extractionA.misses.count + 1)
  }

  /// Inputs that `replaceAll` must refuse, each after it has started writing.
  static let refusals:
    [(name: String, extractions: [DocumentExtraction], graph: KnowledgeGraph, error: StoreError?)] = {
      var unknownEndpoint = StoreFixture.graph
      unknownEndpoint.relations.append(
        Relation(subject: StoreFixture.kim, predicate: .attended, object: "ev-unknown"))

      var unknownMentionEntity = StoreFixture.extractionB
      unknownMentionEntity.mentions[0].entity = "ev-unknown"

      var duplicateEntity = StoreFixture.graph
      duplicateEntity.entities.append(Entity(id: StoreFixture.seoul, name: "Seoul City", type: .place))

      var otherDocument = StoreFixture.extractionB
      otherDocument.misses[0].document = "a.txt"

      var differentDocument = StoreFixture.graph
      differentDocument.documents[0].contentHash = "0"

      var duplicateSentence = StoreFixture.extractionB
      duplicateSentence.sentences.append(duplicateSentence.sentences[0])

      return [
        (
          "relation to an unknown entity", StoreFixture.extractions, unknownEndpoint,
          .unknownEntity("ev-unknown", referencedBy: "relation p-kim-yoon attended ev-unknown")
        ),
        (
          "mention of an unknown entity", [StoreFixture.extractionA, unknownMentionEntity],
          StoreFixture.graph,
          .unknownEntity(
            "ev-unknown", referencedBy: "mention '57th Korea-Japan Business Conference' in b.txt, sentence 0")
        ),
        (
          "entity listed twice", StoreFixture.extractions, duplicateEntity,
          .duplicateEntity(StoreFixture.seoul)
        ),
        (
          "document given twice", StoreFixture.extractions + [StoreFixture.extractionA], StoreFixture.graph,
          .duplicateDocument(name: "a.txt")
        ),
        (
          "graph document differs from its extraction", StoreFixture.extractions, differentDocument,
          .duplicateDocument(name: "a.txt")
        ),
        (
          "miss pointing at another document", [StoreFixture.extractionA, otherDocument], StoreFixture.graph,
          .inconsistentExtraction(
            document: "b.txt", message: "miss 'Business Conference' names document 'a.txt'")
        ),
        // Refused by the database itself (primary key of `sentences`), not by a check in Swift.
        ("sentence stored twice", [StoreFixture.extractionA, duplicateSentence], StoreFixture.graph, nil),
      ]
    }()

  @Test(arguments: StoreBackend.all, refusals.indices)
  func aFailedReplacementLeavesThePreviousContent(_ backend: StoreBackend, _ index: Int) throws {
    let refusal = Self.refusals[index]
    let scratch = try ScratchGraph(backend)
    let store = try filledStore(scratch)
    let before = try dump(store)

    let error = try #require(throws: StoreError.self, "\(refusal.name)") {
      try store.replaceAll(extractions: refusal.extractions, graph: refusal.graph)
    }
    if let expected = refusal.error {
      #expect(error == expected, "\(refusal.name)")
    } else if case .database(let path, let message) = error, let sqlite = store as? GraphStore {
      #expect(path == sqlite.databasePath)
      #expect(message.contains("UNIQUE constraint failed: sentences"), "\(message)")
    } else if case .server(let path, let message) = error, backend == .postgres {
      #expect(path == store.location)
      #expect(message.contains("23505") && message.contains("sentences"), "\(message)")
    } else {
      Issue.record("\(refusal.name): unexpected \(error)")
    }
    #expect(try dump(store) == before, "\(refusal.name)")
    #expect(try store.graph() == StoreFixture.graph, "\(refusal.name)")
  }

  @Test func describesARefusalWithItsCause() {
    let error = StoreError.unknownEntity(
      "ev-unknown", referencedBy: "relation p-kim-yoon attended ev-unknown")
    #expect(
      error.description
        == "error: unknown entity 'ev-unknown' referenced by relation p-kim-yoon attended ev-unknown")
    #expect(
      StoreError.inconsistentExtraction(document: "b.txt", message: "miss 'X' names document 'a.txt'")
        .description
        == "b.txt: error: inconsistent extraction: miss 'X' names document 'a.txt'")
  }
}
