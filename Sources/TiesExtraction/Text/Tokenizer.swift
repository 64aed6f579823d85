/// Splits a range of a document into tokens.
///
/// Words keep inner hyphens ("Korea-Japan", "Jin-sik"), known abbreviations keep their period
/// ("Corp.", "U.S."), a possessive "'s" becomes a token of its own, and "57th" is an ordinal.
/// - Complexity: O(n) in the length of the range.
public struct Tokenizer: Sendable {
  /// Lower-cased abbreviations that keep their final period.
  public static let abbreviations: Set<String> = [
    "corp.", "co.", "ltd.", "inc.", "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jan.", "feb.", "mar.",
    "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "gov.", "sen.", "rep.",
    "no.", "vs.", "etc.", "jr.", "sr.", "gen.", "col.", "lt.", "sgt.", "dept.", "est.", "approx.",
    "fig.", "vol.", "pp.", "ave.", "bros.", "plc.", "l.p.", "e.g.", "i.e.", "hon.", "rev.", "engr.",
    "atty.", "amb.", "capt.", "maj.", "alh.", "smt.", "esq.", "sra.", "messrs.", "pvt.", "pte.", "pty.",
  ]

  public init() {}

  /// The tokens of `text[lower..<upper]`, each made afresh (no lexicon classes).
  public func tokenize(_ text: [Unicode.Scalar], from lower: Int, to upper: Int) -> [Token] {
    var words = WordTable(classify: nil, capacityLimit: 4096)
    return tokenize(text, from: lower, to: upper, words: &words)
  }

  /// The tokens of `text[lower..<upper]`, interned in `words`: a surface form seen before is
  /// copied from the table instead of being built again.
  func tokenize(_ text: [Unicode.Scalar], from lower: Int, to upper: Int, words: inout WordTable) -> [Token] {
    text.withUnsafeBufferPointer { tokenize($0, from: lower, to: upper, words: &words) }
  }

  private func tokenize(
    _ text: UnsafeBufferPointer<Unicode.Scalar>, from lower: Int, to upper: Int, words: inout WordTable
  ) -> [Token] {
    precondition(lower >= 0 && upper <= text.count, "range outside the text")
    var tokens: [Token] = []
    tokens.reserveCapacity((upper - lower) / 5)
    var i = lower
    while i < upper {
      let c = text[i]
      if c == " " || c == "\t" || (c.value >= 0x80 && c.properties.isWhitespace) || c == "\r" || c == "\n" {
        i += 1
        continue
      }
      if isWordScalar(c) {
        var j = i + 1
        while j < upper {
          let s = text[j]
          if isWordScalar(s) {
            j += 1
          } else if (s == "-" || s == "\u{2010}" || s == "\u{2011}") && j + 1 < upper
            && isWordScalar(text[j + 1])
          {
            j += 2
          } else if s == "." && j + 1 < upper && text[j + 1].properties.isAlphabetic && j - i == 1
            && (j + 2 >= upper || text[j + 2] == ".")
          {
            // "U.S.", "U.K.": single letters joined by periods.
            j += 2
          } else if (s == "'" || s == "\u{2019}") && j - i == 1 && text[i].properties.isUppercase
            && j + 2 < upper && text[j + 1].properties.isUppercase && isWordScalar(text[j + 2])
          {
            // "O'Farrell", "D'Souza": an Irish, Italian or French prefix joined by an apostrophe.
            j += 2
          } else if s == "&" && j + 1 < upper && isWordScalar(text[j + 1]) && text[i].properties.isUppercase
            && j - i <= 2
          {
            // "S&P", "AT&T"
            j += 2
          } else {
            break
          }
        }
        // A trailing period that belongs to an abbreviation or an initial.
        if j < upper && text[j] == "." && keepsPeriod(text, i, j) { j += 1 }
        tokens.append(words.token(text, i, j, make: classify))
        i = j
        continue
      }
      if (c == "'" || c == "\u{2019}") && i + 1 < upper && (text[i + 1] == "s" || text[i + 1] == "S")
        && (i + 2 >= upper || !isWordScalar(text[i + 2])) && !tokens.isEmpty
        && tokens[tokens.count - 1].end == i
      {
        tokens.append(Token(start: i, end: i + 2, text: "'s", kind: .possessive))
        i += 2
        continue
      }
      if (c == "'" || c == "\u{2019}") && (i + 1 >= upper || !isWordScalar(text[i + 1])),
        let last = tokens.last, last.end == i, last.kind == .word,
        last.lower.hasSuffix("s"),
        last.text.unicodeScalars.first?.properties.isUppercase == true,
        !closesQuote(text, from: lower, before: last.start), beginsPost(text, after: i + 1, upper: upper)
      {
        // A plural's possessive before a post: "Minho Textiles' chief executive" (one
        // apostrophe, the same token as "'s"). Before a capitalized word it stays in the name:
        // "the Manufacturers' Association", "Senior Officials' Dialogue".
        tokens.append(Token(start: i, end: i + 1, text: "'s", kind: .possessive))
        i += 1
        continue
      }
      tokens.append(words.token(text, i, i + 1, make: { _ in .punct }))
      i += 1
    }
    return tokens
  }

