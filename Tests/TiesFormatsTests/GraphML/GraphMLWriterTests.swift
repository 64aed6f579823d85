import Foundation
import Testing
import TiesModel

@testable import TiesFormats

@Suite struct GraphMLWriterTests {
  @Test func fixtureGraphMatchesGolden() throws {
    let folder = try TemporaryFolder()
    try GraphMLWriter.write(FixtureGraph.graph, to: folder.file("fixture.graphml"))
    try assertGolden(try folder.read("fixture.graphml"), named: "fixture.graphml")
  }

  @Test func sameGraphGivesSameBytes() throws {
    let folder = try TemporaryFolder()
    var shuffled = FixtureGraph.graph
    shuffled.entities.reverse()
    shuffled.relations.reverse()
    try GraphMLWriter.write(FixtureGraph.graph, to: folder.file("a.graphml"))
    try GraphMLWriter.write(shuffled, to: folder.file("b.graphml"))
    #expect(try folder.read("a.graphml") == folder.read("b.graphml"))
  }

  @Test func illegalCharactersAreRemoved() throws {
    let folder = try TemporaryFolder()
    let graph = KnowledgeGraph(entities: [
      Entity(id: "x", name: "a\u{01}b\u{0B}c\u{1F}d\u{FFFE}e\u{FFFF}f\tg", type: .person)
    ])
    try GraphMLWriter.write(graph, to: folder.file("x.graphml"))
    let text = String(decoding: try folder.read("x.graphml"), as: UTF8.self)
    #expect(text.contains("<data key=\"n_label\">abcdef\tg</data>"))
  }

  @Test func idsAndAttributeNamesAreTokens() {
    #expect(XMLText.token("p-kim") == "p-kim")
    #expect(XMLText.token("a b") == "a_20_b")
    #expect(XMLText.token("") == "_")
    #expect(XMLText.token(XMLText.token("é x")) == XMLText.token("é x"))
    #expect(XMLText.attributeName("birth date") == "birth_date")
  }

  @Test func failedExportLeavesNoFile() throws {
    let folder = try TemporaryFolder()
    let writer = try GraphMLWriter(path: folder.file("out.graphml"))
    try writer.begin(directed: true)
    let relation = Relation(
      subject: "a", predicate: .attended, object: "b", attributes: ["undeclared": .string("x")])
    #expect(throws: FormatsError.attributeNotInSchema(name: "undeclared", element: "edge")) {
      try writer.edge(relation, id: nil)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.file("out.graphml")))
  }

  @Test func streamsFromAGeneratorWithADeclaredSchema() throws {
    let folder = try TemporaryFolder()
    let schema = GraphMLSchema(node: [.init(name: "rank", type: .long)])
    let writer = try GraphMLWriter(path: folder.file("s.graphml"), schema: schema)
    try writer.begin(directed: false)
    for i in 0..<100 {
      try writer.node(
        Entity(
          id: EntityID(rawValue: "n\(i)"), name: "N\(i)", type: .person, attributes: ["rank": .int(Int32(i))])
      )
    }
    for i in 1..<100 {
      try writer.edge(
        Relation(subject: "n0", predicate: .attended, object: EntityID(rawValue: "n\(i)")), id: nil)
    }
    try writer.end()
    let (graph, directed, warnings) = try GraphMLReader().readGraph(path: folder.file("s.graphml"))
    #expect(!directed && warnings.isEmpty)
    #expect(graph.entities.count == 100 && graph.relations.count == 99)
    #expect(graph.entities[7].attributes["rank"] == .long(7))
  }
}

@Suite struct GraphMLWriterIDTests {
  @Test func unsafeIDsAreEncodedAndCollisionsRefused() throws {
    let folder = try TemporaryFolder()
    let graph = KnowledgeGraph(
      entities: [Entity(id: "a b", name: "A", type: .person), Entity(id: "김윤", name: "K", type: .person)],
      relations: [Relation(subject: "a b", predicate: .attended, object: "김윤")])
    try GraphMLWriter.write(graph, to: folder.file("ok.graphml"))
    let text = String(decoding: try folder.read("ok.graphml"), as: UTF8.self)
    #expect(text.contains("<node id=\"a_20_b\">") && text.contains("target=\"_ae40__c724_\""))
    let clash = KnowledgeGraph(entities: [
      Entity(id: "a b", name: "A", type: .person), Entity(id: "a_20_b", name: "B", type: .person),
    ])
    #expect(throws: FormatsError.idCollision("a b", "a_20_b")) {
      try GraphMLWriter.write(clash, to: folder.file("clash.graphml"))
    }
  }
}
