import Testing

@testable import TiesModel

@Suite("Evidence order")
struct EvidenceOrderTests {
  func item(_ document: String, _ sentence: Int, _ rule: String = "r", _ confidence: Double = 0.5) -> Evidence
  {
    Evidence(
      document: document, sentence: sentence, start: sentence * 10, end: sentence * 10 + 4, rule: rule,
      confidence: confidence)
  }

  @Test("items in order come back as they are; others are sorted")
  func inOrderOrSorted() {
    let ordered = [item("a", 1), item("a", 2), item("b", 0), item("b", 0, "s")]
    #expect(ordered.inEvidenceOrder() == ordered)
    #expect(ordered.reversed().inEvidenceOrder() == ordered)
    #expect(
      [item("b", 3), item("a", 9), item("a", 1)].inEvidenceOrder() == [
        item("a", 1), item("a", 9), item("b", 3),
      ])
    #expect([Evidence]().inEvidenceOrder() == [])
  }

  @Test("items that differ only in confidence keep their order, as a stable sort keeps them")
  func tiesKeepTheirOrder() {
    let high = item("a", 1, "r", 0.9)
    let low = item("a", 1, "r", 0.2)
    #expect([high, low].inEvidenceOrder() == [high, low])
    #expect([item("b", 1), high, low].inEvidenceOrder() == [high, low, item("b", 1)])
    #expect([item("b", 1), low, high].inEvidenceOrder() == [low, high, item("b", 1)])
  }
}
