import Testing
import TiesExtraction
import TiesGraph
import TiesModel

@testable import TiesResolution

/// Articles that name one thing in several ways, and the names that must become one entity.
struct MergeCase: Sendable, CustomTestStringConvertible {
  var rule: String
  var documents: [String]
  /// The canonical name first, then every alias.
  var names: [String]
  var type: EntityType

  var testDescription: String { rule }
}

private let merges: [MergeCase] = [
  MergeCase(
    rule: "an acronym defined in one article and used alone in another",
    documents: [
      "The Korea Hydrogen Business Council (KHBC) opened an office in Ulsan.",
      "KHBC signed a supply deal with Mirae Steel Corp. on Monday.",
    ],
    names: ["Korea Hydrogen Business Council", "KHBC"], type: .association),
  MergeCase(
    rule: "a Japanese name in both orders, with a shared affiliation",
    documents: [
      "Hoshikawa Ren, president of Sakura Motors, visited Busan.",
      "Ren Hoshikawa, president of Sakura Motors, spoke in Seoul.",
    ],
    names: ["Hoshikawa Ren", "Ren Hoshikawa"], type: .person),
  MergeCase(
    rule: "a Japanese name in both orders, corroborated by the family-name list",
    documents: [
      "Yamada Koji, president of Sakura Motors, visited Busan.",
      "Koji Yamada, chairman of Daiwa Steel, spoke in Seoul.",
    ],
    names: ["Koji Yamada", "Yamada Koji"], type: .person),
  MergeCase(
    rule: "case and hyphen variants of a Korean given name",
    documents: [
      "Bae Jung-Hoon, chairman of Hanul Energy Corp., visited Osaka.",
      "Bae Jung-hoon met buyers in Nagoya on Friday, his aides said.",
    ],
    names: ["Bae Jung-Hoon", "Bae Jung-hoon"], type: .person),
  MergeCase(
    rule: "a legal suffix",
    documents: [
      "Daebo Holdings reported a record profit this quarter.",
      "Daebo Holdings Corp. shares rose 5 percent in Seoul on Friday.",
    ],
    names: ["Daebo Holdings Corp.", "Daebo Holdings"], type: .company),
  MergeCase(
    rule: "\"Japan Chamber\" for the Japan Chamber of Commerce and Industry",
    documents: [
      "Officials of the Japan Chamber of Commerce and Industry toured a plant in Ulsan.",
      "The Japan Chamber said members would invest more in Korea.",
    ],
    names: ["Japan Chamber of Commerce and Industry", "Japan Chamber"], type: .association),
  MergeCase(
    rule: "a city chamber's short form",
    documents: [
      "The Nagoya Chamber of Commerce and Industry sent a delegation to Busan.",
      "The Nagoya Chamber said exports would grow next year.",
    ],
    names: ["Nagoya Chamber of Commerce and Industry", "Nagoya Chamber"], type: .association),
  MergeCase(
    rule: "a romanization variant of a family name, with a shared affiliation",
    documents: [
      "Choi Jae-won, chairman of Hanul Energy Corp., visited Osaka.",
      "Chey Jae-won, chairman of Hanul Energy Corp., visited Nagoya.",
    ],
    names: ["Chey Jae-won", "Choi Jae-won"], type: .person),
  MergeCase(
    rule: "the same ordinal event in two articles",
    documents: [
      "The 57th Korea-Vietnam Trade Conference opened in Hanoi.",
      "Delegates gathered for the 57th Korea-Vietnam Trade Conference in Seoul.",
    ],
    names: ["57th Korea-Vietnam Trade Conference"], type: .event),
  MergeCase(
    rule: "a person's name with and without marks on its letters",
    documents: [
      "Ola Sjöström, chief executive of Nordvik Shipping, visited Busan.",
      "Ola Sjostrom met buyers in Nagoya on Friday, his aides said.",
    ],
    names: ["Ola Sjostrom", "Ola Sjöström"], type: .person),
  MergeCase(
    rule: "a place written with and without its accent",
    documents: [
      "The delegation flew on to Querétaro after the talks.",
      "Factories in Queretaro ran at full capacity this year.",
    ],
    names: ["Queretaro", "Querétaro"], type: .place),
]

