import TiesModel

extension MentionRecognizer {
  /// Classes that make a word something other than a brand: an ordinary English word, a name of
  /// a person or a place, a title, a known name's first word, a date word.
  private static let notBrand: WordClass = [
    .englishWord, .givenName, .familyName, .ambiguousGivenName, .westernGivenName, .japaneseSurname,
    .japaneseGivenName, .koreanSurname, .city, .country, .gazetteerStart, .roleStart, .reserved,
    .commonCapitalized, .monthOrWeekday, .connector, .headWord,
  ]

  /// "Orbisoft Hungary", "Kestrel Japan": one or two brand words (capitalized, in no word list:
  /// no English word, no name of a person or place, no title) and a one-word country name make
  /// a company's national arm, not a place. Spans that a word list knows in part keep their
  /// usual reading ("Air India", "Tanaka Japan", "Lagos Nigeria").
  /// - Complexity: O(hi − lo), one class test per word.
  func isBrandAndCountry(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    guard hi - lo == 2 || hi - lo == 3, s.classes[hi - 1].contains(.country) else { return false }
    return (lo..<(hi - 1)).allSatisfy { i in
      s.tokens[i].kind == .word && s.tokens[i].isCapitalized && s.classes[i].isDisjoint(with: Self.notBrand)
    }
  }
}
