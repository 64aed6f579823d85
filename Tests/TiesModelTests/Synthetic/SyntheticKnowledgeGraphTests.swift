import Testing
import TiesGraph

@testable import TiesModel

@Suite struct SyntheticKnowledgeGraphTests {
  func generate(people: Int, seed: UInt64) throws -> KnowledgeGraph {
    var sink = KnowledgeGraphCollector()
    try SyntheticKnowledgeGraph.generate(people: people, seed: seed, into: &sink)
    return sink.graph
  }

  @Test func sameSeedSameStream() throws {
    let a = try generate(people: 2_000, seed: 42)
    let b = try generate(people: 2_000, seed: 42)
    #expect(a == b)
    let c = try generate(people: 2_000, seed: 43)
    #expect(a != c)
  }

  @Test func fixedSeedFixedOutput() throws {
    // Pins the PRNG and the generator: a change here changes every benchmark graph.
    let g = try generate(people: 100, seed: 1)
    #expect(g.entities.count == 123)
    #expect(g.entities[0].name == SyntheticKnowledgeGraphTests.firstName)
    #expect(g.relations.count == SyntheticKnowledgeGraphTests.relationsFor100)
  }
  static let firstName = "Matsumoto Mei"
  static let relationsFor100 = 253

  @Test func countsFollowTheBenchmarkTable() throws {
    let n = 10_000
    let g = try generate(people: n, seed: 7)
    let counts = SyntheticKnowledgeGraph.counts(people: n)
    #expect(counts == .init(people: 10_000, companies: 2_000, associations: 200, events: 100))
    var byType: [EntityType: Int] = [:]
    for e in g.entities { byType[e.type, default: 0] += 1 }
    #expect(byType == [.person: 10_000, .company: 2_000, .association: 200, .event: 100])
    let e = g.relations.count
    #expect(e >= 33 * n / 10 && e <= 37 * n / 10, "edges \(e)")
    var byPredicate: [Predicate: Int] = [:]
    for r in g.relations { byPredicate[r.predicate, default: 0] += 1 }
    #expect(Set(byPredicate.keys) == [.affiliatedWith, .attended, .organized])
    let organized = byPredicate[.organized] ?? 0
    #expect(organized >= 100 && organized <= 200)
  }

  @Test func relationsAreWellFormed() throws {
    let g = try generate(people: 5_000, seed: 3)
    let roles: Set<String> = ["chairman", "vice chairman", "president", "adviser", "member"]
    var perPerson: [EntityID: (aff: Set<EntityID>, att: Set<EntityID>)] = [:]
    for r in g.relations {
      guard case .double(let w) = r.attributes["weight"] else {
        Issue.record("no weight")
        continue
      }
      #expect(w > 0 && w <= 1)
      switch r.predicate {
      case .affiliatedWith:
        #expect(r.role.map(roles.contains) == true)
        #expect(r.object.rawValue.hasPrefix("c-") || r.object.rawValue.hasPrefix("a-"))
        perPerson[r.subject, default: ([], [])].aff.insert(r.object)
      case .attended:
        #expect(r.role == nil && r.object.rawValue.hasPrefix("ev-"))
        perPerson[r.subject, default: ([], [])].att.insert(r.object)
      default:
        #expect(r.predicate == .organized && r.object.rawValue.hasPrefix("ev-"))
      }
    }
    #expect(perPerson.count == 5_000)
    for (_, p) in perPerson {
      #expect((1...3).contains(p.aff.count))
      #expect(p.att.count <= 4)
    }
    for e in g.entities { #expect(!e.name.isEmpty) }
    #expect(g.entities.filter { $0.type == .event }.allSatisfy { $0.date?.count == 10 })
  }

  @Test func preferentialAttachmentMakesHubs() throws {
    let g = try generate(people: 20_000, seed: 11)
    var members: [EntityID: Int] = [:]
    for r in g.relations where r.predicate == .affiliatedWith { members[r.object, default: 0] += 1 }
    let sizes = members.values.sorted()
    let mean = Double(sizes.reduce(0, +)) / Double(sizes.count)
    #expect(Double(sizes.last ?? 0) > 10 * mean, "largest \(sizes.last ?? 0), mean \(mean)")
    #expect(sizes[sizes.count / 2] <= Int(mean) + 1)  // most are small
  }

  @Test func indexesWithoutErrors() throws {
    var sink = KnowledgeGraphIndexBuilder(keepEvidence: false)
    try SyntheticKnowledgeGraph.generate(people: 3_000, seed: 5, into: &sink)
    let index = try sink.index()
    #expect(index.graph.vertexCount == SyntheticKnowledgeGraph.counts(people: 3_000).nodes)
    #expect(index.graph.connectedComponents().count >= 1)
  }

  @Test func zeroPeopleIsAnEmptyGraph() throws {
    let g = try generate(people: 0, seed: 1)
    #expect(g.entities.isEmpty && g.relations.isEmpty)
  }
}
