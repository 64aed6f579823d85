import Testing
import TiesModel

@testable import TiesExtraction

/// People written the many ways world business news writes them: styles and honorifics
/// before the name, post-nominal letters after it, initials, particles, generational
/// suffixes and apostrophes inside it. Names and sentences are invented.
struct PersonNameTests {

  @Test("a style before a name makes it a person's, without the style or post-nominal letters")
  func stylesAndPostNominals() throws {
    #expect(try Harness.people("Mr Tobias Wrenfield AO spoke first.") == ["Tobias Wrenfield"])
    #expect(try Harness.people("H.E. Corwin Ashdale opened the trade fair.") == ["Corwin Ashdale"])
    #expect(try Harness.people("H. E Corwin Ashdale opened the trade fair.") == ["Corwin Ashdale"])
    #expect(try Harness.people("The dinner was hosted by Tan Sri Hakimi Rozlan.") == ["Hakimi Rozlan"])
    #expect(try Harness.people("Sheikha Mariam Qasimi toured the port.") == ["Mariam Qasimi"])
    #expect(try Harness.people("The Hon. Delia Marrow arrived late.") == ["Delia Marrow"])
  }

  @Test("initials, particles and generational suffixes stay inside the name")
  func initialsParticlesSuffixes() throws {
    #expect(try Harness.people("Thomas Q. Ravelston visited the plant.") == ["Thomas Q. Ravelston"])
    #expect(
      try Harness.people("Sheikh Khalid bin Saqer Al Nuaimi visited the plant.") == [
        "Khalid bin Saqer Al Nuaimi"
      ])
    #expect(try Harness.people("The award went to Paulo Andrade de Mello.") == ["Paulo Andrade de Mello"])
    // After "bin", a father's name that is also an English word.
    #expect(try Harness.people("Saeed bin Laden said trade grew.") == ["Saeed bin Laden"])
    #expect(try Harness.people("Emilio T. Valcarce, Jr. visited the plant.") == ["Emilio T. Valcarce, Jr."])
  }

  @Test("a word for a relative after a possessive introduces a person, as a title does")
  func relatives() throws {
    #expect(
      try Harness.people("Guests included Tobias Wrenfield's grandson Okoro Wrenfield.") == [
        "Okoro Wrenfield", "Tobias Wrenfield",
      ])
    #expect(try Harness.people("Also present was his wife, Okoro Wrenfield.") == ["Okoro Wrenfield"])
    // Without the relative's word, the name stays untyped.
    #expect(try Harness.people("Also present was Okoro Wrenfield.").isEmpty)
  }

  @Test("a person-shaped name in a list beside a person is a person")
  func listSiblings() throws {
    #expect(
      try Harness.people("The panel included Hope Zandoria, Joy Quelliver and Tobias Wrenfield.") == [
        "Hope Zandoria", "Joy Quelliver", "Tobias Wrenfield",
      ])
    // Ordinary words, without a given name first, stay out.
    #expect(
      try Harness.people("Sponsors were Standard Chartered and Tobias Wrenfield.") == ["Tobias Wrenfield"])
  }

  @Test("a particle alone does not make a person: places and clubs keep their own type")
  func particlesAloneAreNotPeople() throws {
    #expect(try Harness.people("Exporters met at the Club de Comerciantes in Lima.").isEmpty)
  }

  @Test("an apostrophe after a one-letter prefix joins the name")
  func apostropheNames() throws {
    #expect(
      try Harness.people("Mr Declan O'Rourke and Ms Fiona D’Arcy signed the deal.") == [
        "Declan O'Rourke", "Fiona D’Arcy",
      ])
  }
}

/// Names of many cultures, read with the generated name lists and without a title beside them.
struct WorldNameTests {

  @Test("a given name of the lists opens a person's name, whatever the family name")
  func givenNamesOfManyCultures() throws {
    #expect(
      try Harness.people("Tunde Bankefa met Priya Venkataraman in Lagos.") == [
        "Priya Venkataraman", "Tunde Bankefa",
      ])
  }

  @Test("a given name that is also an English word needs a family name of the lists after it")
  func ambiguousGivenNames() throws {
    #expect(try Harness.people("Grant Morrison spoke at the dinner.") == ["Grant Morrison"])
    #expect(try Harness.people("Grant Programs are open to exporters.").isEmpty)
  }

  @Test("a family name then a pinyin given name is a Chinese name")
  func chineseNames() throws {
    #expect(
      try Harness.people("Wang Haoran and Liu Jiaxin signed the agreement.") == ["Liu Jiaxin", "Wang Haoran"])
  }

  @Test("a name the lists vouch for is split off an organization written right before it")
  func nameAfterOrganization() throws {
    let facts = try Harness.facts(
      "The speakers were Meridian Shipping Chamber Priya Venkataraman and others.")
    #expect(facts.entities.contains(.person("Priya Venkataraman")))
    #expect(facts.entities.contains(.association("Meridian Shipping Chamber")))
  }

  @Test("places are nobody's name, and regions stay places")
  func placesAreNotPeople() throws {
    #expect(try Harness.people("Exports to North America and Western Europe rose.").isEmpty)
  }

  @Test("pinyin syllables: Chinese given names split into them, English words mostly do not")
  func pinyinShapes() throws {
    let names = NamePatterns(lexicon: try Harness.lexicon())
    #expect(names.isPinyinName("haitao") && names.isPinyinName("nanxiang") && names.isPinyinName("zhang"))
    #expect(!names.isPinyinName("street") && !names.isPinyinName("group") && !names.isPinyinName("okafor"))
  }
}

