import TiesModel

extension MentionRecognizer {
  /// Words an acronym skips: "Association for Friendship with Foreign Countries (AFFC)".
  static let acronymSkippedWords: Set<String> = [
    "of", "for", "with", "and", "the", "on", "in", "to", "at", "de", "des", "du", "la", "le", "del", "da",
    "&",
  ]

  /// "the People's Association for Friendship with Foreign Countries (PAFFC)": when the words
  /// before an acronym in parentheses spell it by their initials, they are one organization's
  /// name, whatever the connectors inside split it into. Runs before `defineAcronyms`.
  /// - Complexity: O(n·w) for n tokens and names of at most w (14) words.
  func nameAcronymsByInitials(_ s: inout SentenceAnalysis) {
    let tokens = s.tokens
    for open in tokens.indices where open >= 2 && open + 2 < tokens.count && tokens[open].text == "(" {
      guard tokens[open + 2].text == ")", tokens[open + 1].isAllCaps else { continue }
      let acronym = String(tokens[open + 1].text.unicodeScalars.filter { $0.properties.isAlphabetic })
      guard acronym.count >= 3 else { continue }
      // Already defined by the name right before it.
      if let f = s.found(endingAt: open), s.found[f].type.isOrganization,
        TiesModel.nameInitials(s.found[f].name).uppercased() == acronym.uppercased()
      {
        continue
      }
      guard let lo = initialsStart(tokens, before: open, spelling: acronym.uppercased()) else { continue }
      let type =
        headType(tokens, lo, open)
        ?? s.found.first(where: { $0.lo >= lo && $0.hi <= open && $0.type.isOrganization })?.type
      guard let type, type.isOrganization else { continue }
      s.found.removeAll { $0.lo >= lo && $0.hi <= open }
      s.untyped.removeAll { $0.lowerBound >= lo && $0.upperBound <= open }
      add(type: type, lo, open, rule: "acronym-initials", confidence: 0.85, &s)
    }
    s.sortFound()
  }

  /// Where the words before `end` start whose capitalized initials spell `acronym`.
  private func initialsStart(_ tokens: [Token], before end: Int, spelling acronym: String) -> Int? {
    var initials = ""
    var k = end - 1
    while k >= 0 && end - k <= 14 {
      let t = tokens[k]
      if t.kind == .word && t.isCapitalized, let first = t.text.unicodeScalars.first {
        initials = String(first).uppercased() + initials
        if initials == acronym { return k }
        if !acronym.hasSuffix(initials) { return nil }
      } else if !(t.kind == .possessive || t.text == "'" || t.text == "\u{2019}"
        || (t.kind == .word && Self.acronymSkippedWords.contains(t.lower)))
      {
        return nil
      }
      k -= 1
    }
    return nil
  }
}
