import Testing
import TiesExtraction
import TiesModel

/// Events, their organizers, venues and participants, written the ways world business news
/// writes them. Sentences of our own.
private let eventPatterns: [PatternCase] = [
  PatternCase(
    pattern: "the <Name> banquet: a gathering word in lower case after a name that names nothing else",
    text:
      "Trade envoy Lena Brightwater spoke at the Quorvan Tal banquet in Taipei. Officials met at the Seoul forum.",
    entities: [
      .person("Lena Brightwater"), .event("Quorvan Tal banquet"), .place("Taipei"), .place("Seoul"),
    ],
    relations: [
      .attended("Lena Brightwater", "Quorvan Tal banquet"), .heldIn("Quorvan Tal banquet", "Taipei"),
    ]),
  PatternCase(
    pattern: "The <Name> Week <year>: the sentence's first 'The' is not part of the name",
    text: "The Kestrel Trade Week 2025 will be held in Nairobi.",
    entities: [.event("Kestrel Trade Week 2025"), .place("Nairobi")],
    relations: [.heldIn("Kestrel Trade Week 2025", "Nairobi")]),
  PatternCase(
    pattern: "an ordinary word that starts the sentence before a gathering word names no event",
    text: "Energy forum delegates met in Riga. Mining summit talks ended in Tallinn.",
    entities: [.place("Riga"), .place("Tallinn")],
    relations: []),
  PatternCase(
    pattern: "<Person> won the <Name> Award: an award winner attended the article's event",
    text:
      "The 3rd Kestrel Business Awards were held in Nairobi on Friday. Industrialist Tobias Wrenfield won the Lifetime Achievement Award. Lena Brightwater won a contract in May.",
    entities: [
      .event("3rd Kestrel Business Awards"), .place("Nairobi"), .person("Tobias Wrenfield"),
      .person("Lena Brightwater"),
    ],
    relations: [
      .heldIn("3rd Kestrel Business Awards", "Nairobi"),
      .attended("Tobias Wrenfield", "3rd Kestrel Business Awards"),
    ]),
  PatternCase(
    pattern: "hosted by <Name>: a name without an organization word that hosts is an organization",
    text:
      "The 5th Gulf Aviation Summit opened in Amman on Monday. The event was hosted by Royal Kestrelian.",
    entities: [.event("5th Gulf Aviation Summit"), .place("Amman"), .company("Royal Kestrelian")],
    relations: [
      .organized("Royal Kestrelian", "5th Gulf Aviation Summit"),
      .heldIn("5th Gulf Aviation Summit", "Amman"),
    ]),
  PatternCase(
    pattern: "an event named after its organizer's acronym",
    text: """
      The Baltic Grain Federation (BGF) met in Riga. The 9th BGF General Assembly elected a new board.
      """,
    entities: [
      .association("Baltic Grain Federation"), .place("Riga"), .event("9th BGF General Assembly"),
    ],
    relations: [.organized("Baltic Grain Federation", "9th BGF General Assembly")]),
  PatternCase(
    pattern: "the Chamber's <event>: a short form of the chamber's name elsewhere is no second chamber",
    text: """
      The Tarvik Chamber of Commerce re-elected Anna Berglund as its Chairperson during the Chamber’s \
      12th Annual General Meeting on Thursday. The board of the Tarvik Chamber met afterwards.
      """,
    entities: [
      .association("Tarvik Chamber of Commerce"), .person("Anna Berglund"),
      .event("12th Annual General Meeting"),
    ],
    relations: [
      .organized("Tarvik Chamber of Commerce", "12th Annual General Meeting"),
      .affiliated("Anna Berglund", "Tarvik Chamber of Commerce", "chairperson"),
      .attended("Anna Berglund", "12th Annual General Meeting"),
    ]),
  PatternCase(
    pattern: "held in the city of <Name>: a name after a lower-case place word and 'of' is a place",
    text: "The 12th Kestrel Banking Convention opened on Monday in the coastal town of Tarvik.",
    entities: [.event("12th Kestrel Banking Convention"), .place("Tarvik")],
    relations: [.heldIn("12th Kestrel Banking Convention", "Tarvik")]),
  PatternCase(
    pattern: "the second <Name> Exhibition: an ordinal in lower-case words right before a name",
    text: """
      The second Kestrel Food World Exhibition opened in Riga on Monday. It is the second largest \
      Trade Fair in the region.
      """,
    entities: [.event("Second Kestrel Food World Exhibition"), .place("Riga")],
    relations: [.heldIn("Second Kestrel Food World Exhibition", "Riga")]),
  PatternCase(
    pattern: "representing <title> <Person>, on behalf of <title> <Person>: named, not present",
    text: """
      On behalf of Governor Jon Lund, Anna Berg opened the 5th Tarvik Trade Forum on Tuesday. Erik Dahl, \
      representing President Maria Holm, also spoke at the forum.
      """,
    entities: [
      .person("Jon Lund"), .person("Anna Berg"), .event("5th Tarvik Trade Forum"), .person("Erik Dahl"),
      .person("Maria Holm"),
    ],
    relations: [
      .attended("Anna Berg", "5th Tarvik Trade Forum"), .attended("Erik Dahl", "5th Tarvik Trade Forum"),
    ]),
  PatternCase(
    pattern: "at the invitation of <nationality> <title> <Person> to attend: the host, not a guest",
    text:
      "Anna Berg flew to Riga at the invitation of Latvian Premier Ilze Ozola to attend the 5th Tarvik Trade Forum.",
    entities: [
      .person("Anna Berg"), .place("Riga"), .person("Ilze Ozola"), .event("5th Tarvik Trade Forum"),
    ],
    relations: [.attended("Anna Berg", "5th Tarvik Trade Forum")]),
  PatternCase(
    pattern: "an event proposed ('launching the <event>') is not the article's event",
    text: """
      The Tarvik Business Council has urged the government to consider launching the Tarvik-Kestrel \
      Business Dialogue.
      During a visit to Riga, a delegation of the council met Finance Minister Jon Lund.
      """,
    entities: [
      .association("Tarvik Business Council"), .event("Tarvik-Kestrel Business Dialogue"), .place("Riga"),
      .person("Jon Lund"),
    ],
    relations: []),
  PatternCase(
    pattern:
      "a dateline's place is no sentence of the body: the event of the third sentence is the article's",
    text: """
      RIGA, March 3, 2025 — The Tarvik Grain Society elected Anna Berg as its president on Monday.
      She replaces Erik Dahl, who had led the society since 2021.
      The vote took place during the 33rd General Assembly of the society.
      Trade Minister Jon Lund attended the assembly.
      """,
    entities: [
      .place("Riga"), .association("Tarvik Grain Society"), .person("Anna Berg"), .person("Erik Dahl"),
      .event("33rd General Assembly"), .person("Jon Lund"),
    ],
    relations: [
      .affiliated("Anna Berg", "Tarvik Grain Society", "president"),
      .organized("Tarvik Grain Society", "33rd General Assembly"),
      .attended("Jon Lund", "33rd General Assembly"), .heldIn("33rd General Assembly", "Riga"),
    ]),
  PatternCase(
    pattern: "a numbered event of ordinary words is named with the organization after 'of'",
    text: "The 12th Annual General Meeting of the Baltic Grain Federation opened in Riga on Monday.",
    entities: [
      .event("12th Annual General Meeting of the Baltic Grain Federation"),
      .association("Baltic Grain Federation"), .place("Riga"),
    ],
    relations: [
      .organized("Baltic Grain Federation", "12th Annual General Meeting of the Baltic Grain Federation"),
      .heldIn("12th Annual General Meeting of the Baltic Grain Federation", "Riga"),
    ]),
  PatternCase(
    pattern: "'<Org> has scheduled its <event>' and the event's venue in an announcement",
    text:
      "The Baltic Grain Federation has scheduled its 13th Grain Trade Forum, which will be held in Tallinn.",
    entities: [.association("Baltic Grain Federation"), .event("13th Grain Trade Forum"), .place("Tallinn")],
    relations: [
      .organized("Baltic Grain Federation", "13th Grain Trade Forum"),
      .heldIn("13th Grain Trade Forum", "Tallinn"),
    ]),
  PatternCase(
    pattern: "'in the presence of' makes the people named attendees; 'started in' locates the event",
    text: """
      The 5th Nordic Fisheries Summit started in Bergen in the presence of Minister of Fisheries Ingrid \
      Solberg and Priya Venkataraman.
      """,
    entities: [
      .event("5th Nordic Fisheries Summit"), .place("Bergen"), .person("Ingrid Solberg"),
      .person("Priya Venkataraman"),
    ],
    relations: [
      .heldIn("5th Nordic Fisheries Summit", "Bergen"),
      .attended("Ingrid Solberg", "5th Nordic Fisheries Summit"),
      .attended("Priya Venkataraman", "5th Nordic Fisheries Summit"),
    ]),
  PatternCase(
    pattern: "coordinated titles before a name make one role: '<Org> president and chief executive <Person>'",
    text: "Halvorsen Holdings president and chief executive Ingrid Solberg said exports rose.",
    entities: [.company("Halvorsen Holdings"), .person("Ingrid Solberg")],
    relations: [.affiliated("Ingrid Solberg", "Halvorsen Holdings", "president and ceo")]),
]

