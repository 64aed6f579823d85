import Testing
import TiesModel

@testable import TiesPipeline

/// A build holds each article's mentions in a compact form until it stores them: what it
/// gives back is what it was given.
struct HeldMentionsTests {
  static func mention(
    _ text: String, document: String = "a.txt", sentence: Int = 0, start: Int = 0,
    rule: String = "org-suffix",
    date: String? = nil
  ) -> Mention {
    Mention(
      text: text, type: date == nil ? .company : .event,
      evidence: Evidence(
        document: document, sentence: sentence, start: start, end: start + text.unicodeScalars.count,
        rule: rule,
        confidence: 0.75),
      localKey: (date == nil ? "o:" : "ev:") + text.lowercased(), date: date)
  }

  @Test func mentionsComeBackAsTheyWereGiven() {
    var held = HeldMentions()
    var pool = StringPool()
    let first = [
      Self.mention("Baltic Grain Board", sentence: 2, start: 140),
      Self.mention("Harbour Forum", sentence: 3, start: 201, rule: "event-noun", date: "2026-05-04"),
      Self.mention("Baltic Grain Board", sentence: 5, start: 388),
    ]
    let second = [
      Self.mention("Delta Freight", document: "b.txt", rule: "legal-form"),
      Self.mention("Summit of Ports", document: "b.txt", start: 40, rule: "event-noun", date: "2025-11-30"),
    ]
    held.hold(first, of: "a.txt", pool: &pool)
    held.hold(second, of: "b.txt", pool: &pool)
    #expect(held.mentions(of: "a.txt") == first)
    #expect(held.mentions(of: "b.txt") == second)
    #expect(held.mentions(of: "c.txt").isEmpty, "a document never held has no mentions")
    #expect(held.take("b.txt") == second)
    #expect(held.mentions(of: "b.txt").isEmpty, "taken, no longer held")
    #expect(held.mentions(of: "a.txt") == first)
  }

  @Test func whatTheCompactFormCannotHoldIsKeptWhole() {
    var held = HeldMentions()
    var pool = StringPool()
    // Past 32 bits, and naming another document: the writer, not the holder, refuses those.
    let far = [Self.mention("Delta Freight", start: Int(Int32.max) + 10)]
    let elsewhere = [Self.mention("Delta Freight"), Self.mention("Delta Freight", document: "z.txt")]
    var resolved = Self.mention("Delta Freight")
    resolved.entity = EntityID(type: .company, key: "delta-freight")
    held.hold(far, of: "a.txt", pool: &pool)
    held.hold(elsewhere, of: "b.txt", pool: &pool)
    held.hold([resolved], of: "c.txt", pool: &pool)
    #expect(held.mentions(of: "a.txt") == far)
    #expect(held.mentions(of: "b.txt") == elsewhere)
    #expect(held.mentions(of: "c.txt") == [resolved])
  }

  @Test func holdingADocumentAgainReplacesItsMentions() {
    var held = HeldMentions()
    var pool = StringPool()
    held.hold([Self.mention("Delta Freight", start: Int(Int32.max) + 1)], of: "a.txt", pool: &pool)
    let compact = [Self.mention("Harbour Forum", rule: "event-noun", date: "2026-01-02")]
    held.hold(compact, of: "a.txt", pool: &pool)
    #expect(held.mentions(of: "a.txt") == compact)
    let whole = [Self.mention("Delta Freight", document: "z.txt")]
    held.hold(whole, of: "a.txt", pool: &pool)
    #expect(held.mentions(of: "a.txt") == whole)
  }
}
