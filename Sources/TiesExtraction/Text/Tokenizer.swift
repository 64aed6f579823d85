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
    "fig.", "vol.", "pp.", "ave.", "bros.", "plc.", "l.p.", "e.g.", "i.e.", "may.",
  ]

  public init() {}

  public func tokenize(_ text: [Unicode.Scalar], from lower: Int, to upper: Int) -> [Token] {
    var tokens: [Token] = []
    var i = lower
    while i < upper {
      let c = text[i]
      if c.properties.isWhitespace {
        i += 1
        continue
      }
      if isWordScalar(c) {
        var j = i + 1
        while j < upper {
          let s = text[j]
          if isWordScalar(s) {
            j += 1
          } else if (s == "-" || s == "\u{2010}" || s == "\u{2011}") && j + 1 < upper && isWordScalar(text[j + 1]) {
            j += 2
          } else if s == "." && j + 1 < upper && text[j + 1].properties.isAlphabetic && j - i == 1
            && (j + 2 >= upper || text[j + 2] == ".")
          {
            // "U.S.", "U.K.": single letters joined by periods.
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
        if j < upper && text[j] == "." {
          let word = String(String.UnicodeScalarView(text[i..<j])).lowercased() + "."
          let isInitial = j - i == 1 && text[i].properties.isUppercase
          let dotted = word.count >= 3 && word.dropLast().contains(".")
          if Tokenizer.abbreviations.contains(word) || isInitial || dotted {
            j += 1
          }
        }
        let raw = String(String.UnicodeScalarView(text[i..<j]))
        tokens.append(Token(start: i, end: j, text: raw, kind: classify(raw)))
        i = j
        continue
      }
      if (c == "'" || c == "\u{2019}") && i + 1 < upper && (text[i + 1] == "s" || text[i + 1] == "S")
        && (i + 2 >= upper || !isWordScalar(text[i + 2])) && !tokens.isEmpty && tokens[tokens.count - 1].end == i
      {
        tokens.append(Token(start: i, end: i + 2, text: "'s", kind: .possessive))
        i += 2
        continue
      }
      tokens.append(Token(start: i, end: i + 1, text: String(Character(c)), kind: .punct))
      i += 1
    }
    return tokens
  }

  private func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
  }

  private func classify(_ raw: String) -> Token.Kind {
    let scalars = raw.unicodeScalars
    guard let first = scalars.first, first.properties.numericType != nil, first.isASCII else { return .word }
    let digits = scalars.prefix { $0.properties.numericType != nil }
    let rest = String(String.UnicodeScalarView(scalars.dropFirst(digits.count))).lowercased()
    if rest.isEmpty || rest.allSatisfy({ $0 == "," || $0 == "." || $0.isNumber }) { return .number }
    if ["st", "nd", "rd", "th"].contains(rest) { return .ordinal }
    return .word
  }
}
