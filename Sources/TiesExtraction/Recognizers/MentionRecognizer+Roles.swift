import TiesModel

/// Role titles and acronyms defined in parentheses.
extension MentionRecognizer {
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
        } else if tokens[i].kind == .word, lower.utf8.last == UInt8(ascii: "t"), lower.hasSuffix("-elect"),
          lexicon.isRoleTitle(String(lower.dropLast(6)))
        {
          // "vice-president-elect", "treasurer-elect": a title, elected and not yet in office.
          roles.append(
            RoleSpan(
              lo: i, hi: i + 1, title: lexicon.canonicalRole(String(lower.dropLast(6))) + "-elect",
              isCapitalized: tokens[i].isCapitalized))
        }
        i += 1
        continue
      }
      var matched = false
      // "its first president", "the first chairwoman of …": the first holder of the post, not
      // a post called "first president" ("First Vice President", "first deputy minister" stay);
      // the span keeps the word, the title leaves it out.
      let ordinalFirst = isOrdinalFirst(tokens, at: i)
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
          let from = ordinalFirst ? i + 1 : i
          let phrase = tokens[from..<(start + length)].map(\.lower).joined(separator: " ")
          let canonical = start == from ? lexicon.canonicalRole(title) : phrase
          roles.append(
            RoleSpan(lo: i, hi: start + length, title: canonical, isCapitalized: tokens[i].isCapitalized))
          i = start + length
          matched = true
          break
        }
        // "chief executives", "vice presidents": a title of several words in the plural.
        if length > 1, title.utf8.last == UInt8(ascii: "s"), start == i,
          lexicon.isRoleTitle(String(title.dropLast()))
        {
          roles.append(
            RoleSpan(
              lo: i, hi: start + length, title: lexicon.canonicalRole(String(title.dropLast())),
              isCapitalized: tokens[i].isCapitalized, isPlural: true))
          i = start + length
          matched = true
          break
        }
      }
      if !matched { i += 1 }
    }
    return roles
  }

  /// Whether the lower-case "first" at `i` counts the holders of the post after it: after a
  /// determiner ("its", "the", "their", …) and before a title that is no "vice …" or
  /// "deputy …" post.
  /// - Complexity: O(1).
  private func isOrdinalFirst(_ tokens: [Token], at i: Int) -> Bool {
    guard tokens[i].text == "first", i > 0, i + 1 < tokens.count,
      Self.determinersOfFirst.contains(tokens[i - 1].lower)
    else { return false }
    let next = tokens[i + 1].lower
    return !["vice", "deputy", "vice-president", "vice-chairman", "vice-chair"].contains(next)
      && lexicon.roleLengthByFirstWord[next] != nil
  }

  /// The words before an ordinal "first" (`isOrdinalFirst`).
  static let determinersOfFirst: Set<String> = ["its", "the", "their", "his", "her", "our", "a"]

  /// "the European Chemical Industry Council (Cefic)": a short name written like a word, in
  /// parentheses after an organization, when it is no place, no ordinary word and no one's
  /// given name.
  func isShortName(_ t: Token, _ c: WordClass, of type: EntityType) -> Bool {
    type.isOrganization && t.kind == .word && t.isCapitalized && t.text.unicodeScalars.count <= 14
      && c.isDisjoint(with: [
        .city, .country, .englishWord, .givenName, .westernGivenName, .gazetteerStart, .reserved,
      ])
  }

  /// Whether `acronym` is the initials of the capitalized words of `words` ("DRC" for
  /// "Democratic Republic of Congo").
  /// - Complexity: O(w) for the w words.
  private func initialsMatch(_ acronym: String, _ words: ArraySlice<Token>) -> Bool {
    let initials = words.filter { $0.kind == .word && $0.isCapitalized }.compactMap { $0.text.first }
    return String(initials).uppercased() == acronym.uppercased()
  }

  /// "the Korea International Trade Association (KITA)": the acronym names the same thing.
  func defineAcronyms(_ s: inout SentenceAnalysis) {
    let tokens = s.tokens
    for n in s.found.indices where s.found[n].type != .person {
      let open = s.found[n].hi
      if let close = initialsAndPlaceEnd(s, n) {
        define(n, open + 1, close, &s)
        continue
      }
      guard open + 2 < tokens.count, tokens[open].text == "(", tokens[open + 2].text == ")",
        tokens[open + 1].isAllCaps || isShortName(tokens[open + 1], s.classes[open + 1], of: s.found[n].type)
      else { continue }
      let f = s.found[n]
      let acronym = tokens[open + 1].text
      // "United Arab Emirates (UAE)" defines the place's initials; in "Export Development
      // Canada (EDC)" the initials are a body's whose name ends in the place.
      if f.type == .place, !initialsMatch(acronym, tokens[f.lo..<f.hi]) { continue }
      define(n, open + 1, open + 2, &s)
    }
    s.sortFound()
  }

  /// Makes `lo..<hi` the short form that `s.found[n]` defines: its acronym, found with its key.
  private func define(_ n: Int, _ lo: Int, _ hi: Int, _ s: inout SentenceAnalysis) {
    let f = s.found[n]
    let short = s.text(lo, hi)
    s.found[n].definedAcronym = short
    s.untyped.removeAll { $0.overlaps(lo..<hi) }
    if let existing = s.found(startingAt: lo) {
      // "Democratic Republic of Congo (DRC)": the gazetteer knows the place by its short form;
      // its key, which later mentions ("the DRC") take too, is the place's.
      if f.type == .place, s.found[existing].type == .place, s.found[existing].rule == "gazetteer" {
        s.found[n].key = s.found[existing].key
      } else {
        s.found[existing].key = f.key
      }
    } else {
      s.found.append(
        Found(
          lo: lo, hi: hi, type: f.type, rule: "acronym-definition", confidence: 0.95, name: short, key: f.key)
      )
    }
  }

  /// "Engineering Export Promotion Council of India (EEPC India)": initials of the words before
  /// "of <place>", then that place, in parentheses after the name; or a chamber's short form
  /// and its country ("AHK Polen"); the position of ")".
  /// - Complexity: O(length of the name).
  private func initialsAndPlaceEnd(_ s: SentenceAnalysis, _ n: Int) -> Int? {
    let tokens = s.tokens
    let f = s.found[n]
    let open = f.hi
    guard f.type.isOrganization, f.hi - f.lo >= 4, open + 3 < tokens.count, tokens[open].text == "(",
      tokens[open + 3].text == ")", tokens[open + 2].isCapitalized, tokens[open + 2].kind == .word
    else { return nil }
    // "Polish-German Chamber of Industry and Commerce (AHK Polen)": a bilateral chamber's short
    // form and its country, in any language.
    if Self.chamberPrefixes.contains(tokens[open + 1].lower),
      (f.lo..<f.hi).contains(where: { tokens[$0].lower == "chamber" })
    {
      return open + 3
    }
    guard tokens[open + 1].isAllCaps, tokens[open + 1].text.count >= 2,
      tokens[open + 2].lower == tokens[f.hi - 1].lower,
      ["of", "in"].contains(tokens[f.hi - 2].lower),
      !s.classes[f.hi - 1].isDisjoint(with: [.country, .city]),
      initialsMatch(tokens[open + 1].text, tokens[f.lo..<(f.hi - 2)])
    else { return nil }
    return open + 3
  }

  /// "Director General" as a role, but "Chairman" in "Chairman's Office" or a title inside a
  /// known body name is not a split point.
  func titleIsPartOfName(_ tokens: [Token], role: RoleSpan, runEnd: Int) -> Bool {
    if role.hi < runEnd, lexicon.organizationHeads[tokens[role.hi].lower] != nil,
      !names.isPersonLike(tokens, role.hi, runEnd)
    {
      // "President Hotel"? Rare; treat "<Title> <OrgHead>" as a name.
      return runEnd - role.hi == 1
    }
    return false
  }
}
