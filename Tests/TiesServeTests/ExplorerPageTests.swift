import Foundation
import Testing
import TiesModel
import TiesServe

@Suite("explorer pages")
struct ExplorerPageTests {
  @Test("binds 127.0.0.1 unless told otherwise")
  func defaultHost() async throws {
    #expect(ExplorerConfiguration().host == "127.0.0.1")
    #expect(ExplorerConfiguration().port == 8080)
    let fixture = try await ExplorerFixture()
    #expect(fixture.host == "127.0.0.1")
    #expect(fixture.port > 0)
  }

  @Test("the home page counts the graph and lists its hubs")
  func home() async throws {
    let fixture = try await ExplorerFixture()
    let page = try await fixture.get("/")
    #expect(page.status == 200)
    #expect(page.type.hasPrefix("text/html"))
    #expect(page.policy.contains("default-src 'none'"))
    #expect(page.body.contains("1 documents, 6 entities, 4 relations"))
    #expect(page.body.contains("href=\"/entity/ev-korea-japan-business-conference-57\""))
  }

  @Test(
    "search matches forgivingly, as the command line does",
    arguments: [
      ("yoon+kim", "p-kim-yoon"), ("KJE", "a-korea-japan-economic-association"),
      ("%EA%B9%80%EC%9C%A4", "p-kim-yoon"), ("business+conference", "ev-korea-japan-business-conference-57"),
    ])
  func search(_ query: String, _ id: String) async throws {
    let fixture = try await ExplorerFixture()
    let page = try await fixture.get("/search?q=" + query)
    #expect(page.status == 200)
    #expect(page.body.contains("href=\"/entity/\(id)\""))
  }

  @Test("the page of a much-connected entity is kept and served the same each time")
  func hubPage() async throws {
    var graph = ExplorerFixture.graph()
    let hub: EntityID = "p-hub"
    graph.entities.append(Entity(id: hub, name: "Hub Person", type: .person))
    for n in 0..<250 {
      let company = EntityID(rawValue: "c-\(n)")
      graph.entities.append(Entity(id: company, name: "Company \(n)", type: .company))
      graph.relations.append(
        Relation(
          subject: hub, predicate: .affiliatedWith, object: company, role: "adviser",
          evidence: [ExplorerFixture.evidence(1, 31, 39)]))
    }
    graph.canonicalize()
    let fixture = try await ExplorerFixture(graph: graph)
    let first = try await fixture.get("/entity/p-hub")
    let again = try await fixture.get("/entity/p-hub")
    #expect(first.status == 200)
    #expect(first.body.contains("<h2>affiliated_with (50 of 250)</h2>"))
    #expect(first.body.contains("Company 0"))
    #expect(again.body == first.body)
    let api = try await fixture.json("/api/entity/p-hub")
    #expect((api["entity"] as? [String: Any])?["id"] as? String == "p-hub")
    #expect(api["degree"] as? Int == 250)
  }

  @Test("an unknown name suggests the nearest")
  func suggestions() async throws {
    let fixture = try await ExplorerFixture()
    let page = try await fixture.get("/search?q=Kim+Yon")
    #expect(page.body.contains("Did you mean"))
    #expect(page.body.contains("href=\"/entity/p-kim-yoon\""))
  }

  @Test("an entity page shows relations with role, date and highlighted evidence, and a picture")
  func entity() async throws {
    let fixture = try await ExplorerFixture()
    let page = try await fixture.get("/entity/p-kim-yoon")
    #expect(page.status == 200)
    #expect(page.body.contains("<h2>affiliated_with (1)</h2>"))
    #expect(page.body.contains("as <b>chairman</b>"))
    #expect(page.body.contains("as of 2025-05-14"))
    #expect(page.body.contains("<mark>Kim Yoon, chairman of the KJE</mark>, opened the meeting."))
    #expect(page.body.contains("<h2>Roles over time</h2>"))
    #expect(page.body.contains("data=\"/graph.svg?focus=p-kim-yoon&amp;radius=1\""))
  }