struct EventPatternTests {
  @Test("extraction and resolution of one event pattern", arguments: eventPatterns)
  func pattern(_ c: PatternCase) throws {
    try c.check()
  }
}

/// How events are named. Sentences of our own.
struct EventNameTests {
  private func events(_ text: String) throws -> [String] {
    try Harness.facts(text).entities.filter { $0.type == .event }.map(\.name).sorted()
  }

  @Test("an ordinal in words before capitalized words and an event word names an event")
  func spelledOrdinals() throws {
    #expect(
      try events("The Third Nordic-Baltic Shipping Dialogue opened on Monday.") == [
        "Third Nordic-Baltic Shipping Dialogue"
      ])
    #expect(try events("It was the first meeting of the year.").isEmpty)
    #expect(
      try events("The Federation wrapped up its fortieth annual Kestrel mission.") == [
        "Fortieth annual Kestrel mission"
      ])
  }

  @Test("missions and banquets are events; names joined by a slash stay one name")
  func missionsAndSlashes() throws {
    let facts = try Harness.facts(
      "The 12th Estonia/Latvia Business Council trade mission left Riga on Monday.")
    #expect(facts.entities.contains(.event("12th Estonia/Latvia Business Council trade mission")))
  }

  @Test("an organization's name and an event word after it name its event, which it organized")
  func organizationEvents() throws {
    let facts = try Harness.facts("Traders met at the Baltic Grain Federation annual convention in Riga.")
    #expect(facts.entities.contains(.event("Baltic Grain Federation annual convention")))
    #expect(
      facts.relations.contains(
        .organized("Baltic Grain Federation", "Baltic Grain Federation annual convention")))
    #expect(facts.relations.contains(.heldIn("Baltic Grain Federation annual convention", "Riga")))
  }
}

