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
    pattern: "<Person> of <Name>, no organization word: the name is the person's organization",
    text: "The new governors are Tobias Wrenfield of Qorvix and Mariam Qasimi of R7 Labs.",
    entities: [
      .person("Tobias Wrenfield"), .company("Qorvix"), .person("Mariam Qasimi"), .company("R7 Labs"),
    ],
    relations: [
      RelationFact(subject: "Tobias Wrenfield", predicate: .affiliatedWith, object: "Qorvix", role: nil),
      RelationFact(subject: "Mariam Qasimi", predicate: .affiliatedWith, object: "R7 Labs", role: nil),
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
  PatternCase(
    pattern: "<Person> joined the board of <Organization>",
    text: "Tobias Wrenfield joined the board of Halvorsen Holdings in March.",
    entities: [.person("Tobias Wrenfield"), .company("Halvorsen Holdings")],
    relations: [.affiliated("Tobias Wrenfield", "Halvorsen Holdings", "board member")]),
  PatternCase(
    pattern: "<Person> stepped down as <title> of <Organization>: the post held",
    text: "Corwin Ashdale stepped down as president of the Baltic Grain Federation on Friday.",
    entities: [.person("Corwin Ashdale"), .association("Baltic Grain Federation")],
    relations: [.affiliated("Corwin Ashdale", "Baltic Grain Federation", "president")]),
  PatternCase(
    pattern: "<Company> <Country> <Title> <Person>: the company's branch in that country",
    text: "Halvorsen Textiles Vietnam CEO Tobias Wrenfield visited the plant.",
    entities: [.company("Halvorsen Textiles Vietnam"), .person("Tobias Wrenfield")],
    relations: [.affiliated("Tobias Wrenfield", "Halvorsen Textiles Vietnam", "ceo")]),
  PatternCase(
    pattern: "<Person> (<Organization>): the organization alone in parentheses after the name",
    text: "Speakers were Mariam Qasimi (Gulf Dates Council) and Tobias Wrenfield (Halvorsen Freight).",
    entities: [
      .person("Mariam Qasimi"), .association("Gulf Dates Council"), .person("Tobias Wrenfield"),
      .company("Halvorsen Freight"),
    ],
    relations: [
      RelationFact(
        subject: "Mariam Qasimi", predicate: .affiliatedWith, object: "Gulf Dates Council", role: nil),
      RelationFact(
        subject: "Tobias Wrenfield", predicate: .affiliatedWith, object: "Halvorsen Freight", role: nil),
    ]),
  PatternCase(
    pattern: "<Person> joined <Organization> <when> as <title>",
    text: "Thomas Wrenfield joined Halvorsen Holdings in 2015 as chief operating officer.",
    entities: [.person("Thomas Wrenfield"), .company("Halvorsen Holdings")],
    relations: [.affiliated("Thomas Wrenfield", "Halvorsen Holdings", "chief operating officer")]),
  PatternCase(
    pattern: "a plural's possessive before the title: <Orgs>' <title> <Person>",
    text: "Halvorsen Textiles' chief executive Tobias Wrenfield said orders had doubled.",
    entities: [.company("Halvorsen Textiles"), .person("Tobias Wrenfield")],
    relations: [.affiliated("Tobias Wrenfield", "Halvorsen Textiles", "ceo")]),
  PatternCase(
    pattern: "apposition with a possessive organization: <Person>, <Org>'s <title>,",
    text: "Mariam Qasimi, Corvale Energy's chief financial officer, said costs had fallen.",
    entities: [.person("Mariam Qasimi"), .company("Corvale Energy")],
    relations: [.affiliated("Mariam Qasimi", "Corvale Energy", "chief financial officer")]),
  PatternCase(
    pattern: "an apostrophe inside a name keeps the name whole: the <Words> Employers' Federation",
    text: "Delia Marrow, president of the Baltic Employers' Federation, opened the meeting.",
    entities: [.person("Delia Marrow"), .association("Baltic Employers' Federation")],
    relations: [.affiliated("Delia Marrow", "Baltic Employers' Federation", "president")]),
]

