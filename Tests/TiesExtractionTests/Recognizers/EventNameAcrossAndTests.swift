import Testing
import TiesExtraction
import TiesModel

/// Event names whose fields are joined by "and". Sentences of our own.
struct EventNameAcrossAndTests {
  @Test(
    "'the Nordic Trade and Investment Forum': fields on both sides of 'and', then an event's head word, name one event",
    arguments: [
      (
        "The Nordic Trade and Investment Forum was held in Oslo last week.",
        "Nordic Trade and Investment Forum"
      ),
      (
        "The Central Asian Mining and Energy Conference was held in Almaty.",
        "Central Asian Mining and Energy Conference"
      ),
      ("The Baltic Banking and Finance Summit was held in Riga.", "Baltic Banking and Finance Summit"),
    ])
  func fieldsJoinedByAnd(_ sentence: String, _ event: String) throws {
    let facts = try Harness.facts(sentence)
    #expect(facts.entities.filter { $0.type == .event } == [.event(event)])
    let place = try #require(facts.entities.first { $0.type == .place })
    #expect(facts.relations.contains(.heldIn(event, place.name)))
  }

  @Test("two events named side by side, each with its own head word, stay two")
  func twoEvents() throws {
    let entities = try Harness.entities("The Solar Summit and Hydrogen Conference both ran in Lisbon.")
    #expect(entities.contains(.event("Solar Summit")))
    #expect(entities.contains(.event("Hydrogen Conference")))
  }

  @Test("a person's name before 'and' is not an event's field")
  func personBeforeAnd() throws {
    let entities = try Harness.entities("Ana Costa and Investment Forum guests met in Porto.")
    #expect(entities.contains(.person("Ana Costa")))
    #expect(!entities.contains { $0.name.contains("Ana Costa and") })
  }
}
