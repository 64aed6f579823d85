import TiesModel

/// Head words: the type a name's words give it, and where "of", "on" and "and" join or
/// split names.
extension MentionRecognizer {
  func introducesComplement(_ tokens: [Token], lo: Int, at k: Int, hi: Int) -> Bool {
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
  func spansMultiWordHead(_ tokens: [Token], lo: Int, at k: Int, hi: Int) -> Bool {
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

  func splitsAtAnd(_ tokens: [Token], lo: Int, at k: Int, hi: Int) -> Bool {
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
    // "… such as Sany India and Tata Steel": an example list opens the same way.
    let opensList =
      lo > 0
      && (Self.listOpeners.contains(tokens[lo - 1].lower)
        || (lo > 1 && tokens[lo - 1].lower == "as" && tokens[lo - 2].lower == "such"))
    if opensList, k - lo >= 1, hi - r >= 1,
      headType(tokens, r, hi) != nil || headType(tokens, lo, k) != nil || (k - lo == 1 && hi - r == 1)
    {
      return true
    }
    // "Kovra Taiwan and KESTA Korea", "Zenlo India and KVB India": a name ending in a country on
    // each side (a business's or body's national arm).
    func endsInCountry(_ end: Int) -> Bool {
      Self.isCountryOrContinent(lexicon.classes(of: tokens[end - 1]), tokens[end - 1].lower)
    }
    if k - lo >= 2, hi - r >= 2, endsInCountry(k), endsInCountry(hi) { return true }
    // "Dr Jane Doe and Mr John Roe": a style after "and" opens another name.
    if PersonStyles.styleLength(tokens, at: r) != nil { return true }
    // "KJE and X": an acronym on either side is a name of its own.
    if (k - lo == 1 && tokens[lo].isAllCaps) || (hi - r == 1 && tokens[r].isAllCaps) { return true }
    let right = Array(tokens[r..<hi].map(\.lower))
    let left = Array(tokens[lo..<k].map(\.lower))
    if gazetteerMatch(right, exact: true) != nil || gazetteerMatch(left, exact: true) != nil { return true }
    // "the Kestrel Business Incubation and Innovation Centre": after "and", ordinary words
    // only, ending in a head word, go on with a name that has no head word of its own and ends
    // in an ordinary word too (not a person's name: "… Affairs Jane Doe and Sister Towns
    // International"); a second name would have a word of its own. A venue goes on the same
    // way (`venueGoesOn`).
    if venueGoesOn(tokens, lo: lo, at: k, hi: hi) { return false }
    // "Agency for Investment and International Trade": after a body's head and "of"/"for",
    // fields in ordinary words go on after "and" ("Ministry of Industry, Trade and Foreign
    // Investment"; a company's word like "Investment" among them).
    if hi - r <= 3,
      (r..<hi).allSatisfy({
        let c = lexicon.classes(of: tokens[$0])
        return tokens[$0].isCapitalized && c.contains(.englishWord) && c.isDisjoint(with: [.city, .country])
      }),
      headType(tokens, r, hi).map({ $0 == .company && !Self.businessNameWords.contains(tokens[hi - 1].lower) }
      )
        ?? true,
      let of = (lo + 1..<k).last(where: { lexicon.classes(of: tokens[$0]).contains(.ofOrFor) }),
      lexicon.prefixHeads[tokens[of - 1].lower] != nil,
      ((of + 1)..<k).allSatisfy({
        tokens[$0].text == "," || (tokens[$0].isCapitalized && isOrdinaryWord(tokens[$0]))
      })
    {
      return false
    }
    if isVenueOfGatherings(tokens, lo: lo, at: k, hi: hi) { return false }
    // An apostrophe of a plural stays in the name: "Textile and Apparel Exporters' Association".
    if hi - r >= 2,
      (r..<hi).allSatisfy({
        (tokens[$0].isCapitalized && isOrdinaryWord(tokens[$0]))
          || ($0 > r && ["'", "\u{2019}"].contains(tokens[$0].text))
      }),
      let right = headType(tokens, r, hi), right.isOrganization || right == .place,
      headType(tokens, lo, k) == nil, isOrdinaryWord(tokens[k - 1]),
      lexicon.classes(of: tokens[k - 1]).isDisjoint(with: [.familyName, .givenName]),
      !(k - lo >= 2 && names.personConfidence(tokens, k - 2, k) != nil)
    {
      return false
    }
    // Before the test of people's names: "East African Business" reads as one.
    if r == k + 1, isEventNameAcrossAnd(tokens, lo: lo, at: k, hi: hi) { return false }
    if names.isPersonLike(tokens, lo, k) || names.isPersonLike(tokens, r, hi) { return true }
    // A multi-word head across the "and" keeps it: "Commerce and Industry".
    if spansMultiWordHead(tokens, lo: lo, at: k, hi: hi) { return false }
    if isNationalBodyName(tokens, lo: lo, at: k, hi: hi) { return false }
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

  /// "the Polish Investment and Trade Agency", "Kenya Ports and Harbours Authority": a country
  /// or its people's adjective, then ordinary words on both sides of "and", ending in a public
  /// body's or an association's head word, name one national body (a second body would have a
  /// name of its own, not only a field: "Kenya Airways and …" is a list).
  /// - Complexity: O(hi − lo).
  func isNationalBodyName(_ tokens: [Token], lo: Int, at k: Int, hi: Int) -> Bool {
    guard k - lo >= 2, hi - k >= 3,
      isCountryWords(tokens, lo, lo + 1), let right = headType(tokens, k + 1, hi),
      right == .government || right == .association
    else { return false }
    // A complete name on the left ("Kenya Investment Authority", "Kenya Airways") starts a list.
    switch headType(tokens, lo, k) {
    case .government?, .association?: return false
    case .company?: if tokens[k - 1].lower.hasSuffix("s") { return false }
    default: break
    }
    return (lo + 1..<hi).allSatisfy { $0 == k || (tokens[$0].isCapitalized && isOrdinaryWord(tokens[$0])) }
  }

  /// An English word or a head word ("Centre", which the American word list lacks).
  /// Company words that name a business, never a field of a ministry's portfolio (as
  /// "Investment", "Energy" or "Shipping" may).
  static let businessNameWords: Set<String> = [
    "group", "holdings", "holding", "corp.", "corp", "corporation", "co.", "co", "company", "ltd.", "ltd",
    "limited", "inc.", "inc", "partners", "ventures", "brands", "bank", "bancorp", "airlines", "airways",
    "stores", "mart", "supermarkets", "hotels", "resorts", "mills", "labs", "laboratories", "consultants",
    "investments", "funds", "daily", "times", "herald",
  ]

  func isOrdinaryWord(_ token: Token) -> Bool {
    !lexicon.classes(of: token).isDisjoint(with: [.englishWord, .headLastWord])
  }

  /// The type a head word gives `lo..<hi`: an organization, place, event or agreement word at
  /// the end, or an organization word followed by "of"/"for".
  func headType(_ tokens: [Token], _ lo: Int, _ hi: Int) -> EntityType? {
    // "the Lakeside Hotel and Country Club", "the Tarvik Congress and Culture Center": a venue
    // that goes on after "and".
    if hi - lo >= 3,
      Self.venueSequels.contains(tokens[hi - 1].lower) || Self.venueBuildings.contains(tokens[hi - 1].lower),
      let k = (lo..<hi).first(where: { tokens[$0].lower == "and" }),
      venueGoesOn(tokens, lo: lo, at: k, hi: hi) || isVenueOfGatherings(tokens, lo: lo, at: k, hi: hi)
    {
      return .place
    }
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
    // "the Executive Committee", "Governing Council": an organ of some body, named by its kind
    // alone, is no body of its own (one entity for all of them would tie unrelated bodies).
    if hi - lo >= 2, hi - lo <= 3, Self.organHeads.contains(tokens[hi - 1].lower),
      (lo..<(hi - 1)).allSatisfy({ Self.organKinds.contains(tokens[$0].lower) })
    {
      return nil
    }
    // "AmCham Egypt", "EuroCham Vietnam": a bilateral chamber.
    if Self.chamberPrefixes.contains(tokens[lo].lower) { return .association }
    // "Hemas Holdings PLC", "Citaglobal Bhd", "Deutsche Messe AG": a capitalized legal form last;
    // also one the tokenizer cut in two ("L.L." and "C.").
    if hi - lo >= 2, tokens[hi - 1].isCapitalized,
      lexicon.legalSuffixes.contains(tokens[hi - 1].lower)
        || hi - lo >= 3 && tokens[hi - 2].end == tokens[hi - 1].start && tokens[hi - 2].isCapitalized
          && lexicon.legalSuffixes.contains(tokens[hi - 2].lower + tokens[hi - 1].lower)
    {
      return .company
    }
    var end = hi
    // "Nomura Research Institute Seoul": a branch named after its city.
    let lastClasses = lexicon.classes(of: tokens[hi - 1])
    if hi - lo >= 3, lastClasses.contains(.city) { end = hi - 1 }
    // "Kestrel Expo Asia", "Battery Show Europe": an event with its region or country.
    if hi - lo >= 3, Self.isCountryOrContinent(lastClasses, tokens[hi - 1].lower),
      lexicon.eventHeads.contains(tokens[hi - 2].lower)
    {
      end = hi - 1
    }
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
      // "National Action Committee on the African Continental Free Trade Area": a body on an
      // agreement is the body (its head and "of", "for" or "on" come first).
      if end == hi && lexicon.agreementHeads.contains(phrase) && end - length > lo,
        !(lo..<(end - length - 1)).contains(where: {
          lexicon.prefixHeads[tokens[$0].lower] != nil
            && lexicon.classes(of: tokens[$0 + 1]).contains(.ofOrFor)
        })
      {
        return .agreement
      }
      // "the U.S. Congress", "the Brazilian Congress": a country's legislature, not a congress
      // held ("World Congress of Cardiology").
      if end == hi, phrase == "congress", isCountryWords(tokens, lo, end - 1) { return .government }
      // "Africa Fintech Summit London": an event with its city, as a branch is named.
      if lexicon.eventHeads.contains(phrase) && end - length > lo && tokens[end - 1].isCapitalized {
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
    // "Shilla Jeju", "Grand Hyatt Seoul": a venue named after its city; "Marta Lima", a given
    // name and a city, is a person's name.
    if hi - lo >= 2, lastClasses.contains(.city),
      names.personConfidence(tokens, lo, hi - 1) == nil,
      // "Nguyen Quang Vinh": a Vietnamese name whose given name is also a city's.
      names.vietnameseNameConfidence(tokens, lo, hi) == nil,
      !(hi - lo == 2
        && !lexicon.classes(of: tokens[lo]).isDisjoint(with: [.givenName, .westernGivenName])),
      (lo..<(hi - 1)).allSatisfy({
        !tokens[$0].isAllCaps && !lexicon.classes(of: tokens[$0]).contains(.country)
      })
    {
      return .place
    }
    return nil
  }

  /// Whether `lo..<hi` is a country's name or its adjective ("U.S.", "United States",
  /// "Brazilian").
  func isCountryWords(_ tokens: [Token], _ lo: Int, _ hi: Int) -> Bool {
    guard lo < hi else { return false }
    let words = tokens[lo..<hi].map(\.lower).joined(separator: " ")
    return lexicon.countries[words] != nil || lexicon.nationalities[words] != nil
      || (hi - lo == 1 && lexicon.classes(of: tokens[lo]).contains(.country))
  }

  /// Words for an organ of a body, last in its name: "Executive Committee".
  static let organHeads: Set<String> = ["committee", "council", "board", "commission", "secretariat"]
  /// Words that say which organ, before `organHeads`: "Steering Committee", "National Council".
  static let organKinds: Set<String> = [
    "executive", "governing", "steering", "organising", "organizing", "organizational", "advisory",
    "supervisory", "standing", "management", "central", "general", "national", "joint", "technical",
    "scientific", "audit", "nominating", "nomination", "remuneration", "ethics",
  ]

  /// "Board of Directors", "Board of Governors": organs of an organization.
  static let boardMembers: Set<String> = [
    "directors", "governors", "trustees", "supervisors", "management", "regents",
  ]
  /// Words that make a council a business body rather than a public one.
  static let businessWords: Set<String> = [
    "business", "industry", "industries", "industrial", "chamber", "chambers", "commerce", "manufacturers",
    "employers", "enterprise", "enterprises", "economic", "investors", "bankers", "retailers", "ceo",
    "ceos", "corporate", "private", "merchants", "traders", "entrepreneurs", "professionals", "producers",
    "exporters", "importers", "shipowners", "suppliers", "dealers", "distributors", "companies", "firms",
    "businesses", "brewers", "miners",
  ]

  /// "Nigerian Export Promotion Council", "Saudi Film Council": a council named after a country
  /// (or "National") without a business word is a public body; "Nigeria Business Council" and
  /// "Korea Battery Industry Council" are associations.
  func isPublicCouncil(_ tokens: [Token], _ lo: Int, _ head: Int) -> Bool {
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
  func isCorporateInstitute(_ tokens: [Token], _ lo: Int, _ end: Int) -> Bool {
    guard end - lo >= 3, tokens[end - 2].lower == "research" else { return false }
    let owner = tokens[lo].lower
    return lexicon.countries[owner] == nil && lexicon.nationalities[owner] == nil
      && lexicon.cities[owner] == nil
      && !owner.utf8.contains(UInt8(ascii: "-"))
      && !["national", "international", "global", "world", "asia", "economic"].contains(owner)
  }
}
