import Testing
import TiesExtraction
import TiesModel

/// The organs of a body ("the Executive Committee") named by their kind alone, and of a state
/// ("the U.S. Congress"). Sentences of our own.
struct OrganNameTests {
  @Test("an organ named by its kind alone is no organization of its own")
  func organsByKind() throws {
    let found = try Harness.entities(
      """
      The Tarvik Grain Federation met in Riga. The Executive Committee of the federation approved the \
      budget, and the National Council will meet in May. Jon Lund, chairman of the Steering Committee, \
      agreed.
      """)
    #expect(found == [.association("Tarvik Grain Federation"), .place("Riga"), .person("Jon Lund")])
  }

  @Test("a country's Congress is its legislature; a congress with a name of its own is an event")
  func congresses() throws {
    let found = try Harness.entities(
      "Officials briefed the U.S. Congress and the Brazilian Congress before the 5th Kestrel Congress opened."
    )
    #expect(found.contains(.government("U.S. Congress")))
    #expect(found.contains(.government("Brazilian Congress")))
    #expect(found.contains(.event("5th Kestrel Congress")))
  }

  @Test("a name of its own before an organ word still names a body")
  func namedBodies() throws {
    let found = try Harness.entities(
      "The Kestrel Export Council and the Tarvik Steering Committee signed the accord.")
    #expect(found.contains(.association("Kestrel Export Council")))
    #expect(found.map(\.name).contains("Tarvik Steering Committee"))
  }

  @Test(
    "'<place> Development Board' is a public body and '<words> Confederation' an association; a company's board is neither"
  )
  func boardsAndConfederations() throws {
    let found = try Harness.entities(
      """
      The Tarvik Development Board and the Kestrel Exporters Confederation (Kesexport) signed the \
      accord. The Supervisory Board of the bank approved it.
      """)
    #expect(found.contains(.government("Tarvik Development Board")))
    #expect(found.contains(.association("Kestrel Exporters Confederation")))
    #expect(!found.contains { $0.name.hasPrefix("Supervisory") })
  }
}
