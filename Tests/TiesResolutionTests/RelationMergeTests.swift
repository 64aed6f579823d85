import Testing
import TiesModel
import TiesResolution

/// An ingest adds the new local relations between two entities it grows in place to their
/// stored relations (`Resolver.relations(adding:to:types:)`): the same relations as merging
/// every local relation again (`Resolver.relations(among:types:)`), or the pair handed back
/// when a role of a class could change.
struct RelationMergeTests {
  static let person = EntityID(rawValue: "p-ana-ferreira")
  static let company = EntityID(rawValue: "c-tagus-freight")
  static let city = EntityID(rawValue: "pl-lisbon")
  static let types: [EntityID: EntityType] = [person: .person, company: .company, city: .place]

  /// A local relation of `document` from the person to the company (or `object`).
  static func local(
    _ document: String, role: String?, confidence: Double = 0.8, dateline: String? = nil,
    predicate: Predicate = .affiliatedWith, object: EntityID = company
  ) -> EntityLocalRelation {
    EntityLocalRelation(
      relation: LocalRelation(
        subject: "p:ana ferreira", predicate: predicate, object: "o:tagus freight", role: role,
        evidence: Evidence(
          document: document, sentence: 1, start: 0, end: 40, rule: "appositive-role", confidence: confidence)
      ),
      subject: person, object: object, dateline: dateline)
  }

  @Test func newEvidenceJoinsTheStoredRelationAsAWholeMergeWould() {
    let old = [
      Self.local("a1", role: "chairman", dateline: "2024-03-01"),
      Self.local("a2", role: "chairman", confidence: 0.9),
      Self.local("a2", role: nil, predicate: .attended, object: Self.city),
    ]
    let new = [
      Self.local("b1", role: "chairman", confidence: 0.95, dateline: "2025-01-10"),
      Self.local("b2", role: nil, confidence: 0.7),
    ]
    let stored = Resolver.relations(among: old, types: Self.types)
    let (merged, recount) = Resolver.relations(adding: new, to: stored, types: Self.types)
    #expect(recount.isEmpty)
    #expect(merged == Resolver.relations(among: old + new, types: Self.types))
    // The chairman relation gained both articles' evidence, the later dateline and the higher
    // confidence; the role-less one is new; the relation to the city is not allowed (a person
    // does not attend a place) and makes none.
    let chair = merged.first { $0.role == "chairman" }
    #expect(chair?.evidence.map(\.document) == ["a1", "a2", "b1"])
    #expect(chair?.asOf == "2025-01-10" && chair?.confidence == 0.95)
    #expect(merged.count == 2)
  }

  @Test func aStoredRelationNoNewOneJoinsStaysAsItIs() {
    let old = [Self.local("a1", role: "adviser"), Self.local("a2", role: "chairman")]
    let new = [Self.local("b1", role: "chairman")]
    let stored = Resolver.relations(among: old, types: Self.types)
    let (merged, recount) = Resolver.relations(adding: new, to: stored, types: Self.types)
    #expect(recount.isEmpty)
    #expect(merged == Resolver.relations(among: old + new, types: Self.types))
    #expect(merged.first { $0.role == "adviser" } == stored.first { $0.role == "adviser" })
  }

  /// "chair" and "chairman" are one class: which is shown depends on counts the graph does
  /// not keep, so the pair is handed back and none of its relations returned.
  @Test func anotherRoleOfTheClassHandsThePairBack() {
    let old = [Self.local("a1", role: "chairman"), Self.local("a2", role: "adviser")]
    let new = [Self.local("b1", role: "chair")]
    let stored = Resolver.relations(among: old, types: Self.types)
    let (merged, recount) = Resolver.relations(adding: new, to: stored, types: Self.types)
    #expect(recount == [[Self.company, Self.person].sorted()])
    #expect(merged.isEmpty)
  }
}

/// What a resolution hands over before its relations are merged (`whenEntitiesAssigned`): a
/// build stores it while the relations are still being merged.
struct AssignedEntitiesTests {
  @Test("the entities given early are the graph's, and each cluster's entity is the result's")
  func earlyEntitiesAreTheResult() throws {
    let extractions = try Harness.extract([
      "The Baltic Freight Council (BFC) held its annual forum in Riga. Its chairman, Janis Ozols, opened it.",
      "BFC chairman Janis Ozols met Marta Kalnina, chief executive of Daugava Logistics Group.",
    ])
    var given: [Resolver.AssignedEntities] = []
    let result = try Harness.resolver().resolve(
      extractions, settingMentionEntities: false, whenEntitiesAssigned: { given.append($0) })
    try #require(given.count == 1)
    let early = given[0]
    #expect(early.entities.sorted { $0.id < $1.id } == result.graph.entities)
    #expect(early.baseIDs == result.baseIDs)
    #expect(result.graph.relations.count >= 2)
    var pointed = 0
    for extraction in extractions {
      for mention in extraction.mentions {
        let entity = early.clusterEntities.entity(
          document: extraction.document.name, localKey: mention.localKey)
        #expect(
          entity
            == result.clusterEntities.entity(document: extraction.document.name, localKey: mention.localKey))
        if let entity, result.graph.entities.contains(where: { $0.id == entity }) { pointed += 1 }
      }
    }
    #expect(pointed == extractions.reduce(0) { $0 + $1.mentions.count })
  }
}
