import TiesModel

extension DocumentRecognizer {
  /// "the 8th CSIA General Assembly", "Halvorsen Holdings Investor Day 2025": an event whose
  /// name holds the name or the defined acronym of an organization the article names is
  /// organized by it. Marks `Found.organizer`; the relation patterns relate them.
  /// - Complexity: O(m + t·c) for m mentions, t tokens inside event names and c organization
  ///   names that start with the same word (small).
  func linkOrganizersInEventNames(_ analyses: inout [SentenceAnalysis]) {
    guard analyses.contains(where: { $0.found.contains { $0.type == .event } }) else { return }
    var byFirstWord: [String: [(words: [String], key: String)]] = [:]
    for s in analyses {
      for f in s.found where f.type.isOrganization && !f.isSynthetic {
        let words = s.tokens[f.lo..<f.hi].map(\.lower)
        guard let first = words.first else { continue }
        if !(byFirstWord[first]?.contains { $0.words == words } ?? false) {
          byFirstWord[first, default: []].append((words, f.key))
        }
        if let acronym = f.definedAcronym?.lowercased(), byFirstWord[acronym] == nil {
          byFirstWord[acronym] = [([acronym], f.key)]
        }
      }
    }
    guard !byFirstWord.isEmpty else { return }
    for n in analyses.indices {
      for e in analyses[n].found.indices where analyses[n].found[e].type == .event {
        let f = analyses[n].found[e]
        let words = analyses[n].tokens[f.lo..<f.hi].map(\.lower)
        search: for start in words.indices {
          for candidate in byFirstWord[words[start]] ?? []
          where start + candidate.words.count < words.count
            && Array(words[start..<(start + candidate.words.count)]) == candidate.words
          {
            analyses[n].found[e].organizer = candidate.key
            break search
          }
        }
      }
    }
  }

  /// "the 57th Annual General Meeting of the Air Carriers' Organization", "the 39th session of
  /// the Joint Business Council": a numbered event named only by ordinary words is named with
  /// the organization after "of", so that it is told apart from every other body's 57th
  /// meeting (its short mentions are merged into it afterwards).
  /// - Complexity: O(e) for e events.
  func nameGenericEventsAfterOrganizations(_ analyses: inout [SentenceAnalysis]) {
    for n in analyses.indices {
      for i in analyses[n].found.indices where analyses[n].found[i].type == .event {
        let f = analyses[n].found[i]
        guard f.ordinal != nil || f.year != nil, f.hi + 1 < analyses[n].tokens.count,
          analyses[n].tokens[f.hi].lower == "of", let o = analyses[n].organization(at: f.hi + 1),
          (f.lo..<f.hi).allSatisfy({ k in
            analyses[n].tokens[k].kind != .word || analyses[n].classes[k].contains(.englishWord)
          })
        else { continue }
        let end = analyses[n].found[o].hi
        analyses[n].found[i].name = analyses[n].text(f.lo, end)
        analyses[n].found[i].series = analyses[n].text(f.lo + 1, end)
        analyses[n].found[i].key = LocalKeys.event(
          ordinal: f.ordinal, series: analyses[n].found[i].series ?? f.name, year: f.year)
      }
    }
  }

  /// Words that may stand between an organization and the event word of its meeting.
  static let organizationEventModifiers: Set<String> = [
    "annual", "general", "biennial", "yearly", "international", "national", "global", "regional",
    "plenary", "extraordinary", "ordinary", "spring", "summer", "autumn", "fall", "winter", "business",
    "investment", "trade", "members", "flagship", "leadership", "ministerial", "founding", "inaugural",
  ]

  /// "the World Trade Forum annual meeting", "the National Retailers Federation convention": an
  /// organization's name and a lower-case event word after it name the organization's event,
  /// which the organization organized (`Found.organizer`).
  /// - Complexity: O(m) for m mentions.
  func eventsNamedByOrganization(_ analyses: inout [SentenceAnalysis]) {
    for n in analyses.indices {
      var added: [Found] = []
      for f in analyses[n].found where f.type.isOrganization && !f.isSynthetic {
        let tokens = analyses[n].tokens
        var k = f.hi
        while k < tokens.count && k < f.hi + 3 && Self.organizationEventModifiers.contains(tokens[k].lower) {
          k += 1
        }
        guard k < tokens.count, !tokens[k].isCapitalized, lexicon.eventHeads.contains(tokens[k].lower),
          k + 1 >= tokens.count || !tokens[k + 1].isCapitalized || tokens[k + 1].kind != .word
        else { continue }
        let name = analyses[n].text(f.lo, k + 1)
        var event = Found(
          lo: f.lo, hi: k + 1, type: .event, rule: "organization-event", confidence: 0.7, name: name,
          key: LocalKeys.event(ordinal: nil, series: name, year: nil), series: name)
        event.organizer = f.key
        added.append(event)
      }
      guard !added.isEmpty else { continue }
      analyses[n].found += added
      analyses[n].sortFound()
    }
  }

