import TiesModel

extension MentionRecognizer {
  /// Venue words written in lower case after a venue's name: "the Far Eastern Plaza hotel".
  static let lowercaseVenueHeads: [[String]] = [
    ["hotel"], ["resort"], ["convention", "centre"], ["convention", "center"], ["exhibition", "centre"],
    ["exhibition", "center"], ["stadium"], ["arena"], ["auditorium"], ["hall"], ["complex"],
  ]

  /// "the Far Eastern Plaza hotel", "the Marina Bay resort": a venue word in lower case after a
  /// name that is a venue or names nothing yet makes it one venue, the word included. A known
  /// city or country stays itself ("a Lagos hotel" is in Lagos).
  /// - Complexity: O(f + u) for f found spans and u untyped spans, times the few venue words.
  func extendVenuesByLowercaseHead(_ s: inout SentenceAnalysis) {
    func headLength(after hi: Int) -> Int? {
      for head in Self.lowercaseVenueHeads where s.matches(head, at: hi) && !s.tokens[hi].isCapitalized {
        let end = hi + head.count
        if end >= s.tokens.count || !s.tokens[end].isCapitalized { return head.count }
      }
      return nil
    }
    for n in s.found.indices where s.found[n].type == .place && s.found[n].rule != "gazetteer" {
      guard let length = headLength(after: s.found[n].hi) else { continue }
      let lo = s.found[n].lo
      let hi = s.found[n].hi + length
      s.found[n].hi = hi
      s.found[n].name = s.text(lo, hi)
      s.found[n].key = LocalKeys.key(for: .place, name: s.found[n].name)
    }
    var added: [Range<Int>] = []
    var kept: [Range<Int>] = []
    for span in s.untyped {
      if span.count <= 4, let length = headLength(after: span.upperBound) {
        added.append(span.lowerBound..<(span.upperBound + length))
      } else {
        kept.append(span)
      }
    }
    s.untyped = kept
    for span in added {
      add(type: .place, span.lowerBound, span.upperBound, rule: "venue-word", confidence: 0.7, &s)
    }
  }

  /// Gathering words in lower case after a name: "the Hsieh Nien Fan banquet", "the Kestrel
  /// gala". Not after a known place or organization ("the Seoul forum" is a forum in Seoul).
  static let lowercaseEventHeads: Set<String> = [
    "banquet", "gala", "luncheon", "summit", "forum", "conference", "convention", "expo", "fair",
  ]

  /// "at the Hsieh Nien Fan banquet": a name that names nothing yet, or that only its
  /// position made a venue ("at the …"), followed by one of `lowercaseEventHeads` in lower
  /// case (and no capitalized word after it), is one event, the word included; not an
  /// ordinary word that starts the sentence ("Trade summit opens").
  /// - Complexity: O(f + u) for f found spans and u untyped spans.
  func extendEventsByLowercaseHead(_ s: inout SentenceAnalysis) {
    func headsEvent(after hi: Int) -> Bool {
      hi < s.tokens.count && !s.tokens[hi].isCapitalized
        && Self.lowercaseEventHeads.contains(s.tokens[hi].lower)
        && (hi + 1 >= s.tokens.count || !s.tokens[hi + 1].isCapitalized)
    }
    var spans: [Range<Int>] = []
    s.found.removeAll { f in
      guard f.type == .place, f.rule == "venue-context", headsEvent(after: f.hi) else { return false }
      spans.append(f.lo..<f.hi)
      return true
    }
    s.untyped.removeAll { span in
      // "Trade summit opens": an ordinary word capitalized only by starting the sentence
      // names nothing.
      if span.lowerBound == 0 && span.count == 1 && s.classes[0].contains(.englishWord) { return false }
      // "Dar es Salaam fair": the end of a known place's name is no name of its own.
      let lo = span.lowerBound
      if (2...3).contains(where: { back in
        lo >= back && gazetteerMatch(s.tokens[(lo - back)..<span.upperBound].map(\.lower), exact: true) != nil
      }) {
        return false
      }
      guard span.count <= 4, headsEvent(after: span.upperBound) else { return false }
      spans.append(span)
      return true
    }
    for span in spans {
      add(type: .event, span.lowerBound, span.upperBound + 1, rule: "event-word", confidence: 0.7, &s)
    }
  }
}