/// Where a name ends and what is nobody's name.
struct NameBoundaryTests {

  @Test("words before a vouched-for name that name nothing else belong to it")
  func longerNames() throws {
    #expect(try Harness.people("Yarin Saeed Al Marri toured the fair.") == ["Yarin Saeed Al Marri"])
  }

  @Test("an unknown first word and a family name of the lists make a name")
  func familyNameLast() throws {
    #expect(try Harness.people("Later, Zorvik Mehta toured the fair.") == ["Zorvik Mehta"])
  }

  @Test("styles alone, and names of awards, are nobody's name")
  func notPeople() throws {
    #expect(try Harness.people("The Crown Prince toured the fair.").isEmpty)
    #expect(try Harness.people("She won the Alfredo M. Reyes Award.").isEmpty)
  }

  @Test("'&' joins the parts of one firm's name")
  func ampersandInsideNames() throws {
    let facts = try Harness.facts("Dana Whitfield of Hollis Marlow & Co. spoke.")
    #expect(facts.entities.contains(.company("Hollis Marlow & Co.")))
    #expect(facts.entities.contains(.person("Dana Whitfield")))
  }

  @Test("two or three words that are no English words before 'of <organization>' are a person")
  func personBeforeOrganization() throws {
    #expect(try Harness.people("Governors: Zorvan Quorvel of Tolland & Verney.") == ["Zorvan Quorvel"])
  }
}

struct NicknameTests {
  @Test("a nickname in quotation marks stays inside the name")
  func quotedNickname() throws {
    let people = try Harness.facts("Board member Stephen “Tobi” Wrenfield attended.").entities.filter {
      $0.type == .person
    }
    #expect(people.map(\.name) == ["Stephen “Tobi” Wrenfield"])
  }
}

struct NameContextPeopleTests {
  /// "Amara" is a given name, and a region in the built-in place lists.
  @Test("a given name that also names a region, before a family name, is a person's; alone, a place")
  func givenNameThatNamesARegion() throws {
    let found = try Harness.entities(
      "Amara Diallo said prices rose. Trade in Amara fell. Paris Mensah spoke.")
    #expect(found.contains(.person("Amara Diallo")))
    #expect(found.contains(.place("Amara")) && found.contains(.place("Paris")))
    #expect(!found.contains(.person("Paris Mensah")))
  }

  @Test("a double-barrelled family name of the lists after a given name")
  func doubleBarrelled() throws {
    let people = try Harness.facts("Mike Cannon-Brookes spoke.").entities.filter { $0.type == .person }
    #expect(people.map(\.name) == ["Mike Cannon-Brookes"])
  }

  @Test("a name after a lower-case title and a comma: 'his media aide, Zorvan Quorvel,'")
  func titleCommaName() throws {
    let people = try Harness.facts("According to his media aide, Zorvan Quorvel, the team left.").entities
      .filter {
        $0.type == .person
      }
    #expect(people.map(\.name) == ["Zorvan Quorvel"])
  }
}

struct ChineseAndStyleInsideTests {

  @Test("two-letter Chinese family names of the hand-written list")
  func shortChineseFamilyNames() throws {
    #expect(try Harness.people("Li Haoran and Wu Jiaxin spoke.") == ["Li Haoran", "Wu Jiaxin"])
  }

  @Test("an unambiguous style inside a longer run opens a person's name there")
  func styleInsideRun() throws {
    let facts = try Harness.facts(
      "He met the Minister of Culture and Information Dr Zorvan bin Quorvel Al Haddad.")
    #expect(facts.entities.contains(.person("Zorvan bin Quorvel Al Haddad")))
  }

  @Test("a given name then any word, before 'of <organization>', is a person")
  func givenNameBeforeOrganization() throws {
    #expect(try Harness.people("Governors: Petra Jumpers of Kestrel Holdings PLC.") == ["Petra Jumpers"])
  }
}

