import TiesModel

/// Finds typed names in a sentence: organizations by their head words, people by name
/// patterns and titles, places, events with ordinals or years, agreements, role titles and
/// nationality adjectives.
///
/// Works on capitalized runs of tokens, split at capitalized role titles ("… Association
/// Chairman Lim Dong-hyun"), at "and" between two names, and at "of"/"for" unless an
/// organization word introduces them ("Ministry of …", "Center for …").
/// - Complexity: O(n·w) per sentence for n tokens and phrases of at most w words.
///
/// A class, immutable and shared: as a struct it was copied, with a retain of every table of
/// its lexicon, wherever a closure or a call took it (4% of extraction's time).
final class MentionRecognizer: Sendable {
  let lexicon: Lexicon
  let names: NamePatterns
  /// Made once: each one holds a copy of the lexicon.
  let events: EventRecognizer

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
    self.names = NamePatterns(lexicon: lexicon)
    self.events = EventRecognizer(lexicon: lexicon)
  }

  /// Capitalized words that open sentences or stand alone without naming anything.
  static let commonCapitalized: Set<String> = [
    "the", "a", "an", "in", "on", "at", "from", "to", "for", "with", "by", "as", "and", "but", "or", "it",
    "he", "she", "they", "we", "i", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "meanwhile", "however", "also", "last", "next", "following", "regarding", "based", "after", "before",
    "during", "while", "when", "where", "if", "since", "about", "some", "many", "both", "all", "each",
    "other", "such", "there", "here", "what", "who", "which", "how", "why", "not", "no", "yes", "more",
    "most", "new", "one", "two", "three", "first", "second", "third", "according", "under", "over",
    "among", "between", "through", "despite", "amid", "to", "than", "then", "so", "yet", "because",
    "mr", "mrs", "ms", "dr", "sir", "madam", "ai", "ceo", "covid", "covid-19", "internet", "photo", "mr.",
    "mrs.",
    "ms.", "dr.", "prof.", "former", "outgoing", "incoming", "retiring", "newly",
  ]
  /// Words that count what follows: "several Chambers", "two Ministries".
  static let quantifiers: Set<String> = [
    "numerous", "several", "many", "various", "some", "other", "few", "multiple", "all", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "dozen",
  ]

  /// A capitalized organization head in the plural: "Chambers", "Ministries", "Associations".
  func isPluralHead(_ token: Token) -> Bool {
    let word = token.lower
    guard token.isCapitalized, word.count > 3, word.hasSuffix("s") else { return false }
    let singular = word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : String(word.dropLast())
    return lexicon.organizationHeads[singular] != nil
  }

  func analyze(tokens: [Token], index: Int, isHeadline: Bool) -> SentenceAnalysis {
    var s = SentenceAnalysis(index: index, tokens: tokens, isHeadline: isHeadline)
    var classes: [WordClass] = []
    classes.reserveCapacity(tokens.count)
    for i in tokens.indices { classes.append(lexicon.classes(of: tokens[i])) }
    s.classes = classes
    s.roles = findRoles(tokens, classes: s.classes)
    var covered = [Bool](repeating: false, count: tokens.count)
    for event in events.events(in: tokens, classes: s.classes) {
      s.found.append(event)
      for i in event.lo..<event.hi { covered[i] = true }
    }
    var i = 0
    while i < tokens.count {
      guard !covered[i], isNameToken(at: i, in: tokens) else {
        i += 1
        continue
      }
      let end = runEnd(from: i, tokens: tokens, covered: covered)
      classifyRun(i, end, into: &s)
      i = max(end, i + 1)
    }
    s.sortFound()
    extendVenuesByLowercaseHead(&s)
    extendEventsByLowercaseHead(&s)
    nameAcronymsByInitials(&s)
    defineAcronyms(&s)
    return s
  }

  // MARK: - Classifying a run

  func classifyRun(_ lo: Int, _ hi: Int, into s: inout SentenceAnalysis) {
    var lo = lo
    let tokens = s.tokens
    // Drop a sentence-opening word that only happens to be capitalized.
    while lo < hi, PersonStyles.styleLength(tokens, at: lo) == nil, !startsKnownPhrase(s, lo, hi),
      !s.classes[lo].isDisjoint(with: [.commonCapitalized, .connector])
        || (s.classes[lo].contains(.monthOrWeekday) && !tokens[lo].endsWithPeriod
          && !isMonthAsGivenName(s, lo, hi))
    {
      lo += 1
    }
    // For the venue rule below, which does not split the run (segments skip them too).
    lo = skippingPlaceAdjectives(tokens, lo, hi)
    // "Hosting the Air Carriers' meeting …": a gerund opening the sentence or a quotation.
    if lo < hi, lo == 0 || tokens[lo - 1].kind == .punct, hi - lo >= 2,
      s.classes[lo].contains(.englishWord), !s.classes[lo].contains(.headWord),
      tokens[lo].lower.hasSuffix("ing"), !startsKnownPhrase(s, lo, hi)
    {
      lo += 1
      while lo < hi && s.classes[lo].contains(.connector) { lo += 1 }
    }
    guard lo < hi else { return }
    // "at the Hilton Fukuoka Sea Hawk": a name after "at" with no organization word is a venue;
    // not after a title ("a partner at", "head of strategy at").
    if isVenuePosition(tokens, lo), hi - lo >= 2, !followsTitleAt(s, lo),
      PersonStyles.styleLength(tokens, at: lo) == nil,
      hi >= tokens.count || tokens[hi].kind != .possessive, !Self.chamberPrefixes.contains(tokens[lo].lower),
      !tokens[lo..<hi].contains(where: { $0.text == "&" || $0.lower == "and" }),
      !(hi - lo >= 4 && (names.personConfidence(tokens, hi - 2, hi)?.confidence ?? 0) >= 0.7),
      !s.roles.contains(where: { $0.lo >= lo && $0.lo < hi }),
      headType(tokens, lo, hi).map({ $0 == .place }) ?? true, names.personConfidence(tokens, lo, hi) == nil,
      gazetteerMatch(tokens[lo..<hi].map(\.lower), exact: true) == nil,
      !tokens[lo..<hi].contains(where: { $0.isAllCaps && $0 == tokens[lo] && hi - lo == 1 })
    {
      add(type: .place, lo, hi, rule: "venue-context", confidence: 0.7, &s)
      return
    }
    // "the Kyiv-based builder Dnipro Budivnytstvo": a business, described before its name.
    if let type = describedType(s, lo), headType(tokens, lo, hi) == nil,
      names.personConfidence(tokens, lo, hi) == nil, !s.roles.contains(where: { $0.lo >= lo && $0.lo < hi })
    {
      add(type: type, lo, hi, rule: "business-description", confidence: 0.65, &s)
      return
    }
    // Split at capitalized role titles.
    var pieceStart = lo
    var i = lo
    while i < hi {
      // A capitalized title, or the capitalized part of one ("acting Chairman").
      if tokens[i].isCapitalized,
        let role = s.roles.first(where: { $0.lo <= i && i < $0.hi && $0.hi <= hi && !$0.isPlural }),
        !titleIsPartOfName(tokens, role: role, runEnd: hi)
      {
        classifySegment(pieceStart, max(pieceStart, role.lo), into: &s)
        i = role.hi
        pieceStart = i
        continue
      }
      i += 1
    }
    classifySegment(pieceStart, hi, into: &s)
  }

  /// Types the tokens `lo..<hi` (no titles inside), splitting where two names meet.
  func classifySegment(_ lo0: Int, _ hi0: Int, into s: inout SentenceAnalysis) {
    var lo = lo0
    var hi = hi0
    let tokens = s.tokens
    // Class bits instead of string look-ups: this runs for every capitalized run.
    while lo < hi && !s.classes[lo].isDisjoint(with: [.connector, .comma]) {
      lo += 1
    }
    lo = skippingPlaceAdjectives(tokens, lo, hi)
    while hi > lo
      && !s.classes[hi - 1].isDisjoint(with: [.connector, .comma])
    {
      hi -= 1
    }
    guard lo < hi else { return }
    if !lexicon.userIgnored.isEmpty && lexicon.userIgnored.contains(s.text(lo, hi).lowercased()) { return }
    // "numerous Indian Chambers of Commerce": a number of bodies, not one named body.
    if lo >= 1, Self.quantifiers.contains(tokens[lo - 1].lower),
      (lo..<hi).contains(where: { isPluralHead(tokens[$0]) })
    {
      return
    }
    // "the Board of Directors": an organization's own organs name no entity of their own.
    if hi - lo == 3, tokens[lo].lower == "board", tokens[lo + 1].lower == "of",
      Self.boardMembers.contains(tokens[lo + 2].lower)
    {
      return
    }
    let gazetteerStarts = (lo..<hi).filter { s.classes[$0].contains(.gazetteerStart) }
    let words = gazetteerStarts.isEmpty ? [] : tokens[lo..<hi].map(\.lower)

    // A known name as a whole.
    if gazetteerStarts.first == lo, let entry = gazetteerMatch(words, exact: true) {
      addGazetteer(entry, lo, hi, &s)
      return
    }
    if styledPerson(lo, hi, into: &s) { return }
    // "… of Culture and Information Dr Jane Doe": an unambiguous style inside the segment
    // opens a person's name there.
    for k in (lo + 1)..<hi where PersonStyles.unambiguous.contains(tokens[k].lower) {
      guard let length = PersonStyles.styleLength(tokens, at: k), hi - (k + length) >= 2,
        names.isStyledNameLike(tokens, k + length, hi), headType(tokens, k + length, hi) == nil
      else { continue }
      classifySegment(lo, k, into: &s)
      _ = styledPerson(k, hi, into: &s)
      return
    }
    // "of"/"for" not introduced by an organization word: two names.
    // Once an organization word has introduced a complement, later connectors continue it:
    // "Association of Banks of Mexico", "Confederation for the Promotion of National Employment".
    var introduced = false
    for k in lo..<hi where k > lo && s.classes[k].contains(.ofOrFor) {
      if introducesComplement(tokens, lo: lo, at: k, hi: hi) {
        introduced = true
      } else if !introduced || tokens[k].lower == "on" {
        classifySegment(lo, k, into: &s)
        classifySegment(k + 1, hi, into: &s)
        return
      }
    }
    // "and" between two names; "and the" first, the clearest boundary, so that an "and"
    // inside the first name ("Ministry of Industry and Trade … and the Y") is judged
    // without the second name.
    let conjunctions = (lo..<hi).filter { s.classes[$0].contains(.conjunction) }
    let theFirst =
      conjunctions.filter { $0 + 1 < hi && tokens[$0 + 1].lower == "the" }
      + conjunctions.filter { !($0 + 1 < hi && tokens[$0 + 1].lower == "the") }
    for k in theFirst {
      if splitsAtAnd(tokens, lo: lo, at: k, hi: hi) {
        classifySegment(lo, k, into: &s)
        classifySegment(k + 1, hi, into: &s)
        return
      }
    }
    // The head word's type, looked up once for the rules below.
    var spanType = headType(tokens, lo, hi)
    // "executives of Volkswagen Poznan, …": a business's local arm in a list of businesses.
    if spanType == .place, s.classes[hi - 1].contains(.city), inBusinessList(s, lo) { spanType = .company }
    // "Invest India chief executive Jane Doe": a word and a country before a body's title.
    if spanType ?? .place == .place, hi - lo == 2, s.classes[hi - 1].contains(.country),
      isCountryNamedBody(s, lo, hi)
    {
      spanType = .government
    }
    // "state energy minister Reece Whitby": after a title, a name, even one that ends like a
    // venue named after its town.
    if s.role(endingAt: lo) != nil, hi - lo <= 3, names.isPersonLike(tokens, lo, hi),
      spanType.map({ $0 == .place }) ?? true
    {
      add(type: .person, lo, hi, rule: "title-context", confidence: 0.8, &s)
      return
    }
    if personAtEnd(lo, hi, into: &s) { return }
    // "Ernst & Young", "Baker & McKenzie": partners' names joined by "&" name a firm.
    if hi - lo == 3, tokens[lo + 1].text == "&", tokens[lo].isCapitalized, tokens[lo + 2].isCapitalized,
      spanType == nil
    {
      add(type: .company, lo, hi, rule: "ampersand-name", confidence: 0.75, &s)
      return
    }
    if let type = spanType, type != .event || namesSomething(s, lo, hi) || namesEventInWords(s, lo, hi),
      !isNationalPortfolio(s, lo, hi)
    {
      add(type: type, lo, hi, rule: "head-word", confidence: 0.9, &s)
      return
    }
    if let person = names.personConfidence(tokens, lo, hi), !afterLowerCaseTitleOf(s, lo),
      !inCompanyOnlyList(s, lo)
    {
      add(type: .person, lo, hi, rule: person.rule, confidence: person.confidence, &s)
      return
    }
    if isBrandAndCountry(s, lo, hi) {
      // "the Delovaya Rossiya association": the kind written after the name decides.
      // "SEMI Taiwan": initials are typed as they are alone (`bodyType`).
      // In a list only businesses fill ("companies such as BYD India"), a business.
      let type =
        kindAfterName(s, lo, hi)
        ?? (hi - lo == 2 && !inCompanyOnlyList(s, lo) ? bodyType(s, lo, lo + 1) : .company)
      add(type: type, lo, hi, rule: "brand-and-country", confidence: 0.6, &s)
      return
    }
    // "Enterprise Greece, the state investment agency": a body named with its country, as the
    // words after the comma describe it.
    if hi - lo >= 2, s.classes[hi - 1].contains(.country), let type = describedAfterComma(s, hi) {
      add(type: type, lo, hi, rule: "business-apposition", confidence: 0.6, &s)
      return
    }
    // "Samsung Electronics Vietnam": a company's name, then a country, is its branch there;
    // "Private Sector Foundation Uganda": a body's name, then its country, is its name.
    if hi - lo >= 3, s.classes[hi - 1].contains(.country), let type = headType(tokens, lo, hi - 1),
      type.isOrganization
    {
      add(type: type, lo, hi, rule: "company-and-country", confidence: 0.75, &s)
      return
    }
    // "chairman of Osaka Gas": a place's name that begins a business's.
    if isPlaceNamedBusiness(s, lo, hi) || isBusinessEndingInCountry(s, lo, hi) {
      add(type: .company, lo, hi, rule: "place-named-business", confidence: 0.6, &s)
      return
    }
    // A known name inside: split around it.
    for k in gazetteerStarts {
      for length in stride(from: min(lexicon.longestPhrase, hi - k), through: 1, by: -1) {
        let slice = Array(words[(k - lo)..<(k - lo + length)])
        if (k, k + length) != (lo, hi), let entry = gazetteerMatch(slice, exact: true) {
          classifySegment(lo, k, into: &s)
          addGazetteer(entry, k, k + length, &s)
          classifySegment(k + length, hi, into: &s)
          return
        }
      }
    }
    s.untyped.append(lo..<hi)
  }

  // MARK: - Adding

  func add(
    type: EntityType, _ lo: Int, _ hi: Int, rule: String, confidence: Double, _ s: inout SentenceAnalysis
  ) {
    var name = s.text(lo, hi)
    // Punctuation alone ("/") names nothing.
    guard name.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return }
    var type = type
    let hasUserNames = !lexicon.userTypes.isEmpty || !lexicon.userAliases.isEmpty
    let lowerName = hasUserNames ? name.lowercased() : ""
    if hasUserNames, let forced = lexicon.userTypes[lowerName] { type = forced }
    if type.isOrganization && name.unicodeScalars.contains("\u{2019}") {
      name = String(String.UnicodeScalarView(name.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }
    let key: String
    if hasUserNames, let canonical = lexicon.userAliases[lowerName] {
      key = LocalKeys.key(for: type, name: canonical)
    } else {
      key = LocalKeys.key(for: type, name: type == .company ? strippingLegalSuffix(name) : name)
    }
    var found = Found(lo: lo, hi: hi, type: type, rule: rule, confidence: confidence, name: name, key: key)
    if type == .event { found.series = name }
    s.found.append(found)
  }

  private func addGazetteer(
    _ entry: Lexicon.GazetteerEntry, _ lo: Int, _ hi: Int, _ s: inout SentenceAnalysis
  ) {
    switch entry.kind {
    case .nationality(let country):
      s.nationalities.append(NationalitySpan(lo: lo, hi: hi, country: country))
    case .place(let canonical):
      // "the Riga Award", "the Alfredo Yao Prize": a place's name in an award's names no place.
      if hi < s.tokens.count, s.tokens[hi].isCapitalized,
        RelationExtractor.awardNouns.contains(s.tokens[hi].lower)
      {
        return
      }
      add(type: .place, lo, hi, rule: "gazetteer", confidence: 0.95, &s)
      // "Korea" and "South Korea" are one place: the key is the canonical name's.
      s.found[s.found.count - 1].key = LocalKeys.place(canonical)
      // "RIGA" in a dateline is written as the place is named.
      if (lo..<hi).allSatisfy({ s.tokens[$0].isAllCaps }) { s.found[s.found.count - 1].name = canonical }
    case .user(let type):
      add(type: type, lo, hi, rule: "user-lexicon", confidence: 1, &s)
    case .body(let body):
      let surface = s.text(lo, hi)
      s.found.append(
        Found(
          lo: lo, hi: hi, type: body.type, rule: "known-body", confidence: 0.95, name: surface,
          key: LocalKeys.organization(body.name)))
    }
  }

  func strippingLegalSuffix(_ name: String) -> String {
    // Most names end in no legal suffix: look at the last word before splitting them all.
    let utf8 = name.utf8
    let lastWordStart = utf8.lastIndex(of: UInt8(ascii: " ")).map { utf8.index(after: $0) } ?? utf8.startIndex
    guard lexicon.legalSuffixes.contains(String(name[lastWordStart...]).lowercased()) else { return name }
    var words = TextSearch.words(name)
    while words.count > 1, let last = words.last, lexicon.legalSuffixes.contains(last.lowercased()) {
      words.removeLast()
    }
    return words.joined(separator: " ")
  }

  func gazetteerMatch(_ words: [String], exact: Bool) -> Lexicon.GazetteerEntry? {
    guard let first = words.first, let candidates = lexicon.gazetteer[first] else { return nil }
    return candidates.first { $0.words == words }
  }

}