  /// The organization the article names most, at least twice (the first named among equals):
  /// whose board "the newly elected Governors" of a list join.
  /// - Complexity: O(m) for m mentions.
  func mainOrganization(_ analyses: [SentenceAnalysis]) -> String? {
    var counts: [String: Int] = [:]
    var first: [String: Int] = [:]
    var order = 0
    for s in analyses {
      for f in s.found where f.type.isOrganization && !f.isSynthetic {
        counts[f.key, default: 0] += 1
        if first[f.key] == nil {
          first[f.key] = order
          order += 1
        }
      }
    }
    let best = counts.max { a, b in
      a.value != b.value ? a.value < b.value : (first[a.key] ?? 0) > (first[b.key] ?? 0)
    }
    guard let best, best.value >= 2 else { return nil }
    return best.key
  }

  /// "AmCham" in an article about "AmCham Lisbon" (or "the American Chamber of Commerce in
  /// Lisbon") is that chamber, when the article names one such chamber only; the mention takes
  /// the full name, so that the bare short form, which every such chamber shares, is no alias.
  /// - Complexity: O(m) for m mentions.
  func linkChamberShortForms(_ analyses: inout [SentenceAnalysis]) {
    var full: [String: [String: String]] = [:]  // short form → key → full name
    for s in analyses {
      for f in s.found where f.type.isOrganization && f.hi - f.lo >= 2 {
        let first = s.tokens[f.lo].lower
        if MentionRecognizer.chamberPrefixes.contains(first) { full[first, default: [:]][f.key] = f.name }
        for (short, words) in MentionRecognizer.chamberShortForms
        where f.hi - f.lo > words.count && s.matches(words, at: f.lo) {
          full[short, default: [:]][f.key] = f.name
        }
      }
    }
    guard !full.isEmpty else { return }
    func chamber(_ word: String) -> (key: String, name: String)? {
      guard let named = full[word], named.count == 1, let (key, name) = named.first else { return nil }
      return (key, name)
    }
    for n in analyses.indices {
      // A lone short form left untyped.
      let tokens = analyses[n].tokens
      var added: [Found] = []
      analyses[n].untyped.removeAll { span in
        guard span.count == 1, let target = chamber(tokens[span.lowerBound].lower) else { return false }
        added.append(
          Found(
            lo: span.lowerBound, hi: span.upperBound, type: .association, rule: "chamber-short-form",
            confidence: 0.8, name: target.name, key: target.key))
        return true
      }
      analyses[n].found += added
      analyses[n].sortFound()
      for i in analyses[n].found.indices where analyses[n].found[i].hi - analyses[n].found[i].lo == 1 {
        let word = tokens[analyses[n].found[i].lo].lower
        if analyses[n].found[i].type.isOrganization, let target = chamber(word) {
          analyses[n].found[i].key = target.key
          analyses[n].found[i].name = target.name
          analyses[n].found[i].type = .association
        }
      }
    }
  }

  /// Organization words that, in lower case after "the", refer to a body the article named:
  /// "the council", "the chamber's outgoing president". Not a business's ("the company", "the
  /// group"): an article names several businesses, not all by such a word.
  static let lowerCaseReferenceHeads: Set<String> = [
    "council", "chamber", "association", "federation", "confederation", "foundation", "institute",
    "ministry", "agency", "embassy", "commission", "union", "society", "alliance", "committee",
  ]

