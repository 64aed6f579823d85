import Foundation
import Testing
import TiesModel

@testable import TiesFormats

/// Documents that other tools write, and what the reader makes of them.
@Suite struct GraphMLReaderVariantsTests {
  static let body = """
    <key id="l" for="node" attr.name="label" attr.type="string"/>
    <graph edgedefault="directed">
      <node id="a"><data key="l">Müller</data></node>
      <node id="b"/>
      <edge source="a" target="b"/>
    </graph>
    """

  func read(_ bytes: [UInt8]) throws -> (KnowledgeGraph, [String]) {
    let folder = try TemporaryFolder()
    let path = try folder.write("v.graphml", bytes)
    let (graph, _, warnings) = try GraphMLReader().readGraph(path: path)
    return (graph, warnings.map(\.message))
  }

  @Test func utf16WithBOMDecodes() throws {
    let text =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
      + Self.body + "</graphml>\n"
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let (graph, _) = try read(bytes)
    #expect(graph.entities.map(\.name) == ["Müller", "b"])
  }

  @Test func latin1Decodes() throws {
    let text =
      "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
      + Self.body + "</graphml>\n"
    let bytes = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    let (graph, _) = try read(bytes)
    #expect(graph.entities.first?.name == "Müller")
  }

  @Test func missingAndPrefixedNamespacesAreAccepted() throws {
    let bare = try read(Array(("<graphml>" + Self.body + "</graphml>").utf8))
    #expect(bare.0.entities.count == 2 && bare.0.relations.count == 1)
    let prefixed = """
      <g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns">
        <g:key id="l" for="node" attr.name="label" attr.type="string"/>
        <g:graph edgedefault="undirected"><g:node id="a"><g:data key="l">A</g:data></g:node></g:graph>
      </g:graphml>
      """
    #expect(try read(Array(prefixed.utf8)).0.entities.first?.name == "A")
  }

  @Test func portsHyperedgesAndNestedGraphsAreSkippedWithWarnings() throws {
    let text = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <graph edgedefault="directed">
          <node id="a"><port name="p"/></node>
          <node id="b"><graph id="inner" edgedefault="directed"><node id="b1"/></graph></node>
          <hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge>
          <edge source="a" target="b1"/>
        </graph>
        <graph edgedefault="directed"><node id="z"/></graph>
      </graphml>
      """
    let (graph, warnings) = try read(Array(text.utf8))
    #expect(graph.entities.map(\.id) == ["a", "b1", "b"])
    #expect(graph.relations.count == 1)
    #expect(
      warnings == [
        "skipped unsupported GraphML element <port>", "nested graph flattened into the top-level graph",
        "skipped unsupported GraphML element <hyperedge>",
        "only the first <graph> is read; later ones skipped",
      ])
  }

  @Test func unknownTypesReadAsStrings() throws {
    let text = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="t" for="node" attr.name="tags" attr.type="string[]"/>
        <graph edgedefault="directed"><node id="a"><data key="t">[x, y]</data></node></graph>
      </graphml>
      """
    let (graph, warnings) = try read(Array(text.utf8))
    #expect(graph.entities[0].attributes["tags"] == .string("[x, y]"))
    #expect(warnings == ["key \"t\" has unknown attr.type \"string[]\"; read as string"])
  }

  @Test func hugeTextNodeFailsCleanly() throws {
    let head = Array(
      ("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"l\" for=\"node\" attr.name=\"label\"/>"
        + "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"l\">").utf8)
    let tail = Array("</data></node></graph></graphml>".utf8)
    let big = [UInt8](repeating: 0x78, count: 11_000_000)
    #expect {
      try read(head + big + tail)
    } throws: { error in
      guard case FormatsError.libxml(_, let message, _) = error else { return false }
      return message.contains("huge")
    }
  }
}
