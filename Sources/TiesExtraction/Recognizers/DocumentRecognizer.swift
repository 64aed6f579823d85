import TiesModel

/// Runs the recognizers over every sentence of a document, then ties mentions together
/// within it: acronyms to what they abbreviate, "Aso" and "Ryu" to the person named in full,
/// a headline's "57th Business Conference" to the body's "57th Korea-Japan Business
/// Conference"; and picks the article's main event.
struct DocumentRecognizer {
  let recognizer: MentionRecognizer
  let lexicon: Lexicon

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
    self.recognizer = MentionRecognizer(lexicon: lexicon)
  }

  struct Result {
    var sentences: [SentenceAnalysis]
    /// Local key of the main event, when the article has one.
    var mainEvent: String?
    /// Local key of the organization the article names most (at least twice), if any.
    var mainOrganization: String? = nil
  }

  func recognize(_ sentences: [(tokens: [Token], isHeadline: Bool)], dateline: String?) -> Result {
    var analyses: [SentenceAnalysis] = []
    analyses.reserveCapacity(sentences.count)
    for (index, sentence) in sentences.enumerated() {
      var s = recognizer.analyze(tokens: sentence.tokens, index: index, isHeadline: sentence.isHeadline)
      recognizer.applyContext(&s)
      analyses.append(s)
    }
    linkAcronyms(&analyses)
    linkDescribedEventNames(&analyses)
    linkAppositeNames(&analyses)
    typeGroupsOfCompanies(&analyses)
    linkRepeatedNames(&analyses)
    linkNameParts(&analyses)
    linkShortenedNames(&analyses)
    linkTitleReferences(&analyses)
    completeEllipticalEvents(&analyses)
    eventsNamedByOrganization(&analyses)
    nameGenericEventsAfterOrganizations(&analyses)
    datesAndFutures(&analyses, dateline: dateline)
    mergeEventVariants(&analyses)
    linkChamberShortForms(&analyses)
    linkDefiniteReferences(&analyses)
    linkOrganizersInEventNames(&analyses)
    return Result(
      sentences: analyses, mainEvent: mainEvent(analyses), mainOrganization: mainOrganization(analyses))
  }

  // MARK: - Acronyms

  /// Rules that type a one-word name from its context alone: a name the article defined in
  /// parentheses overrides them ("… Council (Cefic) … Cefic President Jane Doe").
  static let contextRules: Set<String> = [
    "pre-title-organization", "organization-context", "list-sibling",
    // A well-known body's acronym names the body the article defines it for, if any: "the
    // Kestrel Chamber of Commerce and Industry (KCCI)", then "the KCCI" is that chamber.
    "known-body",
  ]

  private func linkAcronyms(_ analyses: inout [SentenceAnalysis]) {
    let hasLoneAcronym = analyses.contains { s in
      s.untyped.contains { $0.count == 1 && s.tokens[$0.lowerBound].isAllCaps }
    }
    let hasContextName = analyses.contains { s in
      s.found.contains { $0.hi - $0.lo == 1 && Self.contextRules.contains($0.rule) }
    }
    // "Engineering Export Promotion Council of India (EEPC India)": a short form of two words.
    let hasTwoWordShortForm = analyses.contains { s in
      s.found.contains { $0.definedAcronym?.contains(" ") == true }
    }
    guard hasLoneAcronym || hasContextName || hasTwoWordShortForm else { return }
    var acronyms: [String: (key: String, type: EntityType)] = [:]
    var organizations: [(initials: String, key: String, type: EntityType)] = []
    for s in analyses {
      // Conditions read in place: copying every `Found` retains its strings.
      for i in s.found.indices
      where s.found[i].type != .person && s.found[i].type != .event && s.found[i].type != .place {
        let f = s.found[i]
        if let acronym = f.definedAcronym { acronyms[acronym] = (f.key, f.type) }
        if !organizations.contains(where: { $0.key == f.key }) {
          organizations.append((nameInitials(f.name), f.key, f.type))
        }
      }
    }
    if (hasContextName || hasTwoWordShortForm) && !acronyms.isEmpty {
      for n in analyses.indices {
        for i in analyses[n].found.indices
        where
          (analyses[n].found[i].hi - analyses[n].found[i].lo == 1
          && Self.contextRules.contains(analyses[n].found[i].rule))
          || (analyses[n].found[i].hi - analyses[n].found[i].lo == 2
            && analyses[n].found[i].type.isOrganization
            && analyses[n].found[i].name.contains(" "))
        {
          guard let target = acronyms[analyses[n].found[i].name] else { continue }
          analyses[n].found[i].key = target.key
          analyses[n].found[i].type = target.type
        }
      }
    }
    guard hasLoneAcronym else { return }
    for n in analyses.indices where analyses[n].untyped.contains(where: { $0.count == 1 }) {
      var remaining: [Range<Int>] = []
      for span in analyses[n].untyped {
        guard span.count == 1 else {
          remaining.append(span)
          continue
        }
        let token = analyses[n].tokens[span.lowerBound]
        guard token.isAllCaps else {
          remaining.append(span)
          continue
        }
        var target = acronyms[token.text]
        if target == nil {
          let matches = Set(organizations.filter { $0.initials == token.text }.map(\.key))
          if matches.count == 1, let key = matches.first,
            let org = organizations.first(where: { $0.key == key })
          {
            target = (key, org.type)
          }
        }
        if let target {
          analyses[n].found.append(
            Found(
              lo: span.lowerBound, hi: span.upperBound, type: target.type, rule: "acronym", confidence: 0.85,
              name: token.text, key: target.key))
        } else {
          remaining.append(span)
        }
      }
      analyses[n].untyped = remaining
      analyses[n].sortFound()
    }
  }

  // MARK: - People named in part

  private func linkNameParts(_ analyses: inout [SentenceAnalysis]) {
    guard analyses.contains(where: { $0.found.contains { $0.type == .person } }) else { return }
    // Every person named in full, by each of their name words: the one person a word belongs
    // to, or "" once two people share it.
    var byPart: [String: String] = [:]
    var keys: [String: String] = [:]
    for n in analyses.indices {
      for i in analyses[n].found.indices where analyses[n].found[i].type == .person {
        let f = analyses[n].found[i]
        let words = TextSearch.words(f.name.lowercased())
        for w in words {
          if let owner = byPart[w] {
            if owner != f.key { byPart[w] = "" }
          } else {
            byPart[w] = f.key
          }
        }
        var reversed = ""
        for w in words.reversed() {
          if !reversed.isEmpty { reversed += " " }
          reversed += w
        }
        keys[reversed] = f.key
      }
    }
    for n in analyses.indices {
      // The same person with the name order reversed in one article.
      for f in analyses[n].found.indices where analyses[n].found[f].type == .person {
        let words = analyses[n].found[f].name.lowercased()
        if let other = keys[words], other != analyses[n].found[f].key, other < analyses[n].found[f].key {
          analyses[n].found[f].key = other
        }
      }
      var remaining: [Range<Int>] = []
      let tokens = analyses[n].tokens
      func owner(_ i: Int) -> String? {
        guard tokens[i].isCapitalized, !tokens[i].isAllCaps, let key = byPart[tokens[i].lower], !key.isEmpty
        else { return nil }
        return key
      }
      for span in analyses[n].untyped {
        // "Becker", and "Becker and Lindqvist": each word one person named in full before.
        let parts =
          span.count == 1
          ? [span.lowerBound]
          : span.count == 3 && tokens[span.lowerBound + 1].lower == "and"
            ? [span.lowerBound, span.upperBound - 1] : []
        let owners = parts.compactMap(owner)
        guard !parts.isEmpty, owners.count == parts.count, Set(owners).count == owners.count else {
          remaining.append(span)
          continue
        }
        for (i, key) in zip(parts, owners) {
          analyses[n].found.append(
            Found(
              lo: i, hi: i + 1, type: .person, rule: "name-part", confidence: 0.7, name: tokens[i].text,
              key: key))
        }
      }
      analyses[n].untyped = remaining
      analyses[n].sortFound()
    }
  }

  // MARK: - Events

  /// "The 14th meeting" in an article about "the 13th Korea-Japan chambers of commerce
  /// chairpersons' meeting" belongs to that series; without such a series it is dropped.
  private func completeEllipticalEvents(_ analyses: inout [SentenceAnalysis]) {
    guard analyses.contains(where: { $0.found.contains { $0.rule == "ordinal-event-elliptical" } }) else {
      return
    }
    var seriesByHead: [String: String] = [:]
    for s in analyses {
      for i in s.found.indices
      where s.found[i].type == .event && s.found[i].rule != "ordinal-event-elliptical" {
        let f = s.found[i]
        if let series = f.series, let head = TextSearch.words(series).last?.lowercased(),
          seriesByHead[head] == nil
        {
          seriesByHead[head] = series
        }
      }
    }
    for n in analyses.indices
    where analyses[n].found.contains(where: { $0.rule == "ordinal-event-elliptical" }) {
      var kept: [Found] = []
      for var f in analyses[n].found {
        if f.rule == "ordinal-event-elliptical" {
          guard let head = f.series?.lowercased(), let series = seriesByHead[head], let ordinal = f.ordinal
          else {
            continue
          }
          f.series = series
          f.name = "\(analyses[n].tokens[f.lo].text) \(series)"
          f.key = LocalKeys.event(ordinal: ordinal, series: series, year: nil)
        }
        kept.append(f)
      }
      analyses[n].found = kept
    }
  }

  private func datesAndFutures(_ analyses: inout [SentenceAnalysis], dateline: String?) {
    let datelineYear = dateline.flatMap { Int($0.prefix(4)) }
    for n in analyses.indices {
      // Only the phrases that start with a word of the sentence are tried, there.
      var future = false
      for k in analyses[n].tokens.indices where analyses[n].classes[k].contains(.futureCueStart) {
        let phrases = lexicon.futureCuePhrasesByFirstWord[analyses[n].tokens[k].lower] ?? []
        if phrases.contains(where: { analyses[n].matches($0, at: k) }) {
          future = true
          break
        }
      }
      analyses[n].isFuture = future
      let hasEvent = analyses[n].found.contains { $0.type == .event }
      guard hasEvent else { continue }
      let nextYear = analyses[n].find(["next", "year"]) != nil
      let sentenceDate =
        hasEvent ? eventDate(in: analyses[n].tokens, dateline: dateline, future: future) : nil
      for f in analyses[n].found.indices where analyses[n].found[f].type == .event {
        analyses[n].found[f].isFuture = future
        analyses[n].found[f].date = sentenceDate
        if analyses[n].found[f].year == nil, let y = datelineYear {
          analyses[n].found[f].year = nextYear ? y + 1 : y
        }
        let e = analyses[n].found[f]
        if let series = e.series {
          analyses[n].found[f].key = LocalKeys.event(ordinal: e.ordinal, series: series, year: e.year)
        }
      }
    }
  }

  /// The date a sentence gives: a full date ("on May 27, 2025"), or a weekday ("on Tuesday")
  /// read as the last such day on or before the dateline (not for announced events).
  private func eventDate(in tokens: [Token], dateline: String?, future: Bool) -> String? {
    if let date = DateParsing.firstDate(in: tokens) { return date }
    guard !future, let dateline else { return nil }
    for (k, t) in tokens.enumerated() where k > 0 && ["on", "from", "since"].contains(tokens[k - 1].lower) {
      if let day = DateParsing.weekday(t.text) { return DateParsing.resolve(weekday: day, before: dateline) }
    }
    return nil
  }

  /// Within one article, "57th Business Conference" and "57th Korea-Japan Business Conference"
  /// are one event: same ordinal, and the words of one series are among the other's.
  private func mergeEventVariants(_ analyses: inout [SentenceAnalysis]) {
    var events: [(key: String, ordinal: Int, words: Set<String>, length: Int)] = []
    for s in analyses {
      for i in s.found.indices where s.found[i].type == .event {
        let f = s.found[i]
        guard let ordinal = f.ordinal, let series = f.series else { continue }
        let words = Set(TextSearch.words(LocalKeys.fold(series)))
        if !events.contains(where: { $0.key == f.key }) {
          events.append((f.key, ordinal, words, words.count))
        }
      }
    }
    var rename: [String: String] = [:]
    for e in events {
      let wider = events.filter {
        $0.ordinal == e.ordinal && $0.key != e.key && e.words.isSubset(of: $0.words)
      }
      if let best = wider.max(by: { ($0.length, $1.key) < ($1.length, $0.key) }) { rename[e.key] = best.key }
    }
    // "Gulfood Exhibition" after "the 23rd Gulfood Exhibition": an unnumbered mention of the
    // one numbered event of that series in the article.
    for s in analyses {
      for i in s.found.indices where s.found[i].type == .event && s.found[i].ordinal == nil {
        let f = s.found[i]
        let words = Set(TextSearch.words(LocalKeys.fold(f.series ?? f.name)))
        let numbered = Set(events.filter { words.count >= 2 && words.isSubset(of: $0.words) }.map(\.key))
        if numbered.count == 1, let key = numbered.first, rename[f.key] == nil, key != f.key {
          rename[f.key] = rename[key] ?? key
        }
      }
    }
    guard !rename.isEmpty else { return }
    for n in analyses.indices {
      for f in analyses[n].found.indices {
        var key = analyses[n].found[f].key
        var hops = 0
        while let next = rename[key], hops < 8 {
          key = next
          hops += 1
        }
        analyses[n].found[f].key = key
      }
    }
  }

  /// The event the article is about: a named, not future, event that the headline or the
  /// first three sentences of the body mention; among several, one that a sentence says
  /// somebody hosted, organized or held, then the one mentioned most.
  private func mainEvent(_ analyses: [SentenceAnalysis]) -> String? {
    var counts: [String: Int] = [:]
    var first: [String: Int] = [:]
    var early = Set<String>()
    var hosted = Set<String>()
    var bodySeen = 0
    for s in analyses {
      // The place of a dateline ("LIMA") stands as a sentence of its own: not one of the first.
      if !s.isHeadline && s.tokens.count > 3 { bodySeen += 1 }
      let hostSentence = s.classes.contains { $0.contains(.hostVerb) }
      for i in s.found.indices where s.found[i].type == .event && !s.found[i].isFuture {
        let f = s.found[i]
        counts[f.key, default: 0] += 1
        if first[f.key] == nil { first[f.key] = s.index }
        if s.isHeadline || bodySeen <= 3 { early.insert(f.key) }
        if hostSentence { hosted.insert(f.key) }
      }
    }
    let candidates = early.intersection(hosted).isEmpty ? early : early.intersection(hosted)
    return candidates.max { a, b in
      let ca = counts[a] ?? 0
      let cb = counts[b] ?? 0
      if ca != cb { return ca < cb }
      return (first[a] ?? 0, a) > (first[b] ?? 0, b)
    }
  }
}
