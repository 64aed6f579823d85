import Foundation
import Testing
import TiesModel

@testable import TiesFormats

/// Reading a file in pieces on several threads must give exactly what the sequential reader
/// gives: the same calls on the sink in the same order, the same warnings, the same errors
/// with the same line and column, also when a piece is cut somewhere it cannot be read alone.
@Suite struct GraphMLChunkedReadTests {
  enum Event: Equatable {
    case begin(Bool)
    case node(Entity)
    case edge(Relation, String?)
    case end
  }

  struct RecordingSink: KnowledgeGraphSink {
    var events: [Event] = []
    mutating func begin(directed: Bool) throws { events.append(.begin(directed)) }
    mutating func node(_ entity: Entity) throws { events.append(.node(entity)) }
    mutating func edge(_ relation: Relation, id: String?) throws { events.append(.edge(relation, id)) }
    mutating func end() throws { events.append(.end) }
  }

  /// What one reader made of a file: its calls and warnings, or its error.
  struct Result: Equatable {
    var events: [Event] = []
    var warnings: [GraphMLWarning] = []
    var error: FormatsError?
  }

  static func read(_ path: String, with reader: GraphMLReader) -> Result {
    var sink = RecordingSink()
    var result = Result()
    do {
      result.warnings = try reader.read(path: path, into: &sink)
    } catch {
      result.error = error as? FormatsError
    }
    result.events = sink.events
    return result
  }

