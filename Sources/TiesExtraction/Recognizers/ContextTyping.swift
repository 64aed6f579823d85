import TiesModel

extension MentionRecognizer {
  /// Types spans the head words and name lists left open, from what stands around them:
  /// a name after a title is a person ("Chairman Koji Akiyoshi"), a name before ", chairman of"
  /// is a person, a name right before a title is an organization ("SK vice chair"), also when
  /// it merely looks like a name but a person follows the title ("Doosan Enerbility Chairman
  /// Park Ji-won"), and a name between "in" and ", <place>" is a place ("in Yongin,
  /// Gyeonggi Province").
  /// - Complexity: O(u·r) for u untyped spans and r role titles in the sentence.
  func applyContext(_ s: inout SentenceAnalysis) {
    let tokens = s.tokens
    var remaining: [Range<Int>] = []
    for span in s.untyped {
      let lo = span.lowerBound
      let hi = span.upperBound
      let personLike = names.isPersonLike(tokens, lo, hi)
      if personLike && !continuesPortfolio(s, lo, hi)
        && (afterTitle(s, lo) || afterKinship(s, lo) || beforeApposition(s, hi)
          || beforeOfOrganization(s, lo, hi) || isAppointee(s, lo, hi))
      {
        add(type: .person, lo, hi, rule: "title-context", confidence: 0.8, &s)
        continue
      }
      // "Gulfood 2026, the food and beverage trade show": a gathering described after a comma.
      if names.personConfidence(tokens, lo, hi) == nil, let end = eventDescribedAfter(s, hi) {
        addDescribedEvent(lo, hi, end, &s)
        continue
      }
      // "the Novaya Torgovlya association": the kind of body written after its name.
      if !personLike || names.personConfidence(tokens, lo, hi) == nil, let type = kindAfterName(s, lo, hi) {
        add(type: type, lo, hi, rule: "kind-after-name", confidence: 0.65, &s)
        continue
      }
      // "Tourism Cabinet Secretary Jane Doe": ordinary words before a title are a portfolio.
      // "a Bengali president": one word after "a" says what kind of holder, not where.
      if hi - lo <= 3, namesSomething(s, lo, hi), !isNationalPortfolio(s, lo, hi),
        !(hi - lo == 1 && lo >= 1 && ["a", "an"].contains(tokens[lo - 1].lower)),
        let role = s.role(startingAt: hi),
        personLike
          ? names.personConfidence(tokens, lo, hi) == nil && personFollows(s, role)
          : titleIntroducesPerson(s, role)
      {
        // "DPWH Secretary Jane Doe": initials before a cabinet title name a department.
        let type =
          Self.cabinetTitles.contains(role.title) && hi - lo == 1 && tokens[lo].isAllCaps
          ? .government : bodyType(s, lo, hi)
        add(type: type, lo, hi, rule: "pre-title-organization", confidence: 0.6, &s)
        continue
      }
      if !personLike || names.personConfidence(tokens, lo, hi) == nil || afterLowerCaseTitleOf(s, lo),
        namesSomething(s, lo, hi), afterTitleAndPreposition(s, lo) || afterHostedBy(s, lo),
        // "organised by the Kazakh national chamber Atameken": a nationality that opens a
        // description names nothing itself.
        !(hi < tokens.count && tokens[hi].kind == .word && !tokens[hi].isCapitalized
          && hi - lo == 1 && lexicon.nationalities[tokens[lo].lower] != nil)
      {
        let type = describedAfterComma(s, hi) ?? bodyType(s, lo, hi)
        add(type: type, lo, hi, rule: "organization-context", confidence: 0.6, &s)
        continue
      }
      // "oil companies such as Shell, Vetrolia and PKN": businesses, also those named by an
      // English word ("Shell") or by initials.
      if let noun = businessListNoun(s, lo),
        hi - lo == 1 || names.personConfidence(tokens, lo, hi) == nil || Self.listsOnlyBusinesses(noun)
      {
        // "executives from Tarvona and Quillex": two one-word names.
        let parts =
          hi - lo == 3 && tokens[lo + 1].lower == "and" ? [lo..<(lo + 1), (hi - 1)..<hi] : [lo..<hi]
        for part in parts {
          add(type: .company, part.lowerBound, part.upperBound, rule: "business-list", confidence: 0.6, &s)
        }
        continue
      }
      // "Bord Bia, the Irish Food Board, said": a name set beside a body's full name is
      // another name of that body.
      if names.personConfidence(tokens, lo, hi) == nil, let b = appositeBody(s, after: hi) {
        s.found.append(
          Found(
            lo: lo, hi: hi, type: s.found[b].type, rule: "apposite-name", confidence: 0.65,
            name: s.text(lo, hi), key: s.found[b].key))
        continue
      }
      // "Velquist, the Swedish packaging group, said": a business described after a comma;
      // "Enterprise Greece, the state investment agency": a body, of the kind its noun says.
      if names.personConfidence(tokens, lo, hi) == nil, let type = describedAfterComma(s, hi) {
        add(type: type, lo, hi, rule: "business-apposition", confidence: 0.6, &s)
        continue
      }
      if isTownBeforeRegion(s, lo, hi) {
        add(type: .place, lo, hi, rule: "town-before-region", confidence: 0.7, &s)
        continue
      }
      if isAfterPlaceKind(s, lo, hi) {
        add(type: .place, lo, hi, rule: "place-kind", confidence: 0.7, &s)
        continue
      }
      remaining.append(span)
    }
    // List siblings, until no list grows: "LG Energy Solution, Samsung Biologics and CJ ENM".
    var grew = true
    while grew {
      grew = false
      remaining.removeAll { span in
        if isCompanyListSibling(s, span.lowerBound, span.upperBound) {
          add(type: .company, span.lowerBound, span.upperBound, rule: "list-sibling", confidence: 0.6, &s)
        } else if isPersonListSibling(s, span.lowerBound, span.upperBound) {
          add(type: .person, span.lowerBound, span.upperBound, rule: "list-sibling", confidence: 0.6, &s)
        } else {
          return false
        }
        grew = true
        return true
      }
    }
    s.untyped = remaining
    s.sortFound()
  }

