import TiesModel

extension DocumentRecognizer {
  /// "the minister", "the chairman": a title after "the", in lower case and followed by no
  /// name, refers to the one person the article gave that title ("Trade Minister Jane Doe",
  /// "Jane Doe, the minister of …"); it becomes a mention of that person, so the relation
  /// patterns of its sentence reach her.
  /// - Complexity: O(m + r) for m mentions and r titles in the article.
  func linkTitleReferences(_ analyses: inout [SentenceAnalysis]) {
    var holders: [String: Set<String>] = [:]
    var names: [String: String] = [:]
    for s in analyses {
      for role in s.roles {
        // "Trade Minister Jane Doe" is "the trade minister" and "the minister".
        let titles = Set([role.title, role.title.split(separator: " ").last.map(String.init) ?? role.title])
        if let p = s.person(at: role.hi) {
          for title in titles { holders[title, default: []].insert(s.found[p].key) }
          names[s.found[p].key] = s.found[p].name
        }
        // "Jane Doe, the minister …".
        var before = role.lo - 1
        while before >= 0 && ["the", "a", "an"].contains(s.tokens[before].lower) { before -= 1 }
        if before >= 1, s.tokens[before].text == ",", let p = s.found(endingAt: before),
          s.found[p].type == .person
        {
          holders[role.title, default: []].insert(s.found[p].key)
          names[s.found[p].key] = s.found[p].name
        }
      }
    }
    guard !holders.isEmpty else { return }
    for n in analyses.indices {
      var added: [Found] = []
      for role in analyses[n].roles where !role.isCapitalized && !role.isPlural && role.lo >= 1 {
        let tokens = analyses[n].tokens
        guard tokens[role.lo - 1].lower == "the",
          role.hi >= tokens.count || (!tokens[role.hi].isCapitalized && tokens[role.hi].lower != "of"),
          analyses[n].found(startingAt: role.lo) == nil,
          let keys = holders[role.title], keys.count == 1, let key = keys.first, let name = names[key]
        else { continue }
        added.append(
          Found(
            lo: role.lo, hi: role.hi, type: .person, rule: "title-reference", confidence: 0.6, name: name,
            key: key))
      }
      guard !added.isEmpty else { continue }
      analyses[n].found += added
      analyses[n].sortFound()
    }
  }
}
