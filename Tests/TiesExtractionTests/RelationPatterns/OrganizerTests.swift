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
}
