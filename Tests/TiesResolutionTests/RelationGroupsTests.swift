import Testing
import TiesModel
import TiesResolution

/// A build merges the local relations of the same ends, predicate and role class into one
/// relation of the graph, and keeps those of another role class apart.
struct RelationGroupsTests {
  @Test func rolesOfOneClassMergeAndOtherRolesStayApart() throws {
    let result = try Harness.resolve([
      "Ines Duarte, chairman of Tagus Freight Lines, opened the Lisbon Port Forum.",
      "Tagus Freight Lines chairman Ines Duarte spoke to reporters on Monday.",
      "Ines Duarte, chair of Tagus Freight Lines, said cargo volumes grew.",
      "Ines Duarte, treasurer of Tagus Freight Lines, signed the accounts in 2019.",
    ])
    let graph = result.graph
    let person = try #require(graph.entities.first { $0.name == "Ines Duarte" }?.id)
    let company = try #require(graph.entities.first { $0.name == "Tagus Freight Lines" }?.id)
    let between = graph.relations.filter {
      $0.subject == person && $0.object == company && $0.predicate == .affiliatedWith
    }
    #expect(between.map(\.role) == ["chairman", "treasurer"])
    let chair = try #require(between.first)
    #expect(chair.evidence.map(\.document) == ["doc1.txt", "doc2.txt", "doc3.txt"])
    #expect(between.last?.evidence.map(\.document) == ["doc4.txt"])
    // Every other relation has one item of evidence: no two local relations of other ends met.
    #expect(graph.relations.filter { $0.evidence.count > 1 }.count == 1)
  }
}
