import TiesModel

/// Names of many cultures read with the generated given-name and family-name lists, and
/// Chinese names read by the shape of their pinyin syllables.
extension NamePatterns {
  /// "Olumide Bankole", "Priya Raman", "Penny Wong", "Li Haitao": a span of two or three
  /// capitalized words (already free of reserved words) that the name lists vouch for.
  ///
  /// A given name that is not an English word opens a name whose last word is a family name
  /// or no English word; a given name that is also an English word ("Grant", "Penny") needs
  /// a family name after it that is not one either; a family name first, then a pinyin given
  /// name, is a Chinese name.
  /// - Complexity: O(k) in the length of the words.
  func worldNameConfidence(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Verdict? {
    let count = hi - lo
    guard count == 2 || count == 3 else { return nil }
    let first = lexicon.classes(of: tokens[lo])
    let last = lexicon.classes(of: tokens[hi - 1])
    // "Amara Diallo": a given name that also names a region, before a family name, is a
    // person's; a country or city never is ("Georgia", "Paris").
    let firstIsGivenRegion =
      first.contains(.givenName) && first.isDisjoint(with: [.city, .country])
      && lexicon.nationalities[tokens[lo].lower] == nil && last.contains(.familyName)
      && !isPlaceWord(tokens[hi - 1])
    guard !(lo..<hi).contains(where: { isPlaceWord(tokens[$0]) && !($0 == lo && firstIsGivenRegion) }) else {
      return nil
    }
    let middleIsPlain =
      count == 2 || !lexicon.classes(of: tokens[lo + 1]).contains(.englishWord)
      || lexicon.classes(of: tokens[lo + 1]).contains(.givenName)
    // "Cannon-Brookes": a double-barrelled family name whose parts are family names.
    let lastIsFamily =
      (last.contains(.familyName) && !last.contains(.englishWord))
      || isDoubleBarrelled(tokens[hi - 1].lower)
    if first.contains(.givenName) && middleIsPlain && (lastIsFamily || !last.contains(.englishWord)) {
      return Verdict(rule: "given-name", confidence: lastIsFamily ? 0.85 : 0.75)
    }
    if first.contains(.ambiguousGivenName) && middleIsPlain && lastIsFamily {
      return Verdict(rule: "given-and-family-name", confidence: 0.7)
    }
    // "Imran Khan", "Olumide Young": a given name that is no English word vouches for a family
    // name that is one.
    if first.contains(.givenName), !first.contains(.englishWord), middleIsPlain, last.contains(.familyName) {
      return Verdict(rule: "given-name", confidence: 0.7)
    }
    // "Rohit Mehta": an unknown first word that is no English word, then a family name.
    if count == 2, lastIsFamily, !first.contains(.englishWord),
      !first.contains(.familyName) || first.contains(.givenName),
      tokens[lo].lower.unicodeScalars.count >= 3
    {
      return Verdict(rule: "family-name", confidence: 0.65)
    }
    if count == 2, first.contains(.familyName), isPinyinName(tokens[lo].lower),
      isPinyinName(tokens[lo + 1].lower), !last.contains(.englishWord)
    {
      return Verdict(rule: "chinese-name", confidence: 0.7)
    }
    return nil
  }

  /// "Nguyen Thi Lan", "Tran Van Minh": a Vietnamese family name, then two or three words of one
  /// syllable each (a middle name and a given name, two to six letters), none of them reserved
  /// (`hasReservedWord` ran before; a particle's word like "Van" in the middle is allowed).
  /// - Complexity: O(k) in the length of the words.
  func vietnameseNameConfidence(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Verdict? {
    guard (3...4).contains(hi - lo), lexicon.vietnameseSurnames.contains(tokens[lo].lower) else { return nil }
    let syllables = ((lo + 1)..<hi).allSatisfy { i in
      let letters = tokens[i].lower.unicodeScalars
      return (2...6).contains(letters.count) && letters.allSatisfy(\.properties.isAlphabetic)
    }
    return syllables ? Verdict(rule: "vietnamese-name", confidence: 0.8) : nil
  }

  /// A country, city or region of the hand-written lists ("North Africa" is no one's name,
  /// whatever the name lists say); the generated cities are too many to rule names out.
  func isPlaceWord(_ t: Token) -> Bool {
    guard !lexicon.unreservedPlaceNames.contains(t.lower) else { return false }
    return !lexicon.classes(of: t).isDisjoint(with: [.city, .country]) || lexicon.regions[t.lower] != nil
      || lexicon.nationalities[t.lower] != nil
  }

  /// Whether a hyphenated word joins two family names of the lists ("cannon-brookes").
  func isDoubleBarrelled(_ word: String) -> Bool {
    let parts = word.split(separator: "-")
    return parts.count == 2 && parts.allSatisfy { lexicon.wordClass(String($0)).contains(.familyName) }
  }

  /// Pinyin initials, longest first.
  static let pinyinInitials: [String] = [
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c",
    "s",
    "y", "w", "",
  ]
  /// Pinyin finals (without tone marks), longest first.
  static let pinyinFinals: [String] = [
    "iang", "iong", "uang", "ueng", "iao", "ian", "ing", "uai", "uan", "ang", "eng", "ong", "ai", "ei", "ao",
    "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "a", "o", "e", "i", "u",
    "v",
  ]

  /// Whether a lower-case word splits into one to three pinyin syllables ("haitao", "li",
  /// "nanxiang"), as Chinese given and family names are written.
  /// - Complexity: O(k) in the word's length (a few syllable shapes tried at each position).
  func isPinyinName(_ word: String) -> Bool {
    let letters = Array(word.utf8)
    guard (2...12).contains(letters.count), letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else {
      return false
    }
    func syllables(from start: Int, left: Int) -> Bool {
      if start == letters.count { return true }
      guard left > 0 else { return false }
      for initial in Self.pinyinInitials {
        let i = Array(initial.utf8)
        guard start + i.count <= letters.count, Array(letters[start..<(start + i.count)]) == i else {
          continue
        }
        for final in Self.pinyinFinals {
          let f = Array(final.utf8)
          let end = start + i.count + f.count
          guard end <= letters.count, Array(letters[(start + i.count)..<end]) == f else { continue }
          if syllables(from: end, left: left - 1) { return true }
        }
      }
      return false
    }
    return syllables(from: 0, left: 3)
  }
}