/// Articles that name different things alike, and the names that must stay apart.
struct ApartCase: Sendable, CustomTestStringConvertible {
  var rule: String
  var documents: [String]
  var names: [String]

  var testDescription: String { rule }
}

private let aparts: [ApartCase] = [
  ApartCase(
    rule: "an acronym the lexicon knows, which one article gives to another body",
    documents: [
      "The Kestrel Chamber of Commerce and Industry (KCCI) met in Kampala. The KCCI has 4,000 members.",
      "The KCCI said exports from Seoul rose in May.",
    ],
    names: ["Kestrel Chamber of Commerce and Industry", "Korea Chamber of Commerce and Industry"]),
  ApartCase(
    rule: "two ordinals of one series",
    documents: [
      "The 57th Korea-Vietnam Trade Conference opened in Hanoi.",
      "The 32nd Korea-Vietnam Trade Conference opened in Hanoi.",
    ],
    names: ["57th Korea-Vietnam Trade Conference", "32nd Korea-Vietnam Trade Conference"]),
  ApartCase(
    rule: "one ordinal of two series",
    documents: [
      "The 12th Korea-Japan Steel Forum opened in Osaka.",
      "The 12th Korea-China Steel Forum opened in Seoul.",
    ],
    names: ["12th Korea-Japan Steel Forum", "12th Korea-China Steel Forum"]),
  ApartCase(
    rule: "two people sharing a family name and an employer",
    documents: [
      "Kim Do-yeon, chairman of Hanul Energy Corp., visited Osaka.",
      "Kim Seo-jun, president of Hanul Energy Corp., visited Nagoya.",
    ],
    names: ["Kim Do-yeon", "Kim Seo-jun"]),
  ApartCase(
    rule: "a company and the group named after it",
    documents: [
      "Daebo Solutions, a unit of Daebo Group, will build a solar plant. Daebo Group also owns a shipyard.",
      "Daebo Solutions shares rose 3 percent in Seoul.",
    ],
    names: ["Daebo Solutions", "Daebo Group"]),
  ApartCase(
    rule: "reversed names without corroboration, neither word a known family name",
    documents: [
      "Hoshikawa Ren, president of Sakura Motors, visited Busan.",
      "Ren Hoshikawa, chairman of Daiwa Steel, spoke in Seoul.",
    ],
    names: ["Hoshikawa Ren", "Ren Hoshikawa"]),
  ApartCase(
    rule: "a romanization variant without a shared affiliation",
    documents: [
      "Choi Jae-won, chairman of Hanul Energy Corp., visited Osaka.",
      "Chey Jae-won, chairman of Daiwa Steel, visited Nagoya.",
    ],
    names: ["Choi Jae-won", "Chey Jae-won"]),
]

@Suite("Resolution")
struct ResolverTests {
  @Test("names of one thing merge", arguments: merges)
  func merge(_ c: MergeCase) throws {
    let graph = try Harness.resolve(c.documents).graph
    let entity = expectOneEntity(c.names, c.type, in: graph)
    #expect(entity?.name == c.names.first)
  }

  @Test("names of different things stay apart", arguments: aparts)
  func apart(_ c: ApartCase) throws {
    expectApart(c.names, in: try Harness.resolve(c.documents).graph)
  }

  @Test("\"Trade Ministry\" joins the ministry it abbreviates")
  func tradeMinistry() throws {
    let graph = try Harness.resolve([
      "Korea's Ministry of Trade, Industry and Energy announced new export rules.",
      "An official of the Trade Ministry said the rules take effect in July.",
    ]).graph
    let names = ["Ministry of Trade, Industry and Energy", "Trade Ministry"]
    let found = Set(names.flatMap { graph.entities(named: $0).map(\.id) })
    #expect(found.count == 1)
  }

