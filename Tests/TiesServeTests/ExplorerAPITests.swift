import Foundation
import Testing
import TiesServe

@Suite("explorer JSON API")
struct ExplorerAPITests {
  @Test("search answers with the tier and the matches")
  func search() async throws {
    let fixture = try await ExplorerFixture()
    let answer = try await fixture.json("/api/search?q=kje")
    #expect(answer["tier"] as? String == "exact")
    let results = try #require(answer["results"] as? [[String: Any]])
    #expect(results.map { $0["id"] as? String } == ["a-korea-japan-economic-association"])
    #expect(try await fixture.get("/api/search").status == 400)
  }

  @Test("an entity with its relations and evidence sentences")
  func entity() async throws {
    let fixture = try await ExplorerFixture()
    let answer = try await fixture.json("/api/entity/p-kim-yoon")
    #expect((answer["entity"] as? [String: Any])?["name"] as? String == "Kim Yoon")
    #expect(answer["aliases"] as? [String] == ["김윤"])
    let relations = try #require(answer["relations"] as? [[String: Any]])
    #expect(relations.count == 2)
    let affiliation = try #require(relations.first { $0["predicate"] as? String == "affiliated_with" })
    #expect(affiliation["role"] as? String == "chairman")
    let evidence = try #require((affiliation["evidence"] as? [[String: Any]])?.first)
    #expect(evidence["text"] as? String == "Kim Yoon, chairman of the KJE, opened the meeting.")
  }

  @Test("a path hop by hop, as ties path --format json")
  func path() async throws {
    let fixture = try await ExplorerFixture()
    let answer = try await fixture.json("/api/path?from=Yoon+Kim&to=Seoul")
    let paths = try #require(answer["paths"] as? [[String: Any]])
    #expect(paths.count == 1)
    #expect(paths.first?["length"] as? Int == 2)
    let hops = try #require(paths.first?["hops"] as? [[String: Any]])
    #expect(hops.map { $0["predicate"] as? String } == ["attended", "held_in"])
    let unknown = try await fixture.get("/api/path?from=Nobody+Atall&to=Seoul")
    #expect(unknown.status == 404)
    #expect(unknown.body.contains("no entity is named 'Nobody Atall'"))
    let ambiguous = try await fixture.json("/api/path?from=Kim&to=Seoul")
    let candidates = try #require(ambiguous["candidates"] as? [[String: Any]])
    #expect(candidates.compactMap { $0["id"] as? String } == ["p-kim-doyeon", "p-kim-yoon"])
  }

  @Test("neighbours by distance, and a bounded radius")
  func neighbors() async throws {
    let fixture = try await ExplorerFixture()
    let answer = try await fixture.json("/api/neighbors?name=Seoul&radius=2")
    let neighbors = try #require(answer["neighbors"] as? [[String: Any]])
    let ids = neighbors.compactMap { ($0["entity"] as? [String: Any])?["id"] as? String }
    #expect(ids == ["ev-korea-japan-business-conference-57", "p-kim-yoon", "p-script"])
    #expect(try await fixture.get("/api/neighbors?name=Seoul&radius=10").status == 400)
  }

  @Test("rank by degree, and refuse an unknown measure")
  func rank() async throws {
    let fixture = try await ExplorerFixture()
    let answer = try await fixture.json("/api/rank?by=degree&top=1")
    let ranking = try #require(answer["ranking"] as? [[String: Any]])
    #expect(
      (ranking.first?["entity"] as? [String: Any])?["id"] as? String
        == "ev-korea-japan-business-conference-57")
    #expect(try await fixture.get("/api/rank?by=fame").status == 400)
  }

  @Test("the OpenAPI document describes every answer")
  func openAPI() async throws {
    let fixture = try await ExplorerFixture()
    let document = try await fixture.get("/openapi.yaml")
    #expect(document.status == 200)
    for path in ["/api/search:", "/api/entity/{id}:", "/api/path:", "/api/neighbors:", "/api/rank:"] {
      #expect(document.body.contains(path))
    }
  }
}
