import Testing
import TiesExtraction
import TiesModel

/// "The Kestrel chamber": a body the article named in full, referred to by the first words of
/// its name and its head word in lower case. Sentences of our own.
struct NamedReferenceTests {
  @Test("'the <first words> chamber' is the one chamber of the article whose name begins so")
  func firstWordsAndLowerCaseHead() throws {
    let facts = try Harness.facts(
      """
      The Tarvik-Kestrel Chamber of Commerce and the Andean Chamber of Commerce signed an \
      accord in Lisbon on Friday. It was signed by Lena Ostrova, chairman of the Tarvik-Kestrel \
      chamber, and Jon Lund, president of the Andean chamber.
      """)
    #expect(
      facts.relations.contains(.affiliated("Lena Ostrova", "Tarvik-Kestrel Chamber of Commerce", "chairman")))
    #expect(
      facts.relations.contains(.affiliated("Jon Lund", "Andean Chamber of Commerce", "president")))
    #expect(!facts.entities.contains { $0.name == "Tarvik-Kestrel" })
  }

  @Test("words that begin no name of the article refer to nothing")
  func noMatchingName() throws {
    let facts = try Harness.facts(
      """
      The Andean Chamber of Commerce met in Lima. Lena Ostrova, chairman of the Tarvik chamber, \
      did not attend.
      """)
    #expect(
      !facts.relations.contains { $0.subject == "Lena Ostrova" && $0.object == "Andean Chamber of Commerce" })
  }
}
