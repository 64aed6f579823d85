import TiesModel

/// A small hand-built graph of two articles: a person with two affiliations and a Hangul
/// alias, an association known by its acronym, a person spelled two ways, an event with its
/// organizer and venue; attributes of every kind; evidence from both documents.
public enum StoreFixture {
  public static let kim: EntityID = "p-kim-yoon"
  public static let sohn: EntityID = "p-sohn-kyung-shik"
  public static let kje: EntityID = "a-korea-japan-economic-association"
  public static let samyang: EntityID = "c-samyang-holdings"
  public static let conference: EntityID = "ev-korea-japan-business-conference-57"
  public static let seoul: EntityID = "pl-seoul"

  public static let documentA = Document(
    name: "a.txt", path: "corpus/a.txt", contentHash: String(repeating: "a", count: 64),
    dateline: "2025-05-14",
    headline: "Business leaders meet in Seoul")
  public static let documentB = Document(
    name: "b.txt", path: "corpus/b.txt", contentHash: String(repeating: "b", count: 64), dateline: nil,
    headline: nil)

  public static func evidence(
    _ document: String, _ sentence: Int, _ start: Int, _ end: Int, _ rule: String, _ confidence: Double = 0.9
  ) -> Evidence {
    Evidence(
      document: document, sentence: sentence, start: start, end: end, rule: rule, confidence: confidence)
  }

  public static let extractionA = DocumentExtraction(
    document: documentA,
    sentences: [
      Sentence(index: 0, start: 0, end: 30, text: "Business leaders meet in Seoul"),
      Sentence(
        index: 1, start: 31, end: 120,
        text: "Kim Yoon, chairman of the Korea-Japan Economic Association (KJE), opened the meeting."),
      Sentence(index: 2, start: 121, end: 160, text: "Sohn Kyung-Shik attended with Mr. Tanaka."),
    ],
    mentions: [
      Mention(
        text: "Seoul", type: .place, evidence: evidence("a.txt", 0, 25, 30, "city-lexicon"),
        localKey: "seoul",
        entity: seoul),
      Mention(
        text: "Kim Yoon", type: .person, evidence: evidence("a.txt", 1, 31, 39, "appositive-role"),
        localKey: "kim yoon", entity: kim),
      Mention(
        text: "Korea-Japan Economic Association", type: .association,
        evidence: evidence("a.txt", 1, 57, 89, "org-head-word"), localKey: "kje", entity: kje),
      Mention(
        text: "KJE", type: .association, evidence: evidence("a.txt", 1, 91, 94, "acronym-parenthesis", 0.8),
        localKey: "kje", entity: kje),
      Mention(
        text: "Sohn Kyung-Shik", type: .person, evidence: evidence("a.txt", 2, 121, 136, "attendance"),
        localKey: "sohn kyung-shik", entity: sohn),
    ],
    relations: [
      LocalRelation(
        subject: "kim yoon", predicate: .affiliatedWith, object: "kje", role: "chairman",
        evidence: evidence("a.txt", 1, 31, 94, "appositive-role"))
    ],
    misses: [
      Miss(text: "Mr. Tanaka", document: "a.txt", sentence: 2, start: 150, end: 160, reason: "untyped"),
      Miss(text: "Business", document: "a.txt", sentence: 0, start: 0, end: 8, reason: "sentence-initial"),
    ])

  public static let extractionB = DocumentExtraction(
    document: documentB,
    sentences: [
      Sentence(
        index: 0, start: 0, end: 70, text: "The 57th Korea-Japan Business Conference was held in Seoul."),
      Sentence(
        index: 1, start: 71, end: 140,
        text: "KJE chief Kim Yoon, who also leads Samyang Holdings Corp., spoke."),
    ],
    mentions: [
      Mention(
        text: "57th Korea-Japan Business Conference", type: .event,
        evidence: evidence("b.txt", 0, 4, 40, "ordinal-event"), localKey: "conference", entity: conference),
      Mention(
        text: "Seoul", type: .place, evidence: evidence("b.txt", 0, 53, 58, "city-lexicon"),
        localKey: "seoul",
        entity: seoul),
      Mention(
        text: "Kim Yoon", type: .person, evidence: evidence("b.txt", 1, 81, 89, "pre-nominal-title"),
        localKey: "kim yoon", entity: kim),
      Mention(
        text: "Samyang Holdings Corp.", type: .company,
        evidence: evidence("b.txt", 1, 105, 127, "org-head-word"),
        localKey: "samyang", entity: samyang),
      Mention(
        text: "Sohn Kyung-shik", type: .person, evidence: evidence("b.txt", 1, 0, 0, "unresolved", 0.2),
        localKey: "sohn", entity: nil),
    ],
    relations: [
      LocalRelation(
        subject: "conference", predicate: .heldIn, object: "seoul", role: nil,
        evidence: evidence("b.txt", 0, 0, 58, "venue-phrase"))
    ],
    misses: [
      Miss(text: "Business Conference", document: "b.txt", sentence: 0, start: 24, end: 43, reason: "untyped")
    ])

  public static var extractions: [DocumentExtraction] { [extractionA, extractionB] }

  public static var graph: KnowledgeGraph {
    var graph = KnowledgeGraph(
      documents: [documentA, documentB],
      entities: [
        Entity(id: kim, name: "Kim Yoon", type: .person, aliases: ["Yoon Kim", "김윤"], mentionCount: 2),
        Entity(
          id: sohn, name: "Sohn Kyung-Shik", type: .person, aliases: ["Sohn Kyung-shik"], mentionCount: 1),
        Entity(
          id: kje, name: "Korea-Japan Economic Association", type: .association, aliases: ["KJE"],
          mentionCount: 2,
          attributes: [
            "founded": .int(1981), "members": .long(1 << 40), "listed": .bool(false),
            "note": .string("<&\"'>"),
            "score": .double(0.1),
          ]),
        Entity(
          id: samyang, name: "Samyang Holdings", type: .company, aliases: ["Samyang Holdings Corp."],
          mentionCount: 1
        ),
        Entity(
          id: conference, name: "57th Korea-Japan Business Conference", type: .event, date: "2025-05-14",
          mentionCount: 1),
        Entity(id: seoul, name: "Seoul", type: .place, mentionCount: 2),
      ],
      relations: [
        Relation(
          subject: kim, predicate: .affiliatedWith, object: kje, role: "chairman", asOf: "2025-05-14",
          confidence: 0.9,
          evidence: [
            evidence("a.txt", 1, 31, 94, "appositive-role"),
            evidence("b.txt", 1, 71, 89, "pre-nominal-title", 0.7),
          ]),
        Relation(
          subject: kim, predicate: .affiliatedWith, object: samyang, role: "chairman", confidence: 0.7,
          evidence: [evidence("b.txt", 1, 81, 127, "who-also-leads", 0.7)]),
        Relation(
          subject: kje, predicate: .organized, object: conference, confidence: 1.0 / 3.0,
          evidence: [evidence("b.txt", 0, 0, 58, "host-phrase", 1.0 / 3.0)]),
        Relation(
          subject: conference, predicate: .heldIn, object: seoul, confidence: 0.95,
          evidence: [evidence("b.txt", 0, 0, 58, "venue-phrase", 0.95)]),
        Relation(
          subject: sohn, predicate: .attended, object: conference, attributes: ["weight": .double(0.25)]),
      ])
    graph.canonicalize()
    return graph
  }
}
