import Testing
import TiesExtraction
import TiesModel

/// Businesses known from what stands around their names: a description before them ("the
/// Oslo-based shipping group …"), a post "of" them. Sentences of our own.
struct BusinessContextTests {
  @Test("'president of the Kyiv-based builder <name>': the name is the business, where the post is")
  func placeNamedBusinessAfterDescription() throws {
    let facts = try Harness.facts(
      "Olena Marchuk, president of the Lviv-based builder Dnipro Budmontazh, presented the plans.")
    #expect(facts.entities.contains(.company("Dnipro Budmontazh")))
    #expect(!facts.entities.contains { $0.name.hasSuffix("-based") || $0.name == "Dnipro" })
    #expect(facts.relations.contains(.affiliated("Olena Marchuk", "Dnipro Budmontazh", "president")))
  }

  @Test("'chief executive of the Oslo-based shipping group <name>'")
  func postAtDescribedBusiness() throws {
    let facts = try Harness.facts(
      "Ruth Amsel, chief executive of the Bergen-based shipping group Nordhav Marine, spoke first.")
    #expect(facts.entities.contains(.company("Nordhav Marine")))
    #expect(facts.relations.contains(.affiliated("Ruth Amsel", "Nordhav Marine", "ceo")))
  }

  @Test("'a partner at the law firm <family names> Solicitors'")
  func lawFirmOfFamilyNames() throws {
    let facts = try Harness.facts(
      "Ruth Amsel, a partner at the law firm Keane Doyle Solicitors, chaired the panel.")
    #expect(facts.entities.contains(.company("Keane Doyle Solicitors")))
    #expect(facts.relations.contains(.affiliated("Ruth Amsel", "Keane Doyle Solicitors", "partner")))
  }

  @Test("a person described by an occupation stays a person: 'the developer Jane Doe'")
  func describedPersonStaysPerson() throws {
    let facts = try Harness.facts("The tower was designed for the developer Maria Lopez last year.")
    #expect(facts.entities.contains(.person("Maria Lopez")))
    #expect(!facts.entities.contains(.company("Maria Lopez")))
  }

  @Test(
    "'chairman of <city or country> <word>' is a business, not the place",
    arguments: [("Osaka", "Osaka Brewing"), ("Harbin", "Harbin Tooling"), ("Kenya", "Kenya Pipeline")])
  func placeNamedBusiness(_ place: String, _ business: String) throws {
    let facts = try Harness.facts("Ken Ito, chairman of \(business), spoke at the meeting.")
    #expect(facts.entities.contains(.company(business)))
    #expect(!facts.entities.contains(.place(place)))
    #expect(facts.relations.contains(.affiliated("Ken Ito", business, "chairman")))
  }

  @Test("a place's kind keeps the place: 'governor of Nagano Prefecture'")
  func placeKindKeepsPlace() throws {
    let facts = try Harness.facts("Ken Ito, governor of Nagano Prefecture, spoke at the meeting.")
    #expect(!facts.entities.contains(.company("Nagano Prefecture")))
  }

  @Test("'companies such as <a name like a person's>' lists a business; 'investors such as' may list people")
  func companiesSuchAs() throws {
    let entities = try Harness.entities(
      "The council represents companies such as Maria Lopes, Fortevia and Newcrest. Investors such as Jane Holm bought shares."
    )
    #expect(entities.contains(.company("Maria Lopes")))
    #expect(entities.contains(.person("Jane Holm")))
  }

  @Test("'the export promotion agency <name>' is a public body; 'the business lobby <name>' an association")
  func bodyDescribedBeforeName() throws {
    let facts = try Harness.facts(
      "Lucia Quispe, president of the export promotion agency PromAndes, spoke. The plan was drafted by the business lobby Velqor."
    )
    #expect(facts.entities.contains(.government("PromAndes")))
    #expect(facts.entities.contains(.association("Velqor")))
    #expect(facts.relations.contains(.affiliated("Lucia Quispe", "PromAndes", "president")))
  }

  @Test("'executives of <brand> <city>, …': a business's local arm in a list of businesses, not a venue")
  func brandAndCityInBusinessList() throws {
    let entities = try Harness.entities(
      "Executives of Kestrel Gdansk, Tarvona Mining and Solmar Energy took part in the panels.")
    #expect(entities.contains(.company("Kestrel Gdansk")))
    #expect(!entities.contains(.place("Kestrel Gdansk")))
  }

  @Test(
    "'<word> <country>, the state investment agency,': a body named with its country, of the kind described")
  func countryNamedBodyDescribedAfter() throws {
    let entities = try Harness.entities(
      "The forum was organised together with Invest Latvia, the state investment agency, on Monday.")
    #expect(entities.contains(.government("Invest Latvia")))
  }

  @Test("a description that opens the sentence: 'Brazilian agribusiness cooperative <name> said'")
  func descriptionOpeningSentence() throws {
    let entities = try Harness.entities(
      "Brazilian agribusiness cooperative Coamo Agroindustrial said it had opened an office. Dairy cooperative Tarvik Milk said prices rose."
    )
    #expect(entities.contains(.company("Coamo Agroindustrial")))
    #expect(entities.contains(.company("Tarvik Milk")))
  }