  @Test("relations of merged entities join them")
  func relationsFollowMerges() throws {
    let graph = try Harness.resolve([
      "Choi Jae-won, chairman of Hanul Energy Corp., visited Osaka.",
      "Chey Jae-won, chairman of Hanul Energy Corp., visited Nagoya.",
    ]).graph
    let person = try #require(graph.entities(named: "Chey Jae-won").first)
    let company = try #require(graph.entities(named: "Hanul Energy Corp.").first)
    let affiliations = graph.relations.filter { $0.subject == person.id && $0.predicate == .affiliatedWith }
    #expect(affiliations.map(\.object) == [company.id])
    #expect(affiliations.first?.role == "chairman")
    #expect(affiliations.first?.evidence.map(\.document) == ["doc1.txt", "doc2.txt"])
  }

  @Test("every mention points at its resolved entity")
  func mentionsResolved() throws {
    let result = try Harness.resolve([
      "Hoshikawa Ren, president of Sakura Motors, visited Busan.",
      "Ren Hoshikawa, president of Sakura Motors, spoke in Seoul.",
    ])
    let ids = Set(result.graph.entities.map(\.id))
    for extraction in result.extractions {
      for mention in extraction.mentions {
        let id = try #require(mention.entity, "\(mention.text) unresolved")
        #expect(ids.contains(id))
      }
    }
    let person = try #require(result.graph.entities(named: "Ren Hoshikawa").first)
    #expect(person.mentionCount == 2)
  }
}

@Suite("Resolution is deterministic")
struct ResolverDeterminismTests {
  private static let documents = [
    """
    SEOUL, March 14, 2024 — Yamada Koji, president of Sakura Motors, and KITA chief Yoon Sang-ho \
    attended the 9th Korea-Japan Mobility Forum at the Lotte Hotel in Seoul.
    """,
    """
    The Korea International Trade Association and the Japan Chamber co-hosted the 9th Korea-Japan \
    Mobility Forum. Koji Yamada of Sakura Motors delivered opening remarks.
    """,
    "Choi Jae-won, chairman of Hanul Energy Corp., visited Osaka and met Kim Do-yeon.",
    "Chey Jae-won, chairman of Hanul Energy Corp., said Daebo Holdings Corp. would join.",
  ]

  @Test("resolving the same extractions twice gives equal graphs")
  func twice() throws {
    let extractions = try Harness.extract(Self.documents)
    let first = try Harness.resolver().resolve(extractions)
    let second = try Harness.resolver().resolve(extractions)
    #expect(first.graph == second.graph)
    #expect(first.extractions == second.extractions)
    #expect(first.graph.entities.count >= 8)
  }

  @Test("the order documents come in does not matter")
  func order() throws {
    let extractions = try Harness.extract(Self.documents)
    let forward = try Harness.resolver().resolve(extractions)
    let backward = try Harness.resolver().resolve(extractions.reversed())
    let shuffled = try Harness.resolver().resolve([
      extractions[2], extractions[0], extractions[3], extractions[1],
    ])
    #expect(forward.graph == backward.graph)
    #expect(forward.graph == shuffled.graph)
    #expect(forward.graph.entities.map(\.id) == backward.graph.entities.map(\.id))
  }

  @Test("ids come from names, in canonical order")
  func ids() throws {
    let graph = try Harness.resolve(Self.documents).graph
    #expect(graph.entities.map(\.id) == graph.entities.map(\.id).sorted())
    #expect(graph.relations.map(\.key) == graph.relations.map(\.key).sorted())
    let yamada = try #require(graph.entities(named: "Yamada Koji").first)
    #expect(yamada.id == EntityID(type: .person, key: yamada.name))
    let kita = try #require(graph.entities(named: "KITA").first)
    #expect(kita.id.rawValue == "a-korea-international-trade-association")
  }
}

@Suite("Name matching")
struct NameMatchingTests {
  @Test("words fold case, hyphens and punctuation")
  func words() {
    #expect(NameMatching.words("Sohn Kyung-Shik") == ["sohn", "kyungshik"])
    #expect(NameMatching.words("Daebo Holdings Corp.") == ["daebo", "holdings", "corp"])
    #expect(NameMatching.words("Ministry of Trade, Industry and Energy").count == 6)
  }

