import Testing
import TiesExtraction
import TiesModel

/// Companies named with a legal form written with periods. Sentences of our own.
struct LegalFormTests {
  @Test(
    "'Pvt. Ltd.', 'Pte. Ltd.', 'Pty. Ltd.': the period after the first word ends no sentence",
    arguments: ["Pvt. Ltd.", "Pte. Ltd.", "Pty. Ltd."])
  func periodInLegalForm(_ form: String) throws {
    let facts = try Harness.facts(
      "Priya Rao, Managing Director, Kestrel Auto Components \(form), opened a plant in Pune.")
    #expect(facts.entities.contains(.company("Kestrel Auto Components \(form)")))
    #expect(
      facts.relations.contains(
        .affiliated("Priya Rao", "Kestrel Auto Components \(form)", "managing director")))
  }
}
