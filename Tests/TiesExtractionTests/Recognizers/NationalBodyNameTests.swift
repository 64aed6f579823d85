import Testing
import TiesExtraction
import TiesModel

/// Names of national bodies and of the venues they meet in. Sentences of our own.
struct NationalBodyNameTests {
  @Test(
    "'the Polish Investment and Trade Agency': a country, fields joined by 'and', a body's head word name one body"
  )
  func fieldsJoinedByAnd() throws {
    let entities = try Harness.entities(
      "The pavilion was organised by the Polish Investment and Trade Agency (PAIH) and the Kenya Ports and Harbours Authority."
    )
    #expect(entities.contains(.government("Polish Investment and Trade Agency")))
    #expect(entities.contains(.government("Kenya Ports and Harbours Authority")))
    #expect(!entities.contains { $0.name == "Polish Investment" || $0.name == "Trade Agency" })
  }

  @Test("a complete name before 'and' still starts a list")
  func completeNameBeforeAnd() throws {
    let entities = try Harness.entities("Officials from Kenya Airways and Trade Agency staff met in Nairobi.")
    #expect(entities.contains(.company("Kenya Airways")))
  }

  @Test("'<City> International Conference Centre' is a venue, in either spelling")
  func conferenceCentre() throws {
    let entities = try Harness.entities(
      "The summit opened at the Accra International Conference Centre and moved to the Tema Congress Center.")
    #expect(entities.contains(.place("Accra International Conference Centre")))
    #expect(entities.contains(.place("Tema Congress Center")))
  }

  @Test("a short name of up to fourteen letters in parentheses names the body before it ('Afreximbank')")
  func longShortName() throws {
    let facts = try Harness.facts(
      "The forum was organised by the Baltic Export-Import Bank (Balteximbank). Balteximbank President Jon Lund spoke."
    )
    #expect(facts.entities.filter { $0.type == .company } == [.company("Baltic Export-Import Bank")])
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Baltic Export-Import Bank", "president")))
  }

  @Test("'Export Development Canada (EDC)': initials that are not the place's define no name of the place")
  func initialsOfABodyNamedWithAPlace() throws {
    let entities = try Harness.facts(
      "The mission is supported by Export Development Canada (EDC). Canada exports potash."
    ).entities
    #expect(entities.contains(.place("Canada")))
    #expect(!entities.contains { $0.type == .place && $0.name != "Canada" })
    let extraction = try Harness.extract(
      "The mission is supported by Export Development Canada (EDC). Canada exports potash.")
    #expect(!extraction.mentions.contains { $0.type == .place && $0.text == "EDC" })
  }

  @Test("initials, then a country or continent, name a body's national or regional arm ('SEMI Taiwan')")
  func initialsAndCountry() throws {
    let facts = try Harness.facts(
      "Terry Wen, president of KESTA Taiwan, spoke. VOLK Africa will supply fertiliser. Delegates from Asia met."
    )
    #expect(facts.entities.contains(.association("KESTA Taiwan")))
    #expect(facts.entities.contains(.association("VOLK Africa")))
    #expect(facts.entities.contains(.place("Asia")))
    #expect(facts.relations.contains(.affiliated("Terry Wen", "KESTA Taiwan", "president")))
  }

  @Test("a political party is an association: 'Janata Party', 'Communist Party of Vietnam'")
  func politicalParties() throws {
    let facts = try Harness.facts(
      "Arjun Rao MP, Member of Janata Party, spoke. The Communist Party of Vietnam met in Hanoi.")
    #expect(facts.entities.contains(.association("Janata Party")))
    #expect(facts.entities.contains(.association("Communist Party of Vietnam")))
    #expect(facts.relations.contains(.affiliated("Arjun Rao", "Janata Party", "member")))
  }

  @Test("a body's name, then its country, is its name: 'Private Sector Foundation Uganda'")
  func bodyNameEndingInCountry() throws {
    let facts = try Harness.facts(
      "Amina Mwakio, president of the Kestrel Growers Foundation Tanzania, spoke in Arusha.")
    #expect(facts.entities.contains(.association("Kestrel Growers Foundation Tanzania")))
    #expect(
      facts.relations.contains(
        .affiliated("Amina Mwakio", "Kestrel Growers Foundation Tanzania", "president")))
  }

  @Test("'the New Zealand-Tarvik Business Council': a place of two words opens a hyphenated pair")
  func placeOfTwoWordsBeforeHyphen() throws {
    let entities = try Harness.entities(
      "A reception was organised by the New Zealand-Tarvik Business Council.")
    #expect(entities.contains(.association("New Zealand-Tarvik Business Council")))
    // A word made of the place keeps describing: "New York-based" is no part of a name.
    let described = try Harness.entities("New York-based Tarvik Holdings said profits rose.")
    #expect(described.contains(.company("Tarvik Holdings")))
  }
}
