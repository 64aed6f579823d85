import Foundation
import Testing
import TiesModel

@testable import TiesFormats

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Whether Graphviz's `dot` is on this process's PATH (CI installs it; see scripts/test).
private let graphvizInstalled =
  GraphPicture.executable(named: "dot", in: ProcessInfo.processInfo.environment["PATH"] ?? "") != nil

@Suite struct GraphPictureTests {
  /// The fixture graph plus an entity with a hostile name and an entity without relations.
  static let graph: KnowledgeGraph = {
    var graph = FixtureGraph.graph
    graph.entities.append(Entity(id: "p-script", name: "<script>alert(1)</script>", type: .person))
    graph.entities.append(Entity(id: "c-alone", name: "Alone & Co.", type: .company))
    graph.relations.append(
      Relation(subject: "p-script", predicate: .affiliatedWith, object: "c-at-t", role: "<b>"))
    graph.canonicalize()
    return graph
  }()

  @Test func isolatedEntitiesAreGatheredInOneClusterFirst() {
    let text = GraphPicture.dot(Self.graph)
    let cluster = text.range(of: "  subgraph \"cluster_isolated\" {\n")
    #expect(cluster != nil)
    #expect(text.contains("label=\"Not linked to other entities (1)\""))
    #expect(text.contains("    \"c-alone\" [label=\"Alone & Co.\", shape=\"box\""))
    // Linked entities come after the cluster, outside it.
    let linked = text.range(of: "  \"p-script\" [label=\"<script>alert(1)</script>\"")
    #expect(linked != nil)
    if let cluster, let linked { #expect(cluster.lowerBound < linked.lowerBound) }
    #expect(text.contains("subgraph \"cluster_legend\""))
    #expect(text.hasPrefix("digraph \"ties\" {\n  graph [layout=\"dot\""))
  }

  @Test func onlyRolesLabelEdges() {
    let text = GraphPicture.dot(Self.graph)
    #expect(text.contains("\"p-ann-a-muller\" -> \"c-at-t\" [label=\"chair & \\\"CEO\\\"\""))
    #expect(text.contains("\"ev-node\" -> \"pl-strict\" [tooltip=\"held in\", style=\"dotted\""))
    #expect(text.contains("\"p-ube40-uc724\" -> \"ev-node\" [tooltip=\"attended\", style=\"dashed\""))
  }

  @Test(arguments: [(1, 1), (6, 1), (7, 2), (31, 6), (60, 10)])
  func gridIsSixColumnsWide(_ count: Int, _ rows: Int) {
    #expect(GraphPicture.rows(for: count) == rows)
  }

  @Test func isolatedGridEdgesAreInvisible() {
    let alone = (0..<8).map { Entity(id: EntityID(rawValue: "c-\($0)"), name: "C\($0)", type: .company) }
    let text = GraphPicture.dot(KnowledgeGraph(entities: alone))
    // Two rows of 6 columns at most: c-0 → c-2, …, c-5 → c-7.
    #expect(text.contains("    \"c-0\" -> \"c-2\" [style=\"invis\"];\n"))
    #expect(text.contains("    \"c-5\" -> \"c-7\" [style=\"invis\"];\n"))
    #expect(!text.contains("\"c-6\" -> "))
  }

  @Test(.enabled(if: graphvizInstalled, "needs Graphviz's dot on PATH"))
  func svgIsWellFormedWithOneNodePerEntityAndTheLegend() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("picture.svg")
    #expect(try GraphPicture.write(Self.graph, to: path) == .drawn(.dot))
    let data = try folder.read("picture.svg")
    let counter = NodeCounter()
    let parser = XMLParser(data: data)
    parser.delegate = counter
    #expect(parser.parse(), "well-formed XML: \(String(describing: parser.parserError))")
    let types = Set(Self.graph.entities.map(\.type)).count
    let predicates = Set(Self.graph.relations.map(\.predicate)).count
    #expect(counter.nodes == Self.graph.entities.count + types + 2 * predicates)
    #expect(counter.titles.contains("p-script"))
    #expect(counter.texts.contains("<script>alert(1)</script>"))
    let text = String(decoding: data, as: UTF8.self)
    #expect(!text.contains("<script"))
    #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["picture.svg"])
  }

  @Test func withoutGraphvizNothingIsWritten() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("picture.svg")
    #expect(try GraphPicture.write(Self.graph, to: path, searchPath: folder.path) == .graphvizMissing(.dot))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func aFailingGraphvizLeavesThePreviousFile() throws {
    let folder = try TemporaryFolder()
    let bin = folder.file("bin")
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    let fake = bin + "/dot"
    try "#!/bin/sh\necho 'Error: out of cheese' >&2\nexit 3\n".write(
      toFile: fake, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake)
    let path = try folder.write("picture.svg", "old")
    #expect {
      try GraphPicture.write(Self.graph, to: path, searchPath: bin)
    } throws: { error in
      guard case FormatsError.io(let failed, let message) = error else { return false }
      return failed == path && message.hasSuffix("failed (exit status 3): Error: out of cheese")
    }
    #expect(try folder.read("picture.svg") == Data("old".utf8))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bin", "picture.svg"])
  }

  @Test func aGraphTooLargeToDrawIsNotDrawn() throws {
    let many = (0...GraphPicture.maxNodes).map {
      Entity(id: EntityID(rawValue: "c-\($0)"), name: "C", type: .company)
    }
    let folder = try TemporaryFolder()
    let outcome = try GraphPicture.write(
      KnowledgeGraph(entities: many), to: folder.file("big.svg"), searchPath: "")
    #expect(outcome == .tooLarge(nodeCount: GraphPicture.maxNodes + 1))
  }
}

/// Counts `<g class="node">` elements and collects their `<title>` and `<text>` contents.
private final class NodeCounter: NSObject, XMLParserDelegate {
  var nodes = 0
  var titles: [String] = []
  var texts: [String] = []
  private var current: String?
  private var buffer = ""

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if name == "g" && attributes["class"] == "node" { nodes += 1 }
    if name == "title" || name == "text" {
      current = name
      buffer = ""
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if current != nil { buffer += string }
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?)
  {
    if name == "title" { titles.append(buffer) }
    if name == "text" { texts.append(buffer) }
    current = nil
  }
}
