import Testing
import TiesExtraction
import TiesModel

/// Where events took place, said indirectly. Articles of our own.
struct VenueTests {
  @Test("'the <Event> here' in wire copy: the event took place in the dateline's city")
  func eventHere() throws {
    let article = """
      RIGA, March 2 (Staff) - Latvian sawmills signed three supply contracts with Finnish buyers on Monday.

      The contracts cover sawn timber and wood pellets.

      Prices for pellets rose by a tenth last year.

      Economy minister Andris Kalnins will open the 12th Baltic Timber Expo (BTE) here on Tuesday.
      """
    #expect(try Harness.facts(article).relations.contains(.heldIn("12th Baltic Timber Expo", "Riga")))
    // Without a dateline, "here" points nowhere.
    let undated = article.replacingOccurrences(of: "RIGA, March 2 (Staff) - ", with: "")
    #expect(try !Harness.facts(undated).relations.contains { $0.predicate == .heldIn })
  }

  @Test("a mission takes place where it goes: '<Nth> Kestrel trade mission to Washington'")
  func missionDestination() throws {
    let facts = try Harness.facts(
      "The Baltic Grain Federation sent its 40th Kestrel trade mission to Washington.")
    #expect(facts.relations.contains(.heldIn("40th Kestrel trade mission", "Washington")))
    #expect(facts.relations.contains(.organized("Baltic Grain Federation", "40th Kestrel trade mission")))
  }

  @Test("a place's name inside an award's ('the Riga Award') names no place")
  func awardNamedAfterAPlace() throws {
    let places = try Harness.facts("Winners took the Riga Award and the Tallinn Prize at a gala in Vilnius.")
      .entities.filter { $0.type == .place }
    #expect(places == [.place("Vilnius")])
  }

  @Test("'the <Event> (<short form>) in <city>': the short form stands between the event and its place")
  func shortFormBeforePlace() throws {
    let article = """
      LIMA, Nov 1 -- Forty Andean firms will exhibit at the Pacific Food Import Fair (PFIF) in Busan \
      from November 5 to 10.
      """
    let relations = try Harness.facts(article).relations
    #expect(relations.contains(.heldIn("Pacific Food Import Fair", "Busan")))
    #expect(!relations.contains(.heldIn("Pacific Food Import Fair", "Lima")))
  }

  @Test("'<name> Show Europe 2026', '<name> Expo Asia': an event with its region, not a place")
  func eventWithRegion() throws {
    let facts = try Harness.facts(
      "Firms exhibited at the Kestrel Show Europe 2026 in Budapest and at the Tarvik Expo Asia in Bangkok.")
    #expect(facts.entities.contains(.event("Kestrel Show Europe 2026")))
    #expect(facts.relations.contains(.heldIn("Kestrel Show Europe 2026", "Budapest")))
    #expect(facts.entities.contains(.event("Tarvik Expo Asia")))
    #expect(!facts.entities.contains { $0.type == .place && $0.name.contains("Expo") })
  }

  @Test("a venue named after a place the article names ('the Riga Congress Centre') lies in that place")
  func venueNamedAfterItsCity() throws {
    let facts = try Harness.facts(
      """
      Baltic timber summit opens

      RIGA, Latvia - The 4th Baltic Timber Summit opened on Tuesday at the Riga International \
      Congress Centre.
      """)
    #expect(
      facts.relations.contains(.heldIn("4th Baltic Timber Summit", "Riga International Congress Centre")))
    #expect(facts.relations.contains(.heldIn("4th Baltic Timber Summit", "Riga")))
    #expect(!facts.relations.contains(.heldIn("4th Baltic Timber Summit", "Latvia")))
  }

  @Test("'the Dar es Salaam fair': the end of a known place's name before a gathering word names no event")
  func placeEndBeforeLowercaseEventWord() throws {
    let text = "The 12th Dar es Salaam Timber Fair opened. Firms signed deals at the Dar es Salaam fair."
    #expect(try Harness.facts(text).entities.contains(.event("12th Dar es Salaam Timber Fair")))
    // Not even as another name of the fair.
    #expect(!(try Harness.extract(text).mentions.contains { $0.text.hasPrefix("Salaam") }))
  }

  @Test(
    "'the Tarvik Congress and Culture Center': a gathering's word and a building after 'and' are one venue")
  func venueOfGatherings() throws {
    let entities = try Harness.entities(
      "The 8th Andean Trade Forum was held at the Tarvik Congress and Culture Center on Monday.")
    #expect(entities.contains(.place("Tarvik Congress and Culture Center")))
    #expect(!entities.contains { $0.name == "Tarvik Congress" })
  }

  @Test("cities known by their English names: 'opened in Cologne', 'held in Bruges'")
  func englishNamesOfCities() throws {
    let facts = try Harness.facts(
      "The 4th Kestrel Food Fair opened in Cologne on Saturday. The 2nd Tarvik Lace Forum was held in Bruges."
    )
    #expect(facts.relations.contains(.heldIn("4th Kestrel Food Fair", "Cologne")))
    #expect(facts.relations.contains(.heldIn("2nd Tarvik Lace Forum", "Bruges")))
  }
}
