import Testing
import TiesExtraction
import TiesModel

/// Short forms an article defines for a body's name. Sentences of our own.
struct ShortFormTests {
  @Test("'<Name> of <country> (<initials> <country>)': the two words are the body's short form")
  func initialsAndCountry() throws {
    let result = try Harness.resolve([
      (
        "a.txt",
        """
        The Leather Export Promotion Council of Kenya (LEPC Kenya) led the delegation. \
        LEPC Kenya chairman Otieno Kamau said orders had doubled.
        """
      )
    ])
    let bodies = result.graph.entities.filter { $0.type.isOrganization }
    #expect(bodies.count == 1)
    let names = Set(bodies.flatMap { [$0.name] + $0.aliases })
    #expect(names.isSuperset(of: ["Leather Export Promotion Council of Kenya", "LEPC Kenya"]))
    let chairman = result.graph.relations.first { $0.predicate == .affiliatedWith }
    #expect(chairman?.object == bodies.first?.id)
  }

  @Test("'(AHK Polen)': a bilateral chamber's short form with its country, in parentheses")
  func chamberShortFormWithCountry() throws {
    let result = try Harness.resolve([
      (
        "a.txt",
        """
        The forum is organised by the Latvian-German Chamber of Commerce (AHK Lettland). \
        AHK Lettland president Janis Berzins welcomed the guests.
        """
      )
    ])
    let bodies = result.graph.entities.filter { $0.type.isOrganization }
    #expect(bodies.count == 1)
    #expect(Set(bodies.flatMap { [$0.name] + $0.aliases }).contains("AHK Lettland"))
  }

  @Test("'Democratic Republic of Congo (DRC)' and 'the DRC' are one place")
  func placeDefinedWithKnownShortForm() throws {
    let result = try Harness.resolve([
      (
        "a.txt",
        "Miners from the Democratic Republic of Congo (DRC) met in Kolwezi. Exports from the DRC rose."
      )
    ])
    let places = result.graph.entities.filter { $0.type == .place && $0.name.contains("Congo") }
    #expect(places.count == 1)
  }

  @Test("'<name>, the <body's full name>,': the name set beside the body is another name of it")
  func nameBesideFullName() throws {
    let facts = try Harness.facts(
      """
      Tarvexport, the Tarvik Export Promotion Board, will take 40 firms to Dubai. Lena Ostrova, chief \
      executive of Tarvexport, said so.
      """)
    let board = facts.entities.first { $0.name == "Tarvik Export Promotion Board" }
    #expect(board?.type == .government)
    #expect(
      facts.relations.contains {
        $0.subject == "Lena Ostrova" && $0.object == "Tarvik Export Promotion Board"
      })
  }
}