  /// "Seraphim Moss of Tolland & Verney": two or three words that are no English words, then
  /// "of" or "from" and an organization.
  private func beforeOfOrganization(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    guard (2...3).contains(hi - lo), hi + 1 < s.tokens.count, ["of", "from"].contains(s.tokens[hi].lower),
      s.organization(at: hi + 1) != nil
    else { return false }
    // "Petra Jumpers of …": a given name first vouches for the rest.
    if hi - lo == 2, !s.classes[lo].isDisjoint(with: [.givenName, .westernGivenName, .ambiguousGivenName]) {
      return true
    }
    return (lo..<hi).allSatisfy {
      !s.classes[$0].contains(.englishWord) || s.classes[$0].contains(.givenName)
    }
  }

  /// The type of an organization known only from its context: a lone acronym of three or more
  /// letters names an association far more often than a company in business news (chambers,
  /// federations, councils), a word a company.
  func bodyType(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> EntityType {
    hi - lo == 1 && s.tokens[lo].isAllCaps && s.tokens[lo].text.count >= 3 ? .association : .company
  }

  /// "Co-Founder of <span>", "a partner at <span>": a title and "of" or "at" right before, or a
  /// title's field between ("head of strategy at <span>"); "Jane Doe of <span>": a person and
  /// "of".
  private func afterTitleAndPreposition(_ s: SentenceAnalysis, _ lo: Int) -> Bool {
    var k = s.beforePlacePossessive(lo - 1)
    if k >= 0 && s.tokens[k].lower == "the" { k -= 1 }
    guard k >= 1, ["of", "at"].contains(s.tokens[k].lower) else { return false }
    // "Jane Doe of <span>": a person's organization, as in a list of members.
    if s.tokens[k].lower == "of", let p = s.found(endingAt: k), s.found[p].type == .person,
      !s.found[p].isSynthetic
    {
      return true
    }
    return s.role(endingAt: k) != nil || endsTitleWithField(s, at: k)
  }

  /// "chief financial officer of <span>", "a partner at the <span>": a title in lower case,
  /// then "of" or "at", introduces where the post is, never a person, whatever the span's
  /// words look like ("Vale Verde Mineracao"). A capitalized title may go on with its
  /// portfolio and a name ("Minister of Finance Jane Doe").
  /// - Complexity: O(1).
  func afterLowerCaseTitleOf(_ s: SentenceAnalysis, _ lo: Int) -> Bool {
    var k = s.beforePlacePossessive(lo - 1)
    if k >= 0 && s.tokens[k].lower == "the" { k -= 1 }
    guard k >= 1, ["of", "at"].contains(s.tokens[k].lower), let role = s.role(endingAt: k) else {
      return false
    }
    return !role.isCapitalized
  }

  /// "The event was hosted by <span>", "organised by the <span>": what hosts an event is an
  /// organization (a person's name would have been vouched for by the name lists).
  /// - Complexity: O(1).
  func afterHostedBy(_ s: SentenceAnalysis, _ lo: Int) -> Bool {
    var k = lo - 1
    if k >= 0 && s.tokens[k].lower == "the" { k -= 1 }
    guard k >= 1, s.tokens[k].lower == "by" else { return false }
    // "organised jointly by", as the organizer pattern reads it (`RelationExtractor.adverbsBeforeBy`).
    var verb = k - 1
    while verb > 0 && verb >= k - 2 && RelationExtractor.adverbsBeforeBy.contains(s.tokens[verb].lower) {
      verb -= 1
    }
    return RelationExtractor.hostVerbs.contains(s.tokens[verb].lower) && s.tokens[verb].lower != "held"
  }

  /// Whether the "at" at `k` follows a title and its field: "head of strategy at".
  func endsTitleWithField(_ s: SentenceAnalysis, at k: Int) -> Bool {
    s.tokens[k].lower == "at"
      && s.roles.contains { $0.hi < k && $0.hi + 6 > k && s.departmentEnd(after: $0) == k }
  }

  /// "Ugandan Energy" before "Minister", "Maharashtra Industries Minister": a nationality or a
  /// place, then ordinary words, before a cabinet title, names a portfolio, not a body.
  /// - Complexity: O(hi − lo).
  func isNationalPortfolio(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    // The title first: most spans stand before none, and the place look-up is the dearest test.
    guard hi - lo >= 2, let role = s.role(startingAt: hi), Self.cabinetTitles.contains(role.title),
      lexicon.nationalities[s.tokens[lo].lower] != nil || isPlaceName(s.tokens[lo].lower)
    else { return false }
    return (lo + 1..<hi).allSatisfy { s.classes[$0].contains(.englishWord) }
  }

  /// Whether one word is a place's whole name in the gazetteer ("Maharashtra", "Ontario").
  private func isPlaceName(_ word: String) -> Bool {
    guard let entry = gazetteerMatch([word], exact: true), case .place = entry.kind else { return false }
    return true
  }

  /// Titles of a government department's head or deputy: "<initials> Secretary <person>"; the
  /// ministers' titles of `RelationExtractor.governmentTitles` and the secretaries'.
  static let cabinetTitles = RelationExtractor.governmentTitles.union([
    "secretary", "undersecretary", "under secretary", "assistant secretary", "deputy secretary",
    "cabinet secretary", "commissioner",
  ])

  /// Lower-case nouns that say what kind of body the name before them is: "the Delta Growth
  /// association", "the Solmar agency". Not a business's ("the Norvik group"): its name is
  /// as often written with the noun ("Norvik Group").
  static let kindNouns: [String: EntityType] = {
    var out: [String: EntityType] = [:]
    for noun in [
      "association", "federation", "confederation", "chamber", "council", "union", "foundation", "institute",
      "alliance", "society", "lobby", "guild", "coalition", "network", "think-tank", "body",
    ] {
      out[noun] = .association
    }
    for noun in ["ministry", "agency", "government", "regulator", "department"] { out[noun] = .government }
    return out
  }()

  /// The kind `kindNouns` gives the span `lo..<hi` when "the" stands before it and one of those
  /// nouns, in lower case, right after it, ending the phrase (not "the X chamber of …").
  /// - Complexity: O(1).
  func kindAfterName(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> EntityType? {
    let tokens = s.tokens
    guard lo >= 1, tokens[lo - 1].lower == "the", hi < tokens.count, !tokens[hi].isCapitalized,
      let type = Self.kindNouns[tokens[hi].lower]
    else { return nil }
    if hi + 1 < tokens.count, ["of", "for"].contains(tokens[hi + 1].lower) || tokens[hi + 1].isCapitalized {
      return nil
    }
    return type
  }

  /// A title (or "Ambassador to <place>") ends right before `i`, or before a comma there ("his
  /// media aide, Jane Doe").
  private func afterTitle(_ s: SentenceAnalysis, _ i: Int) -> Bool {
    if s.role(endingAt: i) != nil { return true }
    // "Rwanda's Minister of Trade, Jane Doe": a capitalized title too, after a possessive or a
    // determiner (in a speaker list, "Jane Doe, President, Acme", a comma stands before it).
    if i >= 2, s.tokens[i - 1].text == ",", let role = s.role(endingAt: i - 1),
      !role.isCapitalized
        || (role.lo >= 1
          && (s.tokens[role.lo - 1].kind == .possessive
            || ["the", "its", "his", "her"].contains(s.tokens[role.lo - 1].lower)))
    {
      return true
    }
    // "Ghana's Minister of Trade and Industry, Jane Doe,": a title, its portfolio, a comma.
    if i >= 4, s.tokens[i - 1].text == ",", let of = portfolioStart(s, endingAt: i - 1),
      let role = s.role(endingAt: of),
      !role.isCapitalized
        || (role.lo >= 1
          && (s.tokens[role.lo - 1].kind == .possessive || s.tokens[role.lo - 1].lower == "the"))
    {
      return true
    }
    // "Ambassador to Germany Jane Doe", "India's Ambassador to Germany, Jane Doe,".
    let end = i >= 1 && s.tokens[i - 1].text == "," ? i - 1 : i
    if let place = s.found(endingAt: end), s.found[place].type == .place, s.found[place].lo >= 2,
      s.tokens[s.found[place].lo - 1].lower == "to", s.role(endingAt: s.found[place].lo - 1) != nil
    {
      return true
    }
    return false
  }

  /// "Minister of Export Promotion, International Trade and Development": ordinary words after
  /// a portfolio's comma, before "and" or another comma, go on with the portfolio; no name.
  /// - Complexity: O(1), at most nine tokens.
  private func continuesPortfolio(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    guard lo >= 2, hi < s.tokens.count, s.tokens[lo - 1].text == ",",
      ["and", "&", ","].contains(s.tokens[hi].lower), (lo..<hi).allSatisfy({ isPortfolioWord(s, $0) }),
      let of = portfolioStart(s, endingAt: lo - 1)
    else { return false }
    return s.role(endingAt: of) != nil
  }

  /// "of Trade and Industry" ending right before `end`: the position of "of" or "for" that opens
  /// a portfolio of capitalized portfolio words (`isPortfolioWord`) joined by "and", "&" or
  /// commas.
  /// - Complexity: O(1), at most nine tokens.
  private func portfolioStart(_ s: SentenceAnalysis, endingAt end: Int) -> Int? {
    var k = end - 1
    var words = 0
    while k >= 1 && end - k <= 9 {
      let t = s.tokens[k]
      if ["of", "for"].contains(t.lower) { return words > 0 ? k : nil }
      if t.kind == .word && t.isCapitalized && isPortfolioWord(s, k) {
        words += 1
      } else if !(["and", "&", ","].contains(t.lower) && words > 0) {
        return nil
      }
      k -= 1
    }
    return nil
  }

  /// Words for a relative, which introduce a person as a title does: "his wife Jane Doe".
  static let kinshipNouns: Set<String> = [
    "son", "daughter", "wife", "husband", "widow", "widower", "brother", "sister", "father", "mother",
    "grandson", "granddaughter", "grandfather", "grandmother", "nephew", "niece", "cousin", "spouse",
    "son-in-law", "daughter-in-law", "stepson", "stepdaughter", "twin",
  ]

  /// "Jane Roe's grandson <span>", "his wife <span>", "the founder's daughter, <span>": a word
  /// for a relative after a possessive, right before `i` or before a comma there.
  /// - Complexity: O(1).
  private func afterKinship(_ s: SentenceAnalysis, _ i: Int) -> Bool {
    var k = i - 1
    if k >= 0 && s.tokens[k].text == "," { k -= 1 }
    guard k >= 1, Self.kinshipNouns.contains(s.tokens[k].lower), !s.tokens[k].isCapitalized else {
      return false
    }
    let before = s.tokens[k - 1]
    return before.kind == .possessive || ["his", "her", "their", "its"].contains(before.lower)
  }

  /// ", chairman of", ", an independent director of", " (R), co-chair of" follows `hi`.
  private func beforeApposition(_ s: SentenceAnalysis, _ hi: Int) -> Bool {
    var k = s.skippingAside(at: hi)
    let tokens = s.tokens
    guard k < tokens.count, tokens[k].text == "," else { return false }
    k += 1
    while k < tokens.count && ["a", "an", "the"].contains(tokens[k].lower) { k += 1 }
    while let nat = s.nationalities.first(where: { $0.lo == k }) { k = nat.hi }
    if s.role(startingAt: k) != nil { return true }
    // ", KORCHAM chair": an organization then a title.
    if let f = s.found(startingAt: k), s.found[f].type.isOrganization,
      s.role(startingAt: s.found[f].hi) != nil
    {
      return true
    }
    return false
  }

  /// Singular nouns for a business that an apposition gives: "…, the Swedish packaging group".
  static let businessNouns: Set<String> = [
    "company", "firm", "group", "maker", "manufacturer", "carmaker", "automaker", "chipmaker", "bank",
    "lender", "insurer", "retailer", "conglomerate", "giant", "producer", "developer", "operator",
    "supplier", "startup", "start-up", "airline", "carrier", "miner", "brewer", "utility", "exporter",
    "importer", "distributor", "shipper", "shipbuilder", "builder", "contractor", "consultancy",
    "provider", "subsidiary", "unit", "corporation", "multinational", "chain", "cooperative", "co-operative",
  ]

  /// A person, found or vouched for by the name lists, right after the title: "<Org> Chairman
  /// Park Ji-won". Stricter than `titleIntroducesPerson`, for spans that could be names.
  private func personFollows(_ s: SentenceAnalysis, _ role: RoleSpan) -> Bool {
    let next = role.hi
    guard next < s.tokens.count else { return false }
    if let f = s.found(startingAt: next), s.found[f].type == .person { return true }
    return s.untyped.contains {
      $0.lowerBound == next && names.personConfidence(s.tokens, $0.lowerBound, $0.upperBound) != nil
    }
  }

  /// "in <span>, <place>": a town or district named with the city, region or country it lies
  /// in ("in Gimhae, South Gyeongsang Province", "in Yeouido, western Seoul"), when no name list
  /// vouches for the span as a person.
  private func isTownBeforeRegion(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    let tokens = s.tokens
    guard lo >= 1, tokens[lo - 1].lower == "in", hi + 1 < tokens.count, tokens[hi].text == ",",
      (lo..<hi).allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isAllCaps }),
      names.personConfidence(tokens, lo, hi) == nil
    else { return false }
    var k = hi + 1
    while k < tokens.count && SentenceAnalysis.compassWords.contains(tokens[k].lower) { k += 1 }
    guard let f = s.found(startingAt: k) else { return false }
    return s.found[f].type == .place
  }

  /// A title that stands between an organization and a person, or closes an apposition.
  private func titleIntroducesPerson(_ s: SentenceAnalysis, _ role: RoleSpan) -> Bool {
    let next = role.hi
    if next >= s.tokens.count { return true }
    if let f = s.found(startingAt: next), s.found[f].type == .person { return true }
    if s.untyped.contains(where: {
      $0.lowerBound == next && names.isPersonLike(s.tokens, $0.lowerBound, $0.upperBound)
    }) {
      return true
    }
    return [",", ";", ".", "who", "and"].contains(s.tokens[next].lower)
  }
}