  /// A graph of `nodes` nodes and three edges per node, with names that need escaping, non-ASCII
  /// text, numbers, evidence and defaults; `extra(i)` is inserted after node `i`.
  static func graphML(nodes: Int, extra: (Int) -> String = { _ in "" }) -> String {
    var text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!-- written for GraphMLChunkedReadTests -->
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
        <key id="l" for="node" attr.name="label" attr.type="string"/>
        <key id="t" for="node" attr.name="type" attr.type="string"><default>person</default></key>
        <key id="m" for="node" attr.name="mentions" attr.type="int"/>
        <key id="s" for="node" attr.name="score" attr.type="double"/>
        <key id="p" for="edge" attr.name="predicate" attr.type="string"/>
        <key id="c" for="edge" attr.name="confidence" attr.type="double"/>
        <key id="e" for="edge" attr.name="evidence" attr.type="string"/>
        <graph id="G" edgedefault="directed" note="a &gt; b">

      """
    for i in 0..<nodes {
      let type = i % 3 == 0 ? "" : "<data key=\"t\">\(i % 3 == 1 ? "company" : "event")</data>"
      text += """
            <node id="n\(i)"><data key="l">Name \(i) &amp; &lt;Co&gt; "전경련" 経団連 🎉</data>\(type)\
        <data key="m">\(i % 7)</data><data key="s">\(Double(i) / 8)</data></node>

        """
      text += extra(i)
      if i >= 3 {
        for k in 1...3 {
          text += """
                <edge id="e\(i)-\(k)" source="n\(i)" target="n\(i - k)"><data key="p">affiliated_with</data>\
            <data key="c">0.\(k)5</data><data key="e">doc\(i % 5).txt#\(k)</data></edge>

            """
        }
      }
    }
    return text + "  </graph>\n</graphml>\n"
  }

  /// Writes `text`, reads it sequentially and in pieces of `chunkBytes`, and checks both agree.
  @discardableResult
  static func agree(_ text: String, chunkBytes: Int = 700, threads: Int = 3) throws -> Result {
    let folder = try TemporaryFolder()
    let path = try folder.write("g.graphml", text)
    let sequential = read(path, with: GraphMLReader(threads: 1))
    let chunked = read(path, with: GraphMLReader(threads: threads, chunkBytes: chunkBytes))
    #expect(chunked.error == sequential.error)
    #expect(chunked.warnings == sequential.warnings)
    // After an error the sink holds whatever came before it, which depends on how far libxml2
    // had read ahead; only a completed read must match call for call.
    if sequential.error == nil { expectSameEvents(chunked.events, sequential.events) }
    return sequential
  }

  /// Names the first differing call rather than printing both lists.
  static func expectSameEvents(_ got: [Event], _ expected: [Event]) {
    #expect(got.count == expected.count)
    if let i = (0..<min(got.count, expected.count)).first(where: { got[$0] != expected[$0] }) {
      Issue.record("call \(i) differs: \(got[i]) instead of \(expected[i])")
    }
  }

  @Test func aPlainFileIsReadInPiecesWithTheSameResult() throws {
    let text = Self.graphML(nodes: 200)
    let folder = try TemporaryFolder()
    let path = try folder.write("g.graphml", text)
    // Cut into pieces for real: the chunked read finishes without handing back.
    let plan = try #require(GraphMLChunkPlan(path: path, chunkBytes: 700))
    #expect(plan.chunkCount > 50)
    var header = try GraphMLParse(path: path)
    var discard = KnowledgeGraphCollector()
    try header.run(into: &discard, schemaOnly: true)
    var sink = RecordingSink()
    let outcome = try GraphMLChunkedRead(plan: plan, keys: GraphMLKeyTable(of: header), threads: 2)
      .run(into: &sink)
    #expect(outcome == .complete)
    let sequential = Self.read(path, with: GraphMLReader(threads: 1))
    #expect(sequential.error == nil && sequential.warnings.isEmpty)
    Self.expectSameEvents(sink.events, sequential.events)
    #expect(sink.events.count == 1 + 200 + 197 * 3 + 1)
    for threads in [1, 2, 4] { try Self.agree(text, threads: threads) }
    try Self.agree(text, chunkBytes: 64)
  }

  @Test func markupThatLooksLikeATagInsideACommentOrCDATAIsNotACut() throws {
    let result = try Self.agree(
      Self.graphML(nodes: 120) { i in
        i % 10 == 5
          ? "    <!-- <node id=\"ghost\"><edge source=\"a\" target=\"b\"/> -->\n"
            + "    <node id=\"x\(i)\"><data key=\"l\"><![CDATA[<node id=\"fake\"> <edge \(String(repeating: "x", count: 900))]]></data></node>\n"
          : ""
      })
    #expect(result.error == nil)
    #expect(result.events.contains { if case .node(let e) = $0 { e.name.hasPrefix("<node") } else { false } })
  }

  @Test func aWarningLateInTheFileIsTheSequentialReadersWarning() throws {
    let result = try Self.agree(
      Self.graphML(nodes: 150) { i in
        i == 140
          ? "    <node id=\"odd\"><y:ShapeNode/><data key=\"l\">odd</data></node>\n    <hyperedge/>\n" : ""
      })
    #expect(result.warnings.count == 2)
    #expect(result.warnings.allSatisfy { $0.location.line > 140 })
  }

  @Test(
    "errors late in the file are the sequential reader's, with line and column",
    arguments: [
      "    <node id=\"n3\"/>\n",  // a duplicate id, declared far earlier
      "    <edge source=\"n1\" target=\"nowhere\"/>\n",  // an undeclared endpoint
      "    <node id=\"bad\"><data key=\"m\">many</data></node>\n",  // not an int
      "    <node id=\"broken\"><data key=\"l\">x</node>\n",  // malformed XML
    ])
  func lateErrors(_ insert: String) throws {
    let result = try Self.agree(Self.graphML(nodes: 150) { i in i == 130 ? insert : "" })
    let error = try #require(result.error)
    #expect((error.location?.line ?? 0) > 100)
  }

  @Test func aNestedOrSecondGraphIsHandedToTheSequentialReader() throws {
    try Self.agree(
      Self.graphML(nodes: 100) { i in
        i == 60
          ? "    <node id=\"outer\"><graph edgedefault=\"directed\"><node id=\"inner\"/></graph></node>\n"
          : ""
      })
    let second = Self.graphML(nodes: 100).replacingOccurrences(
      of: "  </graph>\n</graphml>", with: "  </graph>\n  <graph><node id=\"z\"/></graph>\n</graphml>")
    let result = try Self.agree(second)
    #expect(result.warnings.map(\.message) == ["only the first <graph> is read; later ones skipped"])
  }

  @Test(
    "only a plain start is cut: a root named graphml, then its first graph child",
    arguments: [
      ("<?xml version=\"1.0\"?><!-- c --><?pi x?><graphml a=\"1>2\"><key/><graph id='g>'>", true),
      ("<graphml><graph/><graph>", false),
      ("<!DOCTYPE graphml><graphml><graph>", false),
      ("<g:graphml xmlns:g=\"x\"><g:graph>", false),
      ("<graphml><key><graph></graph></key></graphml>", false),
      ("<graphml><key><default>x</default></key>", false),
    ])
  func plainStarts(_ head: String, cut: Bool) {
    let bytes = Array(head.utf8)
    let found = GraphMLChunkPlan.findGraphStart(in: bytes)
    #expect((found != nil) == cut)
    if let found {
      #expect(String(decoding: bytes[found.graphStart..<found.graphEnd], as: UTF8.self) == "<graph id='g>'>")
      #expect(String(decoding: bytes[..<found.rootEnd], as: UTF8.self).hasSuffix("<graphml a=\"1>2\">"))
    }
  }
}
