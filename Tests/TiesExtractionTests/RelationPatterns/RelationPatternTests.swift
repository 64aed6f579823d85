import Testing
import TiesExtraction
import TiesModel

/// One extraction pattern: a sentence or two, and everything extraction and resolution
/// should make of them.
struct PatternCase: Sendable, CustomTestStringConvertible {
  var pattern: String
  var text: String
  var entities: [EntityFact]
  var relations: [RelationFact]

  var testDescription: String { pattern }

  /// Extracts and resolves `text` and expects exactly `entities` and `relations`.
  func check() throws {
    let facts = try Harness.facts(text)
    expectSame(facts.entities, entities, "entity")
    expectSame(facts.relations, relations, "relation")
  }
}

private let patterns: [PatternCase] = [
  PatternCase(
    pattern: "apposition with two posts",
    text: """
      Park Min-jae, chairman of the Korea-Vietnam Business Association and chairman of Hanbit \
      Holdings, opened the session.
      """,
    entities: [
      .person("Park Min-jae"), .association("Korea-Vietnam Business Association"),
      .company("Hanbit Holdings"),
    ],
    relations: [
      .affiliated("Park Min-jae", "Korea-Vietnam Business Association", "chairman"),
      .affiliated("Park Min-jae", "Hanbit Holdings", "chairman"),
    ]),
  PatternCase(
    pattern: "pre-nominal title: <Org> Chair <Person>",
    text: "Daehan Group Chair Shin Jae-won met investors in Singapore.",
    entities: [.company("Daehan Group"), .person("Shin Jae-won"), .place("Singapore")],
    relations: [.affiliated("Shin Jae-won", "Daehan Group", "chair")]),
  PatternCase(
    pattern: "pre-nominal title after a company name without a head word: <Org> Chairman <Person>",
    text: "Hanbit Enerwave Chairman Song Min-jae and Daehan Group Chair Shin Jae-won toured the plant.",
    entities: [
      .company("Hanbit Enerwave"), .person("Song Min-jae"), .company("Daehan Group"), .person("Shin Jae-won"),
    ],
    relations: [
      .affiliated("Song Min-jae", "Hanbit Enerwave", "chairman"),
      .affiliated("Shin Jae-won", "Daehan Group", "chair"),
    ]),
  PatternCase(
    pattern: "a town named with its province: in <Town>, <Province>",
    text: "Kim Do-yeon opened a battery plant in Gimhae, South Gyeongsang Province, on Friday.",
    entities: [.person("Kim Do-yeon"), .place("Gimhae"), .place("South Gyeongsang Province")],
    relations: []),
  PatternCase(
    pattern: "a place by its direction: <direction> of <Town>",
    text: "Kim Do-yeon said the gas field north of Tarvik lost almost a year.",
    entities: [.person("Kim Do-yeon"), .place("Tarvik")],
    relations: []),
  PatternCase(
    pattern: "companies without a head word listed beside one with a head word",
    text: "Exhibitors included Hanbit Enerwave, Daehan Steel Corp. and Mirae ENM.",
    entities: [.company("Hanbit Enerwave"), .company("Daehan Steel Corp."), .company("Mirae ENM")],
    relations: []),
  PatternCase(
    pattern: "a lone surname in a list of people is not made a company by its neighbour",
    text: "From Japan, Aso, Daehan Steel Corp. Chairman Kim Do-yeon and Ito Kenta attended.",
    entities: [
      .place("Japan"), .company("Daehan Steel Corp."), .person("Kim Do-yeon"), .person("Ito Kenta"),
    ],
    relations: [.affiliated("Kim Do-yeon", "Daehan Steel Corp.", "chairman")]),
  PatternCase(
    pattern: "'It took place at <Venue>' after the sentence naming the article's event",
    text: """
      The 2025 Hanbit Motor Festival was co-hosted by Hanbit Motor Co. and Daehan Racing, the racing \
      arm of Daehan Motor Corp. It took place at Jungang Speedway, a track inside a theme park.
      """,
    entities: [
      .event("2025 Hanbit Motor Festival"), .company("Hanbit Motor Co."), .company("Daehan Racing"),
      .company("Daehan Motor Corp."), .place("Jungang Speedway"),
    ],
    relations: [
      .organized("Hanbit Motor Co.", "2025 Hanbit Motor Festival"),
      .organized("Daehan Racing", "2025 Hanbit Motor Festival"),
      .heldIn("2025 Hanbit Motor Festival", "Jungang Speedway"),
    ]),
  PatternCase(
    pattern: "a venue in a district named with its city: in <District>, western <City>",
    text: "The 3rd Korea-Japan Battery Forum opened at the Hanbit Conference Center in Mapo, western Seoul.",
    entities: [
      .event("3rd Korea-Japan Battery Forum"), .place("Hanbit Conference Center"), .place("Mapo"),
      .place("Seoul"),
    ],
    relations: [
      .heldIn("3rd Korea-Japan Battery Forum", "Hanbit Conference Center"),
      .heldIn("3rd Korea-Japan Battery Forum", "Mapo"),
      .heldIn("3rd Korea-Japan Battery Forum", "Seoul"),
    ]),
  PatternCase(
    pattern: "a regional federation known by its Japanese short name, in an apposition with two posts",
    text: "Sato Hiroshi, chairman of Kyukeiren and chairman of Daiwa Steel Corp., spoke first.",
    entities: [
      .person("Sato Hiroshi"), .association("Kyushu Economic Federation"), .company("Daiwa Steel Corp."),
    ],
    relations: [
      .affiliated("Sato Hiroshi", "Kyushu Economic Federation", "chairman"),
      .affiliated("Sato Hiroshi", "Daiwa Steel Corp.", "chairman"),
    ]),
  PatternCase(
    pattern: "<Person>, <title> of <Org>, briefed participants: attended",
    text: """
      The 5th Korea-Japan Steel Forum opened in Busan. Kang Hye-rim, director of the Korea Steel \
      Association, briefed participants on tariffs.
      """,
    entities: [
      .event("5th Korea-Japan Steel Forum"), .place("Busan"), .person("Kang Hye-rim"),
      .association("Korea Steel Association"),
    ],
    relations: [
      .heldIn("5th Korea-Japan Steel Forum", "Busan"),
      .affiliated("Kang Hye-rim", "Korea Steel Association", "director"),
      .attended("Kang Hye-rim", "5th Korea-Japan Steel Forum"),
    ]),
  PatternCase(
    pattern: "apposition with two posts, the second 'senior corporate adviser to <Company>'",
    text: """
      Sato Hiroshi, chairman of the Korea Steel Association and senior corporate adviser to Daiwa \
      Steel Corp., welcomed the guests.
      """,
    entities: [
      .person("Sato Hiroshi"), .association("Korea Steel Association"), .company("Daiwa Steel Corp."),
    ],
    relations: [
      .affiliated("Sato Hiroshi", "Korea Steel Association", "chairman"),
      .affiliated("Sato Hiroshi", "Daiwa Steel Corp.", "senior corporate adviser"),
    ]),
  PatternCase(
    pattern: "hosted by <Org> (<ACRONYM>) together with <Org>: both organized",
    text: """
      The 8th Korea-Japan Logistics Meeting was hosted by the Korea Logistics Association (KLA) \
      together with the Chubu Logistics Council.
      """,
    entities: [
      .event("8th Korea-Japan Logistics Meeting"), .association("Korea Logistics Association"),
      .association("Chubu Logistics Council"),
    ],
    relations: [
      .organized("Korea Logistics Association", "8th Korea-Japan Logistics Meeting"),
      .organized("Chubu Logistics Council", "8th Korea-Japan Logistics Meeting"),
    ]),
  PatternCase(
    pattern: "a company name with a word in lower case before its legal suffix",
    text: "Daehan ecoteq Inc. and Hanbit Motor Co. opened a joint plant in Busan.",
    entities: [.company("Daehan ecoteq Inc."), .company("Hanbit Motor Co."), .place("Busan")],
    relations: []),
  PatternCase(
    pattern: "<ACRONYM> chief <Person>, who also leads <Company> Corp.",
    text: "KITA chief Yoon Sang-ho, who also leads Mirae Steel Corp., spoke first.",
    entities: [
      .association("Korea International Trade Association"), .person("Yoon Sang-ho"),
      .company("Mirae Steel Corp."),
    ],
    relations: [
      .affiliated("Yoon Sang-ho", "Korea International Trade Association", "chief"),
      .affiliated("Yoon Sang-ho", "Mirae Steel Corp.", "head"),
    ]),
  PatternCase(
    pattern: "coordinated titles share their head",
    text: """
      Korea-Mexico Trade Association Chairman Lim Dong-hyun and Vice Chairman Baek Seung-ho greeted \
      the guests.
      """,
    entities: [
      .association("Korea-Mexico Trade Association"), .person("Lim Dong-hyun"), .person("Baek Seung-ho"),
    ],
    relations: [
      .affiliated("Lim Dong-hyun", "Korea-Mexico Trade Association", "chairman"),
      .affiliated("Baek Seung-ho", "Korea-Mexico Trade Association", "vice chairman"),
    ]),
  PatternCase(
    pattern: "<Person>, <ORG> chair",
    text: "Kang Hye-rim, KBIZ chair, said exports would rebound.",
    entities: [.person("Kang Hye-rim"), .association("Korea Federation of SMEs")],
    relations: [.affiliated("Kang Hye-rim", "Korea Federation of SMEs", "chair")]),
  PatternCase(
    pattern: "who also serves as <Org> vice chair",
    text: """
      Oh Jin-seok, president of Sambo Electronics, who also serves as FKI vice chair, joined the \
      talks.
      """,
    entities: [
      .person("Oh Jin-seok"), .company("Sambo Electronics"), .association("Federation of Korean Industries"),
    ],
    relations: [
      .affiliated("Oh Jin-seok", "Sambo Electronics", "president"),
      .affiliated("Oh Jin-seok", "Federation of Korean Industries", "vice chair"),
    ]),
  PatternCase(
    pattern: "Special Professor <Person> of <University>",
    text: "Special Professor Han Sung-min of Hanseo University gave a lecture on supply chains.",
    entities: [.person("Han Sung-min"), .association("Hanseo University")],
    relations: [.affiliated("Han Sung-min", "Hanseo University", "special professor")]),
  PatternCase(
    pattern: "<Nationality> Ambassador to Korea <Person>",
    text: "Canadian Ambassador to Korea Robert Fairweather praised the investment deal.",
    entities: [.person("Robert Fairweather"), .government("Government of Canada"), .place("Korea")],
    relations: [.affiliated("Robert Fairweather", "Government of Canada", "ambassador")]),
  PatternCase(
    pattern: "acronym in parentheses, then used alone",
    text: """
      The Korea Battery Industry Council (KBIC) released a report on Monday. KBIC said demand for \
      cells would rise.
      """,
    entities: [.association("Korea Battery Industry Council")],
    relations: []),
  PatternCase(
    pattern: "ordinal event with co-hosts and a venue in a city",
    text: """
      The Korea Chamber of Commerce and Industry and the Japan Chamber of Commerce and Industry \
      co-hosted the 21st Korea-Japan Industry Forum at the Paradise Hotel in Busan.
      """,
    entities: [
      .association("Korea Chamber of Commerce and Industry"),
      .association("Japan Chamber of Commerce and Industry"), .event("21st Korea-Japan Industry Forum"),
      .place("Paradise Hotel"), .place("Busan"),
    ],
    relations: [
      .organized("Korea Chamber of Commerce and Industry", "21st Korea-Japan Industry Forum"),
      .organized("Japan Chamber of Commerce and Industry", "21st Korea-Japan Industry Forum"),
      .heldIn("21st Korea-Japan Industry Forum", "Paradise Hotel"),
      .heldIn("21st Korea-Japan Industry Forum", "Busan"),
    ]),
  PatternCase(
    pattern: "X said it held the 5th … with Y",
    text: """
      The Korea Enterprises Federation said it held the 5th Korea-India CEO Roundtable with the India \
      Business Council in Mumbai.
      """,
    entities: [
      .association("Korea Enterprises Federation"), .association("India Business Council"),
      .event("5th Korea-India CEO Roundtable"), .place("Mumbai"),
    ],
    relations: [
      .organized("Korea Enterprises Federation", "5th Korea-India CEO Roundtable"),
      .organized("India Business Council", "5th Korea-India CEO Roundtable"),
      .heldIn("5th Korea-India CEO Roundtable", "Mumbai"),
    ]),
  PatternCase(
    pattern: "attended by",
    text: """
      The 9th Seoul Hydrogen Summit was attended by Jung Eun-ji, president of Hanul Energy Corp., and \
      Ito Kenta of Sakura Motors.
      """,
    entities: [
      .event("9th Seoul Hydrogen Summit"), .person("Jung Eun-ji"), .company("Hanul Energy Corp."),
      .person("Ito Kenta"), .company("Sakura Motors"),
    ],
    relations: [
      .attended("Jung Eun-ji", "9th Seoul Hydrogen Summit"),
      .attended("Ito Kenta", "9th Seoul Hydrogen Summit"),
      .affiliated("Jung Eun-ji", "Hanul Energy Corp.", "president"),
      RelationFact(subject: "Ito Kenta", predicate: .affiliatedWith, object: "Sakura Motors", role: nil),
    ]),
  PatternCase(
    pattern: "delegation included",
    text: """
      The 14th Korea-Japan Shipbuilding Conference opened in Ulsan on Tuesday. The Japanese \
      delegation included Fujita Kenji, president of Nanko Heavy Industries.
      """,
    entities: [
      .event("14th Korea-Japan Shipbuilding Conference"), .place("Ulsan"), .person("Fujita Kenji"),
      .company("Nanko Heavy Industries"),
    ],
    relations: [
      .heldIn("14th Korea-Japan Shipbuilding Conference", "Ulsan"),
      .attended("Fujita Kenji", "14th Korea-Japan Shipbuilding Conference"),
      .affiliated("Fujita Kenji", "Nanko Heavy Industries", "president"),
    ]),
  PatternCase(
    pattern: "panelists included",
    text: """
      The 4th Korea-Taiwan Chip Symposium drew 300 guests. Panelists included Yoo Seo-yeon, vice \
      president of Kumho Chemical, and Ishikawa Naoki of Daiwa Steel.
      """,
    entities: [
      .event("4th Korea-Taiwan Chip Symposium"), .person("Yoo Seo-yeon"), .company("Kumho Chemical"),
      .person("Ishikawa Naoki"), .company("Daiwa Steel"),
    ],
    relations: [
      .attended("Yoo Seo-yeon", "4th Korea-Taiwan Chip Symposium"),
      .attended("Ishikawa Naoki", "4th Korea-Taiwan Chip Symposium"),
      .affiliated("Yoo Seo-yeon", "Kumho Chemical", "vice president"),
      RelationFact(subject: "Ishikawa Naoki", predicate: .affiliatedWith, object: "Daiwa Steel", role: nil),
    ]),
  PatternCase(
    pattern: "delivered opening remarks",
    text: """
      The 8th Korea-Australia Energy Dialogue began in Seoul. Moon Jae-ho, chairman of the \
      Korea-Australia Business Council, delivered opening remarks.
      """,
    entities: [
      .event("8th Korea-Australia Energy Dialogue"), .place("Seoul"), .person("Moon Jae-ho"),
      .association("Korea-Australia Business Council"),
    ],
    relations: [
      .attended("Moon Jae-ho", "8th Korea-Australia Energy Dialogue"),
      .affiliated("Moon Jae-ho", "Korea-Australia Business Council", "chairman"),
      .heldIn("8th Korea-Australia Energy Dialogue", "Seoul"),
    ]),
  PatternCase(
    pattern: "future event: will be held next year in <City>",
    text: "The 6th Korea-Japan Tourism Forum will be held next year in Nagoya.",
    entities: [.event("6th Korea-Japan Tourism Forum"), .place("Nagoya")],
    relations: [.heldIn("6th Korea-Japan Tourism Forum", "Nagoya")]),
  PatternCase(
    pattern: "year event: the 2027 World Expo in <City>",
    text: "Builders are racing to finish pavilions for the 2027 World Expo in Riyadh.",
    entities: [.event("2027 World Expo"), .place("Riyadh")],
    relations: [.heldIn("2027 World Expo", "Riyadh")]),
  PatternCase(
    pattern: "venue with a district: at the <Hotel> in <District>, central Seoul",
    text: """
      The 3rd Korea-Canada Energy Dialogue took place at the Grand Hyatt Hotel in Yongsan District, \
      central Seoul.
      """,
    entities: [
      .event("3rd Korea-Canada Energy Dialogue"), .place("Grand Hyatt Hotel"), .place("Yongsan District"),
      .place("Seoul"),
    ],
    relations: [
      .heldIn("3rd Korea-Canada Energy Dialogue", "Grand Hyatt Hotel"),
      .heldIn("3rd Korea-Canada Energy Dialogue", "Yongsan District"),
      .heldIn("3rd Korea-Canada Energy Dialogue", "Seoul"),
    ]),
  PatternCase(
    pattern: "hosted by <Org>",
    text: """
      The 7th Korea-Japan Logistics Meeting was hosted by the Korea Logistics Association at the Grand \
      Hotel in Fukuoka.
      """,
    entities: [
      .event("7th Korea-Japan Logistics Meeting"), .association("Korea Logistics Association"),
      .place("Grand Hotel"), .place("Fukuoka"),
    ],
    relations: [
      .organized("Korea Logistics Association", "7th Korea-Japan Logistics Meeting"),
      .heldIn("7th Korea-Japan Logistics Meeting", "Grand Hotel"),
      .heldIn("7th Korea-Japan Logistics Meeting", "Fukuoka"),
    ]),
  PatternCase(
    pattern: "\"the meeting\" refers to the article's event; moderated by",
    text: """
      The 7th Korea-Japan Logistics Meeting opened on Monday. The meeting was held at the Shilla Hotel in \
      Jung District, central Seoul, and was moderated by Kang Hye-rim.
      """,
    entities: [
      .event("7th Korea-Japan Logistics Meeting"), .place("Shilla Hotel"), .place("Jung District"),
      .place("Seoul"), .person("Kang Hye-rim"),
    ],
    relations: [
      .heldIn("7th Korea-Japan Logistics Meeting", "Shilla Hotel"),
      .heldIn("7th Korea-Japan Logistics Meeting", "Jung District"),
      .heldIn("7th Korea-Japan Logistics Meeting", "Seoul"),
      .attended("Kang Hye-rim", "7th Korea-Japan Logistics Meeting"),
    ]),
]

