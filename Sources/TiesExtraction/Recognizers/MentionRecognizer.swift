import TiesModel

/// Finds typed names in a sentence: organizations by their head words, people by name
/// patterns and titles, places, events with ordinals or years, agreements, role titles and
/// nationality adjectives.
///
/// Works on capitalized runs of tokens, split at capitalized role titles ("… Association
/// Chairman Lim Dong-hyun"), at "and" between two names, and at "of"/"for" unless an
/// organization word introduces them ("Ministry of …", "Center for …").
/// - Complexity: O(n·w) per sentence for n tokens and phrases of at most w words.
struct MentionRecognizer {
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
    "ms.", "dr.", "prof.",
  ]
  static let openingQuotes: Set<String> = ["\"", "\u{201C}", "\u{2018}"]
  static let closingQuotes: Set<String> = ["\"", "\u{201D}", "\u{2019}"]
  /// "of" in the Romance languages: "Club de Industriales", "Cámara do Comércio".
  static let romanceOf: Set<String> = ["de", "del", "do", "da", "des", "du", "di", "della"]
  /// Words after which names come as a list: "…, A and B", "sponsors were A and B".
  static let listOpeners: Set<String> = [
    ",", "were", "are", "include", "includes", "included", "including", ":",
  ]
  /// Last words of bodies whose name goes on with "in <place>".
  static let bodiesNamedWithPlace: Set<String> = [
    "commerce", "embassy", "consulate", "institute", "office", "delegation", "mission", "representation",
  ]
  /// Title modifiers that are also the last word of organizations' names.
  static let nameModifiers: Set<String> = ["group", "global", "regional"]
  /// Short forms of bilateral chambers of commerce that open a name ("AmCham Egypt"), and the
  /// words their full names open with ("American Chamber of Commerce in Egypt").
  static let chamberShortForms: [String: [String]] = [
    "amcham": ["american", "chamber"], "eurocham": ["european", "chamber"],
    "britcham": ["british", "chamber"],
    "auscham": ["australian", "chamber"], "cancham": ["canadian", "chamber"],
    "nzcham": ["new", "zealand", "chamber"],
    "swisscham": ["swiss", "chamber"], "kocham": ["korean", "chamber"], "ahk": ["german", "chamber"],
  ]
  static let chamberPrefixes = Set(chamberShortForms.keys)
  /// Plural nouns that keep their possessive inside a name: "People's Bank", "Women's Forum".
  static let possessiveNameWords: Set<String> = ["people", "women", "children", "men", "workers"]
  /// Words that "on" continues into a name: "Senate Committee on Finance".
  static let headsBeforeOn: Set<String> = [
    "committee", "subcommittee", "commission", "council", "conference", "convention", "panel", "forum",
    "dialogue", "summit", "symposium", "agreement", "treaty", "declaration", "task", "force", "board",
    "roundtable", "working", "group",
  ]
  static let connectors: Set<String> = ["of", "for", "on", "and", "&", "the", "de", "du", "la", "von", "van"]

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
    nameAcronymsByInitials(&s)
    defineAcronyms(&s)
    return s
  }

  // MARK: - Runs

  /// A word that can be part of a name (see `Token.startsName`); numbers never are.
  func isNameToken(at i: Int, in tokens: [Token]) -> Bool {
    tokens[i].kind == .word && tokens[i].startsName
  }

  /// The end of a run of name tokens starting at `start`, joined by connectors.
  func runEnd(from start: Int, tokens: [Token], covered: [Bool]) -> Int {
    var end = start + 1
    var j = start + 1
    while j < tokens.count && !covered[j] {
      if isNameToken(at: j, in: tokens) {
        end = j + 1
        j += 1
        continue
      }
      // "Sumitomo Electric Industries, Ltd.": a legal suffix after a comma.
      let isComma = lexicon.classes(of: tokens[j]).contains(.comma)
      if isComma, j + 1 < tokens.count, lexicon.legalSuffixes.contains(tokens[j + 1].lower) {
        end = j + 2
        j += 2
        continue
      }
      // "Harbour Realty (Lanka) Ltd.", "Vardhan Mills (Pvt) Limited": one word in parentheses
      // before a legal suffix belongs to the name.
      if tokens[j].text == "(", j + 3 < tokens.count, tokens[j + 2].text == ")",
        tokens[j + 1].kind == .word, tokens[j + 1].isCapitalized, tokens[j + 3].isCapitalized,
        lexicon.legalSuffixes.contains(tokens[j + 3].lower)
      {
        end = j + 4
        j += 4
        continue
      }
      // "Ministry of Trade, Industry and Energy": a list after "<prefix head> of".
      if isComma, j + 1 < tokens.count, isNameToken(at: j + 1, in: tokens),
        listAfterPrefixHead(tokens, start: start, comma: j)
      {
        j += 1
        continue
      }
      // "SK hynix Inc.": a brand written in lower case, right before a capitalized legal suffix.
      if tokens[j].kind == .word && !tokens[j].isCapitalized && j + 1 < tokens.count
        && tokens[j + 1].isCapitalized && lexicon.legalSuffixes.contains(tokens[j + 1].lower)
        && !lexicon.classes(of: tokens[j]).contains(.connector)
      {
        end = j + 2
        j += 2
        continue
      }
      // "People's Government", "Air Carriers' Organization": a possessive inside a name, before
      // an organization word.
      if tokens[j].kind == .possessive || tokens[j].text == "'" || tokens[j].text == "\u{2019}",
        j + 1 < tokens.count, tokens[j - 1].isCapitalized, isNameToken(at: j + 1, in: tokens),
        tokens[j].kind == .possessive
          ? Self.possessiveNameWords.contains(tokens[j - 1].lower)
          : tokens[j - 1].lower.hasSuffix("s") && headWordAhead(tokens, from: j + 1)
      {
        j += 1
        continue
      }
      // "Congo/Nigeria Business Council": names joined by a slash.
      if tokens[j].text == "/", j + 1 < tokens.count, isNameToken(at: j + 1, in: tokens),
        tokens[j - 1].isCapitalized, tokens[j].start == tokens[j - 1].end,
        tokens[j + 1].start == tokens[j].end
      {
        j += 1
        continue
      }
      // "American Chamber of Commerce in Egypt", "Embassy in Lima": a body named with the
      // country or city it serves ("the Business Council in Mumbai" held a meeting there).
      if tokens[j].lower == "in", j + 1 < tokens.count, isNameToken(at: j + 1, in: tokens), j - start >= 1,
        Self.bodiesNamedWithPlace.contains(tokens[j - 1].lower),
        !lexicon.classes(of: tokens[j + 1]).isDisjoint(with: [.city, .country]),
        let type = headType(tokens, start, j), type.isOrganization
      {
        end = j + 2
        j += 2
        continue
      }
      // 'Stephen "Tim" Quigley': a nickname in quotation marks inside a name.
      if Self.openingQuotes.contains(tokens[j].text), j + 3 < tokens.count, tokens[j + 1].isCapitalized,
        tokens[j + 1].kind == .word, Self.closingQuotes.contains(tokens[j + 2].text),
        isNameToken(at: j + 3, in: tokens)
      {
        j += 3
        continue
      }
      // "Pick ’n Pay": the contracted "and" of brand names.
      if ["'", "\u{2019}"].contains(tokens[j].text), j + 2 < tokens.count, tokens[j + 1].text == "n",
        isNameToken(at: j + 2, in: tokens), tokens[j - 1].isCapitalized
      {
        j += 2
        continue
      }
      // "Hyundai N x Toyota Gazoo Racing Festival": a collaboration written with "x".
      if tokens[j].text == "x", j + 1 < tokens.count, tokens[j + 1].isCapitalized, tokens[j - 1].isCapitalized
      {
        j += 1
        continue
      }
      // "Myron Ullman 3rd": a generational suffix written as an ordinal.
      if tokens[j].kind == .ordinal, j == end, ["2nd", "3rd", "4th"].contains(tokens[j].lower),
        j + 1 >= tokens.count || !isNameToken(at: j + 1, in: tokens)
      {
        end = j + 1
        break
      }
      // "Ferdinand R. Marcos, Jr.": a generational suffix after a comma.
      if isComma, j + 1 < tokens.count, PersonStyles.generational.contains(tokens[j + 1].lower),
        tokens[j + 1].isCapitalized
      {
        end = j + 2
        j += 2
        continue
      }
      if (lexicon.classes(of: tokens[j]).contains(.connector)
        || PersonStyles.particles.contains(tokens[j].lower))
        && !tokens[j].isCapitalized
        && (tokens[j].lower != "on" || Self.headsBeforeOn.contains(tokens[j - 1].lower))
      {
        var k = j + 1
        while k < tokens.count && (tokens[k].lower == "the") { k += 1 }
        // "the Trade Forum on Monday", "… on March 4": a day or month after "on" is a date.
        if k < tokens.count && !covered[k] && isNameToken(at: k, in: tokens) && k - j <= 2
          && !(tokens[j].lower == "on" && DateParsing.isDayOrMonth(tokens[k].text))
        {
          j = k
          continue
        }
      }
      break
    }
    return end
  }

  /// Whether one of the next few name words (before the run ends) ends an organization or place
  /// head: "Growers' Association", "Athens' Metropolitan Exhibition Centre".
  private func headWordAhead(_ tokens: [Token], from k: Int) -> Bool {
    var m = k
    while m < tokens.count && m < k + 5 && isNameToken(at: m, in: tokens) {
      if lexicon.classes(of: tokens[m]).contains(.headLastWord) { return true }
      m += 1
    }
    return false
  }

  /// Whether the comma at `comma` continues "X of A, B and C" after a prefix head like Ministry.
  private func listAfterPrefixHead(_ tokens: [Token], start: Int, comma: Int) -> Bool {
    var k = comma - 1
    var words = 0
    while k >= start {
      let t = tokens[k]
      if t.lower == "of" || t.lower == "for" {
        return k > start && lexicon.prefixHeads[tokens[k - 1].lower] == .government && words <= 3
      }
      if t.text == "," { words = 0 } else { words += 1 }
      k -= 1
    }
    return false
  }

  // MARK: - Classifying a run

  func classifyRun(_ lo: Int, _ hi: Int, into s: inout SentenceAnalysis) {
    var lo = lo
    let tokens = s.tokens
    // Drop a sentence-opening word that only happens to be capitalized.
    while lo < hi, PersonStyles.styleLength(tokens, at: lo) == nil, !startsKnownPhrase(s, lo, hi),
      !s.classes[lo].isDisjoint(with: [.commonCapitalized, .connector])
        || (s.classes[lo].contains(.monthOrWeekday) && !tokens[lo].endsWithPeriod)
    {
      lo += 1
    }
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

  /// Whether a known name of several words starts at `lo` ("New York", "The Hague").
  private func startsKnownPhrase(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    guard s.classes[lo].contains(.gazetteerStart), lo + 1 < hi,
      let candidates = lexicon.gazetteer[s.tokens[lo].lower]
    else { return false }
    return candidates.contains { entry in
      entry.words.count > 1 && lo + entry.words.count <= hi
        && zip(entry.words, s.tokens[lo..<(lo + entry.words.count)]).allSatisfy { $0 == $1.lower }
    }
  }

  /// Right after "at" or "at the".
  private func isVenuePosition(_ tokens: [Token], _ lo: Int) -> Bool {
    var k = lo - 1
    if k >= 0 && tokens[k].lower == "the" { k -= 1 }
    return k >= 0 && tokens[k].lower == "at"
  }

  /// Whether the "at" before `lo` (through "the") ends a title: "a partner at", "head of
  /// strategy at".
  private func followsTitleAt(_ s: SentenceAnalysis, _ lo: Int) -> Bool {
    var k = lo - 1
    if k >= 0 && s.tokens[k].lower == "the" { k -= 1 }
    return k >= 1 && (s.role(endingAt: k) != nil || endsTitleWithField(s, at: k))
  }

  /// "Director General" as a role, but "Chairman" in "Chairman's Office" or a title inside a
  /// known body name is not a split point.
  private func titleIsPartOfName(_ tokens: [Token], role: RoleSpan, runEnd: Int) -> Bool {
    if role.hi < runEnd, lexicon.organizationHeads[tokens[role.hi].lower] != nil,
      !names.isPersonLike(tokens, role.hi, runEnd)
    {
      // "President Hotel"? Rare; treat "<Title> <OrgHead>" as a name.
      return runEnd - role.hi == 1
    }
    return false
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
    while hi > lo
      && !s.classes[hi - 1].isDisjoint(with: [.connector, .comma])
    {
      hi -= 1
    }
    guard lo < hi else { return }
    if !lexicon.userIgnored.isEmpty && lexicon.userIgnored.contains(s.text(lo, hi).lowercased()) { return }
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
    let spanType = headType(tokens, lo, hi)
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
    if let type = spanType, type != .event || namesSomething(s, lo, hi) || namesEventInWords(s, lo, hi) {
      add(type: type, lo, hi, rule: "head-word", confidence: 0.9, &s)
      return
    }
    if let person = names.personConfidence(tokens, lo, hi) {
      add(type: .person, lo, hi, rule: person.rule, confidence: person.confidence, &s)
      return
    }
    if isBrandAndCountry(s, lo, hi) {
      add(type: .company, lo, hi, rule: "brand-and-country", confidence: 0.6, &s)
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

  private func introducesComplement(_ tokens: [Token], lo: Int, at k: Int, hi: Int) -> Bool {
    let left = tokens[k - 1].lower
    // "the Board of the Ceylon Chamber": a board of another organization is that organization's.
    if left == "board", k - 1 == lo {
      var r = k + 1
      while r < hi && tokens[r].lower == "the" { r += 1 }
      if r < hi, let type = headType(tokens, r, hi), type.isOrganization { return false }
    }
    // "Committee on Finance", "Conference on Trade": "on" after a body or meeting word only.
    if tokens[k].lower == "on" { return Self.headsBeforeOn.contains(left) }
    if lexicon.prefixHeads[left] != nil || lexicon.agreementHeads.contains(left) { return true }
    // A multi-word head spanning the connector: "Chamber of Commerce".
    if spansMultiWordHead(tokens, lo: lo, at: k, hi: hi) { return true }
    // "Group of Seven", "Bank of Korea" and other known names.
    return gazetteerMatch(tokens[lo..<hi].map(\.lower), exact: true) != nil
  }

  /// Whether a multi-word organization or place head ("chamber of commerce and industry")
  /// covers the connector at `k`.
  private func spansMultiWordHead(_ tokens: [Token], lo: Int, at k: Int, hi: Int) -> Bool {
    for phrase in lexicon.multiWordHeads {
      for (offset, word) in phrase.enumerated() where word == tokens[k].lower {
        let start = k - offset
        guard start >= lo, start + phrase.count <= hi else { continue }
        var same = true
        for (n, w) in phrase.enumerated() where tokens[start + n].lower != w {
          same = false
          break
        }
        if same { return true }
      }
    }
    return false
  }

  private func splitsAtAnd(_ tokens: [Token], lo: Int, at k: Int, hi: Int) -> Bool {
    // "&" joins the parts of one name: "Eli Lilly & Co.", "Marks & Spencer".
    guard k > lo, k + 1 < hi, tokens[k].text != "&" else { return false }
    var r = k + 1
    while r < hi && tokens[r].lower == "the" { r += 1 }
    if r > k + 1 { return true }  // "X and the Y"
    // "the Coastal Administration and Licensing Agency": a public body's name goes on after "and"
    // with ordinary words only; a second body would have a name of its own.
    if let right = headType(tokens, r, hi), right == .government, headType(tokens, lo, k) == .government,
      (r..<hi).allSatisfy({ lexicon.classes(of: tokens[$0]).contains(.englishWord) })
    {
      return false
    }
    // "…, CFC Stanbic and Crown Paints Kenya Limited", "…, Moranza and Kesh": the last two
    // items of a list.
    if lo > 0, Self.listOpeners.contains(tokens[lo - 1].lower), k - lo >= 1, hi - r >= 1,
      headType(tokens, r, hi) != nil || headType(tokens, lo, k) != nil || (k - lo == 1 && hi - r == 1)
    {
      return true
    }
    // "Dr Jane Doe and Mr John Roe": a style after "and" opens another name.
    if PersonStyles.styleLength(tokens, at: r) != nil { return true }
    // "KJE and X": an acronym on either side is a name of its own.
    if (k - lo == 1 && tokens[lo].isAllCaps) || (hi - r == 1 && tokens[r].isAllCaps) { return true }
    let right = Array(tokens[r..<hi].map(\.lower))
    let left = Array(tokens[lo..<k].map(\.lower))
    if gazetteerMatch(right, exact: true) != nil || gazetteerMatch(left, exact: true) != nil { return true }
    if names.isPersonLike(tokens, lo, k) || names.isPersonLike(tokens, r, hi) { return true }
    // A multi-word head across the "and" keeps it: "Commerce and Industry".
    if spansMultiWordHead(tokens, lo: lo, at: k, hi: hi) { return false }
    if hi - r >= 2 && headType(tokens, r, hi) != nil && headType(tokens, lo, k) != nil { return true }
    // "… Affairs Jane Doe and Sister Towns International": a long left side beside an
    // organization that ends in its own head word.
    if k - lo >= 3, hi - r >= 2, let right = headType(tokens, r, hi), right.isOrganization,
      headType(tokens, lo, k) == nil
    {
      return true
    }
    // "Samsung Biologics and CJ ENM": a complete name on the left (ending in its own head
    // word, with no "of" inside) starts a list.
    if k - lo >= 2, !(lo..<k).contains(where: { lexicon.classes(of: tokens[$0]).contains(.ofOrFor) }),
      let left = headType(tokens, lo, k), left.isOrganization
    {
      return true
    }
    return false
  }

  /// The type a head word gives `lo..<hi`: an organization, place, event or agreement word at
  /// the end, or an organization word followed by "of"/"for".
  func headType(_ tokens: [Token], _ lo: Int, _ hi: Int) -> EntityType? {
    // "Ministry of Trade, Industry and Energy", "Club de Comerciantes": a head that opens the
    // name wins.
    if lo + 1 < hi,
      lexicon.classes(of: tokens[lo + 1]).contains(.ofOrFor) || Self.romanceOf.contains(tokens[lo + 1].lower),
      let type = lexicon.prefixHeads[tokens[lo].lower]
    {
      return type
    }
    // "All India Association of Industries", "Hellenic Chamber of Shipping": a body word with
    // "of" inside the name outweighs a company word at its end.
    if hi - lo >= 3,
      let k = (lo + 1..<(hi - 1)).first(where: {
        lexicon.classes(of: tokens[$0 + 1]).contains(.ofOrFor)
          && [.association, .government].contains(lexicon.prefixHeads[tokens[$0].lower])
      }),
      let type = lexicon.prefixHeads[tokens[k].lower],
      lexicon.organizationHeads[tokens[hi - 1].lower] == .company
    {
      return type
    }
    // "American Institute in Taiwan", "US Embassy in Lima": an organization in a place.
    if hi - lo >= 3, tokens[hi - 2].lower == "in",
      !lexicon.classes(of: tokens[hi - 1]).isDisjoint(with: [.city, .country]),
      let type = headType(tokens, lo, hi - 2), type.isOrganization
    {
      return type
    }
    // "the Convention Center": a venue word alone names no venue.
    if hi - lo >= 2, hi - lo <= 3, lexicon.classes(of: tokens[hi - 1]).contains(.headLastWord),
      lexicon.placeHeads.contains(tokens[lo..<hi].map(\.lower).joined(separator: " "))
    {
      return nil
    }
    // "AmCham Egypt", "EuroCham Vietnam": a bilateral chamber.
    if Self.chamberPrefixes.contains(tokens[lo].lower) { return .association }
    // "Hemas Holdings PLC", "Citaglobal Bhd", "Deutsche Messe AG": a capitalized legal form last.
    if hi - lo >= 2, tokens[hi - 1].isCapitalized, lexicon.legalSuffixes.contains(tokens[hi - 1].lower) {
      return .company
    }
    var end = hi
    // "Nomura Research Institute Seoul": a branch named after its city.
    let lastClasses = lexicon.classes(of: tokens[hi - 1])
    if hi - lo >= 3, lastClasses.contains(.city) { end = hi - 1 }
    // Most names do not end in a head word: one look-up rules them out.
    let endsInHead = lexicon.classes(of: tokens[end - 1]).contains(.headLastWord)
    for length in stride(from: endsInHead ? min(5, end - lo) : 0, through: 1, by: -1) {
      let phrase =
        length == 1 ? tokens[end - 1].lower : tokens[(end - length)..<end].map(\.lower).joined(separator: " ")
      if let type = lexicon.organizationHeads[phrase], end - length > lo || length > 1 || tokens[lo].isAllCaps
      {
        if type == .association && phrase == "institute" && isCorporateInstitute(tokens, lo, end) {
          return .company
        }
        if type == .association && phrase == "council" && isPublicCouncil(tokens, lo, end - 1) {
          return .government
        }
        // "Air Carriers' Organization": an organization of its members' trade is an association.
        if type == .government, ["organization", "organisation"].contains(phrase), end - 2 > lo,
          ["'", "\u{2019}"].contains(tokens[end - 2].text)
        {
          return .association
        }
        return type
      }
      if end == hi && lexicon.placeHeads.contains(phrase) && end - length > lo { return .place }
      if end == hi && lexicon.agreementHeads.contains(phrase) && end - length > lo { return .agreement }
      if end == hi && lexicon.eventHeads.contains(phrase) && end - length > lo
        && tokens[end - 1].isCapitalized
      {
        return .event
      }
    }
    for k in lo..<hi where k + 1 < hi && lexicon.classes(of: tokens[k + 1]).contains(.ofOrFor) {
      if let type = lexicon.prefixHeads[tokens[k].lower] { return type }
      // "World Forum on Trade": a gathering on a subject.
      if k > lo, tokens[k + 1].lower == "on", tokens[k].isCapitalized,
        lexicon.namedEventHeads.contains(tokens[k].lower)
      {
        return .event
      }
      if lexicon.agreementHeads.contains(tokens[k].lower) { return .agreement }
    }
    // "Jung-gu", "Gangnam-gu": romanized district names.
    if hi - lo == 1,
      lexicon.districtSuffixes.contains(where: {
        tokens[lo].lower.hasSuffix($0) && tokens[lo].lower.count > $0.count + 1
      })
    {
      return tokens[lo].lower.utf8.contains(UInt8(ascii: "-")) ? .place : nil
    }
    // "Shilla Jeju", "Grand Hyatt Seoul": a venue named after its city.
    if hi - lo >= 2, lastClasses.contains(.city),
      names.personConfidence(tokens, lo, hi - 1) == nil,
      (lo..<(hi - 1)).allSatisfy({
        !tokens[$0].isAllCaps && !lexicon.classes(of: tokens[$0]).contains(.country)
      })
    {
      return .place
    }
    return nil
  }

  /// "Board of Directors", "Board of Governors": organs of an organization.
  static let boardMembers: Set<String> = [
    "directors", "governors", "trustees", "supervisors", "management", "regents",
  ]
  /// Words that make a council a business body rather than a public one.
  static let businessWords: Set<String> = [
    "business", "industry", "industries", "industrial", "chamber", "chambers", "commerce", "manufacturers",
    "employers", "enterprise", "enterprises", "economic", "investors", "bankers", "retailers", "ceo",
    "ceos", "corporate", "private", "merchants", "traders", "entrepreneurs", "professionals",
  ]

  /// "Nigerian Export Promotion Council", "Saudi Film Council": a council named after a country
  /// (or "National") without a business word is a public body; "Nigeria Business Council" and
  /// "Korea Battery Industry Council" are associations.
  private func isPublicCouncil(_ tokens: [Token], _ lo: Int, _ head: Int) -> Bool {
    let first = tokens[lo].lower
    guard head - lo >= 2,
      lexicon.countries[first] != nil || lexicon.nationalities[first] != nil || first == "national"
    else { return false }
    return !(lo..<head).contains { i in
      Self.businessWords.contains(tokens[i].lower) || tokens[i].lower.contains("-")
    }
  }

  /// "Nomura Research Institute", "Samsung Economic Research Institute": a company's research
  /// arm, named after the company rather than a country, field or city.
  private func isCorporateInstitute(_ tokens: [Token], _ lo: Int, _ end: Int) -> Bool {
    guard end - lo >= 3, tokens[end - 2].lower == "research" else { return false }
    let owner = tokens[lo].lower
    return lexicon.countries[owner] == nil && lexicon.nationalities[owner] == nil
      && lexicon.cities[owner] == nil
      && !owner.utf8.contains(UInt8(ascii: "-"))
      && !["national", "international", "global", "world", "asia", "economic"].contains(owner)
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

  // MARK: - Roles and acronyms

  func findRoles(_ tokens: [Token], classes: [WordClass]) -> [RoleSpan] {
    var roles: [RoleSpan] = []
    var i = 0
    while i < tokens.count {
      guard classes[i].contains(.roleStart) else {
        // "co-presidents", "governors": a one-word title in the plural.
        // Bytes first: most words do not end in "s" and need no look-up.
        let lower = tokens[i].lower
        if tokens[i].kind == .word, lower.utf8.last == UInt8(ascii: "s"), lower.utf8.count > 3,
          lexicon.isRoleTitle(String(lower.dropLast()))
        {
          let singular = lexicon.canonicalRole(String(lower.dropLast()))
          roles.append(
            RoleSpan(
              lo: i, hi: i + 1, title: singular, isCapitalized: tokens[i].isCapitalized, isPlural: true))
        }
        i += 1
        continue
      }
      var matched = false
      // "acting", "executive": modifiers that belong to the title after them; "Group", "Global"
      // only where no name stands before them ("Acme Group CEO" is Acme Group's CEO).
      var start = i
      while start < tokens.count && lexicon.roleModifiers.contains(tokens[start].lower) && start - i < 2
        && !(Self.nameModifiers.contains(tokens[start].lower) && start > 0 && tokens[start - 1].isCapitalized
          && tokens[start - 1].kind == .word)
      {
        start += 1
      }
      let longest = start < tokens.count ? (lexicon.roleLengthByFirstWord[tokens[start].lower] ?? 0) : 0
      for length in stride(from: min(longest, tokens.count - start), through: 1, by: -1) where length > 0 {
        let title =
          length == 1
          ? tokens[start].lower : tokens[start..<(start + length)].map(\.lower).joined(separator: " ")
        if lexicon.isRoleTitle(title) {
          let phrase = tokens[i..<(start + length)].map(\.lower).joined(separator: " ")
          let canonical = start == i ? lexicon.canonicalRole(title) : phrase
          roles.append(
            RoleSpan(lo: i, hi: start + length, title: canonical, isCapitalized: tokens[i].isCapitalized))
          i = start + length
          matched = true
          break
        }
      }
      if !matched { i += 1 }
    }
    return roles
  }

  /// "the European Chemical Industry Council (Cefic)": a short name written like a word, in
  /// parentheses after an organization, when it is no place, no ordinary word and no one's
  /// given name.
  private func isShortName(_ t: Token, _ c: WordClass, of type: EntityType) -> Bool {
    type.isOrganization && t.kind == .word && t.isCapitalized && t.text.unicodeScalars.count <= 10
      && c.isDisjoint(with: [
        .city, .country, .englishWord, .givenName, .westernGivenName, .gazetteerStart, .reserved,
      ])
  }

  /// "the Korea International Trade Association (KITA)": the acronym names the same thing.
  func defineAcronyms(_ s: inout SentenceAnalysis) {
    let tokens = s.tokens
    for n in s.found.indices where s.found[n].type != .person {
      let open = s.found[n].hi
      guard open + 2 < tokens.count, tokens[open].text == "(", tokens[open + 2].text == ")",
        tokens[open + 1].isAllCaps || isShortName(tokens[open + 1], s.classes[open + 1], of: s.found[n].type)
      else { continue }
      let f = s.found[n]
      let acronym = tokens[open + 1].text
      s.found[n].definedAcronym = acronym
      s.untyped.removeAll { $0 == (open + 1)..<(open + 2) }
      if s.found(startingAt: open + 1) == nil {
        s.found.append(
          Found(
            lo: open + 1, hi: open + 2, type: f.type, rule: "acronym-definition", confidence: 0.95,
            name: acronym,
            key: f.key))
      } else if let existing = s.found(startingAt: open + 1) {
        s.found[existing].key = f.key
      }
    }
    s.sortFound()
  }
}