/// Venues and organizers named indirectly. Sentences of our own.
struct IndirectEventTests {
  @Test("a trip to a place for an event locates the event")
  func tripForEvent() throws {
    let facts = try Harness.facts(
      "Tobias Wrenfield led a team of exporters to Tallinn for the 3rd Baltic Grain Summit.")
    #expect(facts.relations.contains(.heldIn("3rd Baltic Grain Summit", "Tallinn")))
  }

  @Test("'the Federation' refers to the one federation the article names, and organized its meeting")
  func definiteReference() throws {
    let facts = try Harness.facts(
      "The Baltic Grain Federation elected a new board during the Federation’s 12th Annual General Meeting.")
    #expect(
      facts.relations.contains(.organized("Baltic Grain Federation", "12th Annual General Meeting")))
    #expect(!facts.entities.contains { $0.name == "Federation" })
  }

  @Test("an acronym aside of several tokens before 'of <Org>'")
  func longAside() throws {
    let facts = try Harness.facts(
      "Delegates attended the 50th Baltic Business Conference and Expo (BBC&E) of the Baltic Grain Federation."
    )
    #expect(
      facts.relations.contains(
        .organized("Baltic Grain Federation", "50th Baltic Business Conference and Expo")))
  }

  @Test("a trade mission to a named fair: who organized the mission did not organize the fair")
  func missionToAFair() throws {
    let facts = try Harness.facts(
      "Twelve exporters joined a trade mission to the Kestrel Food Fair in Munich. The mission was organised by the Baltic Grain Federation."
    )
    #expect(facts.relations.contains(.heldIn("Kestrel Food Fair", "Munich")))
    #expect(!facts.relations.contains { $0.predicate == .organized })
  }

  @Test("an unnamed event with a place of its own ends the places of the named event before it")
  func unnamedEventEndsVenues() throws {
    let facts = try Harness.facts(
      "The exporters visited the Kestrel Food Fair in Munich and a business forum in Hamburg.")
    #expect(facts.relations.contains(.heldIn("Kestrel Food Fair", "Munich")))
    #expect(!facts.relations.contains(.heldIn("Kestrel Food Fair", "Hamburg")))
  }

  @Test("a venue written with the possessive of its city")
  func possessiveVenue() throws {
    let facts = try Harness.facts(
      "The 7th Baltic Shipping Expo will be held at the Athens' Harbour Exhibition Centre.")
    #expect(
      facts.relations.contains(.heldIn("7th Baltic Shipping Expo", "Athens' Harbour Exhibition Centre")))
  }
}

