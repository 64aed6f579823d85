/// What a single lower-case word can be, as bits: one dictionary look-up per token replaces
/// the dozen set look-ups the recognizers and relation patterns would otherwise make.
public struct WordClass: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// First word of a role title or a modifier of one ("vice", "chairman", "acting").
  public static let roleStart = WordClass(rawValue: 1 << 0)
  public static let eventHead = WordClass(rawValue: 1 << 1)
  /// Never part of a person's name (see `Lexicon.reservedWords`).
  public static let reserved = WordClass(rawValue: 1 << 2)
  public static let commonCapitalized = WordClass(rawValue: 1 << 3)
  public static let hostVerb = WordClass(rawValue: 1 << 4)
  public static let attendanceCue = WordClass(rawValue: 1 << 5)
  public static let holdingCue = WordClass(rawValue: 1 << 6)
  public static let monthOrWeekday = WordClass(rawValue: 1 << 7)
  public static let connector = WordClass(rawValue: 1 << 8)
  public static let gazetteerStart = WordClass(rawValue: 1 << 9)
  /// Makes every person of the sentence a participant ("remarks", "moderating").
  public static let participation = WordClass(rawValue: 1 << 10)
  /// First word of a phrase that announces a future event ("will", "next", "scheduled").
  public static let futureCueStart = WordClass(rawValue: 1 << 11)
  /// A word that refers to the article's event without naming it ("event", "meeting").
  public static let eventReference = WordClass(rawValue: 1 << 12)
  /// A single head word of an organization, place, event or agreement (`Lexicon.headWords`).
  public static let headWord = WordClass(rawValue: 1 << 13)
  public static let koreanSurname = WordClass(rawValue: 1 << 14)
  public static let koreanSyllable = WordClass(rawValue: 1 << 15)
  public static let japaneseSurname = WordClass(rawValue: 1 << 16)
  public static let japaneseGivenName = WordClass(rawValue: 1 << 17)
  public static let westernGivenName = WordClass(rawValue: 1 << 18)
  /// "of", "for" or "on": splits two names unless an organization word introduces it.
  public static let ofOrFor = WordClass(rawValue: 1 << 19)
  /// "and" or "&" between names.
  public static let conjunction = WordClass(rawValue: 1 << 20)
  /// A comma.
  public static let comma = WordClass(rawValue: 1 << 21)
  /// A city's name (one word), a country's name (one word), or the last word of an
  /// organization, place, event or agreement head.
  public static let city = WordClass(rawValue: 1 << 22)
  public static let country = WordClass(rawValue: 1 << 23)
  public static let headLastWord = WordClass(rawValue: 1 << 24)
  /// A given name of the generated lists that is not an English word (`Lexicon.givenNames`).
  public static let givenName = WordClass(rawValue: 1 << 25)
  /// A family name of the generated lists (`Lexicon.worldFamilyNames`).
  public static let familyName = WordClass(rawValue: 1 << 26)
  /// An ordinary English word (`Lexicon.englishWords`).
  public static let englishWord = WordClass(rawValue: 1 << 27)
  /// A given name that is also an English word (`Lexicon.ambiguousGivenNames`).
  public static let ambiguousGivenName = WordClass(rawValue: 1 << 28)
  /// Set on a token's classes once they were looked up (see `Token.wordClass`): an empty
  /// set then means "not in the lexicon" rather than "not looked up".
  public static let classified = WordClass(rawValue: 1 << 31)
}

extension Lexicon {
  /// The classes of `word` (lower-case); empty for words the lexicon does not know.
  /// - Complexity: one hash look-up, and a bisection of each large generated list
  ///   (O(m log n) for a word of m bytes). `WordTable` keeps the classes of each word it has
  ///   seen, so this runs once per distinct word.
  public func wordClass(_ word: String) -> WordClass {
    var classes = wordClasses[word] ?? []
    if givenNames.contains(word) { classes.insert(.givenName) }
    if worldFamilyNames.contains(word) { classes.insert(.familyName) }
    if englishWords.contains(word) { classes.insert(.englishWord) }
    if ambiguousGivenNames.contains(word) { classes.insert(.ambiguousGivenName) }
    return classes
  }

  /// The classes of a token: those the tokenizer stored, or a look-up of its lower-case form.
  @inline(__always)
  public func classes(of token: Token) -> WordClass {
    token.wordClass.contains(.classified) ? token.wordClass : wordClass(token.lower)
  }

  /// Sets `wordClasses`: every class but those of the large generated lists, which
  /// `wordClass` looks up in the lists themselves.
  mutating func buildWordClasses() {
    var classes: [String: WordClass] = [:]
    func mark(_ words: some Sequence<String>, _ c: WordClass) {
      for w in words { classes[w, default: []].insert(c) }
    }
    mark(roleFirstWords, .roleStart)
    mark(eventHeads, .eventHead)
    mark(reservedWords, .reserved)
    mark(MentionRecognizer.commonCapitalized, .commonCapitalized)
    mark(RelationExtractor.hostVerbs, .hostVerb)
    mark(RelationExtractor.attendanceFirstWords, .attendanceCue)
    mark(RelationExtractor.participationWords, .participation)
    mark(RelationExtractor.holdingCues, .holdingCue)
    mark(DateParsing.months.keys, .monthOrWeekday)
    mark(DateParsing.weekdays.keys, .monthOrWeekday)
    mark(MentionRecognizer.connectors, .connector)
    mark(gazetteer.keys, .gazetteerStart)
    mark(futureCuePhrases.compactMap(\.first), .futureCueStart)
    mark(eventHeads, .eventReference)
    mark(RelationExtractor.referenceWords, .eventReference)
    mark(headWords, .headWord)
    mark(koreanSurnames, .koreanSurname)
    mark(koreanSyllables, .koreanSyllable)
    mark(japaneseSurnames, .japaneseSurname)
    mark(japaneseGivenNames, .japaneseGivenName)
    mark(westernGivenNames, .westernGivenName)
    mark(["of", "for", "on"], .ofOrFor)
    mark(["and", "&"], .conjunction)
    mark([","], .comma)
    mark(cities.keys, .city)
    mark(countries.keys, .country)
    mark(headLastWords, .headLastWord)
    wordClasses = classes
  }
}
