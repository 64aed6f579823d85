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
}
