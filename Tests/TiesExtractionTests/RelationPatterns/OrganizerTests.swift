import Testing
import TiesExtraction
import TiesModel

/// Who organizes an event, in the ways news writes it. Sentences of our own.
struct OrganizerTests {
  @Test(
    "an adverb between the host verb and 'by': 'is organized each year by', 'was hosted once again by'",
    arguments: ["is organized each year by", "was hosted once again by", "is organised annually by"])
  func adverbBeforeBy(_ verb: String) throws {
    let facts = try Harness.facts(
      "Exporters attended the Danube Grain Summit in Vukovar. The summit \(verb) the Croatian Grain Traders Association."
    )
    #expect(
      facts.relations.contains(.organized("Croatian Grain Traders Association", "Danube Grain Summit")))
  }

  @Test("'<Event> <city>' is the event; 'organised by <Continent> <words>' a business")
  func eventWithCityAndPlaceNamedOrganizer() throws {
    let facts = try Harness.facts(
      """
      Start-ups raised money at the Africa Agritech Summit Paris, which closed on Wednesday. The summit, \
      organised by Africa Agritech Works, drew bankers from Barclays, Ecobank and Access Bank.
      """)
    #expect(facts.entities.contains(.event("Africa Agritech Summit Paris")))
    #expect(facts.relations.contains(.organized("Africa Agritech Works", "Africa Agritech Summit Paris")))
    #expect(facts.entities.contains(.company("Barclays")))
  }

  @Test("'<Name> <year>, the <words> exhibition held in <city>': a gathering described after a comma")
  func eventDescribedAfterComma() throws {
    let facts = try Harness.facts(
      """
      Korean yards court Greek owners at Marinexpo

      ATHENS -- Korean yards showed carriers at Marinexpo 2026, the international shipping exhibition \
      held in Piraeus this week. Exporters also signed deals at Agrofresh 2026, the food trade show that \
      ended on Friday.
      """)
    #expect(facts.entities.contains(.event("Marinexpo 2026")))
    #expect(facts.entities.contains(.event("Agrofresh 2026")))
    #expect(facts.relations.contains(.heldIn("Marinexpo 2026", "Piraeus")))
    // The headline's name of the exhibition is the exhibition, not a business.
    #expect(!facts.entities.contains { $0.name == "Marinexpo" && $0.type != .event })
  }

  @Test("'<Name> <year>, the world's largest <words> fair,': a possessive in the description")
  func eventDescribedWithPossessive() throws {
    let facts = try Harness.facts(
      "Twenty firms are exhibiting at Kestrelfood 2026, the world's largest food and drink trade fair, this week."
    )
    #expect(facts.entities.contains(.event("Kestrelfood 2026")))
  }

  @Test("an industry's cluster is an association: 'organised by the Tarvik Automotive Cluster (TAC)'")
  func industryCluster() throws {
    let facts = try Harness.facts(
      "The 3rd Kestrel Auto Summit was organised by the Tarvik Automotive Cluster (TAC) in Riga.")
    #expect(facts.entities.contains(.association("Tarvik Automotive Cluster")))
    #expect(facts.relations.contains(.organized("Tarvik Automotive Cluster", "3rd Kestrel Auto Summit")))
  }
}
