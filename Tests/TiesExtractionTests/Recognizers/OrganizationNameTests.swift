import Testing
import TiesExtraction
import TiesModel

/// Organizations written the ways world business news writes them. Sentences of our own.
struct OrganizationNameTests {

  @Test("a capitalized legal form of any country closes a company's name")
  func legalForms() throws {
    let found = try Harness.entities(
      "Kestrel Holdings PLC, Marang Bhd and Vireo Systems AG signed the accord.")
    #expect(found.contains(.company("Kestrel Holdings PLC")))
    #expect(found.contains(.company("Marang Bhd")))
    #expect(found.contains(.company("Vireo Systems AG")))
    // A dotted legal form after a known place's name: one company, not the place.
    let dotted = try Harness.entities("Karim Haddad, CEO of the Gulf Trading L.L.C., spoke.")
    #expect(dotted.contains(.company("Gulf Trading L.L.C.")))
    #expect(!dotted.contains(.place("Gulf")))
  }

  @Test("ordinary words after 'and' go on with a venue or a name without a head of its own")
  func namesGoingOnAfterAnd() throws {
    let venue = try Harness.entities("The gala was held at the Lakeside Golf Hotel and Country Club.")
    #expect(venue.contains(.place("Lakeside Golf Hotel and Country Club")))
    #expect(!venue.contains(.association("Country Club")))
    let centre = try Harness.entities("Grants went to the Kestrel Business Incubation and Innovation Centre.")
    #expect(centre.map(\.name).contains("Kestrel Business Incubation and Innovation Centre"))
    // A name of its own after "and" is a second organization.
    let two = try Harness.entities("The Lakeside Golf Hotel and Vireo Systems AG signed the accord.")
    #expect(two.contains(.company("Vireo Systems AG")))
    // A person's name before "and" is no part of a name.
    let person = try Harness.entities("Grants went to Tobias Wrenfield and Innovation Centre staff.")
    #expect(person.contains(.person("Tobias Wrenfield")))
  }

  @Test("bodies counted in the plural are no named body; a plural head names one")
  func pluralBodies() throws {
    let found = try Harness.entities(
      "Letters from numerous Norvian Chambers of Commerce reached the Associated Chambers of Commerce.")
    #expect(found == [.association("Associated Chambers of Commerce")])
  }

  @Test("partners' names joined by '&' name a firm, also after 'at'")
  func ampersandFirms() throws {
    #expect(
      try Harness.entities("She was a partner at Tolland & Verney.").contains(.company("Tolland & Verney")))
  }

  @Test("connectors after an organization word continue its name")
  func nestedConnectors() throws {
    let found = try Harness.entities(
      "The Federation of Banks of Estonia and the Council for the Promotion of Baltic Trade met.")
    #expect(found.contains(.association("Federation of Banks of Estonia")))
    #expect(found.contains(.association("Council for the Promotion of Baltic Trade")))
  }

  @Test("'on' continues a committee's name but not other names")
  func committeeOn() throws {
    let found = try Harness.entities(
      "The Senate Committee on Finance questioned Halvorsen Holdings on Monday.")
    #expect(found.contains(.government("Senate Committee on Finance")))
    #expect(found.contains(.company("Halvorsen Holdings")))
  }

  @Test("a day or a month after 'on' is a date, not the rest of a name")
  func dateAfterOn() throws {
    let found = try Harness.entities(
      "Delegates met at the Harbin Trade Forum on Monday, and the Senate Committee on March 4.")
    #expect(found.contains(.event("Harbin Trade Forum")))
    #expect(!found.contains { $0.name.hasSuffix("on Monday") || $0.name.hasSuffix("on March") })
  }

  @Test("a name after a title and 'of', or in a list of carmakers, is an organization")
  func organizationContext() throws {
    let found = try Harness.entities(
      "Priya Venkataraman, co-founder of Quorvex, said carmakers such as Veltra, Moranza and Kesh are buyers."
    )
    #expect(found.contains(.company("Quorvex")))
    #expect(found.contains(.company("Veltra")))
    #expect(found.contains(.company("Moranza")))
    #expect(found.contains(.company("Kesh")))
  }

  @Test("the last two items of a list are split at 'and'")
  func listEnd() throws {
    let found = try Harness.entities("Sponsors were Kestrel Holdings, Vireo Foods and Marang Paints Limited.")
    #expect(found.contains(.company("Vireo Foods")))
    #expect(found.contains(.company("Marang Paints Limited")))
  }
}

/// The place a dateline opens the body with is the venue of the article's event.
struct DatelineVenueTests {
  @Test("'RIGA, <date> —' locates the article's event when no sentence does")
  func datelineVenue() throws {
    let facts = try Harness.facts(
      """
      Grain traders gather for annual assembly

      RIGA, March 3, 2025 — The 9th Baltic Grain Assembly drew 400 traders on Monday.
      """)
    #expect(facts.relations.contains(.heldIn("9th Baltic Grain Assembly", "Riga")))
  }
}

