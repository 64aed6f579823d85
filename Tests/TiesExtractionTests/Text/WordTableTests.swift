import Testing

@testable import TiesExtraction

/// The interning table must be invisible: tokens copied from it equal tokens built afresh.
@Suite("word table")
struct WordTableTests {
  static let text = """
    Korea-Japan Business Council Chairman Ito Kenji met KITA's vice chairman in Osaka on Jan. 5. \
    The council, the chamber and the U.S. embassy met again: the council's 12th forum; 東京 and 서울.
    """

  @Test("interned tokens equal fresh tokens, with lexicon classes added")
  func internedEqualsFresh() throws {
    let lexicon = try Lexicon.builtIn()
    let scalars = Array(Self.text.unicodeScalars)
    let fresh = Tokenizer().tokenize(scalars, from: 0, to: scalars.count)
    var table = WordTable(classify: { lexicon.wordClass($0) })
    // Twice: the second pass reads every word from the table.
    for _ in 0..<2 {
      let interned = Tokenizer().tokenize(scalars, from: 0, to: scalars.count, words: &table)
      #expect(interned.count == fresh.count)
      for (a, b) in zip(interned, fresh) {
        #expect((a.start, a.end, a.text, a.lower, a.kind) == (b.start, b.end, b.text, b.lower, b.kind))
        #expect(a.isCapitalized == b.isCapitalized && a.isAllCaps == b.isAllCaps)
        // A possessive "'s" is made on the spot (its text is normalized), never interned.
        if a.kind != .possessive {
          #expect(a.wordClass == lexicon.wordClass(a.lower).union(.classified))
        }
      }
    }
    let distinct = Set(fresh.filter { $0.kind != .possessive }.map { Array(scalars[$0.start..<$0.end]) })
      .count
    #expect(table.count == distinct)
  }

  @Test("a full table starts over instead of growing")
  func capacityLimit() {
    var table = WordTable(classify: nil, capacityLimit: 8)
    let scalars = Array((0..<50).map { "w\($0)" }.joined(separator: " ").unicodeScalars)
    let tokens = Tokenizer().tokenize(scalars, from: 0, to: scalars.count, words: &table)
    #expect(tokens.count == 50)
    #expect(tokens.last?.text == "w49")
    #expect(table.count <= 8)
    #expect(tokens.allSatisfy { $0.wordClass.isEmpty })
  }
}