struct PostPatternTests {
  @Test("extraction and resolution of one post pattern", arguments: postPatterns + morePostPatterns)
  func pattern(_ c: PatternCase) throws {
    try c.check()
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
    pattern: "<Person>, <Title>/<Title> of <Organization>, <Person>, <Title> of <Organization>",
    text:
      "Mr. Oren Falkmoor, Executive Secretary/CEO of the Quarry Exporters Council, Lena Brightwater, Managing Director of Halvorsen Holdings, and others spoke.",
    entities: [
      .person("Oren Falkmoor"), .association("Quarry Exporters Council"), .person("Lena Brightwater"),
      .company("Halvorsen Holdings"),
    ],
    relations: [
      .affiliated("Oren Falkmoor", "Quarry Exporters Council", "executive secretary/ceo"),
      .affiliated("Lena Brightwater", "Halvorsen Holdings", "managing director"),
    ]),
  PatternCase(
    pattern: "<Person>, <Title> & <Title> of <Organization>, <Person>, <Title> of <Organization>",
    text:
      "Ms. Priya Venkataraman, President & CEO of the Quarry Exporters Council, Lena Brightwater, Managing Director of Halvorsen Holdings, and others spoke.",
    entities: [
      .person("Priya Venkataraman"), .association("Quarry Exporters Council"), .person("Lena Brightwater"),
      .company("Halvorsen Holdings"),
    ],
    relations: [
      .affiliated("Priya Venkataraman", "Quarry Exporters Council", "president & ceo"),
      .affiliated("Lena Brightwater", "Halvorsen Holdings", "managing director"),
    ]),
  PatternCase(
    pattern: "the kind of body after its name: the <Name> association",
    text: "Ivo Marankov, leader of the Vetrona Polska association, resigned on Friday.",
    entities: [.person("Ivo Marankov"), .association("Vetrona Polska")],
    relations: [.affiliated("Ivo Marankov", "Vetrona Polska", "leader")]),
  PatternCase(
    pattern: "the <word>'s <title>, <Person>: the one body of the article named with that word",
    text:
      "The Baltic Grain Council met in Riga. The council's treasurer, Lena Brightwater, thanked the members.",
    entities: [.association("Baltic Grain Council"), .place("Riga"), .person("Lena Brightwater")],
    relations: [.affiliated("Lena Brightwater", "Baltic Grain Council", "treasurer")]),
  PatternCase(
    pattern: "<Title> of the <word> <Person>: the one body of the article named with that word",
    text: "The Baltic Grain Council met in Riga. President of the council Ingrid Solberg said trade grew.",
    entities: [.association("Baltic Grain Council"), .place("Riga"), .person("Ingrid Solberg")],
    relations: [.affiliated("Ingrid Solberg", "Baltic Grain Council", "president")]),
  PatternCase(
    pattern: "the <word>'s <title>, <Person>, when two bodies are named with that word: neither",
    text:
      "The Baltic Grain Council and the Nordic Dairy Council met in Riga. The council's treasurer, Lena Brightwater, thanked the members.",
    entities: [
      .association("Baltic Grain Council"), .association("Nordic Dairy Council"), .place("Riga"),
      .person("Lena Brightwater"),
    ],
    relations: []),
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
  PatternCase(
    pattern: "the <Title> of <Field> at <Organization> <Person>",
    text: "The Head of Strategy at Halden Resources Tom Becker opened the session.",
    entities: [.company("Halden Resources"), .person("Tom Becker")],
    relations: [.affiliated("Tom Becker", "Halden Resources", "head of strategy")]),
  PatternCase(
    pattern: "<Person>, <title> of <field> at <Organization>, with no organization word",
    text: "Tom Becker, head of strategy at Halden Resources, said the market was growing.",
    entities: [.company("Halden Resources"), .person("Tom Becker")],
    relations: [.affiliated("Tom Becker", "Halden Resources", "head of strategy")]),
  PatternCase(
    pattern: "<Person>, a <title> at <Organization>: after a title, 'at' opens no venue",
    text: "Tom Becker, a partner at Halden Resources, said the market was growing.",
    entities: [.company("Halden Resources"), .person("Tom Becker")],
    relations: [.affiliated("Tom Becker", "Halden Resources", "partner")]),
  PatternCase(
    pattern: "<Person>, <Title> and <Title> of <Field> at <Organization>",
    text: "Anna Kowalski, Senior Partner and Head of Audit at Kestrel & Vance, joined the panel.",
    entities: [.company("Kestrel & Vance"), .person("Anna Kowalski")],
    relations: [.affiliated("Anna Kowalski", "Kestrel & Vance", "senior partner and head of audit")]),
  PatternCase(
    pattern: "<Person>, <Title>/<Title>, <Public body> and <ordinary words> Agency",
    text:
      "The panel included Kofi Mensah, Director-General/CEO, Ghana Coastal Administration and Licensing Agency, and Ama Boateng.",
    entities: [
      .person("Kofi Mensah"), .government("Ghana Coastal Administration and Licensing Agency"),
      .person("Ama Boateng"),
    ],
    relations: [
      .affiliated("Kofi Mensah", "Ghana Coastal Administration and Licensing Agency", "director general/ceo")
    ]),
  PatternCase(
    pattern: "<Company> and <Company>: two names, each with its own word",
    text: "The agency signed with Acme Holdings and Beta Industries.",
    entities: [.company("Acme Holdings"), .company("Beta Industries")],
    relations: []),
  PatternCase(
    pattern: "<Person> of <Brand> <Country>: a company's national arm, not a place",
    text: "The new governors are Mirek Varga of Orbisoft Hungary and Lia Moreau of Velquist France.",
    entities: [
      .person("Mirek Varga"), .company("Orbisoft Hungary"), .person("Lia Moreau"),
      .company("Velquist France"),
    ],
    relations: [
      RelationFact(
        subject: "Mirek Varga", predicate: .affiliatedWith, object: "Orbisoft Hungary", role: nil),
      RelationFact(subject: "Lia Moreau", predicate: .affiliatedWith, object: "Velquist France", role: nil),
    ]),
]

