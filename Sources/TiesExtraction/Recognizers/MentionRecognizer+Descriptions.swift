import TiesModel

extension MentionRecognizer {
  /// The type a description right before `lo` gives the run there
  /// (`SentenceAnalysis.businessDescription`): a company after a business noun ("the carmaker
  /// <run>", "the Oslo-based shipping group <run>", "a partner at the law firm <run>"), the kind
  /// of body after a noun for one ("the export promotion agency <run>" is a government body,
  /// "the business lobby <run>" an association; `kindNouns`). The run names it, whatever its
  /// words look like: a place's name ("Dnipro Budivnytstvo"), a family's ("Keane Doyle
  /// Solicitors") or initials.
  /// - Complexity: O(1), at most seven tokens.
  func describedType(_ s: SentenceAnalysis, _ lo: Int) -> EntityType? {
    guard s.businessDescription(before: lo) != nil else { return nil }
    return Self.kindNouns[s.tokens[lo - 1].lower] ?? .company
  }
}

extension MentionRecognizer {
  /// "chairman of Osaka Gas", "a director at Korea Zinc", "organised by Africa Fintech Foundry":
  /// after a title in lower case and "of" or "at" (where a post is, never a place) or a host
  /// verb and "by", a city's, country's or continent's one-word name and one or two more
  /// capitalized words (no place's kind, like "Prefecture" or "State", no known name, no date)
  /// name a business, not the place. Not a title's field ("head of Asia Sales at …").
  /// - Complexity: O(hi − lo).
  func isPlaceNamedBusiness(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    let tokens = s.tokens
    guard (2...3).contains(hi - lo),
      !s.classes[lo].isDisjoint(with: [.city, .country]) || Self.continents.contains(tokens[lo].lower),
      hi >= tokens.count || tokens[hi].lower != "at", afterLowerCaseTitleOf(s, lo) || afterHostedBy(s, lo)
    else { return false }
    return ((lo + 1)..<hi).allSatisfy { i in
      tokens[i].kind == .word && tokens[i].isCapitalized && !Self.placeKindWords.contains(tokens[i].lower)
        && s.classes[i].isDisjoint(with: [.city, .country, .gazetteerStart, .monthOrWeekday, .roleStart])
    }
  }
}

extension MentionRecognizer {
  /// "a former chief executive of Credit Suisse", "chairman of Siemens India", "executives of
  /// Air France, …": in the places `isPlaceNamedBusiness` reads, or in a list of businesses,
  /// one or two capitalized words (no place, place's kind, direction, date or title) before a
  /// country's one-word name name a business (its arm there), not the country. Elsewhere the
  /// words before a country keep their usual reading (`isBrandAndCountry`).
  /// - Complexity: O(hi − lo), plus the list walked back (`inBusinessList`).
  func isBusinessEndingInCountry(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    let tokens = s.tokens
    guard (2...3).contains(hi - lo), s.classes[hi - 1].contains(.country),
      (lo..<(hi - 1)).allSatisfy({ i in
        let word = tokens[i].lower
        return tokens[i].kind == .word && tokens[i].isCapitalized && !Self.placeKindWords.contains(word)
          && !Self.directionsOf.contains(word) && !SentenceAnalysis.compassWords.contains(word)
          && s.classes[i].isDisjoint(with: [.city, .country, .gazetteerStart, .monthOrWeekday, .roleStart])
      })
    else { return false }
    return afterLowerCaseTitleOf(s, lo) || afterHostedBy(s, lo) || inBusinessList(s, lo)
  }
}

extension MentionRecognizer {
  /// "Jan Kowalski", "April Ross": a month's name (or its short form) that is also a given name,
  /// then a capitalized word that is no date, place, title or organization word, opens a
  /// person's name, unless a word that introduces a date stands before it ("in May Toyota
  /// said").
  /// - Complexity: O(1).
  func isMonthAsGivenName(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    let tokens = s.tokens
    guard hi - lo >= 2, tokens[lo + 1].kind == .word, tokens[lo + 1].isCapitalized,
      !s.classes[lo].isDisjoint(with: [.givenName, .westernGivenName, .ambiguousGivenName]),
      s.classes[lo + 1].isDisjoint(with: [
        .monthOrWeekday, .city, .country, .headWord, .gazetteerStart, .roleStart, .commonCapitalized,
        .connector,
      ])
    else { return false }
    return lo == 0 || !Self.beforeDates.contains(tokens[lo - 1].lower)
  }

