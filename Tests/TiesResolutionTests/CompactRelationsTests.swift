import Testing
import TiesModel

@testable import TiesResolution

/// How a resolution holds local relations: evidence compact, ends as cluster nodes once the
/// clusters exist, given back as extraction wrote them.
@Suite("Compact relations")
struct CompactRelationsTests {
  static func relation(
    _ subject: String, _ predicate: Predicate, _ object: String, role: String? = nil,
    document: String, sentence: Int = 1, start: Int = 10, rule: String = "appositive-role"
  ) -> LocalRelation {
    LocalRelation(
      subject: subject, predicate: predicate, object: object, role: role,
      evidence: Evidence(
        document: document, sentence: sentence, start: start, end: start + 20, rule: rule, confidence: 0.75))
  }

  @Test("ends become nodes in the resolver's order, unknown ends are marked, evidence comes back whole")
  func relationsByNode() {
    // Appended out of the resolver's order (by document name): "b.txt" first.
    var second = ClusterIndexTests.extraction("b.txt", ["o:acme", "p:lee"])
    second.relations = [
      Self.relation("p:lee", .affiliatedWith, "o:acme", role: "chair", document: "b.txt"),
      Self.relation("p:lee", .affiliatedWith, "o:far", document: "b.txt"),
    ]
    var first = ClusterIndexTests.extraction("a.txt", ["p:kim", "o:acme", "ev:1:2020:fair"])
    first.relations = [
      Self.relation(
        "p:kim", .affiliatedWith, "o:acme", role: "Vice Chairman of the Board", document: "a.txt"),
      Self.relation("p:kim", .attended, "o:nowhere", document: "a.txt"),
      Self.relation(
        "o:acme", .organized, "ev:1:2020:fair", document: "a.txt", sentence: 4, rule: "host-phrase"),
      // Past 32 bits, and of another document: held as they came.
      Self.relation("p:kim", .attended, "ev:1:2020:fair", document: "a.txt", start: 5_000_000_000),
      Self.relation("p:kim", .affiliatedWith, "o:acme", document: "elsewhere.txt"),
    ]
    var given = [second, first]
    var relations = CompactRelations(&given, releasing: true)
    #expect(given.allSatisfy { $0.relations.isEmpty })
    #expect(relations.documents == ["b.txt", "a.txt"])

    var clusters = Clusters([first, second])
    clusters.fix([
      Resolver.FixedCluster(
        document: "b.txt", key: "o:far", entity: EntityID(type: .company, key: "far"), type: .company)
    ])
    relations.resolveEnds(clusters, order: [1, 0])
    #expect(relations.documents == ["a.txt", "b.txt"])
    // In the order appended, each with its extraction's position in the resolver's order.
    let expected = [
      (1, second.relations[0]), (1, second.relations[1]), (0, first.relations[0]), (0, first.relations[1]),
      (0, first.relations[2]), (0, first.relations[3]), (0, first.relations[4]),
    ]
    #expect(relations.items.count == expected.count)
    for (i, (n, want)) in expected.enumerated() {
      #expect(Int(relations.items[i].extraction) == n)
      let subject = clusters.node(extractionAt: n, want.subject)
      let object = clusters.node(extractionAt: n, want.object)
      #expect(relations.items[i].isResolved == (subject != nil && object != nil))
      if relations.items[i].isResolved {
        #expect(Int(relations.items[i].subject) == subject && Int(relations.items[i].object) == object)
      }
      #expect(relations.predicate(i) == want.predicate)
      #expect(relations.items[i].role == want.role)
      #expect(relations.evidence(i) == want.evidence)
    }
    #expect(relations.items.map(\.isResolved) == [true, true, true, false, true, true, true])
    #expect(relations.items.map(\.isWide) == [false, false, false, false, false, true, true])
    // The size the type's comment promises: 15 million of them at 1M articles.
    #expect(MemoryLayout<CompactRelations.Item>.stride == 56)
    // The fixed cluster's node lies past the clusters.
    #expect(Int(relations.items[1].object) == clusters.count)
  }

  @Test("the caller's relations stay when not released")
  func keptWhenNotReleasing() {
    var extraction = ClusterIndexTests.extraction("a.txt", ["p:kim", "o:acme"])
    extraction.relations = [Self.relation("p:kim", .affiliatedWith, "o:acme", document: "a.txt")]
    var extractions = [extraction]
    let relations = CompactRelations(&extractions, releasing: false)
    #expect(extractions == [extraction])
    #expect(relations.items.count == 1 && relations.evidence(0) == extraction.relations[0].evidence)
  }
}
