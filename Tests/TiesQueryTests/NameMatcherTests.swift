import Testing
import TiesModel
import TiesQuery

@Suite("name matching")
struct NameMatcherTests {
  private static let index: KnowledgeGraphIndex? = {
    let graph = KnowledgeGraph(entities: [
      Entity(id: "p-kim-doyeon", name: "Kim Do-yeon", type: .person),
      Entity(id: "p-kim-seojun", name: "Kim Seo-jun", type: .person),
      Entity(id: "p-chey-taewon", name: "Chey Tae-won", type: .person),
      Entity(id: "p-kobayashi-ken", name: "Kobayashi Ken", type: .person),
      Entity(id: "a-kbic", name: "Korea Battery Industry Council", type: .association),
      Entity(id: "c-sk", name: "SK Group", type: .company, aliases: ["SK"]),
    ])
    return try? graph.index()
  }()

  private func match(_ name: String) throws -> NameMatcher.Outcome {
    let index = try #require(Self.index)
    return NameMatcher(index: index, aliases: [5: ["SK"]]).match(name)
  }

  private func vertex(_ id: String) throws -> Int32 {
    try #require(Self.index?.vertex(EntityID(rawValue: id)))
  }

  @Test(
    "forgiving matches",
    arguments: [
      ("kim doyeon", "p-kim-doyeon"), ("DO-YEON KIM", "p-kim-doyeon"), ("Ken Kobayashi", "p-kobayashi-ken"),
      ("Choi Tae-won", "p-chey-taewon"), ("KBIC", "a-kbic"), ("sk", "c-sk"), ("p-kim-seojun", "p-kim-seojun"),
      ("Seo-jun", "p-kim-seojun"),
    ])
  func forgiving(_ query: String, _ id: String) throws {
    #expect(try match(query) == .found(try vertex(id)))
  }

  @Test("an ambiguous name lists the candidates by id")
  func ambiguous() throws {
    #expect(try match("Kim") == .ambiguous([try vertex("p-kim-doyeon"), try vertex("p-kim-seojun")]))
  }

  @Test("an unknown name suggests the nearest names")
  func unknown() throws {
    #expect(try match("Kobayasi Kenn") == .unknown(suggestions: [try vertex("p-kobayashi-ken")]))
    #expect(try match("Zzyzx Qwerty") == .unknown(suggestions: []))
  }

  @Test("edit distance")
  func editDistance() {
    #expect(NameMatcher.editDistance(Array("kitten"), Array("sitting")) == 3)
    #expect(NameMatcher.editDistance(Array(""), Array("abc")) == 3)
  }
}