  /// Words that introduce a date: "in May", "since June", "early April".
  static let beforeDates: Set<String> = [
    "in", "on", "since", "by", "until", "till", "from", "during", "through", "last", "next", "early",
    "late", "mid", "before", "after", "between", "this", "of", "to", "around", "and", "or",
  ]
}

extension SentenceAnalysis {
  /// Nouns that describe a business or a body before its name: `MentionRecognizer.businessNouns`
  /// and `MentionRecognizer.kindNouns`.
  static let describingNouns = MentionRecognizer.businessNouns.union(MentionRecognizer.kindNouns.keys)

  /// Where the description of a business or body right before `lo` starts: "the", "a" or "an",
  /// at most five lower-case words, nationalities or places made adjectives, then a noun for a
  /// business or a body (`describingNouns`) in lower case ("the carmaker", "the Oslo-based
  /// shipping group", "the export promotion agency"), or opening the sentence without "the"
  /// ("Brazilian agribusiness cooperative"); nil when none ends there.
  /// - Complexity: O(1), at most seven tokens.
  func businessDescription(before lo: Int) -> Int? {
    guard lo >= 2, lo <= tokens.count, !tokens[lo - 1].isCapitalized,
      Self.describingNouns.contains(tokens[lo - 1].lower)
    else { return nil }
    var k = lo - 2
    var described = false  // a nationality or a place made an adjective among the words
    while k >= 0 && k >= lo - 7 {
      let word = tokens[k]
      if ["the", "a", "an"].contains(word.lower) { return k }
      // "Chile's state copper company Codelco": a place's possessive opens the description.
      if word.kind == .possessive, let place = found(endingAt: k), found[place].type == .place {
        return k + 1
      }
      // "… and Indonesian state port operator Pelindo": a list's joint opens a description that
      // says where the business is from.
      if described, lo - 1 - k >= 3, ["and", "or", ","].contains(word.lower) { return k + 1 }
      let isNationality = nationalities.contains { $0.lo <= k && k < $0.hi }
      let isPlaceAdjective = MentionRecognizer.placeAdjectiveEndings.contains { word.lower.hasSuffix($0) }
      guard word.kind == .word || word.kind == .number,
        !word.isCapitalized || isNationality || isPlaceAdjective
          || (k == 0 && classes[0].contains(.englishWord)),
        !Self.describingNouns.contains(word.lower)
      else { return nil }
      described = described || isNationality || isPlaceAdjective
      k -= 1
    }
    // "Brazilian agribusiness cooperative Coamo said": a description that opens the sentence.
    return k < 0 ? 0 : nil
  }

  /// The organization after lower-case words from `k` that end in a noun for a business or a
  /// body ("state copper company Codelco"); its index in `found`.
  /// - Complexity: O(1), at most five tokens.
  private func organizationAfterLowerCaseDescription(from k: Int) -> Int? {
    // A description that ends the text has nothing after it.
    let end = min(tokens.count, k + 5)
    guard k + 1 < end else { return nil }
    for j in (k + 1)..<end where Self.describingNouns.contains(tokens[j - 1].lower) {
      guard (k..<j).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].isCapitalized }),
        let f = found(startingAt: j), found[f].type.isOrganization
      else { return nil }
      return f
    }
    return nil
  }

  /// The organization named right after a description of it that starts at `k` ("the
  /// Kyiv-based builder Dnipro Budivnytstvo", "Dutch chemicals group Nordvale"); its index in
  /// `found`.
  /// - Complexity: O(1), at most seven tokens.
  func organizationAfterDescription(startingAt k: Int) -> Int? {
    // "chief executive of Dutch chemicals group Nordvale", "chairman of Chile's state copper
    // company Codelco": a nationality or a place's possessive opens the description where no
    // article does, and lower-case words up to the noun follow it.
    if let nationality = nationalities.first(where: { $0.lo == k }) {
      return organizationAfterLowerCaseDescription(from: nationality.hi)
    }
    if let place = found(startingAt: k), found[place].type == .place, found[place].hi < tokens.count,
      tokens[found[place].hi].kind == .possessive
    {
      return organizationAfterLowerCaseDescription(from: found[place].hi + 1)
    }
    // An article that ends the text, or all but its last word, has no description after it.
    let end = min(tokens.count, k + 8)
    guard k + 2 < end, ["the", "a", "an"].contains(tokens[k].lower) else { return nil }
    for j in (k + 2)..<end
    where Self.describingNouns.contains(tokens[j - 1].lower) {
      guard businessDescription(before: j) == k, let f = found(startingAt: j), found[f].type.isOrganization
      else { return nil }
      return f
    }
    return nil
  }
}