/// Names that look like venues, possessors or parts of longer names. Sentences of our own.
struct NameContextTests {

  @Test("a bilateral chamber's short form opens an association's name, also after 'at the'")
  func bilateralChambers() throws {
    let found = try Harness.entities("Members met at the AmCham Lisbon’s 2024 Annual General Meeting.")
    #expect(found.contains(.association("AmCham Lisbon")))
    #expect(!found.contains(.place("AmCham Lisbon")))
  }

  @Test("a list of businesses after 'companies such as' or 'executives from' holds companies")
  func businessLists() throws {
    let found = try Harness.entities("Oil companies such as Shell, Vetrolia and PKN cut output.")
    #expect(found.contains(.company("Shell")))
    #expect(found.contains(.company("Vetrolia")))
    #expect(found.contains(.company("PKN")))
    let met = try Harness.entities("The governor met executives from Tarvona and Quillex in Lima.")
    #expect(met.contains(.company("Tarvona")))
    #expect(met.contains(.company("Quillex")))
  }

  @Test("one word in parentheses before a legal suffix belongs to the company's name")
  func parenthesizedWordBeforeLegalSuffix() throws {
    let facts = try Harness.facts(
      "Arjun Patel, Director, Harbour Realty (Lanka) Ltd., and Leela Nair, Chairperson, Vardhan Mills (Pvt) Limited, spoke."
    )
    #expect(facts.entities.contains(.company("Harbour Realty (Lanka) Ltd.")))
    #expect(facts.entities.contains(.company("Vardhan Mills (Pvt) Limited")))
    #expect(!facts.entities.contains(.place("Lanka")))
    #expect(facts.relations.contains(.affiliated("Leela Nair", "Vardhan Mills (Pvt) Limited", "chairperson")))
  }

  @Test("'Former' opening a sentence is no part of the organization after it")
  func formerBeforeOrganization() throws {
    let facts = try Harness.facts("Former Halden Resources chief executive Tom Becker joined the board.")
    #expect(facts.entities.contains(.company("Halden Resources")))
    #expect(!facts.entities.contains(.company("Former Halden Resources")))
    #expect(facts.relations.contains(.affiliated("Tom Becker", "Halden Resources", "ceo")))
  }

  @Test("names ending in 'International' are organizations")
  func international() throws {
    #expect(
      try Harness.entities("Harbour Towns International signed the accord.").contains(
        .association("Harbour Towns International")))
  }

  @Test("'Republic of' opens a country's name")
  func republicOf() throws {
    #expect(
      try Harness.entities("Exports to the Republic of Veloria rose.").contains(.place("Republic of Veloria"))
    )
  }

  @Test("an event name stops one or two words after 'and'")
  func eventNameAfterAnd() throws {
    let found = try Harness.entities(
      "The federation scheduled its 46th Annual General Meeting and Exporters Annual lecture/Presidential Luncheon."
    )
    #expect(found.contains(.event("46th Annual General Meeting")))
    let conference = try Harness.entities("The 50th Baltic Business Conference and Expo opened.")
    #expect(conference.contains(.event("50th Baltic Business Conference and Expo")))
  }

  @Test("a gerund opening a quotation is not part of the name after it")
  func gerundInQuotation() throws {
    let found = try Harness.entities("He said \"Hosting the BGF Annual Forum here is an honour.\"")
    #expect(found.contains(.event("BGF Annual Forum")))
  }
}

/// Public bodies, organs, acronyms spelled by initials. Sentences of our own.
struct PublicBodyAndAcronymTests {

  @Test("'and the' ends a ministry's name before an 'and' inside it is judged")
  func andTheFirst() throws {
    let found = try Harness.entities(
      "The Ministry of Industry and Trade of Veloria and the Baltic Grain Federation signed a memorandum.")
    #expect(found.contains(.government("Ministry of Industry and Trade of Veloria")))
    #expect(found.contains(.association("Baltic Grain Federation")))
    #expect(!found.contains(.government("Ministry of Industry")))
  }

  @Test("initials before a cabinet title name a department; before another title, an association")
  func initialsBeforeTitles() throws {
    let facts = try Harness.facts("Speakers included DPWX Secretary Rafael Cruz and ZQMA President Jane Doe.")
    #expect(facts.entities.contains(.government("DPWX")))
    #expect(facts.entities.contains(.association("ZQMA")))
    #expect(facts.relations.contains(.affiliated("Rafael Cruz", "DPWX", "secretary")))
    #expect(facts.relations.contains(.affiliated("Jane Doe", "ZQMA", "president")))
  }

