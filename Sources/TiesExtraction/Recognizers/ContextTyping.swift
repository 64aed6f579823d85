import TiesModel

extension MentionRecognizer {
  /// Types spans the head words and name lists left open, from what stands around them:
  /// a name after a title is a person ("Chairman Koji Akiyoshi"), a name before ", chairman of"
  /// is a person, a name right before a title is an organization ("SK vice chair").
  /// - Complexity: O(u·r) for u untyped spans and r role titles in the sentence.
  func applyContext(_ s: inout SentenceAnalysis) {
    let tokens = s.tokens
    var remaining: [Range<Int>] = []
    for span in s.untyped {
      let lo = span.lowerBound
      let hi = span.upperBound
      let personLike = names.isPersonLike(tokens, lo, hi)
      if personLike && (afterTitle(s, lo) || beforeApposition(s, hi)) {
        add(type: .person, lo, hi, rule: "title-context", confidence: 0.8, &s)
        continue
      }
      if !personLike && hi - lo <= 3, let role = s.role(startingAt: hi), titleIntroducesPerson(s, role) {
        add(type: .company, lo, hi, rule: "pre-title-organization", confidence: 0.6, &s)
        continue
      }
      remaining.append(span)
    }
    s.untyped = remaining
    s.sortFound()
  }

  /// A title (or "Ambassador to <place>") ends right before `i`.
  private func afterTitle(_ s: SentenceAnalysis, _ i: Int) -> Bool {
    if s.role(endingAt: i) != nil { return true }
    if let place = s.found(endingAt: i), s.found[place].type == .place, s.found[place].lo >= 2,
      s.tokens[s.found[place].lo - 1].lower == "to", s.role(endingAt: s.found[place].lo - 1) != nil
    {
      return true
    }
    return false
  }

  /// ", chairman of", ", an independent director of", " (R), co-chair of" follows `hi`.
  private func beforeApposition(_ s: SentenceAnalysis, _ hi: Int) -> Bool {
    var k = hi
    let tokens = s.tokens
    if k + 2 < tokens.count && tokens[k].text == "(" && tokens[k + 2].text == ")" { k += 3 }
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