  @Test(
    "'head of the Chilean trade body <name>'; 'representatives of A, B and C' name businesses, not people")
  func tradeBodyAndRepresentedBusinesses() throws {
    let facts = try Harness.facts(
      """
      Julio Araya, head of the Chilean trade body Vinos del Sur, signed the pact. \
      Representatives of Catena Rivas, Maria Lopes and Bodegas Alto attended.
      """)
    #expect(facts.entities.contains(.association("Vinos del Sur")))
    #expect(facts.relations.contains(.affiliated("Julio Araya", "Vinos del Sur", "head")))
    #expect(facts.entities.contains(.company("Maria Lopes")))
    #expect(!facts.entities.contains(.person("Catena Rivas")))
  }

  @Test("'Invest Latvia chief executive <name>': a word and a country before a body's title name an agency")
  func countryNamedAgencyBeforeTitle() throws {
    let facts = try Harness.facts(
      "Invest Latvia chief executive Ilze Ozola said the agency had received 40 proposals.")
    #expect(facts.entities.contains(.government("Invest Latvia")))
    #expect(facts.relations.contains(.affiliated("Ilze Ozola", "Invest Latvia", "ceo")))
  }

  @Test("'Port of <city>' is a business; '<initials>, <country>'s investment agency,' a public body")
  func portAndAgencyOfCountry() throws {
    let facts = try Harness.facts(
      """
      Port of Gdansk chief executive Jan Wielgosz signed the deal. The mission was organised by \
      LATIA, Latvia's trade and investment agency, on Monday.
      """)
    #expect(facts.entities.contains(.company("Port of Gdansk")))
    #expect(facts.relations.contains(.affiliated("Jan Wielgosz", "Port of Gdansk", "ceo")))
    #expect(facts.entities.contains(.government("LATIA")))
  }

  @Test(
    "'A and Indonesian state port operator <name>': a description after a list's joint, with a nationality")
  func descriptionAfterJoint() throws {
    let entities = try Harness.entities(
      "The Kestrel Holdings board and Indonesian state port operator Pelindora signed an agreement.")
    #expect(entities.contains(.company("Pelindora")))
  }

  @Test(
    "'chief executive of Credit Kenya', 'bankers from … Ledger Ghana': words and a country there name a business"
  )
  func businessEndingInCountry() throws {
    let facts = try Harness.facts(
      """
      Lena Ostrova, a former chief executive of Credit Kenya, spoke. Bankers from Air Tarvik, \
      Ledger Ghana and Kestrel Bank attended. Northern Kenya needs roads.
      """)
    #expect(facts.entities.contains(.company("Credit Kenya")))
    #expect(facts.relations.contains(.affiliated("Lena Ostrova", "Credit Kenya", "former chief executive")))
    #expect(facts.entities.contains(.company("Ledger Ghana")))
    // Outside such places a direction and a country stay the country.
    #expect(!facts.entities.contains { $0.name == "Northern Kenya" })
  }

  @Test(
    "lists of businesses: after a phrase and ', including', 'such as A and B', national arms on both sides of 'and'"
  )
  func businessListsWithNationalArms() throws {
    let entities = try Harness.entities(
      """
      The council speaks for 90 firms operating in East Africa, including Ledgerline, Tarvik Mills \
      and Orvanta. Companies such as Kovra India and Tarvik Steel joined, as did Zenlo Kenya and \
      KVB Ghana. Talks between South Korea and North Korea resumed.
      """)
    #expect(entities.contains(.company("Ledgerline")))
    #expect(entities.contains(.company("Orvanta")))
    #expect(entities.contains(.company("Kovra India")))
    #expect(entities.contains(.company("Tarvik Steel")))
    #expect(entities.contains { $0.name == "Zenlo Kenya" })
    #expect(entities.contains { $0.name == "KVB Ghana" })
    #expect(entities.contains(.place("South Korea")))
    #expect(entities.contains(.place("North Korea")))
  }

  @Test(
    "'organised by the Kazakh national chamber <name>': the nationality opens a description, the name is the body"
  )
  func nationalityOpensDescriptionAfterBy() throws {
    let facts = try Harness.facts(
      "The 4th Steppe Trade Forum opened in Almaty. The forum was organised by the Kazakh national chamber Dalakent."
    )
    #expect(facts.entities.contains(.association("Dalakent")))
    #expect(facts.relations.contains(.organized("Dalakent", "4th Steppe Trade Forum")))
    #expect(!facts.entities.contains { $0.name == "Kazakh" })
  }

  @Test(
    "'KESCO Tarvik Steel will supply …', 'head of KESCO's India business': the group a company is named after is a company"
  )
  func groupOfACompany() throws {
    let entities = try Harness.entities(
      """
      Under the deal, KESCO Tarvik Steel will supply steel sheets. The agreement was signed by \
      Lee Ju-tae, head of KESCO's India business.
      """)
    #expect(entities.contains(.company("KESCO")))
    #expect(!entities.contains(.association("KESCO")))
  }
}
