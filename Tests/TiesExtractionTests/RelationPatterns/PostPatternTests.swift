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
}

/// Titles in lists, in the plural, as verbs; chambers named short. Sentences of our own.
struct TitleListTests {
  @Test("titles after a possessive organization, one after another, each with its holder")
  func possessiveTitleList() throws {
    let facts = try Harness.facts(
      "Harbour Towns International’s Vice Chairman Tobias Wrenfield, Treasurer Ingrid Solberg, and President & CEO Priya Venkataraman attended."
    )
    #expect(
      facts.relations.contains(
        .affiliated("Tobias Wrenfield", "Harbour Towns International", "vice chairman")))
    #expect(
      facts.relations.contains(.affiliated("Ingrid Solberg", "Harbour Towns International", "treasurer")))
    #expect(
      facts.relations.contains(
        .affiliated("Priya Venkataraman", "Harbour Towns International", "president & ceo")))
  }

  @Test("a plural title of an organization, then its holders")
  func pluralTitle() throws {
    let facts = try Harness.facts(
      "Guests included the co-presidents of the Baltic Grain Federation, Tobias Wrenfield and Ingrid Solberg."
    )
    #expect(
      facts.relations.contains(.affiliated("Tobias Wrenfield", "Baltic Grain Federation", "co-president")))
    #expect(
      facts.relations.contains(.affiliated("Ingrid Solberg", "Baltic Grain Federation", "co-president")))
  }

  @Test("list items under 'The newly elected Governors are:' join the article's organization")
  func electedList() throws {
    let facts = try Harness.facts(
      """
      Grain federation elects its governors

      Published: 2025-03-04

      The Baltic Grain Federation held its annual meeting in Riga. The Baltic Grain Federation thanked its members.
      The newly elected Governors are:
      - Tobias Wrenfield of Kestrel Holdings PLC
      - Ingrid Solberg of Marang Bhd
      """)
    #expect(facts.relations.contains(.affiliated("Tobias Wrenfield", "Baltic Grain Federation", "governor")))
    #expect(facts.relations.contains(.affiliated("Ingrid Solberg", "Baltic Grain Federation", "governor")))
  }

  @Test("'<Person> is to head <Organization>': a title given by a verb")
  func leadingVerb() throws {
    let facts = try Harness.facts(
      "Kestrel Holdings CEO Ingrid Solberg is to head the Baltic Grain Federation from January.")
    #expect(facts.relations.contains(.affiliated("Ingrid Solberg", "Baltic Grain Federation", "head")))
    #expect(facts.relations.contains(.affiliated("Ingrid Solberg", "Kestrel Holdings", "ceo")))
  }

  @Test("'AmCham' alone is the one chamber the article names in full, under its full name")
  func chamberShortForm() throws {
    let facts = try Harness.facts(
      "The American Chamber of Commerce in Lisbon held its gala. AmCham President Tobias Wrenfield spoke.")
    #expect(facts.entities.contains(.association("American Chamber of Commerce in Lisbon")))
    #expect(
      facts.relations.contains(
        .affiliated("Tobias Wrenfield", "American Chamber of Commerce in Lisbon", "president")))
  }

  @Test("'Group' opens a title only where no name stands before it")
  func groupTitles() throws {
    let facts = try Harness.facts(
      "Tobias Wrenfield, Group Managing Director of Kestrel Holdings, met Marang Group CEO Ingrid Solberg.")
    #expect(
      facts.relations.contains(.affiliated("Tobias Wrenfield", "Kestrel Holdings", "group managing director"))
    )
    #expect(facts.relations.contains(.affiliated("Ingrid Solberg", "Marang Group", "ceo")))
  }
}

struct TitleOwnerTests {
  @Test("a title right after a name is that name's, not the next one's")
  func titleAfterName() throws {
    let facts = try Harness.facts(
      "Guests were Ingrid Solberg head of the Baltic Grain Federation, Tobias Wrenfield and others.")
    #expect(facts.relations.contains(.affiliated("Ingrid Solberg", "Baltic Grain Federation", "head")))
    #expect(!facts.relations.contains { $0.subject == "Tobias Wrenfield" && $0.predicate == .affiliatedWith })
  }

  @Test("an organization of its members' trade is an association; punctuation names nothing")
  func tradeOrganizations() throws {
    let facts = try Harness.facts(
      "The Baltic Ferry Operators' Organization met. It hosted the Lecture/Luncheon.")
    #expect(facts.entities.contains(.association("Baltic Ferry Operators' Organization")))
    #expect(!facts.entities.contains { $0.name == "/" })
  }
}

struct RoleWordsTests {
  @Test("a title with its field keeps it: the words before 'at <Org>' are the role")
  func roleWithField() throws {
    let facts = try Harness.facts(
      "Ingrid Solberg, deputy minister for trade negotiations at Latvia's Economy Ministry, spoke.")
    #expect(
      facts.relations.contains {
        $0.subject == "Ingrid Solberg" && $0.predicate == .affiliatedWith
          && $0.role == "deputy minister for trade negotiations"
      })
  }
}

struct ElectionNewsTests {
  private let article = """
    Grain traders elect new council at annual convention

    RIGA, June 3, 2025 — The Baltic Grain Federation (BGF) on Friday elected Ingrid Solberg, managing \
    director of Kestrel Holdings, as its new chairperson at the 28th Baltic Grain Convention in Riga.
    She takes over from Tobias Wrenfield, who has chaired the federation since 2021.
    The convention was opened by Latvian Grain Board Governor Priya Venkataraman.
    """

  @Test("'<Org> (ACR) on Friday elected <Person>, <apposition>, as its new <title>'")
  func electionAfterApposition() throws {
    let facts = try Harness.facts(article)
    #expect(facts.relations.contains(.affiliated("Ingrid Solberg", "Baltic Grain Federation", "chairperson")))
    #expect(facts.relations.contains(.affiliated("Ingrid Solberg", "Kestrel Holdings", "managing director")))
  }

  @Test("chairing an organization is a post, not a presence; an organization before a title is not a host")
  func postsAreNotPresence() throws {
    let facts = try Harness.facts(article)
    #expect(!facts.relations.contains(.attended("Tobias Wrenfield", "28th Baltic Grain Convention")))
    #expect(!facts.relations.contains(.organized("Latvian Grain Board", "28th Baltic Grain Convention")))
    #expect(facts.relations.contains(.attended("Priya Venkataraman", "28th Baltic Grain Convention")))
  }
}

struct ShortNameAndRelativeClauseTests {
  @Test("a short name written like a word in parentheses names the organization, also before a title")
  func shortNameInParentheses() throws {
    let facts = try Harness.facts(
      """
      The Baltic Chemical Industry Council (Balchem) met in Riga. Balchem President Ingrid Solberg, who is also \
      chief executive of Kestrel Holdings AG, opened the meeting.
      """)
    #expect(facts.entities.contains(.association("Baltic Chemical Industry Council")))
    #expect(!facts.entities.contains(.company("Balchem")))
    #expect(
      facts.relations.contains(.affiliated("Ingrid Solberg", "Baltic Chemical Industry Council", "president"))
    )
    #expect(facts.relations.contains(.affiliated("Ingrid Solberg", "Kestrel Holdings AG", "ceo")))
  }

  @Test("a place in parentheses after a company is no short name of it")
  func placeInParentheses() throws {
    let facts = try Harness.facts("Kestrel Holdings (Singapore) opened an office.")
    #expect(facts.entities.contains(.place("Singapore")))
  }
}
