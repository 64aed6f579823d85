import TiesModel

/// Posts a leading verb in the passive gives: "<body>, chaired by <name>".
extension RelationExtractor {
  /// "The Kestrel Business Council, chaired by Jane Doe,", "…, which is headed by Dr Jane Doe",
  /// "Acme is currently chaired by Jane Doe", "the council will be co-chaired by Jane Doe", "the
  /// KBC board, chaired by Jane Doe": the post a leading verb gives in the organization before
  /// it (an event chaired by someone is attended: `attendanceListCues`).
  /// - Complexity: O(n) for the n tokens of the sentence.
  func chairedBy(_ s: SentenceAnalysis, into out: inout [FoundRelation]) {
    for k in s.tokens.indices where k >= 1 && k + 2 < s.tokens.count && s.tokens[k + 1].lower == "by" {
      // The participles of the leading verbs: "chaired", "headed", "founded".
      guard s.tokens[k].lower.hasSuffix("ed"), let role = lexicon.leadingVerbs[s.tokens[k].lower] else {
        continue
      }
      var at = k + 2
      if let style = PersonStyles.styleLength(s.tokens, at: at) { at += style }
      guard let p = s.person(at: at) else { continue }
      var b = k - 1
      // "The council will be co-chaired by …": a modal before the passive.
      while b >= 0
        && (Self.postAdverbs.contains(s.tokens[b].lower) || Self.passiveMarkers.contains(s.tokens[b].lower)
          || ["which", "will", "would", "shall"].contains(s.tokens[b].lower))
      {
        b -= 1
      }
      if b >= 0 && s.tokens[b].text == "," { b -= 1 }
      // "The EABC board, chaired by …", "Acme's executive committee, headed by …": one of the
      // organization's organs, in lower case, that names no organization itself ("the council"
      // may be the article's council).
      if b >= 1, MentionRecognizer.organHeads.contains(s.tokens[b].text), s.found(endingAt: b + 1) == nil {
        b -= 1
        while b >= 1 && MentionRecognizer.organKinds.contains(s.tokens[b].text) { b -= 1 }
        if s.tokens[b].kind == .possessive { b -= 1 }
      }
      guard b >= 0, let o = s.found(endingAt: b + 1), s.found[o].type.isOrganization,
        !isRoleObject(s, s.found[o])
      else { continue }
      var chairs = [s.found[p]]
      // "co-chaired by Jane Doe, president of Acme, and John Roe": the person after "and" too.
      if role.hasPrefix("co-"),
        let second = s.found.first(where: {
          $0.type == .person && !$0.isSynthetic && $0.lo > s.found[p].hi && $0.lo <= s.found[p].hi + 12
            && s.tokens[$0.lo - 1].lower == "and"
        })
      {
        chairs.append(second)
      }
      for chair in chairs {
        out.append(
          FoundRelation(
            subject: chair.key, predicate: .affiliatedWith, object: s.found[o].key, role: role,
            lo: s.found[o].lo, hi: chair.hi, rule: "chaired-by", confidence: 0.75))
      }
    }
  }
}
