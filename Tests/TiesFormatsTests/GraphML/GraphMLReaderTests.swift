import Foundation
import Testing
import TiesModel

@testable import TiesFormats

@Suite struct GraphMLReaderTests {
  static let header = """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="k" for="node" attr.name="flag" attr.type="boolean"/>
      <graph edgedefault="directed">

    """

  func read(_ body: String, folder: TemporaryFolder) throws -> KnowledgeGraph {
    let path = try folder.write("in.graphml", Self.header + body + "  </graph>\n</graphml>\n")
    return try GraphMLReader().readGraph(path: path).graph
  }

  func error(_ body: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let folder = try TemporaryFolder()
    do {
      _ = try read(body, folder: folder)
    } catch let error as FormatsError {
      return error.description.replacingOccurrences(of: folder.path + "/", with: "")
    }
    Issue.record("no error", sourceLocation: sourceLocation)
    return ""
  }

  @Test func roundTripIsByteIdentical() throws {
    let folder = try TemporaryFolder()
    try GraphMLWriter.write(FixtureGraph.graph, to: folder.file("a.graphml"))
    let (graph, directed, warnings) = try GraphMLReader().readGraph(path: folder.file("a.graphml"))
    #expect(directed && warnings.isEmpty)
    try GraphMLWriter.write(graph, to: folder.file("b.graphml"))
    #expect(try folder.read("a.graphml") == folder.read("b.graphml"))
    let ann = try #require(graph.entities.first { $0.id == "p-ann-a-muller" })
    #expect(ann.name == "Ann \"A\" \\ Müller")
    #expect(ann.aliases == ["Ann Müller", "A. Müller"])
    #expect(ann.attributes == ["birth_date": .string("1970-01-02"), "age": .int(56)])
    let chair = try #require(graph.relations.first { $0.role == "chair & \"CEO\"" })
    #expect(chair.evidence.map(\.document) == ["a;b#c.txt", "news.txt"])
    #expect(chair.asOf == "2024-05-01" && chair.confidence == 0.9)
    #expect(graph.relations.first { $0.predicate == .attended }?.attributes["weight"] == .double(2.5))
  }

  @Test func networkxMultigraphLoads() throws {
    let (graph, directed, warnings) = try GraphMLReader().readGraph(
      path: fixturePath("networkx-multigraph.graphml"))
    #expect(directed && warnings.isEmpty)
    #expect(graph.entities.count == 3 && graph.relations.count == 3)
    let ann = try #require(graph.entities.first { $0.id == "ann" })
    #expect(ann.name == "Ann \"A\" Müller" && ann.type == .person && ann.mentionCount == 3)
    #expect(ann.attributes == ["score": .double(0.5), "active": .bool(true)])
    let roles = graph.relations.filter { $0.subject == "ann" }.compactMap(\.role)
    #expect(roles == ["chair", "adviser"])
    #expect(graph.relations[0].attributes["weight"] == .long(2))
    #expect(graph.relations[1].attributes["weight"] == nil)  // 1 = evidence count default
    #expect(graph.relations[2].confidence == 0.75 && graph.relations[2].predicate == .attended)
  }

  @Test func igraphFileLoads() throws {
    let (graph, directed, warnings) = try GraphMLReader().readGraph(
      path: fixturePath("igraph-undirected.graphml"))
    #expect(!directed && warnings.isEmpty)
    #expect(graph.entities.map(\.name) == ["Alpha", "Beta", "トヨタ"])
    #expect(graph.entities[0].attributes == ["name": .string("a"), "rank": .double(1), "flag": .bool(true)])
    #expect(graph.relations.count == 3)
    #expect(graph.relations.map(\.predicate.rawValue) == ["knows", "knows", "met"])
    #expect(graph.relations.map { $0.attributes["weight"] } == [.double(0.5), .double(1.25), .double(2)])
  }

