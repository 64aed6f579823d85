import TiesModel

extension MentionRecognizer {
  /// Classes that make a word something other than a brand: an ordinary English word, a name of
  /// a person or a place, a title, a known name's first word, a date word.
  private static let notBrand: WordClass = [
    .englishWord, .givenName, .familyName, .ambiguousGivenName, .westernGivenName, .japaneseSurname,
    .japaneseGivenName, .koreanSurname, .city, .country, .gazetteerStart, .roleStart, .reserved,
    .commonCapitalized, .monthOrWeekday, .connector, .headWord,
  ]

  /// "Orbisoft Hungary", "Kestrel Japan", "SEMI Taiwan": one or two brand words (capitalized, in
  /// no word list: no English word, no name of a person or place, no title; or initials) and a
  /// one-word country or continent name make
  /// a company's national arm, not a place. Spans that a word list knows in part keep their
  /// usual reading ("Air India", "Tanaka Japan", "Lagos Nigeria").
  /// - Complexity: O(hi − lo), one class test per word.
  func isBrandAndCountry(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    guard hi - lo == 2 || hi - lo == 3,
      Self.isCountryOrContinent(s.classes[hi - 1], s.tokens[hi - 1].lower)
    else { return false }
    return (lo..<(hi - 1)).allSatisfy { i in
      s.tokens[i].kind == .word && s.tokens[i].isCapitalized
        && (s.classes[i].isDisjoint(with: Self.notBrand) || isBrandInitials(s, i))
    }
  }

  /// Continents a business names its regional arm after: "OCP Africa", "Kestrel Europe".
  static let continents: Set<String> = ["africa", "asia", "europe", "oceania", "americas"]

  /// Whether a word with these classes, in lower case, is a country's or a continent's name:
  /// what ends a business's or an event's regional name ("Kestrel Japan", "Expo Asia").
  static func isCountryOrContinent(_ classes: WordClass, _ lower: String) -> Bool {
    classes.contains(.country) || continents.contains(lower)
  }

  /// "SEMI Taiwan", "OCP Africa": letters in capitals (two to five) that are no place, title or
  /// month are a brand's initials, even when they spell an English word.
  private func isBrandInitials(_ s: SentenceAnalysis, _ i: Int) -> Bool {
    let t = s.tokens[i]
    return t.isAllCaps && (2...5).contains(t.text.count)
      && s.classes[i].isDisjoint(with: [.city, .country, .gazetteerStart, .roleStart, .monthOrWeekday])
  }
}