struct MorePostPatternTests {
  @Test(
    "after a possessive organization, a board member's title and titles joined by '&' keep the list going")
  func possessiveTitleList() throws {
    let facts = try Harness.facts(
      """
      The delegation included Harbour Towns International's Vice Chairman Bill Dorsey, Treasurer Ann \
      Mayfield, Board of Directors member Tim Quayle, and President & CEO Mary Kent.
      """)
    let organization = "Harbour Towns International"
    #expect(facts.relations.contains(.affiliated("Tim Quayle", organization, "board of directors member")))
    #expect(facts.relations.contains(.affiliated("Mary Kent", organization, "president & ceo")))
    #expect(facts.relations.contains(.affiliated("Ann Mayfield", organization, "treasurer")))
  }

  @Test("a business described after a comma is a company, and 'its chairman <Person>' holds a post there")
  func describedBusinessAndItsTitle() throws {
    let facts = try Harness.facts(
      "Velquist, the Swedish packaging group, said its chairman Lars Berg would step down in May.")
    #expect(facts.entities.contains(.company("Velquist")))
    #expect(facts.relations.contains(.affiliated("Lars Berg", "Velquist", "chairman")))
    let plain = try Harness.facts(
      "Velquist said the chairman of Orbisoft Corp. spoke, and its chairman Lars Berg agreed.")
    #expect(!plain.relations.contains(.affiliated("Lars Berg", "Orbisoft Corp.", "chairman")))
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

  @Test(
    "'<Org> elected copper executive <Person> as its president': lower-case words say who, before the name")
  func describedAppointee() throws {
    let facts = try Harness.facts(
      "The Andes Mining Chamber elected copper executive Lucia Paredes as its new president on Thursday.")
    #expect(facts.relations.contains(.affiliated("Lucia Paredes", "Andes Mining Chamber", "president")))
  }

  @Test("'representatives of A, B and C': the names are businesses")
  func representativesOfBusinesses() throws {
    let facts = try Harness.facts(
      "The delegation included representatives of Halden Vopak, Tarvona and Nordvik Shipyards.")
    #expect(facts.entities.contains(.company("Tarvona")))
    #expect(facts.entities.contains(.company("Nordvik Shipyards")))
  }

  @Test("four words describing the appointee; ', who stepped down as <title> of <Org>'")
  func longerDescriptionAndRelativeLeaving() throws {
    let facts = try Harness.facts(
      """
      The Andes Exporters Association has appointed former central bank economist Daniela Rojas as its new \
      executive director. Rojas replaces Manuel Fuentes, who stepped down as executive director of the Andes \
      Exporters Association in April.
      """)
    #expect(
      facts.relations.contains(
        .affiliated("Daniela Rojas", "Andes Exporters Association", "executive director")))
    #expect(
      facts.relations.contains(
        .affiliated("Manuel Fuentes", "Andes Exporters Association", "executive director")))
  }

  @Test(
    "'named former <organization> executive <name> as its chief executive': the post is the appointer's",
    arguments: ["former KSB executive", "former Tarvona Mining banker"])
  func appointeeDescribedByFormerEmployer(_ descriptor: String) throws {
    let facts = try Harness.facts(
      "The Peruvian Mining Society has named \(descriptor) Lucia Quispe as its new chief executive.")
    #expect(facts.relations.contains(.affiliated("Lucia Quispe", "Peruvian Mining Society", "ceo")))
  }

  @Test("'<organization>, whose director general <name> said': the post is in that organization")
  func whoseTitle() throws {
    let facts = try Harness.facts(
      "The plan was welcomed by the Estonian Chamber of Commerce, whose director general Mart Kask said exporters agreed."
    )
    #expect(
      facts.relations.contains(.affiliated("Mart Kask", "Estonian Chamber of Commerce", "director general")))
  }

  @Test("'has named <a name no list knows>, a former undersecretary, as its new president'")
  func appointeeKnownFromTheAppointment() throws {
    let facts = try Harness.facts(
      "The Andean Chamber of Commerce has named Enulda Mangiro, a former trade undersecretary, as its new president."
    )
    #expect(facts.entities.contains(.person("Enulda Mangiro")))
    #expect(
      facts.relations.contains(.affiliated("Enulda Mangiro", "Andean Chamber of Commerce", "president")))
  }

  @Test(
    "'The <Chamber> said … . Its president, <name>, …': the post is in the organization the sentence before opened with, or named alone"
  )
  func itsTitleAfterSubjectSentence() throws {
    let facts = try Harness.facts(
      "The Nordic-Indian Chamber of Commerce said exporters stood to gain. Its president, Eva Lindqvist, called the deal a milestone."
    )
    #expect(
      facts.relations.contains(.affiliated("Eva Lindqvist", "Nordic-Indian Chamber of Commerce", "president"))
    )
    // The one organization the sentence before names, wherever it stands.
    let byAgent = try Harness.facts(
      "The pavilion was organised by the Tarvik Beef Institute (TBI). Its president, Jon Lund, said exports rose."
    )
    #expect(byAgent.relations.contains(.affiliated("Jon Lund", "Tarvik Beef Institute", "president")))
    // Two organizations and no subject: "Its" could be either; no post.
    let two = try Harness.facts(
      "Exporters stood to gain, analysts of Kestrel Bank said of the Nordic-Indian Chamber of Commerce. Its president, Eva Lindqvist, spoke."
    )
    #expect(!two.relations.contains { $0.subject == "Eva Lindqvist" && $0.predicate == .affiliatedWith })
  }

  @Test("'general secretary' is a title: 'Its general secretary, <name>, said …'")
  func generalSecretary() throws {
    let facts = try Harness.facts(
      "The Tarvik Farmers Association welcomed the deal. Its general secretary, Kwabena Asante, said farmers were pleased."
    )
    #expect(
      facts.relations.contains(
        .affiliated("Kwabena Asante", "Tarvik Farmers Association", "general secretary")))
  }
}