  @Test("a council named after a country without a business word is a public body")
  func publicCouncils() throws {
    let found = try Harness.entities(
      "The Estonian Export Promotion Council and the Estonia Business Council met.")
    #expect(found.contains(.government("Estonian Export Promotion Council")))
    #expect(found.contains(.association("Estonia Business Council")))
  }

  @Test("a board's directors or governors are no entity of their own")
  func organs() throws {
    #expect(try Harness.entities("The Board of Directors met in Riga.") == [.place("Riga")])
  }

  @Test("words before an acronym that spell it by their initials are one organization")
  func acronymByInitials() throws {
    let found = try Harness.entities(
      "The Association for Trade with Northern Countries (ATNC) opened an office.")
    #expect(found.contains(.association("Association for Trade with Northern Countries")))
  }

  /// "KCCI" is a body the built-in lexicon knows (the Korea Chamber of Commerce and Industry):
  /// an article that gives the acronym to another chamber means that chamber by it.
  @Test("an acronym the article defines names its own body, not the lexicon's of that acronym")
  func definedAcronymOverridesKnownBody() throws {
    let found = try Harness.entities(
      "The Kestrel Chamber of Commerce and Industry (KCCI) met in Kampala. The KCCI has 4,000 members.")
    #expect(found == [.association("Kestrel Chamber of Commerce and Industry"), .place("Kampala")])
  }

  @Test("after '<title> of', a portfolio of ordinary words, then the title's holder")
  func nameAfterPortfolio() throws {
    let facts = try Harness.facts("The Minister of Economic Affairs Zorvan Quorvel opened the fair.")
    #expect(facts.entities.contains(.person("Zorvan Quorvel")))
  }
}

struct AttendanceCueTests {
  @Test("'Members of the team include …' and 'were also present' make attendees")
  func teamsAndPresence() throws {
    let facts = try Harness.facts(
      """
      The 4th Baltic Grain Summit opened in Riga on Monday. Members of the team include Governor \
      Priya Venkataraman of Latgale. Tobias Wrenfield and Ingrid Solberg were also present at the opening.
      """)
    let attendees = facts.relations.filter { $0.predicate == .attended }.map(\.subject).sorted()
    #expect(attendees == ["Ingrid Solberg", "Priya Venkataraman", "Tobias Wrenfield"])
  }
}

struct ContextTypeTests {
  @Test("a name typed from its context in one sentence is that organization in the others")
  func repeatedName() throws {
    let facts = try Harness.facts(
      "The 3rd Baltic Grain Summit, organised by the Riga Chamber of Commerce in partnership with "
        + "Quorvexa, opened in Riga. Quorvexa President Ingrid Solberg spoke.")
    #expect(facts.relations.contains(.organized("Quorvexa", "3rd Baltic Grain Summit")))
    #expect(facts.relations.contains(.affiliated("Ingrid Solberg", "Quorvexa", "president")))
  }

  @Test("a lone acronym known only from its context is an association; a word is a company")
  func acronymsInContext() throws {
    let facts = try Harness.facts("BGFX Vice President Ingrid Solberg met Quorvex CEO Tobias Wrenfield.")
    #expect(facts.entities.contains(.association("BGFX")))
    #expect(facts.entities.contains(.company("Quorvex")))
  }
}

struct BodyWordTests {

  @Test("a body word with 'of' inside the name outweighs a company word at its end")
  func bodyWordBeforeOf() throws {
    let found = try Harness.entities(
      "The Pan Baltic Association of Industries and the Nordic Chamber of Shipping met.")
    #expect(found.contains(.association("Pan Baltic Association of Industries")))
    #expect(found.contains(.association("Nordic Chamber of Shipping")))
  }