extension MentionRecognizer {
  /// Words after a gathering's noun that go on describing it: "the trade show that ended on
  /// Friday", "the exhibition held in Athens".
  static let afterEventNoun: Set<String> = [
    "held", "that", "which", "in", "at", "on", "where", "organised", "organized", "hosted", "running",
    "taking", "opening", "ending", "due", "scheduled", "starting", "from", "this", "last", "next",
  ]

  /// "Gulfood 2026, the food and beverage trade show", "Posidonia 2026, the international shipping
  /// exhibition held in Athens", "Anuga 2026, the world's largest food fair,": a name, and its
  /// year, described after a comma as a gathering (an event word in lower case among at most
  /// seven lower-case words, possessives of them or nationalities, then punctuation or words
  /// that go on describing it, `afterEventNoun`). Returns where the name with its year ends;
  /// nil when no such description follows `hi`.
  /// - Complexity: O(1), at most ten tokens.
  func eventDescribedAfter(_ s: SentenceAnalysis, _ hi: Int) -> Int? {
    let tokens = s.tokens
    var end = hi
    if end < tokens.count, tokens[end].kind == .number, let year = Int(tokens[end].text),
      (1900...2100).contains(year)
    {
      end += 1
    }
    guard var k = appositionWords(s, after: end) else { return nil }
    while k < tokens.count && k <= end + 9 {
      let t = tokens[k]
      // "the world's largest food trade fair": a possessive after a lower-case word.
      if t.kind == .possessive, !tokens[k - 1].isCapitalized, tokens[k - 1].kind == .word {
        k += 1
        continue
      }
      guard isDescribingWord(s, k) else { return nil }
      if lexicon.eventHeads.contains(t.lower) {
        let next = k + 1
        if next >= tokens.count || [",", ".", ";"].contains(tokens[next].text)
          || Self.afterEventNoun.contains(tokens[next].lower)
        {
          return end
        }
      }
      k += 1
    }
    return nil
  }

  /// Adds the event `lo..<end` named by `lo..<hi` and, when `end > hi`, its year.
  func addDescribedEvent(_ lo: Int, _ hi: Int, _ end: Int, _ s: inout SentenceAnalysis) {
    let series = s.text(lo, hi)
    let year = end > hi ? Int(s.tokens[hi].text) : nil
    var found = Found(
      lo: lo, hi: end, type: .event, rule: "event-apposition", confidence: 0.65, name: s.text(lo, end),
      key: LocalKeys.event(ordinal: nil, series: series, year: year))
    found.series = series
    found.year = year
    s.found.append(found)
  }
}

extension MentionRecognizer {
  /// Posts a firm, not a person, is named to: "appointed Kestrel Audit as auditor".
  static let firmPosts: Set<String> = [
    "adviser", "advisor", "auditor", "consultant", "partner", "sponsor", "member",
  ]

  /// "has named Enunina Mangio, a former trade undersecretary, as its new president": a span
  /// right after a verb of appointment, then (past an apposition) "as" and a person's title, is
  /// the appointee.
  /// - Complexity: O(1), at most twenty tokens.
  func isAppointee(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    let tokens = s.tokens
    guard lo >= 1, hi < tokens.count,
      RelationExtractor.appointmentVerbs.contains(tokens[lo - 1].lower) || s.asOfPostInList(before: lo) != nil
    else {
      return false
    }
    var k = hi
    if tokens[k].text == "," {
      guard let close = (k + 1..<min(tokens.count, k + 10)).first(where: { tokens[$0].text == "," }) else {
        return false
      }
      k = close + 1
    }
    guard let role = s.postAfterAs(at: k) else { return false }
    return !Self.firmPosts.contains(role.title)
  }
}

