import Testing
import TiesExtraction
import TiesModel

/// Who takes up, holds or leads a post, in the ways news writes an appointment. Sentences of
/// our own.
struct AppointmentTests {
  @Test("'elected A as its chairman, B as vice-chair and C as treasurer': each holds the post after them")
  func listOfAppointees() throws {
    let facts = try Harness.facts(
      "The Coastal Hoteliers Association on Tuesday elected Amina Mwakio as its chairman, Neema Lyimo as vice-chair and Juma Kweka as treasurer."
    )
    #expect(
      facts.relations.contains(.affiliated("Amina Mwakio", "Coastal Hoteliers Association", "chairman")))
    #expect(
      facts.relations.contains(.affiliated("Neema Lyimo", "Coastal Hoteliers Association", "vice chair")))
    #expect(facts.relations.contains(.affiliated("Juma Kweka", "Coastal Hoteliers Association", "treasurer")))
    #expect(
      !facts.relations.contains(.affiliated("Neema Lyimo", "Coastal Hoteliers Association", "chairman")))
  }

  @Test("'<Council>, chaired by <name>,' and '<Chamber> is headed by <name>': the post in that body")
  func chairedBy() throws {
    let facts = try Harness.facts(
      """
      The Tarvik Kestrel Business Council, chaired by Lena Ostrova, welcomed the pact. The Andean \
      Chamber of Commerce is headed by Jon Lund. The forum was chaired by Amina Mwakio.
      """)
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Tarvik Kestrel Business Council", "chair")))
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Andean Chamber of Commerce", "head")))
    #expect(!facts.relations.contains { $0.subject == "Amina Mwakio" && $0.predicate == .affiliatedWith })
  }

  @Test("'has taken over as <title> of <body>', 'sits on the board of <company>'")
  func takingOverAndBoardSeat() throws {
    let facts = try Harness.facts(
      """
      Lena Ostrova has taken over as president of the Andean Exporters Association. Jon Lund sits \
      on the board of Tarvik Holdings.
      """)
    #expect(
      facts.relations.contains(.affiliated("Lena Ostrova", "Andean Exporters Association", "president")))
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Tarvik Holdings", "board member")))
  }

  @Test("'<body> (<short form>), which organises the fair,': the body organized the article's fair")
  func whichOrganises() throws {
    let facts = try Harness.facts(
      """
      The 12th Kestrel Trade Fair opened on Thursday. Amina Mwakio, head of the Tarvik Trade \
      Authority (TTA), which organises the fair, said exhibitors came from 20 countries.
      """)
    #expect(facts.relations.contains(.organized("Tarvik Trade Authority", "12th Kestrel Trade Fair")))
  }

  @Test("a Vietnamese name whose given name is also a city's is a person's ('Nguyen Quang Vinh')")
  func vietnameseNameEndingInCity() throws {
    let entities = try Harness.entities("The chamber will be led by Nguyen Quang Vinh from next year.")
    #expect(entities.contains(.person("Nguyen Quang Vinh")))
  }

  @Test("'<person> heads the <Unit> of <company>': the head of a unit holds a post in the company")
  func headsUnitOfCompany() throws {
    let facts = try Harness.facts("Jon Lund heads the Mobile Payments Business of the Tarvik Group Bhd.")
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Tarvik Group Bhd", "head")))
  }

  @Test("'elected <name> as its 30th president', 'as its second chairwoman': an ordinal before the post")
  func ordinalBeforePost() throws {
    let facts = try Harness.facts(
      """
      The Andean Chamber of Commerce (ACC) has elected Lena Ostrova as its 30th president. The \
      Tarvik Exporters Association named Amina Mwakio as its second chairwoman.
      """)
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Andean Chamber of Commerce", "president")))
    #expect(
      facts.relations.contains(.affiliated("Amina Mwakio", "Tarvik Exporters Association", "chairwoman")))
  }

  @Test("'as its first president', 'the first executive director of': the first holder, not a post")
  func ordinalFirstBeforePost() throws {
    let facts = try Harness.facts(
      """
      The Baltic Freight Council elected Lena Ostrova as its first president. Amina Mwakio became \
      the first executive director of the Tarvik Exporters Association. The council also elected \
      Jon Lund as first vice president.
      """)
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Baltic Freight Council", "president")))
    #expect(
      facts.relations.contains(
        .affiliated("Amina Mwakio", "Tarvik Exporters Association", "executive director")))
    // A post of its own: "first" stays.
    #expect(
      facts.relations.contains(.affiliated("Jon Lund", "Baltic Freight Council", "first vice president")))
  }

  @Test("'<title> of Dutch chemicals group <Name>': a nationality and a description before the company")
  func describedCompanyAfterTitle() throws {
    let facts = try Harness.facts(
      """
      The talks were co-chaired by Pieter van Dijk, chief executive of Dutch chemicals group \
      Nordvale, and Jon Lund, the chairman of German carmaker Tarvik Motors.
      """)
    #expect(facts.relations.contains(.affiliated("Pieter van Dijk", "Nordvale", "ceo")))
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Tarvik Motors", "chairman")))
  }

  @Test(
    "'<title> of Chile's state copper company <Name>', '<title> of Peru's <Name>': after a place's possessive"
  )
  func companyAfterPlacePossessive() throws {
    let facts = try Harness.facts(
      """
      Lena Ostrova, chairman of Chile's state copper company Andivex, met Jon Lund, chief \
      executive of Peru's Kestrova.
      """)
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Andivex", "chairman")))
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Kestrova", "ceo")))
  }

  @Test("'the council will be co-chaired by A, <title> of <company>, and B': both co-chair the council")
  func coChairsOfTheCouncil() throws {
    let facts = try Harness.facts(
      """
      Business leaders launched the Andean-Tarvik Business Council on Monday. The council will be \
      co-chaired by Lena Ostrova, president of Kestrel Holdings, and Jon Lund.
      """)
    #expect(
      facts.relations.contains(.affiliated("Lena Ostrova", "Andean-Tarvik Business Council", "co-chair")))
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Andean-Tarvik Business Council", "co-chair")))
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Kestrel Holdings", "president")))
  }

  @Test(
    "'the <short form> board, chaired by <name>', '<body>'s executive committee, headed by': the body's post")
  func boardChairedBy() throws {
    let facts = try Harness.facts(
      """
      The Baltic Freight Council (BFC) met in Riga. The BFC board, chaired by Lena Ostrova, approved \
      the budget. The Tarvik Exporters Association's executive committee, headed by Jon Lund, met \
      on Friday.
      """)
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Baltic Freight Council", "chair")))
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Tarvik Exporters Association", "head")))
  }

  @Test("'<body> (<short form>), whose president, <name>, welcomed …': the post in that body")
  func whosePost() throws {
    let facts = try Harness.facts(
      """
      The talks took place at the Andean Chamber of Commerce (ACC), whose president, Lena Ostrova, \
      welcomed the guests. The pact was signed by Kestrel Holdings, whose chief executive Jon Lund \
      praised it.
      """)
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Andean Chamber of Commerce", "president")))
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Kestrel Holdings", "ceo")))
  }

  @Test(
    "'chairman of the Chilean section of the council and managing director of <company>': the council named earlier hides no post"
  )
  func postAfterSectionOfTheCouncil() throws {
    let facts = try Harness.facts(
      """
      The Chilean-Tarvik Business Council met on Monday. The Chilean side was led by Lena Ostrova, \
      chairman of the Chilean section of the council and managing director of Kestrel Marine Group.
      """)
    #expect(
      facts.relations.contains(.affiliated("Lena Ostrova", "Kestrel Marine Group", "managing director")))
  }
}