  @Test("romanization variants of a family name share a key")
  func romanization() {
    #expect(NameMatching.romanizationKey("Chey Jae-won") == NameMatching.romanizationKey("Choi Jae-won"))
    #expect(NameMatching.romanizationKey("Rhee Min-su") == NameMatching.romanizationKey("Lee Min-su"))
    #expect(NameMatching.romanizationKey("Kim Min-su") != NameMatching.romanizationKey("Lee Min-su"))
  }

  @Test("initials and acronyms")
  func initials() {
    #expect(NameMatching.initials("Korea Hydrogen Business Council") == "KHBC")
    #expect(NameMatching.initials("Korea-Vietnam Chamber of Commerce") == "KVCC")
    #expect(NameMatching.isAcronym("KHBC"))
    #expect(!NameMatching.isAcronym("Kita"))
    #expect(!NameMatching.isAcronym("KITA Seoul"))
  }

  /// The byte-by-byte paths for ASCII names give what the scalar-by-scalar paths give, on
  /// random strings of letters, digits, spaces and punctuation.
  @Test("ASCII names are split and told as acronyms as the Unicode paths do")
  func asciiPathsAgree() {
    let alphabet = Array("AKZakz09 -'.,&()/_\t")
    var random = SplitMix64(seed: 7)
    for _ in 0..<5000 {
      let length = Int(random.next() % 16)
      let name = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
      #expect(NameMatching.asciiWords(name) == NameMatching.unicodeWords(name), "\(name)")
      #expect(NameMatching.asciiIsAcronym(name) == NameMatching.unicodeIsAcronym(name), "\(name)")
    }
  }
}

@Suite("Resolution: short forms and timelines")
struct ResolverTimelineTests {
  @Test("a possessive country prefix does not make another ministry")
  func possessivePrefix() throws {
    let graph = try Harness.resolve([
      "Japan's Economy Ministry said exports rose in May.",
      "An official of the Economy Ministry declined to comment on the data.",
    ]).graph
    let ministries = graph.entities.filter { $0.type == .government }
    #expect(ministries.map(\.name) == ["Economy Ministry"])
    #expect(ministries.first?.mentionCount == 2)
  }

  @Test("an affiliation stated on two dates is one relation as of the later one")
  func asOf() throws {
    let graph = try Harness.resolve([
      "SEOUL, June 3, 2025 — Kim Do-yeon, chairman of Hanul Energy Corp., visited Nagoya.",
      "SEOUL, March 14, 2024 — Kim Do-yeon, chairman of Hanul Energy Corp., visited Osaka.",
    ]).graph
    #expect(graph.documents.map(\.dateline) == ["2025-06-03", "2024-03-14"])
    let affiliations = graph.relations.filter { $0.predicate == .affiliatedWith }
    #expect(affiliations.count == 1)
    #expect(affiliations.first?.asOf == "2025-06-03")
    #expect(affiliations.first?.evidence.map(\.document) == ["doc1.txt", "doc2.txt"])
  }
}

@Suite("event identity")
struct EventIdentityTests {
  @Test("same name, ordinal and year, but other organizers: two events")
  func otherOrganizers() throws {
    let result = try Harness.resolve([
      "SEOUL, May 2, 2025 — The Korea Steel Association hosted the 9th Asia Steel Forum in Incheon.",
      "TOKYO, May 9, 2025 — The Japan Iron and Steel Federation hosted the 9th Asia Steel Forum in Kobe.",
    ])
    let events = result.graph.entities.filter { $0.type == .event }
    #expect(events.count == 2, "\(events.map(\.id))")
  }

  @Test("same name, ordinal and year, and a shared organizer: one event")
  func sharedOrganizer() throws {
    let result = try Harness.resolve([
      "SEOUL, May 2, 2025 — The Korea Steel Association hosted the 9th Asia Steel Forum in Incheon.",
      "SEOUL, May 3, 2025 — The Korea Steel Association hosted the 9th Asia Steel Forum with partners.",
    ])
    let events = result.graph.entities.filter { $0.type == .event }
    #expect(events.map(\.name) == ["9th Asia Steel Forum"])
  }
}
