import Foundation
import Testing
import TiesModel

@testable import TiesFormats

/// The reader's shortcuts (a guessed key, plain decimals, evidence on bytes, style hints without
/// a list) must give what the long way gives.
@Suite struct GraphMLReaderFastPathTests {
  func read(_ text: String) throws -> KnowledgeGraph {
    let folder = try TemporaryFolder()
    let path = try folder.write("f.graphml", Array(text.utf8))
    return try GraphMLReader().readGraph(path: path).graph
  }

  @Test func dataInAnyOrderWithGapsAndARepeatedKeyID() throws {
    // "w" is declared twice: the later declaration (a double named "score") wins, as before.
    let graph = try read(
      """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="l" for="node" attr.name="label" attr.type="string"/>
        <key id="t" for="node" attr.name="type" attr.type="string"/>
        <key id="m" for="node" attr.name="mentions" attr.type="int"/>
        <key id="w" for="node" attr.name="rank" attr.type="int"/>
        <key id="w" for="node" attr.name="score" attr.type="double"/>
        <key id="c" for="edge" attr.name="confidence" attr.type="double"/>
        <key id="p" for="edge" attr.name="predicate" attr.type="string"/>
        <graph edgedefault="directed">
          <node id="a"><data key="l">A</data><data key="t">person</data><data key="m">3</data></node>
          <node id="b"><data key="m">4</data><data key="l">B</data></node>
          <node id="c"><data key="t">company</data><data key="w">0.25</data><data key="l">C</data></node>
          <node id="d"><data key="l">D</data><data key="w">-0</data></node>
          <edge source="a" target="b"><data key="c">0.5</data><data key="p">knows</data></edge>
          <edge source="b" target="c"><data key="p">works_at</data><data key="c">1</data></edge>
          <edge source="c" target="d"><data key="p">owns</data></edge>
        </graph>
      </graphml>
      """)
    #expect(graph.entities.map(\.name) == ["A", "B", "C", "D"])
    #expect(graph.entities.map(\.type.rawValue) == ["person", "", "company", ""])
    #expect(graph.entities.map(\.mentionCount) == [3, 4, 0, 0])
    #expect(graph.entities[2].attributes == ["score": .double(0.25)])
    #expect(graph.entities[3].attributes["score"] == .double(-0.0))
    #expect(graph.entities[3].attributes["score"].map { "\($0)" } == "\(AttributeValue.double(-0.0))")
    #expect(graph.relations.map(\.predicate.rawValue) == ["knows", "works_at", "owns"])
    #expect(graph.relations.map(\.confidence) == [0.5, 1, 1])
  }

