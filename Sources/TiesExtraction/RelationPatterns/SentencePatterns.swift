import TiesModel

/// Small look-ups over a sentence shared by the relation patterns.
extension SentenceAnalysis {
  /// The organization at `k`, read through a leading "the" and a possessive country
  /// ("Korea's Trade Ministry", "Japan's Mitsubishi Corp.") or a description of a business
  /// ("the Oslo-based shipping group Nordhav Marine"); returns its index in `found`.
  func organization(at k0: Int) -> Int? {
    if let f = organizationAfterDescription(startingAt: k0) { return f }
    var k = k0
    while k < tokens.count && tokens[k].lower == "the" { k += 1 }
    if let place = found(startingAt: k), found[place].type == .place, found[place].hi < tokens.count,
      tokens[found[place].hi].kind == .possessive
    {
      k = found[place].hi + 1
    }
    guard let f = found(startingAt: k), found[f].type.isOrganization else { return nil }
    return f
  }

  /// `k`, or the position after a short aside in parentheses there (at most four tokens): a
  /// defined acronym ("… Industry (JCCI) together with", "(PBC&E)"), a party ("Kim (R), co-chair").
  func skippingAside(at k: Int) -> Int {
    guard k + 2 < tokens.count, tokens[k].text == "(" else { return k }
    for close in (k + 2)...min(k + 5, tokens.count - 1) {
      if tokens[close].text == ")" { return close + 1 }
      if tokens[close].text == "(" { return k }
    }
    return k
  }

  /// `k`, or the position before a place and its possessive ending at `k` ("chairman of
  /// Chile's <span>").
  /// - Complexity: O(f) for the f found spans.
  func beforePlacePossessive(_ k: Int) -> Int {
    guard k >= 1, tokens[k].kind == .possessive, let place = found(endingAt: k), found[place].type == .place
    else { return k }
    return found[place].lo - 1
  }

  /// `k`, or the position after a possessive there ("Acme's").
  func skippingPossessive(at k: Int) -> Int { k < tokens.count && tokens[k].kind == .possessive ? k + 1 : k }

  /// Words that place something within a place: "western Seoul", "downtown Osaka".
  static let compassWords: Set<String> = [
    "central", "northern", "southern", "eastern", "western", "southeastern", "southwestern",
    "northeastern", "northwestern", "downtown",
  ]

  /// What joins two titles into one role: "President & CEO", "Director-General/CEO".
  static let titleJoiners: Set<String> = ["&", "and", "/"]

  /// Titles of an occupation, not of a post: "a diplomat and deputy secretary-general of the
  /// council" holds only the second.
  static let occupations: Set<String> = [
    "industrialist", "businessman", "businesswoman", "entrepreneur", "diplomat", "banker",
    "philanthropist", "investor", "politician", "lawyer", "tycoon", "economist", "journalist",
  ]

  /// "President & CEO", "Chairperson and Managing Director", "Director-General/CEO": the titles
  /// joined by "and", "&" or "/" from `role` on, as one role written with its joining words,
  /// and where they end. An occupation before a post is left out of it (`occupations`).
  func joinedTitles(from role: RoleSpan) -> (title: String, end: Int) {
    var title = role.title
    var end = role.hi
    while end + 1 < tokens.count, Self.titleJoiners.contains(tokens[end].lower),
      let more = self.role(startingAt: end + 1)
    {
      if Self.occupations.contains(title) && !Self.occupations.contains(more.title) {
        title = more.title
        end = more.hi
        continue
      }
      title += tokens[end].text == "/" ? "/" + more.title : " \(tokens[end].lower) " + more.title
      end = more.hi
    }
    return (title, end)
  }