  @Test func yEdFileLoadsWithLabelsAndWarnings() throws {
    let (graph, _, warnings) = try GraphMLReader().readGraph(path: fixturePath("yed.graphml"))
    #expect(graph.entities.map(\.name) == ["Kim Yoon", "Hanwha"])
    #expect(graph.entities[0].attributes["description"] == .string("first & <node>"))
    #expect(graph.relations.count == 1 && graph.relations[0].predicate.rawValue == "related_to")
    #expect(warnings.map(\.message) == ["graph-level data skipped"])
  }

  @Test func defaultsAndForAllApply() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "d.graphml",
      """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="c" for="all" attr.name="colour" attr.type="string"><default>grey</default></key>
        <key id="w" attr.name="w" attr.type="integer"/>
        <key id="t" for="node" attr.name="tags"/>
        <graph edgedefault="undirected">
          <node id="a"><data key="c">red</data><data key="t">x</data></node>
          <node id="b"/>
          <edge source="a" target="b" directed="true"><data key="w">3</data></edge>
        </graph>
      </graphml>
      """)
    let (graph, directed, warnings) = try GraphMLReader().readGraph(path: path)
    #expect(!directed)
    #expect(graph.entities[0].attributes == ["colour": .string("red"), "tags": .string("x")])
    #expect(graph.entities[1].attributes == ["colour": .string("grey")])
    #expect(graph.relations[0].attributes == ["colour": .string("grey"), "w": .int(3)])
    #expect(
      warnings.map(\.description).map { $0.replacingOccurrences(of: folder.path + "/", with: "") } == [
        "d.graphml:4:3: warning: key \"t\" has no attr.type; read as string",
        "d.graphml:8:5: warning: edge-level \"directed\" differs from edgedefault; ignored",
      ])
  }

  @Test(arguments: ["true", "True", "1", " true ", "TRUE"])
  func booleansTrue(_ text: String) throws {
    let graph = try read("<node id=\"a\"><data key=\"k\">\(text)</data></node>\n", folder: TemporaryFolder())
    #expect(graph.entities[0].attributes["flag"] == .bool(true))
  }

  @Test(arguments: ["false", "False", "0", " false "])
  func booleansFalse(_ text: String) throws {
    let graph = try read("<node id=\"a\"><data key=\"k\">\(text)</data></node>\n", folder: TemporaryFolder())
    #expect(graph.entities[0].attributes["flag"] == .bool(false))
  }

  @Test func errorsPointAtLineAndColumn() throws {
    #expect(
      try error("    <node id=\"a\"><data key=\"k\">yes</data></node>\n")
        == "in.graphml:5:18: error: \"yes\" is not a valid boolean for key \"flag\"")
    #expect(
      try error("    <node id=\"a\"/>\n    <node id=\"a\"/>\n")
        == "in.graphml:6:5: error: duplicate node id \"a\"")
    #expect(
      try error("    <node id=\"a\"><data key=\"nope\">1</data></node>\n")
        == "in.graphml:5:18: error: data key \"nope\" is not declared for this element")
    #expect(
      try error("    <node id=\"a\"><data key=\"k\">1</data><data key=\"k\">0</data></node>\n")
        == "in.graphml:5:40: error: data key \"k\" given twice on one element")
    #expect(
      try error("    <node id=\"a\"/>\n    <edge source=\"a\" target=\"zz\"/>\n")
        == "in.graphml:6:5: error: edge endpoint \"zz\" is not a declared node")
    #expect(
      try error("    <node/>\n")
        == "in.graphml:5:5: error: <node> lacks the required attribute \"id\"")
    #expect(
      try error("    <node id=\"a\">\n")
        == "in.graphml:6:11: error: libxml2 (read()): Opening and ending tag mismatch: node line 5 and graph")
  }

  @Test func invalidUTF8IsRefused() throws {
    let folder = try TemporaryFolder()
    let bytes =
      Array((Self.header + "    <node id=\"a\"><data key=\"k\">").utf8) + [0xC3, 0x28]
      + Array("</data></node>\n  </graph>\n</graphml>\n".utf8)
    let path = try folder.write("bad.graphml", bytes)
    #expect(throws: FormatsError.invalidUTF8(location: InputLocation(path: path, line: 5, column: 32))) {
      try GraphMLReader().readGraph(path: path)
    }
  }

  @Test(arguments: ["xxe.graphml", "billion-laughs.graphml", "external-dtd.graphml"])
  func hostileDocumentsAreRefusedQuickly(_ name: String) throws {
    let clock = ContinuousClock()
    let start = clock.now
    #expect {
      try GraphMLReader().readGraph(path: fixturePath(name))
    } throws: { error in
      guard case FormatsError.doctypeForbidden = error else { return false }
      return true
    }
    #expect(clock.now - start < .milliseconds(100))
  }

  @Test func schemaOfAFileListsItsExtraKeys() throws {
    let schema = try GraphMLReader().schema(path: fixturePath("networkx-multigraph.graphml"))
    #expect(schema.node == [.init(name: "active", type: .boolean), .init(name: "score", type: .double)])
    #expect(schema.edge == [.init(name: "weight", type: .long)])
  }
}