struct ShortenedNameTests {
  @Test("a name that begins the longer name of one other person of the article is that person")
  func shortenedName() throws {
    let result = try Harness.resolve([
      (
        "a.txt",
        """
        Sheikh Khalid bin Saqer visited the fair. Sheikh Khalid bin Saqer Al Nuaimi, the ruler's deputy, \
        opened the 5th Gulf Dates Expo.
        """
      )
    ])
    let people = result.graph.entities.filter { $0.type == .person }
    #expect(people.count == 1)
    #expect(people.first?.name == "Khalid bin Saqer Al Nuaimi")
  }

  @Test("a given name and a city ('Marta Lima') name a person; a brand and a city ('Shilla Jeju') a venue")
  func givenNameAndCity() throws {
    let entities = try Harness.entities(
      "Marta Lima said trade would double. The talks were held at the Shilla Jeju on Monday.")
    #expect(entities.contains(.person("Marta Lima")))
    #expect(entities.contains(.place("Shilla Jeju")))
  }

  @Test(
    "Vietnamese names, family name first, with a middle name ('Van', 'Thi') even when it is a city's",
    arguments: ["Tran Van Khoa", "Pham Thi Hoa", "Đặng Quốc Bảo"])
  func vietnameseNames(_ person: String) throws {
    let entities = try Harness.entities("The board thanked \(person), who retired after ten years.")
    #expect(entities.contains(.person(person)))
  }

  @Test("a place of several words before a name is the place: 'Consul General in Sao Paulo Li Wenjun'")
  func placeBeforeName() throws {
    let entities = try Harness.entities(
      "The Consul General in Sao Paulo Li Wenjun also addressed the seminar.")
    #expect(entities.contains(.person("Li Wenjun")))
    #expect(entities.contains(.place("Sao Paulo")))
  }

  @Test("'Ambassador to <country>, <name>,': the name after the comma is the ambassador")
  func ambassadorToCountryComma() throws {
    let entities = try Harness.entities(
      "India's Ambassador to Germany, Kavuri Srinath, is expected to open the pavilion.")
    #expect(entities.contains(.person("Kavuri Srinath")))
  }

  @Test("'Minister of Trade and Industry, <name>,': a title with its portfolio, then the name")
  func titlePortfolioComma() throws {
    let entities = try Harness.entities(
      "Ghana's Minister of Trade, Industry and Energy, Penumatsa Harish, also addressed the gathering.")
    #expect(entities.contains(.person("Penumatsa Harish")))
  }

  @Test("words of a portfolio after its comma ('…, International Trade and …') are no name")
  func portfolioGoesOnAfterComma() throws {
    let entities = try Harness.entities(
      "Lena Ostrova, Canada's Minister of Export Promotion, International Trade and Economic Development, spoke."
    )
    #expect(entities.contains(.person("Lena Ostrova")))
    #expect(!entities.contains { $0.type == .person && $0.name.contains("Trade") })
  }

  @Test("initials run together ('K.T. Hammond') open a name; a country's ('U.S. Steel') does not")
  func dottedInitials() throws {
    let entities = try Harness.entities("K.T. Mensah spoke at the forum. U.S. Steel said profits rose.")
    #expect(entities.contains(.person("K.T. Mensah")))
    #expect(!entities.contains { $0.type == .person && $0.name.hasPrefix("U.S.") })
  }

  @Test("'<name> bin <father's name> …': the whole name, even when the lists do not know its first word")
  func patronymicName() throws {
    let entities = try Harness.entities(
      "Among the visitors were Thuwaini bin Hamad Al Rasbi, minister of state, and the mayor.")
    #expect(entities.contains(.person("Thuwaini bin Hamad Al Rasbi")))
  }

  @Test("'Minister of Economy <name> bin <father's name> Al <family>': the portfolio is no part of the name")
  func patronymicNameAfterPortfolio() throws {
    let entities = try Harness.entities(
      "Speakers included the Minister of Economy Rashed bin Hamdan Al Qasimi and bankers. Nasser bin Khalid spoke."
    )
    #expect(entities.contains(.person("Rashed bin Hamdan Al Qasimi")))
    #expect(!entities.contains { $0.name.hasPrefix("Economy") })
    #expect(entities.contains(.person("Nasser bin Khalid")))
  }

  @Test("a given name that is no English word vouches for a family name that is one ('Imran Khan')")
  func familyNameThatIsAnEnglishWord() throws {
    let entities = try Harness.entities("Farhan Khan spoke at the meeting.")
    #expect(entities.contains(.person("Farhan Khan")))
  }

  @Test(
    "'… as vice-chair and <name> as treasurer': the next appointee of a list, whatever the lists know of the name"
  )
  func appointeeInList() throws {
    let entities = try Harness.entities(
      "Members elected Amina Mwakio as vice-chair and Zorbu Nyamweyaga as treasurer.")
    #expect(entities.contains(.person("Zorbu Nyamweyaga")))
  }
}
