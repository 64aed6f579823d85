import Foundation
import Testing
import TiesModel

@testable import TiesFormats

@Suite struct InterchangeJSONTests {
  @Test func fixtureGraphMatchesGolden() throws {
    try assertGolden(
      Data(InterchangeJSON.render(FixtureGraph.graph, threads: 1).utf8), named: "fixture.interchange.json")
  }

  /// The lines are written in chunks on several threads; any number of them, more than the
  /// entities or relations too, gives the same text.
  @Test(arguments: [2, 3, 7, 64])
  func theTextDoesNotDependOnTheThreads(_ threads: Int) {
    let one = InterchangeJSON.render(FixtureGraph.graph, threads: 1)
    #expect(InterchangeJSON.render(FixtureGraph.graph, threads: threads) == one)
  }

  @Test func outputIsValidJSONWithEveryEntityAndRelation() throws {
    let data = Data(InterchangeJSON.render(FixtureGraph.graph).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((object["entities"] as? [Any])?.count == FixtureGraph.graph.entities.count)
    #expect((object["relations"] as? [Any])?.count == FixtureGraph.graph.relations.count)
  }
}