  @Test("unknown ids are 404, on pages and in the API")
  func notFound() async throws {
    let fixture = try await ExplorerFixture()
    #expect(try await fixture.get("/entity/p-nobody").status == 404)
    #expect(try await fixture.get("/api/entity/p-nobody").status == 404)
    #expect(try await fixture.get("/graph.svg?focus=p-nobody").status == 404)
    #expect(try await fixture.get("/no-such-page").status == 404)
  }

  @Test("a hostile name is escaped in every page and picture")
  func escaping() async throws {
    let fixture = try await ExplorerFixture()
    let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"
    for path in ["/entity/p-script", "/search?q=script", "/path?from=p-script&to=Seoul", "/"] {
      let page = try await fixture.get(path)
      #expect(page.status == 200, "\(path)")
      #expect(!page.body.contains("<script"), "\(path)")
      #expect(page.body.contains(escaped), "\(path)")
    }
    let search = try await fixture.get("/search?q=%3Cscript%3E%22%3E")
    #expect(!search.body.contains("<script"))
    #expect(search.body.contains("value=\"&lt;script&gt;&quot;&gt;\""))
    let picture = try await fixture.get("/graph.svg?focus=p-script&radius=1")
    #expect(picture.status == 200)
    #expect(picture.type == "image/svg+xml")
    #expect(!picture.body.contains("<script"))
    #expect(picture.body.contains("xlink:href=\"/entity/p-script\""))
  }

  @Test("a path page lists each hop with its evidence, and draws it")
  func path() async throws {
    let fixture = try await ExplorerFixture()
    let page = try await fixture.get("/path?from=KJE&to=seoul")
    #expect(page.status == 200)
    #expect(page.body.contains("<h2>3 hops</h2>"))
    #expect(page.body.contains("—held_in→"))
    #expect(
      page.body.contains("data=\"/graph.svg?path=a-korea-japan-economic-association%2Cpl-seoul&amp;k=1\""))
    let bounded = try await fixture.get("/path?from=KJE&to=seoul&k=50")
    #expect(bounded.body.contains("k is bounded to 5 here"))
    let ambiguous = try await fixture.get("/path?from=Kim&to=seoul")
    #expect(ambiguous.body.contains("is ambiguous; which one?"))
    #expect(ambiguous.body.contains("href=\"/path?from=p-kim-doyeon&amp;to=seoul\""))
    let unknown = try await fixture.get("/path?from=Nobody+Atall&to=seoul")
    #expect(unknown.body.contains("No entity is named “Nobody Atall”."))
    #expect(try await fixture.get("/path?from=KJE").status == 400)
  }

  @Test("pictures link every entity to its page, and bound the radius")
  func picture() async throws {
    let fixture = try await ExplorerFixture()
    let svg = try await fixture.get("/graph.svg?path=p-kim-yoon,pl-seoul")
    #expect(svg.status == 200)
    #expect(svg.body.contains("<svg"))
    #expect(svg.body.contains("xlink:href=\"/entity/pl-seoul\""))
    #expect(svg.body.contains("target=\"_top\""))
    #expect(try await fixture.get("/graph.svg?focus=p-kim-yoon&radius=9").status == 400)
    #expect(try await fixture.get("/graph.svg").status == 400)
  }

  @Test("the explorer reloads the graph when the store changes")
  func reload() async throws {
    let fixture = try await ExplorerFixture()
    #expect(try await fixture.get("/entity/pl-busan").status == 404)
    let busan = Entity(id: "pl-busan", name: "Busan", type: .place)
    try ExplorerFixture.store(ExplorerFixture.graph(extra: [busan]), in: fixture.directory.path)
    var status = 0
    for _ in 0..<100 where status != 200 {
      status = try await fixture.get("/entity/pl-busan").status
      if status != 200 { try await Task.sleep(for: .milliseconds(100)) }
    }
    #expect(status == 200)
  }
}