extension MentionRecognizer {
  /// "Invest India chief executive Jane Doe", "Enterprise Singapore director": a capitalized
  /// English word (no place, name or title) and a country, then a title in lower case that is
  /// no cabinet post, name a national agency, as the trade and investment bodies of many
  /// countries are named.
  /// - Complexity: O(1).
  func isCountryNamedBody(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    guard let role = s.role(startingAt: hi), !role.isCapitalized, !Self.cabinetTitles.contains(role.title)
    else { return false }
    let c = s.classes[lo]
    return s.tokens[lo].kind == .word && c.contains(.englishWord)
      && c.isDisjoint(with: [.city, .country, .givenName, .familyName, .roleStart, .monthOrWeekday])
      && !s.nationalities.contains { $0.lo == lo }
  }
}

extension MentionRecognizer {
  /// The type ", the/a <words> <noun>" gives the name before `hi`: lower-case words or
  /// nationalities ("the Swedish packaging group", "a Lagos-based lender", "the state investment
  /// agency"), at most five, then a business noun (a company) or a body's kind noun
  /// (`kindNouns`), and a comma, a period or the sentence's end; nil when none follows.
  /// - Complexity: O(1), at most eight tokens.
  func describedAfterComma(_ s: SentenceAnalysis, _ hi: Int) -> EntityType? {
    let tokens = s.tokens
    guard var k = appositionWords(s, after: hi) else { return nil }
    while k < tokens.count && k <= hi + 7 {
      let noun = tokens[k].lower
      if !tokens[k].isCapitalized,
        let type = Self.businessNouns.contains(noun) ? .company : Self.kindNouns[noun]
      {
        let next = k + 1
        return next >= tokens.count || [",", ".", ";"].contains(tokens[next].text) ? type : nil
      }
      guard isDescribingWord(s, k) else { return nil }
      k += 1
    }
    return nil
  }

  /// Where the words of an apposition after the name ending at `hi` begin: past ", the" (or
  /// "a", "an"), or past ", <country>'s" ("AICEP, Portugal's trade and investment agency");
  /// nil when no apposition opens there.
  /// - Complexity: O(1).
  func appositionWords(_ s: SentenceAnalysis, after hi: Int) -> Int? {
    let tokens = s.tokens
    guard hi + 2 < tokens.count, tokens[hi].text == "," else { return nil }
    if ["the", "a", "an"].contains(tokens[hi + 1].lower) { return hi + 2 }
    guard let place = s.found(startingAt: hi + 1), s.found[place].type == .place,
      s.found[place].hi < tokens.count, tokens[s.found[place].hi].kind == .possessive
    else { return nil }
    return s.found[place].hi + 1
  }

  /// A word that may describe what a name is: a lower-case word or number, or a nationality
  /// ("the Swedish packaging group").
  /// - Complexity: O(n) for the n nationalities of the sentence.
  func isDescribingWord(_ s: SentenceAnalysis, _ k: Int) -> Bool {
    let t = s.tokens[k]
    return (t.kind == .word || t.kind == .number)
      && (!t.isCapitalized || s.nationalities.contains { $0.lo <= k && k < $0.hi })
  }
}

extension MentionRecognizer {
  /// ", the Irish Food Board," right after `hi`: a body's name of two words or more after "the",
  /// closing the apposition (a comma, or the sentence's end); its index in `found`.
  /// - Complexity: O(f) for the f found spans.
  func appositeBody(_ s: SentenceAnalysis, after hi: Int) -> Int? {
    let tokens = s.tokens
    guard hi + 3 < tokens.count, tokens[hi].text == ",", tokens[hi + 1].lower == "the",
      let b = s.found(startingAt: hi + 2), s.found[b].type.isOrganization, s.found[b].hi - s.found[b].lo >= 2,
      s.found[b].hi == tokens.count || [",", ".", ";"].contains(tokens[s.found[b].hi].text)
    else { return nil }
    return b
  }
}
