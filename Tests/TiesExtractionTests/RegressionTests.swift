import Testing
import TiesExtraction
import TiesModel

// Cases extraction once got wrong, kept so that they stay fixed.

private let failingDatelines: [DatelineCase] = [
  DatelineCase(
    what: "Posted Jan. 9, 2025, at 8:40 a.m. KST",
    text: """
      Airlines add seats between Busan and Sapporo
      Posted Jan. 9, 2025, at 8:40 a.m. KST
      Two carriers will add daily flights between the cities from March.
      """,
    dateline: "2025-01-09", headline: "Airlines add seats between Busan and Sapporo",
    firstSentence: "Two carriers will add daily flights between the cities from March."),
  DatelineCase(
    what: "a weekday before the date: Thursday, October 2, 2025",
    text: """
      Robot makers open a joint test center
      Thursday, October 2, 2025
      Three robot makers opened a shared test center near Changwon.
      """,
    dateline: "2025-10-02", headline: "Robot makers open a joint test center",
    firstSentence: "Three robot makers opened a shared test center near Changwon."),
  DatelineCase(
    what: "dotted date with a time: 2024.08.19 14:05 KST",
    text: """
      Chip exports rebound in the summer
      2024.08.19 14:05 KST
      Chip exports rose for a third month as demand for servers grew.
      """,
    dateline: "2024-08-19", headline: "Chip exports rebound in the summer",
    firstSentence: "Chip exports rose for a third month as demand for servers grew."),
]

private let failingPatterns: [PatternCase] = [
  PatternCase(
    pattern: "a list of <Org> <Title> <Person> items with an unknown two-word title",
    text: """
      Guests included Daehan Group Chairman Shin Jae-won, Mirae Steel Executive Chair Lim Dong-hyun \
      and Hanbit Holdings Vice Chairman Baek Seung-ho.
      """,
    entities: [
      .company("Daehan Group"), .person("Shin Jae-won"), .company("Mirae Steel"), .person("Lim Dong-hyun"),
      .company("Hanbit Holdings"), .person("Baek Seung-ho"),
    ],
    relations: [
      .affiliated("Shin Jae-won", "Daehan Group", "chairman"),
      .affiliated("Lim Dong-hyun", "Mirae Steel", "executive chair"),
      .affiliated("Baek Seung-ho", "Hanbit Holdings", "vice chairman"),
    ]),
  PatternCase(
    pattern: "coordinated titles: Executive Vice Chairman",
    text: "Hanul Energy Corp. Chairman Kim Do-yeon and Executive Vice Chairman Bae Jung-hoon met the press.",
    entities: [.company("Hanul Energy Corp."), .person("Kim Do-yeon"), .person("Bae Jung-hoon")],
    relations: [
      .affiliated("Kim Do-yeon", "Hanul Energy Corp.", "chairman"),
      .affiliated("Bae Jung-hoon", "Hanul Energy Corp.", "executive vice chairman"),
    ]),
  PatternCase(
    pattern: "an adviser to <Org>",
    text: "Ryu Seung-min, an adviser to the Korea-Mexico Trade Association, spoke.",
    entities: [.person("Ryu Seung-min"), .association("Korea-Mexico Trade Association")],
    relations: [.affiliated("Ryu Seung-min", "Korea-Mexico Trade Association", "adviser")]),
  PatternCase(
    pattern: "who chairs <learnt ACRONYM> and <Company>",
    text: """
      The Korea Battery Industry Council (KBIC) met on Monday. Lim Dong-hyun, who chairs the KBIC and \
      Mirae Holdings, spoke.
      """,
    entities: [
      .association("Korea Battery Industry Council"), .company("Mirae Holdings"), .person("Lim Dong-hyun"),
    ],
    relations: [
      .affiliated("Lim Dong-hyun", "Korea Battery Industry Council", "chair"),
      .affiliated("Lim Dong-hyun", "Mirae Holdings", "chair"),
    ]),
  PatternCase(
    pattern: "who chairs <Org> and <Company>: both posts",
    text: "Lim Dong-hyun, who chairs the FKI and Mirae Holdings, spoke.",
    entities: [
      .association("Federation of Korean Industries"), .company("Mirae Holdings"), .person("Lim Dong-hyun"),
    ],
    relations: [
      .affiliated("Lim Dong-hyun", "Federation of Korean Industries", "chair"),
      .affiliated("Lim Dong-hyun", "Mirae Holdings", "chair"),
    ]),
  PatternCase(
    pattern: "hosted by <Org> together with <Org>",
    text: """
      The 7th Korea-Japan Logistics Meeting was hosted by the Korea Logistics Association together with \
      the Kyushu Economic Federation at the Grand Hotel in Fukuoka.
      """,
    entities: [
      .event("7th Korea-Japan Logistics Meeting"), .association("Korea Logistics Association"),
      .association("Kyushu Economic Federation"), .place("Grand Hotel"), .place("Fukuoka"),
    ],
    relations: [
      .organized("Korea Logistics Association", "7th Korea-Japan Logistics Meeting"),
      .organized("Kyushu Economic Federation", "7th Korea-Japan Logistics Meeting"),
      .heldIn("7th Korea-Japan Logistics Meeting", "Grand Hotel"),
      .heldIn("7th Korea-Japan Logistics Meeting", "Fukuoka"),
    ]),
  PatternCase(
    pattern: "<Person> was joined by <Person>: both attended",
    text: """
      The 7th Korea-Japan Logistics Meeting opened in Busan. Kang Hye-rim, chairman of the Korea \
      Logistics Association, was joined by Ito Kenta of Sakura Motors.
      """,
    entities: [
      .event("7th Korea-Japan Logistics Meeting"), .place("Busan"), .person("Kang Hye-rim"),
      .association("Korea Logistics Association"), .person("Ito Kenta"), .company("Sakura Motors"),
    ],
    relations: [
      .heldIn("7th Korea-Japan Logistics Meeting", "Busan"),
      .affiliated("Kang Hye-rim", "Korea Logistics Association", "chairman"),
      .attended("Kang Hye-rim", "7th Korea-Japan Logistics Meeting"),
      .attended("Ito Kenta", "7th Korea-Japan Logistics Meeting"),
      RelationFact(subject: "Ito Kenta", predicate: .affiliatedWith, object: "Sakura Motors", role: nil),
    ]),
  PatternCase(
    pattern: "Ministry of <A>, <B> and Energy is a government body",
    text: "The Ministry of Trade, Industry and Energy announced new export rules.",
    entities: [.government("Ministry of Trade, Industry and Energy")],
    relations: []),
]