extension MentionRecognizer {
  /// Words for a kind of place, in lower case before "of" and a name: "the city of Tarvik".
  static let placeKindWords: Set<String> = [
    "city", "town", "village", "province", "prefecture", "county", "district", "island", "emirate",
    "municipality", "region", "state", "territory", "metropolis", "capital",
  ]

  /// Directions before "of" and a place: "north of Tarvik".
  static let directionsOf: Set<String> = [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
  ]

  /// "in the city of Tarvik", "the coastal town of Ngong", "a project north of Tarvik": a name
  /// right after a lower-case place word or direction and "of" (`placeKindWords`,
  /// `directionsOf`) is a place, when no name list vouches for it as a person and it holds no
  /// lower-case word.
  /// - Complexity: O(1).
  func isAfterPlaceKind(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    let tokens = s.tokens
    guard lo >= 2, tokens[lo - 1].lower == "of", !tokens[lo - 2].isCapitalized,
      Self.placeKindWords.contains(tokens[lo - 2].lower) || Self.directionsOf.contains(tokens[lo - 2].lower),
      (lo..<hi).allSatisfy({ tokens[$0].isCapitalized }),
      names.personConfidence(tokens, lo, hi) == nil
    else { return false }
    return true
  }

  /// Right after "at" or "at the".
  func isVenuePosition(_ tokens: [Token], _ lo: Int) -> Bool {
    var k = lo - 1
    if k >= 0 && tokens[k].lower == "the" { k -= 1 }
    return k >= 0 && tokens[k].lower == "at"
  }

  /// Whether the "at" before `lo` (through "the") ends a title: "a partner at", "head of
  /// strategy at".
  func followsTitleAt(_ s: SentenceAnalysis, _ lo: Int) -> Bool {
    var k = lo - 1
    if k >= 0 && s.tokens[k].lower == "the" { k -= 1 }
    return k >= 1 && (s.role(endingAt: k) != nil || endsTitleWithField(s, at: k))
  }
}

extension MentionRecognizer {
  /// Words for the building of a venue named after what is held there: "Congress and Culture
  /// Center", "Convention and Exhibition Centre".
  static let venueBuildings: Set<String> = [
    "centre", "center", "hall", "complex", "arena", "palace", "pavilion",
  ]

  /// Whether the "and" at `k` joins a gathering's word and ordinary words ending in a
  /// building's (`venueBuildings`): "the Tarvik Congress and Culture Center", one venue.
  /// - Complexity: O(hi − k).
  func isVenueOfGatherings(_ tokens: [Token], lo: Int, at k: Int, hi: Int) -> Bool {
    k > lo && hi - k >= 3 && Self.venueBuildings.contains(tokens[hi - 1].lower)
      && lexicon.eventHeads.contains(tokens[k - 1].lower)
      && (k + 1..<hi).allSatisfy({ tokens[$0].isCapitalized && isOrdinaryWord(tokens[$0]) })
  }

  /// What a venue's name can go on with after "and": "Hotel and Country Club", "Hotel and Spa".
  static let venueSequels: Set<String> = ["club", "resort", "resorts", "spa", "casino", "marina", "suites"]

  /// Whether the "and" at `k` joins a venue (`lo..<k`) and ordinary words ending in one of
  /// `venueSequels` ("the Lakeside Hotel and Country Club"): one venue.
  /// - Complexity: O(hi − lo).
  func venueGoesOn(_ tokens: [Token], lo: Int, at k: Int, hi: Int) -> Bool {
    k > lo && k + 1 < hi && Self.venueSequels.contains(tokens[hi - 1].lower)
      && (k + 1..<hi).allSatisfy({ isOrdinaryWord(tokens[$0]) })
      && headType(tokens, lo, k) == .place
  }
}
