import Testing
import TiesExtraction
import TiesModel

@Suite("Extractor")
struct ExtractorTests {
  private static let text = """
    Exporters hail the tariff deal — 수출 업계 환영
    “Good news,” said Seo Min-ji, vice president of Hanbit Holdings, on Monday in Osaka.
    Café owners in Kobe were less sure, according to Tanaka Yuko of the Kobe Chamber of Commerce.
    """

  private static func slice(_ start: Int, _ end: Int) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
  }

  @Test("every mention's evidence points at its own characters")
  func mentionOffsets() throws {
    let extraction = try Harness.extract(Self.text)
    #expect(extraction.mentions.count >= 6)
    for mention in extraction.mentions {
      #expect(Self.slice(mention.evidence.start, mention.evidence.end) == mention.text)
      #expect(mention.evidence.document == "article.txt")
    }
    let names = extraction.mentions.map(\.text)
    for name in ["Seo Min-ji", "Hanbit Holdings", "Osaka", "Kobe", "Tanaka Yuko", "Kobe Chamber of Commerce"]
    {
      #expect(names.contains(name), "\(name) not among \(names)")
    }
  }

  @Test("a relation's evidence spans the words that state it")
  func relationOffsets() throws {
    let extraction = try Harness.extract(Self.text)
    let seo = try #require(
      extraction.relations.first { $0.subject.contains("seo") && $0.role == "vice president" })
    #expect(
      Self.slice(seo.evidence.start, seo.evidence.end) == "Seo Min-ji, vice president of Hanbit Holdings")
    #expect(seo.evidence.rule == "apposition")
    #expect(seo.evidence.sentence == 1)
    let sentence = try #require(extraction.sentences.first { $0.index == seo.evidence.sentence })
    #expect(sentence.start <= seo.evidence.start && seo.evidence.end <= sentence.end)
  }

  @Test("capitalized spans that nothing types are listed as misses")
  func misses() throws {
    let text = "Velmora Trust announced a new fund in Kazbrek on Friday."
    let extraction = try Harness.extract(text)
    let scalars = Array(text.unicodeScalars)
    #expect(extraction.misses.map(\.text) == ["Velmora Trust", "Kazbrek"])
    for miss in extraction.misses {
      #expect(String(String.UnicodeScalarView(scalars[miss.start..<miss.end])) == miss.text)
      #expect(miss.reason == "untyped")
      #expect(miss.document == "article.txt")
      #expect(miss.sentence == 0)
    }
    #expect(extraction.mentions.isEmpty)
  }

  @Test("extraction is deterministic")
  func deterministic() throws {
    #expect(try Harness.extract(Self.text) == Harness.extract(Self.text))
  }
}
