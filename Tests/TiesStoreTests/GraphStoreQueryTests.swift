import Testing
import TiesModel
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

/// The reads of the store contract, on each backend (`StoreBackend.all`).
@Suite struct GraphStoreQueryTests {
  /// A graph of `backend` filled with `StoreFixture`, and a store on it; keep the first as long
  /// as the second is used.
  private func filled(_ backend: StoreBackend) throws -> (ScratchGraph, any GraphStoring) {
    let graph = try ScratchGraph(backend)
    let store = try graph.store()
    try store.replaceAll(extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    return (graph, store)
  }

  private func ids(_ entities: [Entity]) -> [EntityID] { entities.map(\.id) }

  @Test(arguments: StoreBackend.all) func entitiesOfAType(_ backend: StoreBackend) throws {
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    #expect(try ids(store.entities(type: .person)) == [StoreFixture.kim, StoreFixture.sohn])
    #expect(try ids(store.entities(type: .agreement)) == [])
    #expect(try store.entities() == StoreFixture.graph.entities)
  }

  @Test(
    arguments: StoreBackend.all,
    [
      ("korea-japan", [StoreFixture.kje, StoreFixture.conference]),
      ("KOREA JAPAN", [StoreFixture.kje, StoreFixture.conference]),
      ("kje", [StoreFixture.kje]),
      ("holdings corp", [StoreFixture.samyang]),
      ("윤", [StoreFixture.kim]),
      ("kyung–shik", [StoreFixture.sohn]),
      ("tokyo", []),
    ] as [(String, [EntityID])])
  func entitiesMatchingATextInNamesAndAliases(_ backend: StoreBackend, _ search: (String, [EntityID])) throws
  {
    let (text, expected) = search
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    #expect(try ids(store.entities(matching: text)) == expected)
  }

  @Test(arguments: StoreBackend.all) func entitiesOfATypeMatchingAText(_ backend: StoreBackend) throws {
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    #expect(try ids(store.entities(type: .event, matching: "korea")) == [StoreFixture.conference])
    #expect(try ids(store.entities(type: .person, matching: "korea")) == [])
  }

  @Test(
    arguments: StoreBackend.all,
    [
      ("Sohn Kyung-Shik", [StoreFixture.sohn]),
      ("sohn kyung-shik", [StoreFixture.sohn]),
      ("SOHN KYUNG SHIK", [StoreFixture.sohn]),
      ("  Sohn  Kyung–shik ", [StoreFixture.sohn]),
      ("kje", [StoreFixture.kje]),
      ("Korea Japan Economic Association", [StoreFixture.kje]),
      ("김윤", [StoreFixture.kim]),
      ("yoon kim", [StoreFixture.kim]),
      ("Kim", []),
      ("Sohn Kyungshik", []),
      ("", []),
    ] as [(String, [EntityID])])
  func findEntitiesByExactNameOrAlias(_ backend: StoreBackend, _ search: (String, [EntityID])) throws {
    let (name, expected) = search
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    #expect(try ids(store.findEntities(named: name)) == expected)
  }

  @Test(arguments: StoreBackend.all) func entityByID(_ backend: StoreBackend) throws {
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    let kje = try #require(try store.entity(id: StoreFixture.kje))
    #expect(kje == StoreFixture.graph.entities.first { $0.id == StoreFixture.kje })
    #expect(kje.attributes["members"] == .long(1 << 40))
    #expect(try store.entity(id: "p-nobody") == nil)
  }

  @Test(arguments: StoreBackend.all) func relationsOfAnEntityAsSubjectOrObject(_ backend: StoreBackend) throws
  {
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    let all = StoreFixture.graph.relations
    #expect(try store.relations(of: StoreFixture.kim) == all.filter { $0.subject == StoreFixture.kim })
    let ofConference = try store.relations(of: StoreFixture.conference)
    #expect(ofConference.map(\.predicate) == [.organized, .heldIn, .attended])
    #expect(
      ofConference
        == all.filter { $0.subject == StoreFixture.conference || $0.object == StoreFixture.conference })
    let affiliation = try #require(
      try store.relations(of: StoreFixture.kje).first { $0.subject == StoreFixture.kim })
    #expect(affiliation.evidence.map(\.document) == ["a.txt", "b.txt"])
    #expect(try store.relations(of: "p-nobody").isEmpty)
  }

  @Test(arguments: StoreBackend.all) func mentionsOfAnEntity(_ backend: StoreBackend) throws {
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    let mentions = try store.mentions(of: StoreFixture.kje)
    #expect(mentions.map(\.text) == ["Korea-Japan Economic Association", "KJE"])
    #expect(mentions == StoreFixture.extractionA.mentions.filter { $0.entity == StoreFixture.kje })
  }

  @Test(arguments: StoreBackend.all) func sentenceByDocumentAndIndex(_ backend: StoreBackend) throws {
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    #expect(try store.sentence(document: "a.txt", index: 2) == StoreFixture.extractionA.sentences[2])
    #expect(try store.sentence(document: "a.txt", index: 3) == nil)
    #expect(try store.sentence(document: "z.txt", index: 0) == nil)
  }

  @Test(arguments: StoreBackend.all) func missesOfOneDocumentOrAll(_ backend: StoreBackend) throws {
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    let a = StoreFixture.extractionA.misses
    #expect(try store.misses(document: "a.txt") == [a[1], a[0]])
    #expect(try store.misses() == [a[1], a[0]] + StoreFixture.extractionB.misses)
    #expect(throws: StoreError.unknownDocument(name: "z.txt")) { try store.misses(document: "z.txt") }
  }

  @Test(arguments: StoreBackend.all) func statsCountEverythingInSummaryOrder(_ backend: StoreBackend) throws {
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    let stats = try store.stats()
    #expect(
      stats
        == StoreStats(
          documents: 2,
          entitiesByType: [
            .init(key: .person, count: 2), .init(key: .company, count: 1), .init(key: .association, count: 1),
            .init(key: .event, count: 1), .init(key: .place, count: 1),
          ],
          relationsByPredicate: [
            .init(key: .affiliatedWith, count: 2), .init(key: .attended, count: 1),
            .init(key: .organized, count: 1), .init(key: .heldIn, count: 1),
          ],
          mentions: 10, misses: 3))
    #expect(stats.entities == 6)
    #expect(stats.relations == 5)
  }

  @Test(arguments: StoreBackend.all) func statsPutUnknownKindsLastByName(_ backend: StoreBackend) throws {
    let (scratch, store) = try filled(backend)
    defer { withExtendedLifetime(scratch) {} }
    var graph = StoreFixture.graph
    graph.entities.append(Entity(id: "x-vessel-a", name: "A", type: EntityType(rawValue: "vessel")))
    graph.entities.append(Entity(id: "x-building-b", name: "B", type: EntityType(rawValue: "building")))
    graph.relations.append(
      Relation(subject: "x-vessel-a", predicate: Predicate(rawValue: "docked_at"), object: StoreFixture.seoul)
    )
    graph.canonicalize()
    try store.replaceAll(extractions: StoreFixture.extractions, graph: graph)

    let stats = try store.stats()
    #expect(stats.entitiesByType.map(\.key.rawValue).suffix(3) == ["place", "building", "vessel"])
    #expect(stats.relationsByPredicate.map(\.key.rawValue).last == "docked_at")
    #expect(try store.graph() == graph)
  }
}