struct CapitalizedReferenceTests {
  @Test("'the Forum' alone refers to the article's event")
  func capitalizedReference() throws {
    let facts = try Harness.facts("The 3rd Baltic Trade Forum opened on Monday. The Forum was held in Riga.")
    #expect(facts.relations.contains(.heldIn("3rd Baltic Trade Forum", "Riga")))
  }
}

struct MoreAttendanceTests {

  @Test("'At the start of the meeting, X outlined …': what happened at the article's event")
  func atTheStartOfTheMeeting() throws {
    #expect(
      try Harness.attendees(
        "The 9th Baltic Grain Summit opened in Riga. At the start of the meeting, Ingrid Solberg outlined the plans."
      ) == ["Ingrid Solberg"])
  }

  @Test("signatories, speakers scheduled, a session with people, 'in the team are'")
  func moreCues() throws {
    #expect(
      try Harness.attendees(
        "The 9th Baltic Grain Summit opened in Riga. The accord was signed by Tobias Wrenfield and Ingrid Solberg."
      ) == ["Ingrid Solberg", "Tobias Wrenfield"])
    #expect(
      try Harness.attendees("Tobias Wrenfield is scheduled to speak at the 9th Baltic Grain Summit.") == [
        "Tobias Wrenfield"
      ])
    #expect(
      try Harness.attendees(
        "The 9th Baltic Grain Summit opened in Riga. Also in the team are Tobias Wrenfield, a banker; and Ingrid Solberg."
      ) == ["Ingrid Solberg", "Tobias Wrenfield"])
  }
}

struct CountryVenueTests {
  @Test("where an event has a city, the country it lies in is no venue of its own")
  func countryDropped() throws {
    let facts = try Harness.facts("The 4th Baltic Grain Summit was held in Riga, Latvia, on Monday.")
    #expect(facts.relations.contains(.heldIn("4th Baltic Grain Summit", "Riga")))
    #expect(!facts.relations.contains { $0.predicate == .heldIn && $0.object == "Latvia" })
  }

