import Testing
import TiesExtraction
import TiesModel

/// "The meeting", "the event": references to an event the article named before. Sentences of
/// our own.
struct EventReferenceTests {
  @Test("an event named after the opening sentences: 'the meeting' later refers to it")
  func referenceToEventNamedLate() throws {
    let facts = try Harness.facts(
      """
      Kestrel Growers names new director

      Arusha - The Kestrel Growers Union has appointed Neema Lyimo as its executive director. \
      She joins from a seed company in Moshi. The union's chairman, Baraka Mollel, praised her \
      record. The appointment was announced at the union's 21st Annual General Meeting, held in \
      Arusha on Friday. Speakers at the meeting included Halima Swai, director of the Tanzania \
      Seed Agency, and Juma Kweka.
      """)
    #expect(facts.relations.contains(.attended("Halima Swai", "21st Annual General Meeting")))
    #expect(facts.relations.contains(.attended("Juma Kweka", "21st Annual General Meeting")))
    // A reference whose head word no earlier event holds refers to none of them.
    let other = try Harness.facts(
      """
      Kestrel Growers names new director

      Arusha - The Kestrel Growers Union has appointed Neema Lyimo as its executive director. \
      She joins from a seed company in Moshi. The union's chairman, Baraka Mollel, praised her \
      record. The appointment was announced at the union's 21st Annual General Meeting, held in \
      Arusha on Friday. Speakers at the fair included Halima Swai and Juma Kweka.
      """)
    #expect(!other.relations.contains { $0.predicate == .attended })
  }

  @Test("'the event' refers to the latest event named before it")
  func genericReference() throws {
    let facts = try Harness.facts(
      """
      Growers meet in Arusha

      Arusha - The Kestrel Growers Union has appointed Neema Lyimo as its executive director. \
      She joins from a seed company in Moshi. The union's chairman, Baraka Mollel, praised her \
      record. Members later met at the East African Seed Forum in Arusha. The event was attended \
      by Halima Swai.
      """)
    #expect(facts.relations.contains(.attended("Halima Swai", "East African Seed Forum")))
  }
}