  /// "head of strategy at", "Head of Audit and Risk at": after the title `role`, "of" or "for",
  /// one to four words of a field (English words, capitalized only in a capitalized title,
  /// joined by "and" or "&"), then "at": the position of that "at", or nil.
  /// - Complexity: O(1), at most six tokens.
  func departmentEnd(after role: RoleSpan) -> Int? {
    guard role.hi + 2 < tokens.count, ["of", "for"].contains(tokens[role.hi].lower) else { return nil }
    let first = role.hi + 1
    var k = first
    while k < tokens.count && k - first <= 4 {
      let t = tokens[k]
      if t.lower == "at" {
        return k > first && !["and", "&"].contains(tokens[k - 1].lower) ? k : nil
      }
      let joins = k > first && ["and", "&"].contains(t.lower)
      guard
        joins
          || t.kind == .word && classes[k].contains(.englishWord) && found(startingAt: k) == nil
            && (!t.isCapitalized || role.isCapitalized) && !["the", "a", "an", "of", "for"].contains(t.lower)
      else { return nil }
      k += 1
    }
    return nil
  }

  func person(at k: Int) -> Int? {
    guard let f = found(startingAt: k), found[f].type == .person else { return nil }
    return f
  }

  /// Whether the words from `k` on are `phrase` (lower-case words).
  func matches(_ phrase: [String], at k: Int) -> Bool {
    guard k + phrase.count <= tokens.count else { return false }
    for (offset, word) in phrase.enumerated() where tokens[k + offset].lower != word { return false }
    return true
  }

  /// The first position at or after `from` where `phrase` starts.
  func find(_ phrase: [String], from: Int = 0) -> Int? {
    guard from < tokens.count else { return nil }
    for k in from..<tokens.count where matches(phrase, at: k) { return k }
    return nil
  }

  /// Organizations listed from `k`: "X, Y and the Z" (stops at anything else).
  func organizationList(from k0: Int) -> [Int] {
    var out: [Int] = []
    var k = k0
    while let f = organization(at: k) {
      out.append(f)
      k = found[f].hi
      if let acronym = found(startingAt: k + 1), k + 2 < tokens.count, tokens[k].text == "(" {
        k = found[acronym].hi + 1
      }
      if k < tokens.count && tokens[k].text == "," { k += 1 }
      if k < tokens.count && tokens[k].lower == "and" { k += 1 }
    }
    return out
  }
}

extension SentenceAnalysis {
  /// Words between "as" and the title it gives: "as its new chairman".
  static let beforePostAfterAs: Set<String> = ["its", "their", "his", "her", "the", "a", "an", "new"]

  /// The title right after "as" at `k` (and "its", "the", "new", ...): "as vice-chair".
  /// - Complexity: O(1), a few tokens.
  func postAfterAs(at k: Int) -> RoleSpan? {
    guard k < tokens.count, tokens[k].lower == "as" else { return nil }
    return role(startingAt: pastWordsBeforePost(k + 1))
  }

  /// `k` past the words that may stand between "as" and a title (`beforePostAfterAs`) and an
  /// ordinal that opens no title ("as its 30th president", "as its second chairwoman"; "as
  /// first vice president" keeps its title).
  func pastWordsBeforePost(_ k: Int) -> Int {
    var j = k
    while j < tokens.count
      && (Self.beforePostAfterAs.contains(tokens[j].lower)
        || (isOrdinal(at: j) && role(startingAt: j) == nil))
    {
      j += 1
    }
    return j
  }

  /// Whether the token at `k` is an ordinal: "30th", "third".
  func isOrdinal(at k: Int) -> Bool {
    tokens[k].kind == .ordinal || EventRecognizer.spelledOrdinals[tokens[k].lower] != nil
  }

  /// In a list of posts given with "as" ("… as chairman, Jane Doe as vice-chair and <lo>"),
  /// the position of the "as" of the post right before the comma or "and" before `lo`.
  /// - Complexity: O(r) for the r titles of the sentence.
  func asOfPostInList(before lo: Int) -> Int? {
    var joint = lo - 1
    guard joint >= 2, [",", "and"].contains(tokens[joint].lower) else { return nil }
    if tokens[joint].lower == "and" && tokens[joint - 1].text == "," { joint -= 1 }
    guard let role = roles.last(where: { $0.hi == joint }) else { return nil }
    var k = role.lo - 1
    while k > 0 && (Self.beforePostAfterAs.contains(tokens[k].lower) || isOrdinal(at: k)) { k -= 1 }
    return k >= 1 && tokens[k].lower == "as" ? k : nil
  }
}