  /// "the Chamber's 181st Annual General Meeting", "the Federation said", "president of the
  /// council", "Association chairman X": an organization word after "the" or opening a
  /// sentence before a title (capitalized and alone, or after "the" in lower case one
  /// of `lowerCaseReferenceHeads` and not followed by "of" or "for") refers to the one
  /// organization of the article whose name holds that word; it takes that organization's name.
  /// - Complexity: O(m + u + t) for m mentions, u untyped spans and t tokens.
  func linkDefiniteReferences(_ analyses: inout [SentenceAnalysis]) {
    var byHead: [String: [String: (name: String, type: EntityType)]] = [:]
    for s in analyses {
      for f in s.found where f.type.isOrganization && !f.isSynthetic && f.hi - f.lo >= 2 {
        for k in f.lo..<f.hi where lexicon.organizationHeads[s.tokens[k].lower] != nil {
          byHead[s.tokens[k].lower, default: [:]][f.key] = (f.name, f.type)
        }
      }
    }
    guard !byHead.isEmpty else { return }
    for (head, named) in byHead where named.count > 1 { byHead[head] = Self.withoutShortForms(named) }
    for n in analyses.indices {
      let tokens = analyses[n].tokens
      var added: [Found] = []
      let roleStartsSecond = analyses[n].role(startingAt: 1) != nil
      analyses[n].untyped.removeAll { span in
        let lo = span.lowerBound
        // "Association chairman Jane Doe": opening a sentence, before a title, without "the".
        let opensBeforeTitle = lo == 0 && roleStartsSecond
        guard span.count == 1, (lo >= 1 && tokens[lo - 1].lower == "the") || opensBeforeTitle,
          tokens[lo].isCapitalized,
          let named = byHead[tokens[lo].lower], named.count == 1, let (key, target) = named.first
        else { return false }
        added.append(
          Found(
            lo: lo, hi: lo + 1, type: target.type, rule: "definite-reference", confidence: 0.7,
            name: target.name,
            key: key))
        return true
      }
      for k in tokens.indices.dropFirst()
      where tokens[k - 1].lower == "the" && !tokens[k].isCapitalized
        && Self.lowerCaseReferenceHeads.contains(tokens[k].lower)
      {
        guard
          k + 1 >= tokens.count || !["of", "for"].contains(tokens[k + 1].lower),
          !analyses[n].found.contains(where: { $0.lo <= k && k < $0.hi }),
          let named = byHead[tokens[k].lower], named.count == 1, let (key, target) = named.first
        else { continue }
        added.append(
          Found(
            lo: k, hi: k + 1, type: target.type, rule: "definite-reference", confidence: 0.6,
            name: target.name,
            key: key))
      }
      // "the Portugal-Brazil chamber", "the Brazilian chamber": the words before the head
      // begin the name of one organization of the article with that head.
      var replaced: [Range<Int>] = []
      for k in tokens.indices.dropFirst(2)
      where !tokens[k].isCapitalized && Self.lowerCaseReferenceHeads.contains(tokens[k].lower)
        && tokens[k - 1].isCapitalized
      {
        var start = k - 1
        while start > 1 && start > k - 3 && tokens[start - 1].isCapitalized { start -= 1 }
        guard tokens[start - 1].lower == "the",
          k + 1 >= tokens.count || !["of", "for"].contains(tokens[k + 1].lower),
          let named = byHead[tokens[k].lower]
        else { continue }
        let words = tokens[start...k].map(\.lower)
        let matching = named.filter { _, target in
          let theirs = TextSearch.words(target.name.lowercased())
          return theirs.count > words.count && Array(theirs.prefix(words.count)) == words
        }
        guard matching.count == 1, let (key, target) = matching.first,
          !analyses[n].found.contains(where: { $0.lo < start && $0.hi > start || $0.lo <= k && $0.hi > k })
        else { continue }
        replaced.append(start..<(k + 1))
        added.append(
          Found(
            lo: start, hi: k + 1, type: target.type, rule: "definite-reference", confidence: 0.6,
            name: target.name, key: key))
      }
      for range in replaced {
        analyses[n].found.removeAll { range.contains($0.lo) && $0.hi <= range.upperBound }
        analyses[n].untyped.removeAll { range.overlaps($0) }
      }
      guard !added.isEmpty else { continue }
      analyses[n].found += added
      analyses[n].sortFound()
    }
  }

  /// `named` without the names that only begin another of them: "the Lagos Chamber" beside
  /// "the Lagos Chamber of Commerce" is its short form, not a second chamber.
  /// - Complexity: O(n²·w) for n names of one head word in an article (a handful).
  static func withoutShortForms(_ named: [String: (name: String, type: EntityType)]) -> [String: (
    name: String, type: EntityType
  )] {
    let words = named.mapValues { TextSearch.words($0.name.lowercased()) }
    return named.filter { key, _ in
      guard let own = words[key] else { return true }
      return !words.contains { other, theirs in
        other != key && theirs.count > own.count && Array(theirs.prefix(own.count)) == own
      }
    }
  }

  /// "Sheikh Mohammed bin Rashid" in an article that also names "Sheikh Mohammed bin Rashid Al
  /// Maktoum": a person's name of two or more words that begins the name of exactly one other
  /// person of the article is that person.
  /// - Complexity: O(p·w) for p people mentioned and names of w words.
  func linkShortenedNames(_ analyses: inout [SentenceAnalysis]) {
    var byFirstWord: [String: [(words: [String], key: String)]] = [:]
    for s in analyses {
      for f in s.found where f.type == .person && !f.isSynthetic {
        let words = TextSearch.words(f.name.lowercased())
        guard let first = words.first, words.count >= 3 else { continue }
        if !(byFirstWord[first]?.contains { $0.key == f.key } ?? false) {
          byFirstWord[first, default: []].append((words, f.key))
        }
      }
    }
    guard !byFirstWord.isEmpty else { return }
    for n in analyses.indices {
      for i in analyses[n].found.indices where analyses[n].found[i].type == .person {
        let words = TextSearch.words(analyses[n].found[i].name.lowercased())
        guard words.count >= 2, let first = words.first else { continue }
        let longer = Set(
          (byFirstWord[first] ?? []).filter {
            $0.words.count > words.count && Array($0.words.prefix(words.count)) == words
          }.map(\.key))
        if longer.count == 1, let key = longer.first { analyses[n].found[i].key = key }
      }
    }
  }
}
