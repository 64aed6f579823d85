/// Splits the tokens of one paragraph into sentences.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) when the
/// next token starts a sentence: a capital, a digit or an opening quote. A known abbreviation
/// ("Corp.", "U.S.") ends a sentence only when a typical sentence opener follows it; a month's
/// ("Jan.") when any capitalized word does.
/// - Complexity: O(n) in the number of tokens.
public struct SentenceSplitter: Sendable {
  static let closers: Set<String> = ["\"", "\u{201D}", "\u{2019}", ")", "]", "'"]
  static let openers: Set<String> = ["\"", "\u{201C}", "\u{2018}", "(", "["]
  /// Words that open sentences; after an abbreviation they mark a boundary.
  static let sentenceOpeners: Set<String> = [
    "the", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "in", "on", "at",
    "but", "meanwhile", "however", "a", "an", "his", "her", "their", "its", "our", "from", "after",
    "before", "during", "following", "according",
  ]

  public init() {}

  /// Returns index ranges into `tokens`, one a sentence.
  public func split(_ tokens: [Token]) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < tokens.count {
      // Fields are read in place: copying a Token retains two strings.
      var boundary = false
      var end = i + 1
      let kind = tokens[i].kind
      // A punctuation token is one scalar: its first byte tells ".", "!" and "?" apart.
      let mark = kind == .punct ? tokens[i].text.utf8.first ?? 0 : 0
      if mark == UInt8(ascii: ".") || mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?") {
        while end < tokens.count && SentenceSplitter.closers.contains(tokens[end].text) { end += 1 }
        boundary = end >= tokens.count || startsSentence(at: end, in: tokens)
      } else if kind == .word && tokens[i].endsWithPeriod && end < tokens.count {
        // "in Jan. Jon Lund said": a month's abbreviation is written before a day or a year,
        // never before a name.
        boundary =
          tokens[end].isCapitalized
          && (SentenceSplitter.sentenceOpeners.contains(tokens[end].lower)
            || DateParsing.month(tokens[i].lower) != nil)
      }
      if boundary {
        sentences.append(start..<end)
        start = end
        i = end
      } else {
        i += 1
      }
    }
    if start < tokens.count { sentences.append(start..<tokens.count) }
    return sentences
  }

  private func startsSentence(at k: Int, in tokens: [Token]) -> Bool {
    tokens[k].isCapitalized || tokens[k].kind == .number || tokens[k].kind == .ordinal
      || SentenceSplitter.openers.contains(tokens[k].text)
  }

}