  /// Whether the next word after `k` starts in lower case ("chief executive") or is an
  /// executive's initials ("CEO"): what a plural's possessive comes before, where a name
  /// that holds an apostrophe goes on with a capitalized word.
  /// - Complexity: O(length of the word).
  private func beginsPost(_ text: UnsafeBufferPointer<Unicode.Scalar>, after k0: Int, upper: Int) -> Bool {
    var k = k0
    while k < upper && (text[k] == " " || text[k] == "\t") { k += 1 }
    guard k < upper else { return false }
    if text[k].properties.isLowercase { return true }
    var end = k
    while end < upper && isWordScalar(text[end]) { end += 1 }
    return Tokenizer.executiveInitials.contains(
      TextSearch.string(UnsafeBufferPointer(rebasing: text[k..<end])))
  }

  /// Initials of executive posts, written in capitals before a name.
  static let executiveInitials: Set<String> = ["CEO", "CFO", "COO", "CTO", "CIO", "CMO", "MD"]

  /// Whether an apostrophe after the word starting at `start` would close a quotation opened
  /// before it in the range ("the 'Young Leaders' programme"): an opening quotation mark, or an
  /// apostrophe that starts a word, with no sentence end between.
  /// - Complexity: O(distance to the quotation mark or the range's start).
  private func closesQuote(_ text: UnsafeBufferPointer<Unicode.Scalar>, from lower: Int, before start: Int)
    -> Bool
  {
    var k = start - 1
    while k >= lower {
      let c = text[k]
      if c == "\n" || c == "." { return false }
      if c == "\u{2018}" { return true }
      if (c == "'" || c == "\u{2019}") && (k == lower || !isWordScalar(text[k - 1])) && k + 1 < text.count
        && isWordScalar(text[k + 1])
      {
        return true
      }
      k -= 1
    }
    return false
  }

  /// Whether the word `text[i..<j]`, followed by a period, keeps it: an abbreviation
  /// ("Corp."), an initial ("J."), or letters joined by periods ("U.S.").
  private func keepsPeriod(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ j: Int) -> Bool {
    if j - i == 1 && text[i].properties.isUppercase { return true }
    if j - i >= 2 && text[i..<j].contains(".") { return true }
    // The longest abbreviation has six letters before its period.
    guard j - i <= 6 else { return false }
    return Tokenizer.abbreviations.contains(
      TextSearch.string(UnsafeBufferPointer(rebasing: text[i..<j])).lowercased() + ".")
  }

  @inline(__always)
  private func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x80 { return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
    return s.properties.isAlphabetic || s.properties.numericType != nil
      || s.properties.generalCategory == .nonspacingMark
  }

  private func classify(_ raw: String) -> Token.Kind {
    let scalars = raw.unicodeScalars
    guard let first = scalars.first, first.value >= 48 && first.value <= 57 else { return .word }
    let digits = scalars.prefix { $0.value >= 48 && $0.value <= 57 }
    let rest = String(String.UnicodeScalarView(scalars.dropFirst(digits.count))).lowercased()
    if rest.isEmpty || rest.allSatisfy({ $0 == "," || $0 == "." || ($0 >= "0" && $0 <= "9") }) {
      return .number
    }
    if ["st", "nd", "rd", "th"].contains(rest) { return .ordinal }
    return .word
  }
}
