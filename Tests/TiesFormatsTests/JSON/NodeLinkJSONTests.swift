import Foundation
import Testing
import TiesModel

@testable import TiesFormats

@Suite struct NodeLinkJSONTests {
  @Test func fixtureGraphMatchesGolden() throws {
    let folder = try TemporaryFolder()
    try NodeLinkJSON.write(FixtureGraph.graph, to: folder.file("fixture.json"))
    try assertGolden(try folder.read("fixture.json"), named: "fixture.node-link.json")
  }

  @Test func outputIsValidJSON() throws {
    let data = Data(NodeLinkJSON.render(FixtureGraph.graph).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((object["nodes"] as? [Any])?.count == 9)
    #expect((object["edges"] as? [Any])?.count == 7)
  }

  @Test func stringsAreEscaped() {
    #expect(NodeLinkJSON.string("a\"b\\c\nd\u{01}é") == "\"a\\\"b\\\\c\\nd\\u0001é\"")
    #expect(NodeLinkJSON.number(.nan) == "null")
  }

  /// Strings that need no escape are copied whole; each byte that does sends the string down
  /// the escaping path, wherever it stands.
  @Test(arguments: ["", "Kim Yoon", "Société Générale", "東京商工会議所", "a\u{2028}b"])
  func stringsWithoutEscapesAreQuotedAsTheyAre(_ text: String) {
    #expect(NodeLinkJSON.string(text) == "\"" + text + "\"")
    #expect(NodeLinkJSON.string(text + "\"") == "\"" + text + "\\\"\"")
    #expect(NodeLinkJSON.string("\t" + text) == "\"\\t" + text + "\"")
    #expect(NodeLinkJSON.string(text + "\\") == "\"" + text + "\\\\\"")
  }
}