  @Test("well-known bodies by acronym: international organizations and national business federations")
  func knownBodies() throws {
    let found = try Harness.facts("Officials of ICAO met the CII and the CGEM in Rabat.").entities
    #expect(found.contains(.government("International Civil Aviation Organization")))
    #expect(found.contains(.association("Confederation of Indian Industry")))
    #expect(found.contains(.association("General Confederation of Moroccan Enterprises")))
  }
}

struct TitleReferenceTests {
  @Test("'the minister' is the one person the article called minister, and her attendance follows")
  func theMinister() throws {
    let result = try Harness.resolve([
      (
        "a.txt",
        """
        The 5th Baltic Grain Forum opened in Riga on Monday. Trade Minister Ingrid Solberg met exporters \
        before the opening. In the afternoon the minister addressed the forum.
        """
      )
    ])
    let facts = Harness.facts(of: result.graph)
    #expect(facts.relations.contains(.attended("Ingrid Solberg", "5th Baltic Grain Forum")))
    #expect(result.graph.entities.filter { $0.type == .person }.count == 1)
  }
}

/// Event names made only of English words. Sentences of our own.
struct EnglishWordEventNameTests {
  @Test("a gathering's name of English words before 'Summit', 'Conference' or 'Forum on' is an event")
  func namedInEnglishWords() throws {
    let found = try Harness.entities(
      """
      Ministers gathered in Oslo for the Global Energy Summit. Jane Porter spoke at the World Forum on \
      Trade in Geneva. Tom Becker opened the Future Mobility Conference.
      """)
    #expect(found.contains(.event("Global Energy Summit")))
    #expect(found.contains(.event("World Forum on Trade")))
    #expect(found.contains(.event("Future Mobility Conference")))
    #expect(!found.contains(.place("World Forum on Trade")))
  }

  @Test(
    "kinds of gatherings and title-case headlines name no event",
    arguments: [
      "The Annual Conference of the guild opened on Monday.",
      "The firm called a Press Conference in the afternoon.",
      "Shareholders met at the Annual General Meeting and later in a Private Session.",
      "Ministers Gather For Energy Summit\n\nOfficials arrived on Monday.",
    ])
  func kindsOfGatherings(_ text: String) throws {
    let events = try Harness.entities(text).filter { $0.type == .event }
    #expect(events.isEmpty, "\(events)")
  }
}

struct FrontedOrganizerTests {
  @Test("'Organised by X and Y, the <event> …' names the event the hosts organized")
  func frontedOrganizers() throws {
    let facts = try Harness.facts(
      """
      The 3rd Baltic Trade Forum opened in Riga on Monday. Jointly organised by the Nordic Business Council \
      and Orbisoft Corp., the Future Mobility Conference drew 500 delegates.
      """)
    #expect(facts.relations.contains(.organized("Nordic Business Council", "Future Mobility Conference")))
    #expect(facts.relations.contains(.organized("Orbisoft Corp.", "Future Mobility Conference")))
    #expect(!facts.relations.contains(.organized("Nordic Business Council", "3rd Baltic Trade Forum")))
  }

  @Test("an organization in a title before a name is the person's, not a host of what they open")
  func titleOrganizationIsNoHost() throws {
    let titled = try Harness.facts(
      "Kenyan Trade Minister Jane Wanjiru and Kestrel Holdings chairman Tom Becker opened the 4th Andean Mining Summit."
    )
    #expect(!titled.relations.contains { $0.predicate == .organized })
    #expect(titled.relations.contains(.affiliated("Tom Becker", "Kestrel Holdings", "chairman")))
    let host = try Harness.facts("Kestrel Holdings opened the 4th Andean Mining Summit in Lima.")
    #expect(host.relations.contains(.organized("Kestrel Holdings", "4th Andean Mining Summit")))
  }
}
