import Testing

@testable import TiesServe

@Suite("query strings and escaping")
struct QueryStringTests {
  @Test("decodes forms as browsers encode them")
  func decode() {
    let query = QueryString("q=Kim+Do-yeon&to=%EA%B9%80%EC%9C%A4&bad=%zz&empty=&k=3")
    #expect(query["q"] == "Kim Do-yeon")
    #expect(query["to"] == "김윤")
    #expect(query["bad"] == "%zz")
    #expect(query["empty"] == nil)
    #expect((try? query.integer("k", default: 1, in: 1...5)) == 3)
    #expect(throws: ServeError.self) { try QueryString("k=9").integer("k", default: 1, in: 1...5) }
    #expect(throws: ServeError.self) { try QueryString("k=x").integer("k", default: 1, in: 1...5) }
  }

  @Test("encodes what a URL cannot hold")
  func encode() {
    #expect(QueryString.encode("a b/&é") == "a%20b%2F%26%C3%A9")
    #expect(QueryString.decode(Substring(QueryString.encode("a b/&é+"))) == "a b/&é+")
  }

  @Test("escapes every character HTML gives a meaning")
  func escape() {
    #expect(HTML.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
  }
}
