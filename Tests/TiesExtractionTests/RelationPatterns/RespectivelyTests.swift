import Testing
import TiesExtraction
import TiesModel

/// Posts paired in order by "respectively", and people named again by family name. Sentences
/// of our own.
struct RespectivelyTests {
  @Test("people before the verb take the titles after it in order, in the article's organization")
  func titlesInOrder() throws {
    let facts = try Harness.facts(
      """
      The Baltic Grain Federation held its annual meeting in Riga. The Baltic Grain Federation thanked \
      its members. Mr. Arjun Patel, Managing Director of Vardhan Textiles, and Ms. Leela Nair, Partner at \
      Kaveri Law, were re-appointed as Vice Chairperson and Deputy Vice Chairperson respectively.
      """)
    #expect(
      facts.relations.contains(.affiliated("Arjun Patel", "Baltic Grain Federation", "vice chairperson")))
    #expect(
      facts.relations.contains(
        .affiliated("Leela Nair", "Baltic Grain Federation", "deputy vice chairperson")))
    #expect(facts.relations.contains(.affiliated("Arjun Patel", "Vardhan Textiles", "managing director")))
    #expect(
      !facts.relations.contains(
        .affiliated("Arjun Patel", "Baltic Grain Federation", "deputy vice chairperson")))
  }

  @Test("one plural title of several words, and the organizations in order; family names alone")
  func organizationsInOrder() throws {
    let facts = try Harness.facts(
      """
      Tom Becker and Rosa Lindqvist spoke at the 5th Andean Mining Summit in Lima. Becker and Lindqvist \
      are the chief executives of Halden Resources and Nordvik Shipping, respectively.
      """)
    #expect(facts.relations.contains(.affiliated("Tom Becker", "Halden Resources", "ceo")))
    #expect(facts.relations.contains(.affiliated("Rosa Lindqvist", "Nordvik Shipping", "ceo")))
    #expect(!facts.relations.contains(.affiliated("Tom Becker", "Nordvik Shipping", "ceo")))
  }

  @Test("counts that differ pair nothing")
  func countsDiffer() throws {
    let facts = try Harness.facts(
      "Tom Becker, Rosa Lindqvist and Mira Hansen were named chairman and treasurer of the Baltic Grain Federation respectively."
    )
    #expect(!facts.relations.contains { $0.predicate == .affiliatedWith && $0.role == "treasurer" })
  }
}

/// A post taken without naming where, in an article about one organization. Articles of our own.
struct ArticleOrganizationPostTests {
  private let about = """
    The Baltic Grain Federation elected Anna Berg as its president on Monday. The Baltic Grain \
    Federation has 300 members.
    """

  @Test(
    "'X was elected as the spokesperson', 'Y will serve as secretary-general': posts in the article's organization"
  )
  func postsTaken() throws {
    let facts = try Harness.facts(
      about + " Jon Lund was elected as the spokesperson. Erik Dahl will serve as the secretary-general.")
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Baltic Grain Federation", "spokesperson")))
    #expect(
      facts.relations.contains(.affiliated("Erik Dahl", "Baltic Grain Federation", "secretary-general")))
  }

  @Test("a public office, or an article without one organization, gives no post")
  func noPost() throws {
    let office = try Harness.facts(about + " Jon Lund was elected governor.")
    #expect(!office.relations.contains { $0.subject == "Jon Lund" })
    let once = try Harness.facts(
      "The Baltic Grain Federation met on Monday. Jon Lund was elected as the spokesperson.")
    #expect(!once.relations.contains { $0.subject == "Jon Lund" })
  }

  @Test(
    "'The assembly also elected X, CEO of Y, as first vice president': the article's organization elected")
  func assemblyElects() throws {
    let facts = try Harness.facts(
      about
        + " The assembly also elected Jon Lund, managing director of Halden Zinc, as first vice president.")
    #expect(
      facts.relations.contains(.affiliated("Jon Lund", "Baltic Grain Federation", "first vice president")))
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Halden Zinc", "managing director")))
    #expect(
      !facts.relations.contains(.affiliated("Jon Lund", "Baltic Grain Federation", "managing director")))
    let elsewhere = try Harness.facts(
      about + " The board also appointed Erik Dahl as chief executive of the merged company.")
    #expect(
      !elsewhere.relations.contains { $0.subject == "Erik Dahl" && $0.object == "Baltic Grain Federation" })
  }
}
