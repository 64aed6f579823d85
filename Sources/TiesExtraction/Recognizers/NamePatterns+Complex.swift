import TiesModel

/// Names with initials, particles and generational suffixes: "Thomas A. Reyes", "Jaime
/// Zobel de Ayala", "Mohammed bin Salim Al Harthy", "Renato Cruz Jr.", "Abdullah II".
extension NamePatterns {
  /// Whether `lo..<hi` holds an initial, a lower-case name particle or a generational suffix.
  func hasInitialParticleOrSuffix(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
    (lo..<hi).contains { i in
      let t = tokens[i]
      return isInitial(t) || (!t.isCapitalized && PersonStyles.particles.contains(t.lower))
        || isQuote(t)
        || (i == hi - 1 && i > lo && PersonStyles.generational.contains(t.lower))
    }
  }

  /// The shape of a person's name: capitalized words (one to five, not all capitals unless a
  /// regnal number closes the name), initials anywhere but last, particles only between
  /// words, a generational suffix only last, and no word that cannot be part of a name.
  /// - Complexity: O(k) in the length of the span.
  func isStyledNameLike(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
    var words = 0
    for i in lo..<hi {
      let t = tokens[i]
      // 'Stephen "Tim" Quigley': the quotation marks around a nickname.
      if isQuote(t) && i > lo && i < hi - 1 { continue }
      if isInitial(t) {
        if i == hi - 1 { return false }
        continue
      }
      if !t.isCapitalized && PersonStyles.particles.contains(t.lower) {
        if i == lo || i == hi - 1 { return false }
        continue
      }
      if i == hi - 1 && i > lo && PersonStyles.generational.contains(t.lower) { continue }
      // "Emilio T. Valcarce, Jr.": the comma before a generational suffix.
      if t.text == ",", i == hi - 2, PersonStyles.generational.contains(tokens[hi - 1].lower) { continue }
      guard t.kind == .word, t.isCapitalized, !t.isAllCaps, !t.endsWithPeriod else { return false }
      let c = lexicon.classes(of: t)
      if c.contains(.reserved) && (i == hi - 1 || !c.contains(.headWord)) { return false }
      if isCountryCompound(t.lower) { return false }
      words += 1
    }
    return (1...5).contains(words)
  }

  /// An initial: "A.", or two or three run together ("K.T.", "J.R.R."), which are no country
  /// ("U.S.", "U.K.") or place.
  func isInitial(_ t: Token) -> Bool {
    if PersonStyles.isInitial(t) { return true }
    let scalars = Array(t.text.unicodeScalars)
    guard t.kind == .word, t.endsWithPeriod, (4...6).contains(scalars.count), scalars.count % 2 == 0,
      scalars.indices.allSatisfy({ i in
        i % 2 == 1 ? scalars[i] == "." : scalars[i].properties.isUppercase
      })
    else { return false }
    return lexicon.countries[t.lower] == nil
      && lexicon.classes(of: t).isDisjoint(with: [.country, .city, .reserved, .gazetteerStart])
  }

  /// Particles before a father's name in Arabic and Malay names.
  static let patronymicParticles: Set<String> = ["bin", "bint", "ibn", "binti", "bte"]

  /// A quotation mark, straight or curly.
  func isQuote(_ t: Token) -> Bool {
    t.kind == .punct
      && (MentionRecognizer.openingQuotes.contains(t.text)
        || MentionRecognizer.closingQuotes.contains(t.text))
  }

  /// How sure a name with initials, particles or a suffix is a person's: an initial between
  /// two words ("Thomas A. Reyes") or a leading initial ("S. Rao") is a strong sign; particles
  /// need a known given name first ("Jaime Zobel de Ayala", but not "Rio Grande do Sul").
  func complexNameConfidence(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Verdict? {
    guard isStyledNameLike(tokens, lo, hi) else { return nil }
    // "Alfredo M. Reyes Award": a name that ends in an ordinary word names something else;
    // not a word right after "bin" or "ibn", which is a father's name ("Saeed bin Laden").
    if let lastWord = (lo..<hi).last(where: {
      tokens[$0].isCapitalized && !isInitial(tokens[$0])
    }), !(lastWord > lo && Self.patronymicParticles.contains(tokens[lastWord - 1].lower)) {
      let c = lexicon.classes(of: tokens[lastWord])
      if c.contains(.englishWord) && !c.contains(.familyName) { return nil }
    }
    let hasInitial = (lo..<hi).contains { isInitial(tokens[$0]) }
    let first = lexicon.classes(of: tokens[lo])
    if hasInitial { return Verdict(rule: "name-with-initial", confidence: 0.85) }
    if !first.isDisjoint(with: [.westernGivenName, .givenName]) {
      return Verdict(rule: "name-with-particle", confidence: 0.8)
    }
    // "Thani bin Ahmed Al Zeyoudi": "bin" or "ibn" after a name (no English word) says whose
    // son, whatever the name lists know of the first.
    // Every word before it is a name: "Economy Abdulla bin …" opens with a minister's portfolio.
    if let particle = ((lo + 1)..<(hi - 1)).first(where: {
      Self.patronymicParticles.contains(tokens[$0].text)
    }),
      (lo..<particle).allSatisfy({ !lexicon.classes(of: tokens[$0]).contains(.englishWord) })
    {
      return Verdict(rule: "name-with-patronymic", confidence: 0.8)
    }
    // "Renato Cruz Jr.": a two- or three-word name with a generational suffix.
    if PersonStyles.generational.contains(tokens[hi - 1].lower), hi - lo >= 3,
      !(lo..<hi).contains(where: { !tokens[$0].isCapitalized })
    {
      return Verdict(rule: "name-with-suffix", confidence: 0.8)
    }
    return nil
  }
}