@Suite struct GraphMLForeignRoundTripTests {
  @Test(arguments: ["networkx-multigraph.graphml", "igraph-undirected.graphml", "yed.graphml"])
  func exportOfAnImportRoundTripsByteForByte(_ name: String) throws {
    let folder = try TemporaryFolder()
    let reader = GraphMLReader()
    let (first, directed, _) = try reader.readGraph(path: fixturePath(name))
    try GraphMLWriter.write(first, to: folder.file("a.graphml"), directed: directed)
    let second = try reader.readGraph(path: folder.file("a.graphml"))
    #expect(second.warnings.isEmpty && second.directed == directed)
    try GraphMLWriter.write(second.graph, to: folder.file("b.graphml"), directed: second.directed)
    #expect(try folder.read("a.graphml") == folder.read("b.graphml"))
    #expect(second.graph.entities.count == first.entities.count)
    #expect(second.graph.relations.count == first.relations.count)
  }

  @Test func streamingConversionUsesTheFileSchema() throws {
    let folder = try TemporaryFolder()
    let path = fixturePath("networkx-multigraph.graphml")
    let reader = GraphMLReader()
    var writer = try GraphMLWriter(path: folder.file("c.graphml"), schema: try reader.schema(path: path))
    _ = try reader.read(path: path, into: &writer)
    let converted = try reader.readGraph(path: folder.file("c.graphml")).graph
    let direct = try reader.readGraph(path: path).graph
    #expect(converted.entities.map(\.attributes) == direct.entities.map(\.attributes))
    // `weight` is always written as a double.
    #expect(converted.relations.map(\.attributes) == [["weight": .double(2)], [:], ["weight": .double(3)]])
    #expect(direct.relations.map(\.attributes) == [["weight": .long(2)], [:], ["weight": .long(3)]])
  }
}

@Suite struct GraphMLPositionTests {
  @Test func tagsInCommentsAndCDATAAreNotCounted() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write(
      "p.graphml",
      """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><!-- <node id="x"/> -->
        <key id="d" for="node" attr.name="d" attr.type="string"/>
        <graph edgedefault="directed"><node id="a"><data key="d"><![CDATA[<node id="a">]]></data></node><?pi <node ?>
          <node id="b"/>  <node id="a"/>
        </graph>
      </graphml>
      """)
    #expect(
      throws: FormatsError.duplicateNodeID("a", location: InputLocation(path: path, line: 4, column: 21))
    ) {
      try GraphMLReader().readGraph(path: path)
    }
  }

  @Test func positionsPastLine65535AreExact() throws {
    let folder = try TemporaryFolder()
    var text = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n<graph edgedefault=\"directed\">\n"
    for i in 0..<70_000 { text += "<node id=\"n\(i)\"/>\n" }
    text += "   <node id=\"n69999\"/>\n</graph>\n</graphml>\n"
    let path = try folder.write("big.graphml", text)
    #expect(
      throws: FormatsError.duplicateNodeID(
        "n69999", location: InputLocation(path: path, line: 70_003, column: 4))
    ) {
      try GraphMLReader().readGraph(path: path)
    }
  }
}
