/// The words written around a person's name that are not the name: styles and honorifics
/// before it ("Mr", "H.E.", "Tan Sri", "Sheikh"), post-nominal letters and generational
/// suffixes after it ("AO", "MP", "Jr."), and the lower-case particles inside it ("bin",
/// "de", "van der").
///
/// General conventions of many cultures; no person is listed.
enum PersonStyles {
  /// Styles before a name, as lower-case word sequences, longest first. Each one makes the
  /// name after it a person's.
  static let before: [[String]] = {
    let phrases = [
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "prof", "prof.", "sir", "dame",
      "lord", "lady", "madam", "madame", "mme", "herr", "frau", "señor", "senor", "señora", "sra.",
      "h.e.", "h.e", "h. e", "h. e.", "his excellency", "her excellency", "their excellencies", "h.h.",
      "his highness",
      "her highness", "his majesty", "her majesty", "his royal highness", "her royal highness", "hrh",
      "the hon.", "the hon", "hon.", "hon", "the honourable", "the honorable", "honourable", "honorable",
      "rt. hon.", "rt hon", "the rt hon", "the rt. hon.", "right honourable",
      "sheikh", "sheikha", "shaikh", "shaikha", "sheik", "emir", "amir", "sultan", "king", "queen",
      "prince", "princess", "crown prince", "emperor",
      "tan sri", "puan sri", "datuk seri", "dato' seri", "dato seri", "datuk", "dato'", "dato", "datin",
      "datin seri", "tun", "toh puan", "dato’", "dato’ seri", "yang berhormat",
      "shri", "sri", "smt", "smt.", "shrimati", "kumari", "pandit", "sardar",
      "alhaji", "alhaja", "alh.", "engr", "engr.", "arc.", "barr.", "pastor", "rev.", "rev",
      "reverend", "bishop", "archbishop", "cardinal", "imam", "rabbi", "mallam",
      "senator", "sen.", "congressman", "congresswoman", "assemblyman", "assemblywoman", "councillor",
      "councilor", "alderman", "rep.", "gov.", "gen.", "col.", "lt.", "maj.", "capt.", "atty.", "amb.",
    ]
    return phrases.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
  }()

  /// Styles that never begin anything but a person's name, also in the middle of a longer
  /// capitalized run ("Minister of Culture and Information Dr Jane Doe").
  static let unambiguous: Set<String> = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "h.e.", "h.e", "sheikh", "sheikha",
    "shaikh", "datuk", "dato", "dato'", "dato’", "tan", "puan", "his", "her", "hon.", "alhaji", "alhaja",
    "engr",
    "engr.", "mallam", "madam", "smt", "smt.", "shri",
  ]

  /// `before` by first word, for one look-up per token.
  static let beforeByFirstWord: [String: [[String]]] = Dictionary(grouping: before) { $0[0] }

  /// Post-nominal letters and generational suffixes that may close a name.
  static let after: Set<String> = [
    "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "vi", "vii", "viii", "2nd", "3rd", "4th",
    "ac", "ao", "am", "oam", "obe", "mbe", "cbe", "kbe", "dbe", "gbe", "kcmg", "cmg", "cvo", "lvo", "mvo",
    "qc", "kc", "sc", "mp", "mla", "mep", "msp", "mhk", "frs", "freng", "phd", "ph.d.", "md", "mba",
    "esq", "esq.", "con", "gcon", "ofr", "oon", "mni", "fca", "cpa",
  ]

  /// Generational suffixes and regnal numbers: a name of one word may carry them ("Abdullah II").
  static let generational: Set<String> = [
    "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "vi", "vii", "viii", "2nd", "3rd", "4th",
  ]

  /// Lower-case particles inside names: "Jaime Zobel de Ayala", "Mohammed bin Rashid",
  /// "Ursula von der Leyen", "Abu Bakar", "Nasir el-Rufai".
  static let particles: Set<String> = [
    "bin", "binti", "binte", "bint", "ibn", "al", "al-", "el", "abu", "de", "da", "das", "do", "dos", "del",
    "della", "dei", "di", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "ten", "y", "e", "zu",
    "af", "ap", "mac", "st.", "bte",
  ]

  /// The style phrase that starts at `k`, as its length in tokens, if any.
  static func styleLength(_ tokens: [Token], at k: Int) -> Int? {
    guard k < tokens.count, let candidates = beforeByFirstWord[tokens[k].lower] else { return nil }
    for phrase in candidates where k + phrase.count <= tokens.count {
      var same = true
      for (offset, word) in phrase.enumerated() where tokens[k + offset].lower != word {
        same = false
        break
      }
      if same { return phrase.count }
    }
    return nil
  }

  /// Whether the token is an initial: one capital letter and a period ("R.", "S.").
  static func isInitial(_ t: Token) -> Bool {
    t.kind == .word && t.endsWithPeriod && t.text.unicodeScalars.count == 2 && t.isCapitalized
  }
}
