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

  /// Lines are shared out by the evidence they write, so one much-mentioned entity does not
  /// leave a thread with most of the work.
  @Test func chunksCarryAboutEqualWeight() {
    #expect(InterchangeJSON.chunkBounds([1, 1, 1, 1, 1, 1], chunks: 2) == [0, 3, 6])
    #expect(InterchangeJSON.chunkBounds([1, 1, 1, 1, 1, 1], chunks: 3) == [0, 2, 4, 6])
    // A heavy first item is a part of its own; the rest share the other part.
    #expect(InterchangeJSON.chunkBounds([1000] + Array(repeating: 1, count: 9), chunks: 2) == [0, 1, 10])
    #expect(InterchangeJSON.chunkBounds(Array(repeating: 1, count: 9) + [1000], chunks: 2) == [0, 10, 10])
    #expect(InterchangeJSON.chunkBounds([5, 5], chunks: 4) == [0, 1, 2, 2, 2])
    #expect(InterchangeJSON.chunkBounds([], chunks: 3) == [0, 0, 0, 0])
    // Over many random weights: bounds rise from 0 to the count, and no part but one holding
    // a single item weighs more than its share plus the heaviest item.
    var seed: UInt64 = 7
    for _ in 0..<200 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let count = Int(seed >> 58) + 1
      let weights = (0..<count).map { k in Int((seed >> UInt64(k % 50)) % 97) + 1 }
      let chunks = Int(seed >> 60) % 4 + 2
      let bounds = InterchangeJSON.chunkBounds(weights, chunks: chunks)
      #expect(bounds.count == chunks + 1 && bounds.first == 0 && bounds.last == count)
      #expect(zip(bounds, bounds.dropFirst()).allSatisfy { $0 <= $1 })
      let share = weights.reduce(0, +) / chunks
      for k in 0..<chunks where bounds[k + 1] - bounds[k] > 1 {
        #expect(weights[bounds[k]..<bounds[k + 1]].reduce(0, +) <= share + weights.max()! + 1)
      }
    }
  }

  /// With evidence, much of it on one entity, the text is the same on any number of threads.
  @Test(arguments: [2, 3, 7])
  func evidenceTextDoesNotDependOnTheThreads(_ threads: Int) {
    let graph = FixtureGraph.graph
    let entity = graph.entities[0].id
    let mentions = (0..<500).map { k in
      Mention(
        text: "x", type: graph.entities[0].type,
        evidence: Evidence(document: "d\(k % 7)", sentence: k, start: 0, end: 1, rule: "r", confidence: 1),
        localKey: "k", entity: k % 50 == 0 ? graph.entities.last!.id : entity)
    }
    let extraction = DocumentExtraction(
      document: Document(name: "d", path: "d", contentHash: "", dateline: nil, headline: nil), sentences: [],
      mentions: mentions, relations: [], misses: [])
    let one = InterchangeJSON.render(graph, extractions: [extraction], threads: 1)
    #expect(InterchangeJSON.render(graph, extractions: [extraction], threads: threads) == one)
    #expect(one.contains("\"sentence\": 499"))
  }

  @Test func outputIsValidJSONWithEveryEntityAndRelation() throws {
    let data = Data(InterchangeJSON.render(FixtureGraph.graph).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect((object["entities"] as? [Any])?.count == FixtureGraph.graph.entities.count)
    #expect((object["relations"] as? [Any])?.count == FixtureGraph.graph.relations.count)
  }
}
