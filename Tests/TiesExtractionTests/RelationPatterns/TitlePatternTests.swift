import Testing
import TiesExtraction
import TiesModel

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
  @Test("'a diplomat and deputy secretary-general of <Org>': an occupation is no part of the post")
  func occupationBeforePost() throws {
    let facts = try Harness.facts(
      "Jon Lund, a diplomat and deputy secretary-general of the Kestrel Business Council, spoke.")
    #expect(
      facts.relations == [.affiliated("Jon Lund", "Kestrel Business Council", "deputy secretary-general")])
  }

  @Test("'Ambassador <Person>' with no organization of his own: the one embassy the sentence names")
  func ambassadorOfEmbassy() throws {
    let one = try Harness.facts(
      "According to a statement issued by the Kestrel Embassy in Riga, Ambassador Jon Lund hosted the delegation."
    )
    #expect(one.relations.contains(.affiliated("Jon Lund", "Kestrel Embassy in Riga", "ambassador")))
    let two = try Harness.facts(
      "The Kestrel Embassy and the Tarvik Embassy said Ambassador Jon Lund hosted the delegation.")
    #expect(!two.relations.contains { $0.subject == "Jon Lund" })
  }

  @Test("'the <title> of <Org> and former <title> of <Org>, <Person>': both posts are the person's")
  func postsBeforeName() throws {
    let facts = try Harness.facts(
      """
      Members of the team include the Executive Secretary of the Kestrel Export Council (KEC) and \
      former head of the Tarvik Trade Bureau, Jon Lund.
      """)
    #expect(
      facts.relations.contains(.affiliated("Jon Lund", "Kestrel Export Council", "executive secretary")))
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Tarvik Trade Bureau", "former head")))
  }

  @Test("'<title> <Person> at <Org>' is a post, unless the organization is named as a gathering")
  func titleNameAt() throws {
    let facts = try Harness.facts(
      """
      Director Maria Holm at the Tarvik Institute agreed. Joining President Jon Lund at the Kestrel \
      Economic Forum (KEF) were Anna Berg and Erik Dahl.
      """)
    #expect(facts.relations.contains(.affiliated("Maria Holm", "Tarvik Institute", "director")))
    #expect(!facts.relations.contains { $0.subject == "Jon Lund" && $0.predicate == .affiliatedWith })
  }

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

  @Test(
    "a national minister serves the country's government; its prime minister leads it, holding no post in it")
  func nationalTitles() throws {
    let minister = try Harness.facts("Canadian Trade Minister Robert Fairweather praised the deal.")
    #expect(
      minister.relations.contains(.affiliated("Robert Fairweather", "Government of Canada", "trade minister"))
    )
    let head = try Harness.facts("Canadian Prime Minister Robert Fairweather praised the deal.")
    #expect(!head.relations.contains { $0.subject == "Robert Fairweather" })
    #expect(!head.entities.contains { $0.type == .government })
  }

  @Test("'a Bengali president': one word after 'a' before a title says what kind of holder, naming no body")
  func kindOfHolder() throws {
    let facts = try Harness.facts(
      "For the first time the Baltic Grain Federation is headed by a Bengali president.")
    #expect(facts.entities == [.association("Baltic Grain Federation")])
  }

  @Test("'<title>-elect' is that title, elected: 'vice-president-elect', 'treasurer-elect'")
  func electedTitles() throws {
    let facts = try Harness.facts(
      "Baltic Grain Federation vice-president-elect Jon Lund agreed. Erik Dahl, treasurer-elect of the Federation, did too."
    )
    #expect(
      facts.relations.contains(.affiliated("Jon Lund", "Baltic Grain Federation", "vice president-elect")))
    #expect(facts.relations.contains(.affiliated("Erik Dahl", "Baltic Grain Federation", "treasurer-elect")))
  }

  @Test("'Maharashtra Industries Minister X': a region and a portfolio name no company")
  func regionalPortfolio() throws {
    let entities = try Harness.entities("Maharashtra Industries Minister Uday Patil opened the plant.")
    #expect(!entities.contains { $0.type == .company })
    #expect(entities.contains(.person("Uday Patil")))
  }

  @Test("'chief financial officer of <name>': where the post is, even when its words look like a person's")
  func lowerCaseTitleOf() throws {
    let facts = try Harness.facts(
      "Fernanda Costa, chief financial officer of Vale Verde Mineracao, attended.")
    #expect(facts.entities.contains(.company("Vale Verde Mineracao")))
    #expect(
      facts.relations.contains(
        .affiliated("Fernanda Costa", "Vale Verde Mineracao", "chief financial officer")))
  }

  @Test("'Association chairman X' opening a sentence: the article's one association")
  func bareHeadBeforeTitle() throws {
    let facts = try Harness.facts(
      "The Estonian Shipowners Association met on Monday. Association chairman Mart Kask opened the meeting.")
    #expect(facts.relations.contains(.affiliated("Mart Kask", "Estonian Shipowners Association", "chairman")))
  }

  @Test(
    "'Rwanda's Trade Minister, Prudence Kaneza,': a capitalized title after a possessive introduces the name")
  func possessiveTitleApposition() throws {
    let entities = try Harness.entities("Rwanda's Trade Minister, Prudence Kaneza, welcomed the delegates.")
    #expect(entities.contains(.person("Prudence Kaneza")))
  }

  @Test("'general director' (a company's head in much of Europe and Asia) is a title")
  func generalDirector() throws {
    let facts = try Harness.facts(
      "Daugava Cable Holdings (DCH) has appointed Ilze Ozola as general director. Ivo Sild, deputy general director of Tallinn Grain, welcomed her."
    )
    #expect(facts.relations.contains(.affiliated("Ilze Ozola", "Daugava Cable Holdings", "general director")))
    #expect(facts.relations.contains(.affiliated("Ivo Sild", "Tallinn Grain", "deputy general director")))
  }

  @Test(
    "a place inside a title's field: 'head of Asia research at <bank>', 'economist for the Middle East at <bank>'"
  )
  func placeInTitleField() throws {
    let facts = try Harness.facts(
      """
      Lena Ostrova, head of Asia research at Kestrel Bank, spoke. Jon Lund, chief economist for the \
      Middle East and North Africa at Tarvik Capital, agreed.
      """)
    #expect(facts.relations.contains { $0.subject == "Lena Ostrova" && $0.object == "Kestrel Bank" })
    #expect(facts.relations.contains { $0.subject == "Jon Lund" && $0.object == "Tarvik Capital" })
  }

  @Test("'the council's Egyptian co-chair, <name>': a nationality between the possessive and the title")
  func nationalityBetweenPossessiveAndTitle() throws {
    let facts = try Harness.facts(
      "The Nile-Rhine Business Council met in Cairo. The council's Egyptian co-chair, Lena Ostrova, spoke.")
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Nile-Rhine Business Council", "co-chair")))
  }

  @Test("'the director of <body's full name> <person>': the name after the body's head is its holder")
  func holderAfterBodyAfterTitleOf() throws {
    let facts = try Harness.facts(
      "The director of Kestrel Industry Association Lena Ostrova said exports rose. He is chief financial officer of Vale Verde Mineracao."
    )
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Kestrel Industry Association", "director")))
    #expect(facts.entities.contains(.company("Vale Verde Mineracao")))
  }

  @Test("'<person>, chairman of the Korean council and president of <company>': the second post still counts")
  func postAfterUnnamedBody() throws {
    let facts = try Harness.facts(
      "Jon Lund, chairman of the Korean council and president of Kestrel Hydro Power, signed the pact.")
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Kestrel Hydro Power", "president")))
  }

  @Test(
    "'<person>, currently <Org>'s vice president,', '<person>, also chairman of <Org>,': an adverb opens the apposition"
  )
  func adverbOpensApposition() throws {
    let facts = try Harness.facts(
      "The post goes to Jon Lund, currently Kestrel Bank's vice president. Lena Ostrova, also chairman of Tarvik Mills, agreed."
    )
    #expect(facts.relations.contains(.affiliated("Jon Lund", "Kestrel Bank", "vice president")))
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Tarvik Mills", "chairman")))
  }
}