  @Test("an investment fund is a company, a fund of other ends an association")
  func funds() throws {
    let found = try Harness.entities(
      "The Kestrel Growth Fund and the Quorvan Sovereign Wealth Fund backed the Baltic Scholarship Fund.")
    #expect(
      found == [
        .company("Kestrel Growth Fund"), .company("Quorvan Sovereign Wealth Fund"),
        .association("Baltic Scholarship Fund"),
      ])
  }

  @Test("where a business is based or listed, written before its name, is not part of it")
  func placeAdjectiveBeforeName() throws {
    let found = try Harness.entities(
      "Volta Capital signed a deal with Lagos-based Ikeja Holdings and Tokyo-listed Hoshino Corp.")
    #expect(
      found == [.company("Volta Capital"), .company("Ikeja Holdings"), .company("Hoshino Corp.")])
  }

  @Test("a nationality and a portfolio before a minister's title name no business")
  func nationalPortfolio() throws {
    let found = try Harness.entities(
      "Ugandan Energy Minister Zorvan Quorvel met British Airways Chairman Tobias Wrenfield.")
    #expect(
      found == [.person("Zorvan Quorvel"), .company("British Airways"), .person("Tobias Wrenfield")])
  }

  @Test("'Club de …': a body word before a Romance 'of'")
  func romanceOf() throws {
    #expect(
      try Harness.entities("He spoke at the Club de Exportadores.").contains(
        .association("Club de Exportadores")))
  }

  @Test("an event's acronym in parentheses names the event")
  func eventAcronym() throws {
    let facts = try Harness.facts(
      "The 5th Baltic Grain Summit (BGS) opened in Riga. The BGS drew 300 traders.")
    #expect(!facts.entities.contains { $0.name == "BGS" && $0.type != .event })
  }

  @Test("after a title, a name that ends like a town is a person's")
  func nameAfterTitle() throws {
    let facts = try Harness.facts("The state energy minister Zorvan Whitby spoke.")
    #expect(facts.entities.contains(.person("Zorvan Whitby")))
  }

  @Test("a generational suffix written as an ordinal stays in the name")
  func ordinalSuffix() throws {
    let facts = try Harness.facts(
      "The panel includes Myron “Mike” Wrenfield 3rd, chairman of Kestrel Holdings.")
    #expect(facts.entities.contains(.person("Myron “Mike” Wrenfield 3rd")))
  }
}

struct ListEndAndCompanyWordTests {
  @Test("'sponsors were A and B Limited': the last two items of a list after 'were'")
  func listAfterWere() throws {
    let facts = try Harness.facts("Other sponsors were KVT Stanbic and Marang Paints Kenya Limited.")
    #expect(facts.entities.contains(.company("Marang Paints Kenya Limited")))
    #expect(!facts.entities.contains { $0.name.contains(" and ") })
  }

  @Test("company words of many trades")
  func companyWords() throws {
    let facts = try Harness.facts("Gulf Star Airways and Baltic Realty signed the deal.")
    #expect(facts.entities.contains(.company("Gulf Star Airways")))
    #expect(facts.entities.contains(.company("Baltic Realty")))
  }
}

struct ProvinceTests {
  @Test("provinces as English news writes them, alone and with 'Province'")
  func provinces() throws {
    let found = try Harness.facts("Exports from Heilongjiang Province and Guangxi rose.").entities
    #expect(found.contains(.place("Heilongjiang Province")))
    #expect(found.contains(.place("Guangxi")))
  }
}

struct VenueWordTests {
  @Test("a venue word in lower case after a venue's name is part of it; a city stays a city")
  func lowercaseVenueWord() throws {
    let found = try Harness.facts(
      "The gala was held at the Harbour Lights Plaza hotel. He stayed in a Riga hotel."
    ).entities
    #expect(found.contains(.place("Harbour Lights Plaza hotel")))
    #expect(found.contains(.place("Riga")))
  }

  @Test("after a title, a three-word name is a person's even when its first word is an English word")
  func titleThenName() throws {
    let found = try Harness.facts("President Bola Zorvan Quorvel arrived.").entities
    #expect(found.contains(.person("Bola Zorvan Quorvel")))
  }
}

struct BrandContractionTests {
  @Test("'’n' joins a brand's name; a venue word alone names no venue")
  func contractionAndVenueWord() throws {
    let found = try Harness.facts("Retailers such as Pick ’n Save Stores Ltd. met in the Convention Center.")
      .entities
    #expect(found.contains(.company("Pick 'n Save Stores Ltd.")))
    #expect(!found.contains { $0.name == "Convention Center" })
  }
}

struct RomanceAndPortfolioTests {
  @Test("body words of Latin America's and Europe's languages open a name before 'de'")
  func romanceBodyWords() throws {
    let found = try Harness.facts("Carlos Ibarra of Banco de Tarapacá met the Cámara de Comercio de Lima.")
      .entities
    #expect(found.contains(.company("Banco de Tarapacá")))
    #expect(found.contains(.association("Cámara de Comercio de Lima")))
  }

  @Test("after '<title> of <portfolio>', a name of up to four words, some of them also English words")
  func longNameAfterPortfolio() throws {
    let found = try Harness.facts("Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan arrived.")
      .entities
    #expect(found.contains(.person("Nguyen Sinh Nhat Tan")))
  }

  @Test("'Also attending were …': the people after the cue attended")
  func attendingWere() throws {
    let facts = try Harness.facts(
      "The 3rd Baltic Grain Forum opened in Riga. Also attending were Tobias Wrenfield and Ingrid Solberg.")
    let attendees = facts.relations.filter { $0.predicate == .attended }.map(\.subject).sorted()
    #expect(attendees == ["Ingrid Solberg", "Tobias Wrenfield"])
  }
}
