import Testing
import TiesExtraction

/// An article opening and what it must yield: the publication date, the headline, and the
/// first body sentence.
struct DatelineCase: Sendable, CustomTestStringConvertible {
  var what: String
  var text: String
  var dateline: String
  var headline: String?
  var firstSentence: String

  var testDescription: String { what }
}

private let datelines: [DatelineCase] = [
  DatelineCase(
    what: "Published: 27 May. 2025, 17:46",
    text: """
      Steelmakers agree on a carbon data standard
      Published: 27 May. 2025, 17:46
      Three steelmakers from Korea and Japan agreed to share emissions data.
      """,
    dateline: "2025-05-27", headline: "Steelmakers agree on a carbon data standard",
    firstSentence: "Three steelmakers from Korea and Japan agreed to share emissions data."),
  DatelineCase(
    what: "May 17, 2023 on a line of its own",
    text: """
      Shipyards report a record order backlog
      May 17, 2023
      Orders for gas carriers kept the yards busy through the spring.
      """,
    dateline: "2023-05-17", headline: "Shipyards report a record order backlog",
    firstSentence: "Orders for gas carriers kept the yards busy through the spring."),
  DatelineCase(
    what: "SEOUL, March 14, 2024 — before the first sentence: the dateline's place stays, on its own",
    text: """
      Battery makers widen their alliance
      SEOUL, March 14, 2024 — Four battery makers widened their recycling alliance.
      """,
    dateline: "2024-03-14", headline: "Battery makers widen their alliance",
    firstSentence: "SEOUL"),
  DatelineCase(
    what: "day first: 3 February 2025",
    text: """
      Insurers pool data on typhoon losses
      3 February 2025
      Four insurers agreed to pool claims data on typhoon damage.
      """,
    dateline: "2025-02-03", headline: "Insurers pool data on typhoon losses",
    firstSentence: "Four insurers agreed to pool claims data on typhoon damage."),
  DatelineCase(
    what: "date then city: September 30, 2025 | ULSAN",
    text: """
      Shipyards hire welders from abroad
      September 30, 2025 | ULSAN
      Shipyards in the city hired 800 welders from abroad this year.
      """,
    dateline: "2025-09-30", headline: "Shipyards hire welders from abroad",
    firstSentence: "Shipyards in the city hired 800 welders from abroad this year."),
  DatelineCase(
    what: "date 2025-05-27 then the headline on the same line",
    text: """
      date 2025-05-27 Chipmakers eye new plant sites
      Two chipmakers are weighing sites for new plants near Kumamoto.
      """,
    dateline: "2025-05-27", headline: "Chipmakers eye new plant sites",
    firstSentence: "Two chipmakers are weighing sites for new plants near Kumamoto."),
]

@Suite("Articles")
struct ArticleTests {
  @Test("datelines and headlines", arguments: datelines)
  func dateline(_ c: DatelineCase) throws {
    let extraction = try Harness.extract(c.text)
    #expect(extraction.document.dateline == c.dateline)
    #expect(extraction.document.headline == c.headline)
    let body = extraction.sentences.filter { $0.text != c.headline }
    #expect(body.first?.text == c.firstSentence)
  }

  private static let residue = """
    Port operators sign a data-sharing pact
    ![Harbor cranes at dawn](https://example.com/cranes.jpg)
    Harbor cranes at dawn in Gwangyang
    By Choi Da-eun
    Photo: Nakamura Sho, chairman of Minato Logistics, at the signing.
    The Yeosu Port Authority and Minato Logistics signed the pact on Friday.
    The Yeosu Port Authority and Minato Logistics signed the pact on Friday.
    Comments are closed.
    """

  @Test("image lines, captions, bylines, duplicates and footers are skipped")
  func skippedLines() {
    let article = Article(text: Array(Self.residue.unicodeScalars))
    #expect(
      article.skipped.map { "\($0.line):\($0.reason)" } == [
        "2:image", "3:caption", "4:byline", "5:caption", "7:duplicate", "8:boilerplate",
      ])
    #expect(article.headline == "Port operators sign a data-sharing pact")
    #expect(article.paragraphs.map(\.isHeadline) == [true, false])
  }

  @Test("names in skipped lines do not reach the graph")
  func residueIgnored() throws {
    let extraction = try Harness.extract(Self.residue)
    #expect(
      extraction.sentences.map(\.text) == [
        "Port operators sign a data-sharing pact",
        "The Yeosu Port Authority and Minato Logistics signed the pact on Friday.",
      ])
    let names = Set(extraction.mentions.map(\.text))
    #expect(!names.contains("Nakamura Sho"))
    #expect(!names.contains("Choi Da-eun"))
    #expect(!names.contains("Gwangyang"))
    #expect(extraction.mentions.allSatisfy { $0.evidence.sentence <= 1 })
  }

  @Test("a line ending in an abbreviation's period is text, not a headline or boilerplate")
  func abbreviationEndsLine() throws {
    let single = try Harness.extract(
      "Jon Lund spoke at the Kestrel Trade Forum (KTF) with Anna Berg, chief executive of Holm Corp.")
    #expect(single.document.headline == nil)
    #expect(single.mentions.map(\.text).contains("Kestrel Trade Forum"))
    let short = try Harness.extract(
      """
      Port operators sign a data-sharing pact
      Anna Berg now chairs Holm Corp.
      The Yeosu Port Authority signed the pact on Friday.
      """)
    #expect(short.document.headline == "Port operators sign a data-sharing pact")
    #expect(short.sentences.map(\.text).contains("Anna Berg now chairs Holm Corp."))
  }
}
