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
    guard (2...4).contains(count) else { return nil }
    let parts = tokens[lo..<hi]
    guard
      parts.allSatisfy({ $0.kind == .word && $0.isCapitalized && !$0.isAllCaps && !$0.text.hasSuffix(".") })
    else {
      return nil
    }
    let lower = parts.map(\.lower)
    if hasReservedWord(lower) { return nil }
    // Korean, family name first: "Lim Dong-hyun", "Park Jin", "Han Ji Woo".
    if lexicon.koreanSurnames.contains(lower[0]) {
      let given = Array(lower.dropFirst())
      if given.count == 1 && given[0].contains(Character("-")) && isKoreanGivenName(given[0]) {
        return Verdict(rule: "korean-name", confidence: 0.95)
      }
      if given.count <= 2 && given.allSatisfy({ lexicon.koreanSyllables.contains($0) }) {
        return Verdict(rule: "korean-name", confidence: 0.8)
      }
    }
    // Korean, given name first: "Jin-sik Yoon".
    if count == 2 && lexicon.koreanSurnames.contains(lower[1]) && lower[0].contains(Character("-"))
      && isKoreanGivenName(lower[0])
    {
      return Verdict(rule: "korean-name", confidence: 0.9)
    }
    // A hyphenated Korean given name after any family name ("Chey Tae-won").
    if count == 2 && lower[1].contains(Character("-")) && isKoreanGivenName(lower[1])
      && isKoreanSyllableLike(lower[0])
    {
      return Verdict(rule: "korean-name", confidence: 0.85)
    }
    if count == 2 {
      let a = lower[0]
      let b = lower[1]
      let family = lexicon.japaneseSurnames
      let given = lexicon.japaneseGivenNames
      if (family.contains(a) && given.contains(b)) || (given.contains(a) && family.contains(b)) {
        return Verdict(rule: "japanese-name", confidence: 0.9)
      }
      if (family.contains(a) || given.contains(a) || family.contains(b) || given.contains(b))
        && isJapaneseLike(a) && isJapaneseLike(b)
      {
        return Verdict(rule: "japanese-name", confidence: 0.75)
      }
    }
    if lexicon.westernGivenNames.contains(lower[0]) && count <= 3 {
      return Verdict(rule: "western-name", confidence: 0.75)
    }
    return nil
  }

  /// A looser test used where context already suggests a person (after a title, before
  /// ", chairman of"): 2–4 capitalized words that are not organization, place or date words.
  func isPersonLike(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
    guard (2...4).contains(hi - lo) else { return false }
    if personConfidence(tokens, lo, hi) != nil { return true }
    let parts = tokens[lo..<hi]
    return parts.allSatisfy {
      $0.kind == .word && $0.isCapitalized && !$0.isAllCaps && !$0.text.hasSuffix(".")
    }
      && !hasReservedWord(parts.map(\.lower))
  }

  /// Head words ("Park", "Hall", "Group") rule a name out only as its last word, so that
  /// "Park Seung-hee" stays a person while "Olympic Park" does not; other reserved words
  /// (countries, months, titles) rule it out anywhere.
  func hasReservedWord(_ words: [String]) -> Bool {
    for (i, w) in words.enumerated() {
      let isLast = i == words.count - 1
      if isReserved(w) && (isLast || !isHeadWord(w)) {
        return true
      }
    }
    return false
  }

  func isHeadWord(_ word: String) -> Bool { lexicon.headWords.contains(word) }

  /// Words that never belong to a person's name.
  func isReserved(_ word: String) -> Bool {
    if lexicon.reservedWords.contains(word) { return true }
    if word.hasSuffix("."), DateParsing.month(word) != nil { return true }
    // "Korea-Japan": a compound of country names.
    return word.contains(Character("-"))
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
