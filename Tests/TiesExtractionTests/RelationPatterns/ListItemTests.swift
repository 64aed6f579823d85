import Testing
import TiesExtraction
import TiesModel

/// Articles that set people out as list items under a line that introduces them. Our own text.
struct ListItemTests {
  private let article = """
    Nordic and Baltic leaders meet for trade dialogue

    Published: 2025-03-04

    The 3rd Nordic-Baltic Trade Dialogue opened in Stockholm on Monday.
    Delegates from both regions include:
    - Mr John Smith, CEO of Halvorsen Holdings
    - Dr Mary Jones, President of the Baltic Grain Federation
    Organizers expect more than 300 guests.
    - A second list that introduces nobody
    """

  @Test("short list items and the line introducing them are read, not skipped as boilerplate")
  func listLinesAreText() throws {
    let facts = try Harness.facts(article)
    #expect(facts.entities.contains(.person("John Smith")))
    #expect(facts.entities.contains(.company("Halvorsen Holdings")))
    #expect(facts.relations.contains(.affiliated("Mary Jones", "Baltic Grain Federation", "president")))
  }

  @Test("the people of the items under a line about participants attended the article's event")
  func itemsAttend() throws {
    let facts = try Harness.facts(article)
    let attendees = facts.relations.filter { $0.predicate == .attended }.map(\.subject).sorted()
    #expect(attendees == ["John Smith", "Mary Jones"])
  }
}
