import Testing
import TiesGraph

@testable import TiesModel

@Suite struct KnowledgeGraphIndexTests {
  static let evidence = Evidence(
    document: "a.txt", sentence: 2, start: 10, end: 40, rule: "appositive-role", confidence: 0.9)

  /// Kim — chairman of Hanil Steel, which organized the Forum; Sato attended the Forum.
  static func sample() -> KnowledgeGraph {
    KnowledgeGraph(
      entities: [
        Entity(id: "p-kim", name: "Kim Min-jun", type: .person),
        Entity(id: "c-hanil", name: "Hanil Steel", type: .company),
        Entity(id: "ev-forum", name: "Seoul Forum", type: .event, date: "2024-05-01"),
        Entity(id: "p-sato", name: "Sato Haruto", type: .person),
        Entity(id: "x", name: "Odd", type: EntityType(rawValue: "ship")),
      ],
      relations: [
        Relation(
          subject: "p-kim", predicate: .affiliatedWith, object: "c-hanil", role: "chairman",
          asOf: "2024-04-01", confidence: 0.9, evidence: [evidence]),
        Relation(subject: "c-hanil", predicate: .organized, object: "ev-forum", confidence: 0.5),
        Relation(
          subject: "p-sato", predicate: .attended, object: "ev-forum",
          attributes: ["weight": .double(3)]),
        Relation(subject: "x", predicate: Predicate(rawValue: "sails_to"), object: "p-sato"),
      ])
  }

  @Test func mapsEntitiesToVerticesAndBack() throws {
    let index = try Self.sample().index()
    #expect(index.graph.vertexCount == 5)
    #expect(index.graph.edgeCount == 4)
    #expect(index.ids == ["p-kim", "c-hanil", "ev-forum", "p-sato", "x"])
    #expect(index.vertex("p-sato") == 3)
    #expect(index.vertex("nobody") == nil)
    #expect(index.names[2] == "Seoul Forum")
    #expect(index.type(of: 1) == .company)
    #expect(index.type(of: 4) == EntityType(rawValue: "ship"))
    #expect(index.vertices(ofType: .person) == [0, 3])
    let people = index.hasType([.person])
    #expect((0..<5).filter { people(Int32($0)) } == [0, 3])
  }

  @Test func predicateCodesAreStable() throws {
    let index = try Self.sample().index()
    #expect(index.graph.labels == [0, 2, 1, 4])
    #expect(index.label(of: .affiliatedWith) == 0)
    #expect(index.label(of: .heldIn) == 3)
    #expect(index.predicates[4] == Predicate(rawValue: "sails_to"))
    let affiliations = try index.filter([.affiliatedWith])
    #expect(affiliations.allows(0) && !affiliations.allows(1))
  }

  @Test func weightRule() throws {
    let index = try Self.sample().index()
    // confidence 0.9, confidence 0.5, attribute 3, default confidence 1.
    #expect((0..<Int32(4)).map { index.graph.weight(of: $0) } == [0.9, 0.5, 3, 1])
  }

  @Test func pathHopsCarryRoleAndEvidence() throws {
    let index = try Self.sample().index()
    let kim = try #require(index.vertex("p-kim"))
    let sato = try #require(index.vertex("p-sato"))
    let path = try index.graph.shortestPath(from: kim, to: sato)
    let hops = index.hops(of: path)
    #expect(hops.map(\.predicate) == [.affiliatedWith, .organized, .attended])
    #expect(hops[0].role == "chairman")
    #expect(hops[0].details?.evidence == [Self.evidence])
    #expect(hops[0].details?.asOf == "2024-04-01")
    #expect(hops[1].role == nil)
    let lean = try Self.sample().index(keepEvidence: false)
    #expect(lean.hops(of: path)[0].details == nil)
    #expect(lean.details.isEmpty)
  }

  @Test func refusesBrokenStreams() throws {
    var g = Self.sample()
    g.relations.append(Relation(subject: "p-kim", predicate: .attended, object: "ev-missing"))
    #expect(throws: IndexError.undeclaredEntity("ev-missing")) { try g.index() }
    var twice = Self.sample()
    twice.entities.append(Entity(id: "p-kim", name: "Kim again", type: .person))
    #expect(throws: IndexError.duplicateEntity("p-kim")) { try twice.index() }
    var bad = Self.sample()
    bad.relations[0].attributes["weight"] = .double(-1)
    #expect(
      throws: IndexError.invalidWeight(
        subject: "p-kim", predicate: .affiliatedWith, object: "c-hanil", weight: -1)
    ) {
      try bad.index()
    }
    #expect(throws: IndexError.notFinished) { try KnowledgeGraphIndexBuilder().index() }
  }

  @Test func edgesMayPrecedeTheirNodes() throws {
    var sink = KnowledgeGraphIndexBuilder()
    try sink.begin(directed: false)
    try sink.edge(Relation(subject: "p-a", predicate: .attended, object: "ev-b"), id: "e0")
    try sink.node(Entity(id: "ev-b", name: "B", type: .event))
    try sink.node(Entity(id: "p-a", name: "A", type: .person))
    try sink.end()
    let index = try sink.index()
    #expect(index.ids == ["p-a", "ev-b"])
    #expect(index.names == ["A", "B"])
    #expect(index.directed == false)
  }
}
