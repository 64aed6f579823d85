import TiesModel

/// A small graph whose names are hard on every format: quotes, backslashes, `&`, `<`, `]]>`,
/// emoji, Hangul, kana, DOT keywords, `null`, newline and tab, a C0 control, and a parallel
/// edge.
enum FixtureGraph {
  static let graph: KnowledgeGraph = {
    func ev(_ doc: String, _ sentence: Int) -> Evidence {
      Evidence(document: doc, sentence: sentence, start: 0, end: 0, rule: "", confidence: 0.9)
    }
    let ann = Entity(
      id: "p-ann-a-muller", name: "Ann \"A\" \\ Müller", type: .person, aliases: ["Ann Müller", "A. Müller"],
      mentionCount: 3, attributes: ["birth date": .string("1970-01-02"), "age": .int(56)])
    let att = Entity(
      id: "c-at-t", name: "AT&T <b> 'a' ]]>", type: .company, mentionCount: 2,
      attributes: ["founded": .long(9_007_199_254_740_993), "public": .bool(true), "score": .double(0.25)])
    let kim = Entity(id: "p-ube40-uc724", name: "김윤 🚀", type: .person, aliases: ["Kim Yoon"], mentionCount: 1)
    let kana = Entity(id: "a-u30c8-u30e8", name: "トヨタ協会", type: .association, mentionCount: 1)
    let keyword = Entity(id: "g-graph", name: "graph", type: .government)
    let node = Entity(id: "ev-node", name: "node", type: .event, date: "2024-05-01")
    let strict = Entity(id: "pl-strict", name: "strict", type: .place)
    let null = Entity(id: "ag-null", name: "null", type: .agreement)
    let controls = Entity(
      id: "x-thing-line", name: "line one\nline\ttwo\u{01} C:\\Net \\N", type: EntityType(rawValue: "thing"))
    let relations = [
      Relation(
        subject: "p-ann-a-muller", predicate: .affiliatedWith, object: "c-at-t", role: "chair & \"CEO\"",
        asOf: "2024-05-01", confidence: 0.9, evidence: [ev("a;b#c.txt", 0), ev("news.txt", 2)]),
      Relation(
        subject: "p-ann-a-muller", predicate: .affiliatedWith, object: "c-at-t", role: "adviser",
        confidence: 0.5, evidence: [ev("news.txt", 4)]),
      Relation(
        subject: "p-ube40-uc724", predicate: .attended, object: "ev-node", confidence: 0.75,
        evidence: [ev("korea.txt", 1)], attributes: ["weight": .double(2.5), "note": .string("]]> & <")]),
      Relation(subject: "c-at-t", predicate: .organized, object: "ev-node", evidence: [ev("news.txt", 3)]),
      Relation(subject: "ev-node", predicate: .heldIn, object: "pl-strict"),
      Relation(subject: "a-u30c8-u30e8", predicate: Predicate(rawValue: "signed"), object: "ag-null"),
      Relation(subject: "g-graph", predicate: Predicate(rawValue: "related_to"), object: "x-thing-line"),
    ]
    var graph = KnowledgeGraph(
      entities: [ann, att, kim, kana, keyword, node, strict, null, controls], relations: relations)
    graph.canonicalize()
    return graph
  }()
}