@Suite("Relation patterns")
struct RelationPatternTests {
  @Test("extraction and resolution of one pattern", arguments: patterns)
  func pattern(_ c: PatternCase) throws {
    try c.check()
  }

  @Test("an acronym defined in parentheses is an alias of the name it abbreviates")
  func acronymIsAlias() throws {
    let result = try Harness.resolve([
      (
        "a.txt",
        "The Korea Battery Industry Council (KBIC) released a report. KBIC said demand for cells would rise."
      )
    ])
    let council = try #require(result.graph.entities.first { $0.name == "Korea Battery Industry Council" })
    #expect(council.aliases == ["KBIC"])
    #expect(council.mentionCount == 3)
  }

  @Test("a future event takes the year after the dateline; a past one of the series stays apart")
  func futureEventYear() throws {
    let result = try Harness.resolve([
      (
        "a.txt",
        """
        SEOUL, March 14, 2024 — The 5th Korea-Japan Tourism Forum was held in Jeju on Tuesday.
        The 6th Korea-Japan Tourism Forum will be held next year in Nagoya.
        """
      )
    ])
    let events = result.graph.entities.filter { $0.type == .event }.map(\.id.rawValue).sorted()
    #expect(events == ["ev-5-korea-japan-tourism-forum-2024", "ev-6-korea-japan-tourism-forum-2025"])
  }
}
