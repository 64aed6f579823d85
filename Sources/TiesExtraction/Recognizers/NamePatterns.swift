import TiesModel

/// Tells person names from other capitalized words, using family-name and given-name lists
/// and the sound patterns of romanized Korean and Japanese.
struct NamePatterns: Sendable {
  let lexicon: Lexicon

  struct Verdict {
    var rule: String
    var confidence: Double
  }

  /// Whether `lo..<hi` reads as a person's name, and how sure that is.
  /// - Complexity: O(k) in the length of the words.
  func personConfidence(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Verdict? {
    let count = hi - lo
    if count >= 2, hasInitialParticleOrSuffix(tokens, lo, hi) { return complexNameConfidence(tokens, lo, hi) }
    guard (2...4).contains(count) else { return nil }
    let parts = tokens[lo..<hi]
    guard
      parts.allSatisfy({
        $0.kind == .word && $0.isCapitalized && !$0.isAllCaps && !$0.endsWithPeriod
      })
    else {
      return nil
    }
    if hasReservedWord(tokens, lo, hi) { return nil }
    // One class look-up per word: the name lists are bits of `WordClass`.
    let first = lexicon.classes(of: tokens[lo])
    let second = lexicon.classes(of: tokens[lo + 1])
    // Korean, family name first: "Lim Dong-hyun", "Park Jin", "Han Ji Woo".
    if first.contains(.koreanSurname) {
      if count == 2 && tokens[lo + 1].lower.utf8.contains(UInt8(ascii: "-"))
        && isKoreanGivenName(tokens[lo + 1].lower)
      {
        return Verdict(rule: "korean-name", confidence: 0.95)
      }
      if count <= 3 && (lo + 1..<hi).allSatisfy({ lexicon.classes(of: tokens[$0]).contains(.koreanSyllable) })
      {
        return Verdict(rule: "korean-name", confidence: 0.8)
      }
    }
    let a = tokens[lo].lower
    let b = tokens[lo + 1].lower
    // Korean, given name first: "Jin-sik Yoon".
    if count == 2 && second.contains(.koreanSurname) && a.utf8.contains(UInt8(ascii: "-"))
      && isKoreanGivenName(a)
    {
      return Verdict(rule: "korean-name", confidence: 0.9)
    }
    // A hyphenated Korean given name after any family name ("Chey Tae-won").
    if count == 2 && b.utf8.contains(UInt8(ascii: "-")) && isKoreanGivenName(b) && isKoreanSyllableLike(a) {
      return Verdict(rule: "korean-name", confidence: 0.85)
    }
    if count == 2 {
      let family = WordClass.japaneseSurname
      let given = WordClass.japaneseGivenName
      if (first.contains(family) && second.contains(given))
        || (first.contains(given) && second.contains(family))
      {
        return Verdict(rule: "japanese-name", confidence: 0.9)
      }
      if !first.union(second).isDisjoint(with: [family, given]) && isJapaneseLike(a) && isJapaneseLike(b) {
        return Verdict(rule: "japanese-name", confidence: 0.75)
      }
    }
    if let verdict = vietnameseNameConfidence(tokens, lo, hi) { return verdict }
    if first.contains(.westernGivenName) && count <= 3 {
      return Verdict(rule: "western-name", confidence: 0.75)
    }
    return worldNameConfidence(tokens, lo, hi)
  }

  /// A looser test used where context already suggests a person (after a title, before
  /// ", chairman of"): 2–4 capitalized words that are not organization, place or date words.
  func isPersonLike(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
    // "Crown Prince": styles alone are nobody's name.
    if PersonStyles.styleLength(tokens, at: lo) == hi - lo { return false }
    if personConfidence(tokens, lo, hi) != nil { return true }
    if hi - lo >= 2, hasInitialParticleOrSuffix(tokens, lo, hi) { return isStyledNameLike(tokens, lo, hi) }
    guard (2...4).contains(hi - lo) else { return false }
    let parts = tokens[lo..<hi]
    return parts.allSatisfy {
      $0.kind == .word && $0.isCapitalized && !$0.isAllCaps && !$0.endsWithPeriod
    }
      && !hasReservedWord(tokens, lo, hi)
  }

  /// Whether `lo..<hi` holds a word that cannot be part of a person's name. Head words
  /// ("Park", "Hall", "Group") rule a name out only as its last word, so that "Park Seung-hee"
  /// stays a person while "Olympic Park" does not; other reserved words (countries, months,
  /// titles) rule it out anywhere, but a month or weekday that is also a given name may open
  /// one ("Jan Kowalski", "Sunday Adeyemi"; `MentionRecognizer.isMonthAsGivenName` keeps dates
  /// out), and a particle's word between two names is a middle name ("Tran Van Minh"). Reads the tokens' class bits: one look-up per word at most.
  func hasReservedWord(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
    for i in lo..<hi {
      let c = lexicon.classes(of: tokens[i])
      let w = tokens[i].lower
      let givenDate =
        i == lo && hi - lo >= 2 && c.contains(.monthOrWeekday) && !tokens[i].endsWithPeriod
        && !c.isDisjoint(with: [.givenName, .westernGivenName])
      // "Tran Van Minh": a particle's word between two names is a middle name, not the city.
      let middleParticle = i > lo && i < hi - 1 && PersonStyles.particles.contains(w)
      let reserved =
        (c.contains(.reserved) && !givenDate && !middleParticle)
        || (tokens[i].endsWithPeriod && DateParsing.month(w) != nil)
        || isCountryCompound(w)
      if reserved && (i == hi - 1 || !c.contains(.headWord)) { return true }
    }
    return false
  }

  /// "Korea-Japan": a compound of country names.
  func isCountryCompound(_ word: String) -> Bool {
    word.utf8.contains(UInt8(ascii: "-"))
      && word.split(separator: "-").contains { lexicon.countries[String($0)] != nil }
  }

  func isKoreanGivenName(_ word: String) -> Bool {
    let parts = word.split(separator: "-")
    return parts.count == 2
      && parts.allSatisfy {
        lexicon.koreanSyllables.contains(String($0)) || hasKoreanSyllableShape(Array($0.utf8))
      }
  }

  /// Whether a lower-case word has the shape of one romanized Korean syllable: an optional
  /// initial consonant (or two letters of one: "ch", "kk"), one to three vowel letters (with
  /// "w" or "y" glides), an optional final "n", "ng", "k", "l", "m", "p", "t" ("byong", "hwan").
  func hasKoreanSyllableShape(_ s: [UInt8]) -> Bool {
    guard (1...6).contains(s.count), s.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
    let vowels = Set("aeiouwy".utf8)
    var i = 0
    while i < s.count && i < 2 && !vowels.contains(s[i]) { i += 1 }
    let vowelStart = i
    while i < s.count && vowels.contains(s[i]) { i += 1 }
    guard i > vowelStart, i - vowelStart <= 3 else { return false }
    let coda = String(decoding: s[i...], as: UTF8.self)
    return ["", "n", "ng", "k", "l", "m", "p", "t", "g"].contains(coda)
  }

  func isKoreanSyllableLike(_ word: String) -> Bool {
    lexicon.koreanSurnames.contains(word) || lexicon.koreanSyllables.contains(word)
      || (word.count <= 5 && isJapaneseLike(word) == false && word.unicodeScalars.allSatisfy { $0.isASCII })
  }

  /// Whether `word` can be read as romanized Japanese: (consonant) vowel syllables, a moraic
  /// "n", doubled consonants.
  static let onsets: [[UInt8]] = [
    "ky", "gy", "sh", "ch", "ts", "ny", "hy", "by", "py", "my", "ry", "j", "k", "g", "s", "z", "t", "d", "n",
    "h", "b", "p", "m", "y", "r", "w", "f",
  ].map { Array($0.utf8) }

  func isJapaneseLike(_ word: String) -> Bool {
    let s = Array(word.lowercased().utf8)
    guard !s.isEmpty, s.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return false }
    func isVowel(_ c: UInt8) -> Bool { c == 97 || c == 105 || c == 117 || c == 101 || c == 111 }
    let n = UInt8(ascii: "n")
    let y = UInt8(ascii: "y")
    var i = 0
    while i < s.count {
      if isVowel(s[i]) {
        i += 1
        continue
      }
      if s[i] == n && (i + 1 == s.count || !isVowel(s[i + 1]) && s[i + 1] != y) {
        i += 1
        continue
      }
      // Doubled consonant: "tt", "kk", "ss", "pp".
      if i + 1 < s.count && s[i] == s[i + 1]
        && [UInt8(ascii: "k"), UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "p")].contains(s[i])
      {
        i += 1
        continue
      }
      var matched = false
      for onset in NamePatterns.onsets where i + onset.count < s.count && isVowel(s[i + onset.count]) {
        var same = true
        for (k, c) in onset.enumerated() where s[i + k] != c {
          same = false
          break
        }
        if same {
          i += onset.count + 1
          matched = true
          break
        }
      }
      if !matched { return false }
    }
    return true
  }
}
