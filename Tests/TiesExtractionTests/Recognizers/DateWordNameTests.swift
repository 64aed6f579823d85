import Testing
import TiesExtraction
import TiesModel

/// Given names that are also months or weekdays ("Jan", "June", "Sunday"). Sentences of our own.
struct DateWordNameTests {
  @Test(
    "a month's or weekday's name that is a given name opens a person's name",
    arguments: ["Jan Wielgosz", "Sunday Okonjo"])
  func givenNameThatIsADateWord(_ person: String) throws {
    let facts = try Harness.facts("\(person), chairman of Nordhav Marine, opened the session.")
    #expect(facts.entities.contains(.person(person)))
    #expect(facts.relations.contains(.affiliated(person, "Nordhav Marine", "chairman")))
  }

  @Test("inside a sentence too: 'The panel included Jan Wielgosz and Mia Holm'")
  func givenNameInsideSentence() throws {
    let facts = try Harness.facts("The panel included Jan Wielgosz and Mia Holm of Nordhav Marine.")
    #expect(facts.entities.contains(.person("Jan Wielgosz")))
  }

  @Test("a date stays a date: 'In May Kestrel said', 'on Sunday Okonjo said'")
  func dateBeforeName() throws {
    let facts = try Harness.facts(
      "In May Kestrel said sales rose, and on Sunday Okonjo said more was coming.")
    #expect(!facts.entities.contains { $0.name.hasPrefix("May") || $0.name.hasPrefix("Sunday") })
  }
}
