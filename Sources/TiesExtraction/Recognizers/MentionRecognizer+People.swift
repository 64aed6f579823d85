import TiesModel

extension MentionRecognizer {
  /// "Mr Andrew Lee AO", "H.E. Maria Santos", "Tan Sri Ahmad bin Yusof", "Dr S. Rao": a style
  /// before a name makes the words after it a person's name, without the style and without
  /// post-nominal letters. A single word after a style ("Mrs Okafor") is left untyped, for the
  /// document pass to tie to the person named in full.
  ///
  /// Returns whether the segment was handled; false when the words after the style do not read
  /// as one name ("Sri Lanka Tea Board", "Mr Lee and Ms Park", which the caller splits first).
  /// - Complexity: O(k) in the length of the segment.
  func styledPerson(_ lo: Int, _ hi: Int, into s: inout SentenceAnalysis) -> Bool {
    let tokens = s.tokens
    var k = lo
    while k < hi, let length = PersonStyles.styleLength(tokens, at: k), k + length <= hi { k += length }
    guard k > lo, k < hi else { return false }
    var end = hi
    while end > k + 1 && PersonStyles.after.contains(tokens[end - 1].lower)
      && !PersonStyles.generational.contains(tokens[end - 1].lower)
    {
      end -= 1
    }
    if end - k == 1 {
      let t = tokens[k]
      guard t.kind == .word, t.isCapitalized, !lexicon.classes(of: t).contains(.reserved) else {
        return false
      }
      s.untyped.append(k..<end)
      return true
    }
    guard headType(tokens, k, end) == nil, names.isStyledNameLike(tokens, k, end) else { return false }
    add(type: .person, k, end, rule: "styled-name", confidence: 0.85, &s)
    return true
  }

  /// "Jane Doe AO": post-nominal letters after a name are dropped. "Hellenic Shipping Chamber
  /// Jane Doe", "Tourism Jane Doe" (after "Minister of"): a name the lists vouch for closes a
  /// longer span, and what comes before it is typed on its own.
  /// - Complexity: O(k) in the length of the segment.
  func personAtEnd(_ lo: Int, _ hi: Int, into s: inout SentenceAnalysis) -> Bool {
    // "chief financial officer of Vale Verde Mineracao": where the post is, not who holds it;
    // but "director of Kestrel Industry Association Jane Doe": the holder after a body's full
    // name (below).
    let afterTitleOf = afterLowerCaseTitleOf(s, lo)
    let tokens = s.tokens
    if afterTitleOf
      && !(lo + 3..<max(lo + 3, hi)).contains(where: {
        lexicon.organizationHeads[tokens[$0 - 1].lower] != nil
      })
    {
      return false
    }
    var end = hi
    while end > lo + 2 && PersonStyles.after.contains(tokens[end - 1].lower)
      && !PersonStyles.generational.contains(tokens[end - 1].lower)
    {
      end -= 1
    }
    if end < hi, !afterTitleOf, let person = names.personConfidence(tokens, lo, end) {
      add(type: .person, lo, end, rule: person.rule, confidence: person.confidence, &s)
      return true
    }
    guard end - lo >= 3 else { return false }
    // "Minister of Economy Abdulla bin Touq Al Marri": a portfolio, then a name with a father's
    // name in it, of any length.
    if lo >= 2, ["of", "for"].contains(tokens[lo - 1].lower), s.role(endingAt: lo - 1) != nil,
      let particle = (lo + 1..<end).first(where: {
        NamePatterns.patronymicParticles.contains(tokens[$0].text)
      }),
      let nameStart = (lo + 1..<particle).first(where: { k in
        (lo..<k).allSatisfy({ isPortfolioWord(s, $0) }) && names.personConfidence(tokens, k, end) != nil
      })
    {
      classifySegment(lo, nameStart, into: &s)
      add(type: .person, nameStart, end, rule: "name-after-portfolio", confidence: 0.65, &s)
      return true
    }
    // "Minister of Economic Affairs Jane Doe": after "<title> of", a portfolio of ordinary
    // words, then two words that are none is the title's holder.
    // The name is the two to four words after the last ordinary one ("Minister of Industry and
    // Trade Nguyen Van An").
    if lo >= 2, ["of", "for"].contains(tokens[lo - 1].lower), s.role(endingAt: lo - 1) != nil,
      let nameStart = (lo..<end).last(where: { isPortfolioWord(s, $0) }).map({ $0 + 1 }),
      nameStart > lo, (2...4).contains(end - nameStart),
      (lo..<nameStart).allSatisfy({ isPortfolioWord(s, $0) }),
      (nameStart..<end).allSatisfy({ i in
        tokens[i].isCapitalized && !tokens[i].isAllCaps && tokens[i].kind == .word
          && s.classes[i].isDisjoint(with: [.reserved, .headWord])
      })
    {
      classifySegment(lo, nameStart, into: &s)
      add(type: .person, nameStart, end, rule: "name-after-portfolio", confidence: 0.65, &s)
      return true
    }
    // "Sao Paulo Yu Peng": a name starts after a place of several words, not inside it.
    let place = knownPhraseLength(s, lo, end)
    for length in [3, 2] where end - length > lo && (place < 2 || end - length >= lo + place) {
      let start = end - length
      guard !s.classes[start - 1].contains(.ofOrFor), !s.classes[start - 1].contains(.conjunction),
        let person = names.personConfidence(tokens, start, end), person.confidence >= 0.7,
        names.personConfidence(tokens, lo, end) == nil,
        !afterTitleOf || headType(tokens, lo, start)?.isOrganization == true
      else { continue }
      if afterTitleOf {
        classifySegment(lo, start, into: &s)
        add(type: .person, start, end, rule: person.rule, confidence: person.confidence * 0.9, &s)
        return true
      }
      // "Helal Saeed Al Marri", "Bola Ahmed Tinubu": one or two more words before the name that
      // name nothing else (no place of several words: "Sao Paulo Yu Peng") belong to it.
      if start - lo <= 2, end - lo <= 5, !startsKnownPhrase(s, lo, end),
        (lo..<start).allSatisfy({ i in
          let c = s.classes[i]
          return tokens[i].kind == .word && tokens[i].isCapitalized && !tokens[i].isAllCaps
            && c.isDisjoint(with: [.reserved, .headWord, .headLastWord, .city, .country])
            && (!c.contains(.englishWord)
              || !c.isDisjoint(with: [.givenName, .familyName, .ambiguousGivenName]))
        })
      {
        add(type: .person, lo, end, rule: person.rule, confidence: person.confidence * 0.9, &s)
        return true
      }
      // "Foreign Affairs Datuk Jane Doe": a style between the two stays out of both.
      var prefixEnd = start
      for back in 1...3 where start - back > lo {
        if PersonStyles.styleLength(tokens, at: start - back) == back { prefixEnd = start - back }
      }
      classifySegment(lo, prefixEnd, into: &s)
      add(type: .person, start, end, rule: person.rule, confidence: person.confidence * 0.9, &s)
      return true
    }
    return false
  }