@Suite("Known bugs: extraction")
struct ExtractionRegressions {
  @Test("datelines the article reader misses", arguments: failingDatelines)
  func dateline(_ c: DatelineCase) throws {
    let extraction = try Harness.extract(c.text)
    #expect(extraction.document.dateline == c.dateline)
  }

  @Test("an event's date comes from the weekday and the dateline")
  func eventDate() throws {
    let result = try Harness.resolve([
      (
        "a.txt",
        "SEOUL, March 14, 2024 — The 5th Korea-Japan Tourism Forum opened in Jeju on Tuesday."
      )
    ])
    let forum = try #require(result.graph.entities.first { $0.type == .event })
    #expect(forum.date == "2024-03-12")
  }

  @Test("patterns extraction gets wrong", arguments: failingPatterns)
  func pattern(_ c: PatternCase) throws {
    try c.check()
  }
}

@Suite("participation beside a list")
struct ParticipationBesideListTests {
  @Test("a moderator named before 'panelists included' attends too")
  func moderatorAttends() throws {
    let text = """
      Port cities meet in Busan
      BUSAN, June 3, 2025 — The Korea Ports Association held the 4th Korea-Japan Port Forum in Busan.
      With Pusan University Professor Han Ji-woo moderating, panelists included Ito Kenta of Sakura Motors.

      """
    let e = try extractArticle(text, name: "p.txt")
    let attendees = Set(
      e.relations.filter { $0.predicate == .attended }.map(\.subject))
    #expect(attendees == ["p:han jiwoo", "p:ito kenta"])
  }
}

@Suite("main event")
struct MainEventTests {
  @Test("the article's event is the one somebody organized, not the first one named")
  func hostedEventWins() throws {
    let text = """
      Traders meet at the fair
      NAGOYA, June 3, 2025 — Exhibitors from both countries met at the 2025 Nagoya Trade Fair.
      The Korea-Japan Parts Forum was organized by the Korea Parts Association beside the fair.
      Han Ji-woo, chairman of the Korea Parts Association, said demand for sensors was growing.

      """
    let e = try extractArticle(text, name: "m.txt")
    let attended = e.relations.filter { $0.predicate == .attended }.map(\.object)
    #expect(attended.count == 1)
    #expect(attended.allSatisfy { $0.hasSuffix("korea japan parts forum") })
  }
}

@Suite("headline venue")
struct HeadlineVenueTests {
  @Test("'<people> meet in <City>' in the headline locates the article's event")
  func headlineLocatesTheEvent() throws {
    let text = """
      Battery makers meet in Nagoya to plan joint research
      NAGOYA, June 3, 2025 — The 4th Korea-Japan Battery Forum was hosted by the Korea Battery Association.
      Han Ji-woo, chairman of the Korea Battery Association, said the talks went well.

      """
    let e = try extractArticle(text, name: "h.txt")
    let venues = e.relations.filter { $0.predicate == .heldIn }
    #expect(venues.count == 1)
    #expect(
      venues.allSatisfy { $0.subject.hasSuffix("korea japan battery forum") && $0.object.hasSuffix("nagoya") }
    )
  }
}

@Suite("a text cut short")
struct TextCutShortTests {
  /// Found by the fuzzer: a title that ends the text, after a person and a comma, made
  /// the reading of a second post take a range that ends before it starts.
  @Test("a person and a title at the very end of the text, without a full stop")
  func titleEndsTheText() throws {
    for ending in ["the minister", "a director", "the chairman"] {
      let text = "Lagos business leaders meet\n\nThe chamber met on Monday. Adaeze Okafor, \(ending)"
      let e = try extractArticle(text, name: "cut.txt")
      #expect(e.mentions.contains { $0.text == "Adaeze Okafor" }, "\(ending)")
    }
  }

  /// Found by the fuzzer: an article ("the") or a nationality that ends the text where an
  /// event's organizers are read made the reading of a description take a range that ends
  /// before it starts.
  @Test("an event's organizers cut short after an article or a nationality")
  func organizersEndTheText() throws {
    for ending in ["by the", "by a", "by the Dutch", "by Dutch", "by Chile's", "by the chamber"] {
      let text = "Port forum opens\n\nThe 4th Harbour Trade Forum opened in Rotterdam, organized \(ending)"
      let e = try extractArticle(text, name: "cut.txt")
      #expect(e.mentions.contains { $0.type == .event }, "\(ending)")
    }
  }
}

/// One article through the extractor with the built-in lexicon.
private func extractArticle(_ text: String, name: String) throws -> DocumentExtraction {
  try Extractor(lexicon: Lexicon.builtIn()).extract(
    text: Array(text.unicodeScalars), name: name, path: name, contentHash: "")
}
