import Testing
import TiesExtraction
import TiesModel

/// Posts written without a title right before the name, in sentences of our own.
private let postPatterns: [PatternCase] = [
  PatternCase(
    pattern: "possessive organization before the title: <Org>'s <Title>, <Style> <Person>",
    text: "The event was opened by the Corvale Institute's CEO, former Senator the Hon. Delia Marrow.",
    entities: [.association("Corvale Institute"), .person("Delia Marrow")],
    relations: [.affiliated("Delia Marrow", "Corvale Institute", "ceo")]),
  PatternCase(
    pattern: "<Person> of <Organization>, with no title",
    text:
      "The new governors are Tobias Wrenfield of Halvorsen Holdings and Mariam Qasimi of the Gulf Dates Council.",
    entities: [
      .person("Tobias Wrenfield"), .company("Halvorsen Holdings"), .person("Mariam Qasimi"),
      .association("Gulf Dates Council"),
    ],
    relations: [
      RelationFact(
        subject: "Tobias Wrenfield", predicate: .affiliatedWith, object: "Halvorsen Holdings", role: nil),
      RelationFact(
        subject: "Mariam Qasimi", predicate: .affiliatedWith, object: "Gulf Dates Council", role: nil),
    ]),
  PatternCase(
    pattern: "passive appointment: <Person> was elected <title> of <Organization>",
    text: "Corwin Ashdale was elected president of the Baltic Grain Federation on Monday.",
    entities: [.person("Corwin Ashdale"), .association("Baltic Grain Federation")],
    relations: [.affiliated("Corwin Ashdale", "Baltic Grain Federation", "president")]),
  PatternCase(
    pattern: "active appointment: <Organization> named <Person> as its new <title>",
    text: "Halvorsen Holdings named Tobias Wrenfield as its new chief executive.",
    entities: [.company("Halvorsen Holdings"), .person("Tobias Wrenfield")],
    relations: [.affiliated("Tobias Wrenfield", "Halvorsen Holdings", "ceo")]),
  PatternCase(
    pattern: "copula: <Person> is the <title> of <Organization>",
    text: "Mariam Qasimi is the treasurer of the Gulf Dates Council.",
    entities: [.person("Mariam Qasimi"), .association("Gulf Dates Council")],
    relations: [.affiliated("Mariam Qasimi", "Gulf Dates Council", "treasurer")]),
  PatternCase(
    pattern: "<Person> joins <Organization> as <title>",
    text: "Thomas Wrenfield joins Halvorsen Holdings as chief operating officer.",
    entities: [.person("Thomas Wrenfield"), .company("Halvorsen Holdings")],
    relations: [.affiliated("Thomas Wrenfield", "Halvorsen Holdings", "chief operating officer")]),
]

struct PostPatternTests {
  @Test("extraction and resolution of one post pattern", arguments: postPatterns)
  func pattern(_ c: PatternCase) throws {
    let facts = try Harness.facts(c.text)
    expectSame(facts.entities, c.entities, "entity")
    expectSame(facts.relations, c.relations, "relation")
  }
}

/// More ways news writes who holds which post. Sentences of our own.
private let morePostPatterns: [PatternCase] = [
  PatternCase(
    pattern: "<Person>, <Title>, <Organization>; as list items separated by ';'",
    text:
      "Board: Mr. Tobias Wrenfield, Chairperson, Kestrel Holdings PLC; Ms. Priya Venkataraman, Director, Marang Bhd.",
    entities: [
      .person("Tobias Wrenfield"), .company("Kestrel Holdings PLC"), .person("Priya Venkataraman"),
      .company("Marang Bhd"),
    ],
    relations: [
      .affiliated("Tobias Wrenfield", "Kestrel Holdings PLC", "chairperson"),
      .affiliated("Priya Venkataraman", "Marang Bhd", "director"),
    ]),
  PatternCase(
    pattern: "the <title> of <Organization>, <Person>",
    text: "Guests included the Executive Secretary of the Baltic Grain Federation, Ingrid Solberg.",
    entities: [.association("Baltic Grain Federation"), .person("Ingrid Solberg")],
    relations: [.affiliated("Ingrid Solberg", "Baltic Grain Federation", "executive secretary")]),
  PatternCase(
    pattern: "a possessive inside an organization's name",
    text: "The Gulf Date Growers' Association and the Riga People's Bank signed the deal.",
    entities: [.association("Gulf Date Growers' Association"), .company("Riga People's Bank")],
    relations: []),
]

struct MorePostPatternTests {
  @Test("extraction and resolution of one more post pattern", arguments: morePostPatterns)
  func pattern(_ c: PatternCase) throws {
    let facts = try Harness.facts(c.text)
    expectSame(facts.entities, c.entities, "entity")
    expectSame(facts.relations, c.relations, "relation")
  }

  @Test("the people of a ';' list under 'were re-elected to the Board of <Org>:' are its board members")
  func boardList() throws {
    let facts = try Harness.facts(
      """
      Grain federation re-elects its board

      Published: 2025-03-04

      The Baltic Grain Federation held its annual meeting in Riga on Monday.
      The following were re-elected to the Board of the Baltic Grain Federation:
      Mr. Tobias Wrenfield, Chairperson, Kestrel Holdings PLC; Ms. Priya Venkataraman, Director, Marang Bhd.
      """)
    #expect(
      facts.relations.contains(.affiliated("Tobias Wrenfield", "Baltic Grain Federation", "board member")))
    #expect(
      facts.relations.contains(.affiliated("Priya Venkataraman", "Baltic Grain Federation", "board member")))
    #expect(facts.relations.contains(.affiliated("Tobias Wrenfield", "Kestrel Holdings PLC", "chairperson")))
  }
}
