import Testing
import TiesExtraction
import TiesModel

/// Organizations written the ways world business news writes them. Sentences of our own.
struct OrganizationNameTests {
  private func entities(_ text: String) throws -> Set<EntityFact> { try Harness.facts(text).entities }

  @Test("a capitalized legal form of any country closes a company's name")
  func legalForms() throws {
    let found = try entities("Kestrel Holdings PLC, Marang Bhd and Vireo Systems AG signed the accord.")
    #expect(found.contains(.company("Kestrel Holdings PLC")))
    #expect(found.contains(.company("Marang Bhd")))
    #expect(found.contains(.company("Vireo Systems AG")))
  }

  @Test("partners' names joined by '&' name a firm, also after 'at'")
  func ampersandFirms() throws {
    #expect(try entities("She was a partner at Tolland & Verney.").contains(.company("Tolland & Verney")))
  }

  @Test("connectors after an organization word continue its name")
  func nestedConnectors() throws {
    let found = try entities(
      "The Federation of Banks of Estonia and the Council for the Promotion of Baltic Trade met.")
    #expect(found.contains(.association("Federation of Banks of Estonia")))
    #expect(found.contains(.association("Council for the Promotion of Baltic Trade")))
  }

  @Test("'on' continues a committee's name but not other names")
  func committeeOn() throws {
    let found = try entities("The Senate Committee on Finance questioned Halvorsen Holdings on Monday.")
    #expect(found.contains(.government("Senate Committee on Finance")))
    #expect(found.contains(.company("Halvorsen Holdings")))
  }

  @Test("a name after a title and 'of', or in a list of carmakers, is an organization")
  func organizationContext() throws {
    let found = try entities(
      "Priya Venkataraman, co-founder of Quorvex, said carmakers such as Veltra, Moranza and Kesh are buyers."
    )
    #expect(found.contains(.company("Quorvex")))
    #expect(found.contains(.company("Veltra")))
    #expect(found.contains(.company("Moranza")))
    #expect(found.contains(.company("Kesh")))
  }

  @Test("the last two items of a list are split at 'and'")
  func listEnd() throws {
    let found = try entities("Sponsors were Kestrel Holdings, Vireo Foods and Marang Paints Limited.")
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
