import Testing
import TiesExtraction
import TiesModel

/// Bodies named with a list of the fields they serve, and councils of producers. Sentences of
/// our own.
struct FieldListNameTests {
  @Test(
    "'<body> of/for A, B and C': a list of fields belongs to the name",
    arguments: [
      (
        "Speakers came from the Andean Chamber of Commerce, Industry, Mines and Agriculture (ACCIMA).",
        "Andean Chamber of Commerce, Industry, Mines and Agriculture"
      ),
      (
        "Speakers came from the Baltic Business Council for Foreign Trade, Investment and Technology.",
        "Baltic Business Council for Foreign Trade, Investment and Technology"
      ),
    ])
  func fieldList(_ sentence: String, _ name: String) throws {
    let entities = try Harness.entities(sentence)
    #expect(entities.contains(.association(name)))
  }

  @Test("a body's own name ends a list: 'the Chamber of Commerce, Tourism Board and Energy Council'")
  func bodyEndsList() throws {
    let entities = try Harness.entities(
      "Members of the Chamber of Commerce, Tourism Board and Energy Council met.")
    #expect(entities.contains(.association("Chamber of Commerce")))
    #expect(!entities.contains { $0.name.contains("Tourism Board") && $0.name.contains("Commerce") })
  }

  @Test("a council of producers or exporters is a business body, not a public one")
  func producersCouncil() throws {
    let entities = try Harness.entities(
      "The Peruvian Copper Producers Council and the Ghana Cocoa Exporters Council backed the talks.")
    #expect(entities.contains(.association("Peruvian Copper Producers Council")))
    #expect(entities.contains(.association("Ghana Cocoa Exporters Council")))
  }

  @Test("fields of two words go on after 'and': 'Agency for Investment and International Trade'")
  func twoWordFieldAfterAnd() throws {
    let facts = try Harness.facts(
      """
      Exporters met the Tarvik Agency for Investment and International Trade, whose president, \
      Lena Ostrova, spoke. The Ministry of Industry, Trade and Foreign Investment agreed. The \
      Ministry of Trade and Kestrel Holdings signed a deal.
      """)
    #expect(facts.entities.contains(.government("Tarvik Agency for Investment and International Trade")))
    #expect(
      facts.relations.contains(
        .affiliated("Lena Ostrova", "Tarvik Agency for Investment and International Trade", "president")))
    #expect(facts.entities.contains(.government("Ministry of Industry, Trade and Foreign Investment")))
    // A business after "and" is a name of its own.
    #expect(facts.entities.contains(.government("Ministry of Trade")))
  }

  @Test("'the Tarvik Textile and Apparel Exporters' Association': a plural's apostrophe stays in one name")
  func pluralApostropheAfterAnd() throws {
    let facts = try Harness.facts(
      "Lena Ostrova, head of the Tarvik Textile and Apparel Exporters' Association, spoke.")
    #expect(
      facts.relations.contains(
        .affiliated("Lena Ostrova", "Tarvik Textile and Apparel Exporters' Association", "head")))
  }
}
