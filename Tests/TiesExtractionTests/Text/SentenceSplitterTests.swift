import Testing
import TiesExtraction

/// A paragraph and the sentences it must split into.
struct SplitCase: Sendable, CustomTestStringConvertible {
  var what: String
  var sentences: [String]

  var testDescription: String { what }
}

private let splits: [SplitCase] = [
  SplitCase(
    what: "Corp., Co. and Ltd. inside a sentence",
    sentences: [
      "Mirae Steel Corp. and Daewon Co. Ltd. signed a supply contract in Incheon.",
      "Both firms declined to give its value.",
    ]),
  SplitCase(
    what: "Inc. before a sentence opener ends the sentence",
    sentences: ["The order went to Brooks Inc.", "The shares of the firm rose 4 percent."]),
  SplitCase(
    what: "U.S., Mr. and Dr. are not sentence ends",
    sentences: [
      "Mr. Tanaka met Dr. Alan Brooks, a U.S. economist, at the embassy.",
      "They discussed tariffs.",
    ]),
  SplitCase(
    what: "month abbreviations from Jan. to Dec.",
    sentences: [
      "Talks ran from Jan. 9 to Feb. 2 and again from Sept. 14 to Dec. 1 last year.",
      "A new round opens on Mar. 3.",
      "Officials hope to finish by Aug. 30.",
    ]),
  SplitCase(
    what: "a month's abbreviation before a name ends the sentence; May has no abbreviation",
    sentences: [
      "The board will meet again in Jan.", "Jon Lund said it would meet in May.", "Anna Berg agreed.",
    ]),
  SplitCase(
    what: "initials of a name",
    sentences: ["The fund is run by J. K. Rowan and T. Sato.", "Both joined in 2019."]),
  SplitCase(
    what: "a quotation that ends the sentence",
    sentences: [
      "\"We will expand our plant in Ohio,\" said Lee Ha-na.",
      "She added, \"The market is ready.\"",
      "Nobody disagreed.",
    ]),
  SplitCase(
    what: "question and exclamation marks",
    sentences: ["Will prices fall?", "Analysts doubt it!", "The data will tell."]),
]

@Suite("Sentence splitting")
struct SentenceSplitterTests {
  @Test("sentences of a paragraph", arguments: splits)
  func split(_ c: SplitCase) throws {
    let text = c.sentences.joined(separator: " ")
    let extraction = try Harness.extract(text)
    #expect(extraction.sentences.map(\.text) == c.sentences)
  }

  @Test("sentence offsets slice the document")
  func offsets() throws {
    let text = "Kim Ji-ho of Samil Corp. spoke. Then Dr. Ryu answered."
    let scalars = Array(text.unicodeScalars)
    let extraction = try Harness.extract(text)
    #expect(extraction.sentences.count == 2)
    for sentence in extraction.sentences {
      let slice = String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end]))
      #expect(slice == sentence.text)
    }
    #expect(extraction.sentences.map(\.index) == [0, 1])
  }
}
