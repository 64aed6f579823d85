import TiesModel

/// Lists that type the names in them: names beside a company or a person in a comma or "and"
/// list, and names listed after a plural noun for businesses.
extension MentionRecognizer {
  /// Whether `lo..<hi` stands in a list next to a company ("<span>, <Company>", "<Company> and
  /// <span>", ", and"), and no name list vouches for it as a person's name. A single word must
  /// be an acronym: a lone capitalized word in a list is as often a person named by surname
  /// ("From Japan, Aso, Asahi Group Holdings Chairman …").
  func isCompanyListSibling(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    let tokens = s.tokens
    guard hi - lo <= 4, hi - lo >= 2 || tokens[lo].isAllCaps, names.personConfidence(tokens, lo, hi) == nil
    else { return false }
    return standsInList(s, lo, hi, besideA: .company)
  }

  /// Whether `lo..<hi` stands in a comma or "and" list right next to a found span of `type`:
  /// "<span>, <X>", "<span> and <X>", "<X>, and <span>".
  /// - Complexity: O(f) for f found spans (two look-ups).
  func standsInList(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int, besideA type: EntityType) -> Bool {
    let tokens = s.tokens
    func isOfType(_ f: Int?) -> Bool { f.map { s.found[$0].type == type } ?? false }
    var right = hi
    if right < tokens.count && tokens[right].text == "," { right += 1 }
    if right < tokens.count && tokens[right].lower == "and" { right += 1 }
    if right > hi && isOfType(s.found(startingAt: right)) { return true }
    var left = lo
    if left > 0 && tokens[left - 1].lower == "and" { left -= 1 }
    if left > 0 && tokens[left - 1].text == "," { left -= 1 }
    return left < lo && isOfType(s.found(endingAt: left))
  }

  /// Whether `lo..<hi`, two or three words shaped like a person's name and without a head word,
  /// stands in a list next to a person ("Hope Adeyemi, Joy Okafor and Faith Mutua"), and a name
  /// list vouches for its first word as a given name or its last word is no English word.
  func isPersonListSibling(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    let tokens = s.tokens
    guard (2...3).contains(hi - lo), names.isPersonLike(tokens, lo, hi), headType(tokens, lo, hi) == nil,
      !s.classes[lo].isDisjoint(with: [.givenName, .westernGivenName, .ambiguousGivenName])
        || !s.classes[hi - 1].contains(.englishWord)
    else { return false }
    return standsInList(s, lo, hi, besideA: .person)
  }

  /// Plural nouns for businesses that introduce examples: "carmakers such as …".
  static let businessPlurals: Set<String> = [
    "companies", "firms", "carmakers", "automakers", "manufacturers", "banks", "brands", "retailers",
    "airlines", "carriers", "exhibitors", "sponsors", "partners", "investors", "groups", "lenders",
    "insurers", "operators", "producers", "suppliers", "conglomerates", "corporations", "businesses",
    "members", "giants", "startups", "start-ups", "multinationals", "chains", "makers", "names",
  ]

  /// People who speak for businesses: "executives from A and B", "leaders of C".
  static let businessPeople: Set<String> = [
    "executives", "leaders", "ceos", "chiefs", "bosses", "managers", "heads", "founders", "representatives",
    "bankers",
  ]

  /// Whether the span stands in a list of businesses, within the same list: one that "such
  /// as", "including" or "like" opens after a plural noun for businesses ("automakers such as
  /// A, B and C"), or "from"/"of"/"at" after people who speak for businesses ("executives from
  /// A and B").
  /// - Complexity: O(n) for the n tokens of the list before the span.
  func inBusinessList(_ s: SentenceAnalysis, _ lo: Int) -> Bool { businessListNoun(s, lo) != nil }

  /// Plural nouns for businesses that no person is named as an example of: "companies such as
  /// Rio Tinto" lists a business even when its words look like a person's name.
  static let companyOnlyPlurals: Set<String> = [
    "companies", "firms", "carmakers", "automakers", "manufacturers", "banks", "brands", "retailers",
    "airlines", "carriers", "lenders", "insurers", "suppliers", "conglomerates", "corporations",
    "businesses", "giants", "multinationals", "chains", "makers", "miners",
  ]

  /// Whether the span stands in a list that only businesses fill (`listsOnlyBusinesses`).
  /// - Complexity: O(n) for the n tokens of the list before the span.
  func inCompanyOnlyList(_ s: SentenceAnalysis, _ lo: Int) -> Bool {
    businessListNoun(s, lo).map(Self.listsOnlyBusinesses) ?? false
  }

  /// Whether a list opened by `noun` holds businesses only: a plural of `companyOnlyPlurals`, or
  /// people who speak for businesses ("representatives of A, B and C" names whom they
  /// represent, not people).
  static func listsOnlyBusinesses(_ noun: String) -> Bool {
    companyOnlyPlurals.contains(noun) || businessPeople.contains(noun)
  }

  /// The noun that opens the list of businesses the span stands in (`inBusinessList`).
  func businessListNoun(_ s: SentenceAnalysis, _ lo: Int) -> String? {
    var k = lo - 1
    // Walk back over the list: names, commas, "and".
    while k >= 0 {
      let t = s.tokens[k]
      if t.text == "," || t.lower == "and" || t.isCapitalized || t.kind == .number || t.text == "&"
        || t.text == "."
      {
        k -= 1
        continue
      }
      break
    }
    guard k >= 0 else { return nil }
    if ["from", "of", "at"].contains(s.tokens[k].lower) {
      return k >= 1 && Self.businessPeople.contains(s.tokens[k - 1].lower) ? s.tokens[k - 1].lower : nil
    }
    var cue = k
    if s.tokens[cue].lower == "as" && cue >= 1 && s.tokens[cue - 1].lower == "such" { cue -= 1 }
    guard ["such", "including", "like", "include", "included", "includes"].contains(s.tokens[cue].lower)
    else {
      return nil
    }
    for back in 1...3 where cue - back >= 0 {
      if Self.businessPlurals.contains(s.tokens[cue - back].lower) { return s.tokens[cue - back].lower }
    }
    // "160 companies operating in Southeast Asia, including A, B and C": a phrase about the
    // businesses between their noun and ", including", with no other comma.
    guard s.tokens[cue].lower == "including", cue >= 2, s.tokens[cue - 1].text == "," else { return nil }
    for back in 2...9 where cue - back >= 0 {
      let t = s.tokens[cue - back]
      if t.kind == .punct { return nil }
      if Self.businessPlurals.contains(t.lower) { return t.lower }
    }
    return nil
  }
}