  @Test func anUndeclaredKeyIsStillNamedInTheError() throws {
    let text = """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="l" for="node" attr.name="label" attr.type="string"/>
        <graph edgedefault="directed">
          <node id="a"><data key="l">A</data></node>
          <node id="b"><data key="lx">B</data></node>
        </graph>
      </graphml>
      """
    #expect {
      try read(text)
    } throws: { error in
      guard case FormatsError.undeclaredKey("lx", let location) = error else { return false }
      return location.line == 5
    }
  }

  @Test(
    "plain decimals parse as Double(_:) does; anything else is left to it",
    arguments: [
      "0", "1", "-1", "0.5", "0.55", "0.1", "0.3", "-0", "-0.0", "123456789012345", "1.23456789012345",
      "900719925474.993", "0.00000000000001", "5.", ".5", "0.99",
    ])
  func simpleDecimals(_ text: String) throws {
    let fast = try #require(GraphMLParse.simpleDecimal(text))
    let slow = try #require(Double(text))
    #expect(fast.bitPattern == slow.bitPattern, "\(text)")
  }

  @Test(
    "the rest goes the long way",
    arguments: [
      "", "-", ".", "1.2.3", "+1", " 1", "1e5", "1234567890123456", "nan", "inf", "0x10", "--1", "1-",
    ])
  func notSimpleDecimals(_ text: String) {
    #expect(GraphMLParse.simpleDecimal(text) == nil, "\(text)")
  }

  @Test func evidenceParsesOnBytes() throws {
    let parsed = try #require(
      GraphMLVocabulary.parseEvidence("a.txt#3;;b%23c%3Bd.txt#12;한국.txt#0;", confidence: 0.5))
    #expect(parsed.map(\.document) == ["a.txt", "b#c;d.txt", "한국.txt"])
    #expect(parsed.map(\.sentence) == [3, 12, 0])
    #expect(parsed.allSatisfy { $0.confidence == 0.5 && $0.rule.isEmpty && $0.start == 0 && $0.end == 0 })
    #expect(GraphMLVocabulary.parseEvidence("", confidence: 1) == [])
    for bad in ["a.txt", "a.txt#", "a.txt#x", "a#1;b", "a#1234567890123456789", "a#-1"] {
      #expect(GraphMLVocabulary.parseEvidence(bad, confidence: 1) == nil, "\(bad)")
    }
  }

  @Test func styleHintsEqualToTheTypesStyleAreDropped() throws {
    let person = EntityStyle.of(.person)
    let graph = try read(
      """
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="t" for="node" attr.name="type" attr.type="string"/>
        <key id="c" for="node" attr.name="color" attr.type="string"/>
        <key id="s" for="node" attr.name="shape" attr.type="string"/>
        <key id="c2" for="node" attr.name="color" attr.type="string"/>
        <graph edgedefault="directed">
          <node id="a"><data key="c">\(person.color)</data><data key="s">\(person.shapeHint)</data><data key="t">person</data></node>
          <node id="b"><data key="t">person</data><data key="c">#000000</data><data key="s">box</data></node>
          <node id="c"><data key="t">person</data><data key="c">#000000</data><data key="c2">\(person.color)</data></node>
          <node id="d"><data key="t">person</data><data key="c">\(person.color)</data><data key="c2">#111111</data></node>
        </graph>
      </graphml>
      """)
    #expect(graph.entities[0].attributes.isEmpty)
    #expect(graph.entities[1].attributes == ["color": .string("#000000"), "shape": .string("box")])
    #expect(graph.entities[2].attributes == ["color": .string("#000000")])
    #expect(graph.entities[3].attributes == ["color": .string("#111111")])
  }

  /// Names, attribute values and text are read from libxml2's nodes directly, and values are
  /// kept as bytes until mapped: references, CDATA, text in several nodes, empty values, a
  /// prefixed GraphML namespace and namespace declarations must read as the parser decoded them.
  @Test func valuesReadFromTheParsersNodes() throws {
    let graph = try read(
      """
      <g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns">
        <g:key id="l" for="node" attr.name="label" attr.type="string"><g:default>unnamed &amp; new</g:default></g:key>
        <g:key id="m" for="node" attr.name="mentions" attr.type="int"/>
        <g:key id="r" for="node" attr.name="rank" attr.type="long"/>
        <g:key id="w" for="edge" attr.name="weight" attr.type="double"><g:default>2</g:default></g:key>
        <g:key id="p" for="edge" attr.name="predicate" attr.type="string"/>
        <g:graph edgedefault="directed">
          <g:node id="a&amp;b&#233;&lt;" xmlns:q="urn:q"><g:data key="l">A&amp;<![CDATA[<b>]]>&#233; z</g:data><g:data key="m">+5</g:data></g:node>
          <g:node id=""><g:data key="m"> 12 </g:data><g:data key="r">-0099999999999</g:data></g:node>
          <g:node id="c"><g:data key="m">99999999999</g:data><g:data key="l"></g:data></g:node>
          <g:edge id="" source="a&amp;b&#233;&lt;" target=""><g:data key="p">knows</g:data></g:edge>
          <g:edge source="" target="c"><g:data key="w">1</g:data><g:data key="p"> </g:data></g:edge>
        </g:graph>
      </g:graphml>
      """)
    #expect(graph.entities.map(\.id.rawValue) == ["a&bé<", "", "c"])
    #expect(graph.entities.map(\.name) == ["A&<b>é z", "unnamed & new", ""])
    #expect(graph.entities.map(\.mentionCount) == [5, 12, 99_999_999_999])
    #expect(graph.entities[1].attributes == ["rank": .long(-99_999_999_999)])
    #expect(graph.relations.map(\.subject.rawValue) == ["a&bé<", ""])
    #expect(graph.relations.map(\.object.rawValue) == ["", "c"])
    #expect(graph.relations.map(\.predicate.rawValue) == ["knows", " "])
    // The default weight (2) differs from the evidence count and is kept; 1 equals it.
    #expect(graph.relations.map { $0.attributes["weight"] } == [.double(2), nil])
  }

  @Test func plainIntegersMatchTheLongWay() {
    for text in ["0", "-0", "7", "007", "-12", "123456789012345678"] {
      let parsed = Array(text.utf8).withUnsafeBufferPointer { GraphMLParse.plainInteger($0) }
      #expect(parsed == Int64(text), "\(text)")
    }
    for text in ["", "-", "+5", " 5", "5 ", "1e3", "1234567890123456789", "0x10"] {
      #expect(Array(text.utf8).withUnsafeBufferPointer { GraphMLParse.plainInteger($0) } == nil, "\(text)")
    }
  }
}