  /// Whether a span ending in an event word names one event rather than a kind of event
  /// ("Private Session", "Annual General Meeting" written in capitals): some word of it is
  /// no ordinary English word (a name, a place, an acronym).
  func namesSomething(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    (lo..<hi).contains { i in
      s.tokens[i].isAllCaps || !s.classes[i].contains(.englishWord) && !s.classes[i].contains(.connector)
    }
  }

  /// Whether a span ending in an event word names one event although every word of it is an
  /// English word ("Global Energy Summit", "World Forum on Trade"): the head names gatherings
  /// (`named_heads` of events.yaml: "Summit", not "Meeting" or "Session"), some capitalized
  /// word before it says which gathering rather than what kind ("Annual", "Press" and the other
  /// `kind_words` do not) or a subject follows "on", and the sentence is no headline, where
  /// every word is capitalized.
  /// - Complexity: O(hi − lo).
  func namesEventInWords(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    guard !s.isHeadline, hi - lo >= 2 else { return false }
    let tokens = s.tokens
    // "Forum on Trade": the head is the word before "on".
    let end = (lo + 1..<hi).first(where: { tokens[$0].lower == "on" }) ?? hi
    let headStart: Int
    if end - lo >= 3, lexicon.namedEventHeads.contains(tokens[end - 2].lower + " " + tokens[end - 1].lower) {
      headStart = end - 2
    } else if lexicon.namedEventHeads.contains(tokens[end - 1].lower) {
      headStart = end - 1
    } else {
      return false
    }
    // A subject after "on" says which gathering by itself.
    if end < hi { return (end + 1..<hi).contains { tokens[$0].isCapitalized } }
    return (lo..<headStart).contains { i in
      tokens[i].isCapitalized && !s.classes[i].contains(.connector)
        && !lexicon.eventKindWords.contains(tokens[i].lower)
    }
  }

  /// An ordinary word of a portfolio ("Industry", "and", "Foreign Affairs"), not a word that is
  /// also a name of the lists ("Tan", "Long").
  func isPortfolioWord(_ s: SentenceAnalysis, _ i: Int) -> Bool {
    let c = s.classes[i]
    if c.contains(.connector) { return true }
    return c.contains(.englishWord) && c.isDisjoint(with: [.givenName, .familyName, .ambiguousGivenName])
  }
}
