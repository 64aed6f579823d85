import TiesModel

/// A relation found in one sentence, between local keys, with the token span supporting it.
struct FoundRelation: Sendable {
  var subject: String
  var predicate: Predicate
  var object: String
  var role: String?
  var lo: Int
  var hi: Int
  var rule: String
  var confidence: Double
}

/// Reads relations off a recognized sentence: who holds which role where, who organized,
/// attended, and where an event was held.
struct RelationExtractor {
  let lexicon: Lexicon

  /// Adverbs around the verb of a post: "who also leads", "who is currently chairman of".
  static let postAdverbs: Set<String> = ["also", "currently", "now", "concurrently"]

  /// The titles that make "<nationality> <title> <person>" a government post.
  static let governmentTitles: Set<String> = [
    "prime minister", "deputy prime minister", "minister", "foreign minister", "trade minister",
    "finance minister",
    "vice minister", "deputy minister",
  ]

  /// The relations of one sentence. `list` carries what a line introducing a list ("Delegates
  /// include:") says of the list items after it; it is updated for the next sentence.
  func relations(
    in s: inout SentenceAnalysis, mainEvent: String?, mainOrganization: String? = nil,
    previousSubject: String? = nil, list: inout ListContext?
  ) -> [FoundRelation] {
    var out: [FoundRelation] = []
    affiliations(&s, into: &out)
    if let previousSubject { itsTitleOpeningSentence(s, previousSubject: previousSubject, into: &out) }
    respectivePosts(s, mainOrganization: mainOrganization, into: &out)
    postsInArticleOrganization(s, mainOrganization: mainOrganization, into: &out)
    events(s, mainEvent: mainEvent, into: &out)
    if isListItem(s) {
      if let list { listItemAttendance(s, context: list, into: &out) }
    } else if let context = list, s.tokens.contains(where: { $0.text == ";" }) {
      // "…were re-elected to the Board:" then one paragraph of items separated by ";".
      listItemAttendance(s, context: context, into: &out)
      list = nil
    } else {
      list = listContext(openedBy: s, mainEvent: mainEvent, mainOrganization: mainOrganization)
    }
    return out
  }

  // MARK: - Affiliations

  func affiliations(_ s: inout SentenceAnalysis, into out: inout [FoundRelation]) {
    // Every affiliation pattern needs a person.
    guard s.found.contains(where: { $0.type == .person }) else { return }
    titleBeforeName(&s, into: &out)
    appositions(s, into: &out)
    relativeClauses(s, into: &out)
    posts(&s, into: &out)
  }

  /// "Korea Battery Industry Council Chairman Lim Dong-hyun and Vice Chairman Baek Seung-ho",
  /// "KBIC chief Lim Dong-hyun", "Visiting Professor Han Ji-woo of Pusan University",
  /// "Japanese Ambassador to Korea Ito Kenta".
  private func titleBeforeName(_ s: inout SentenceAnalysis, into out: inout [FoundRelation]) {
    for role in s.roles {
      // The person right after the title (or after "Ambassador to Korea").
      var personStart = role.hi
      var placeAfterTo: Int?
      if role.hi + 1 < s.tokens.count, s.tokens[role.hi].lower == "to",
        let place = s.found(startingAt: role.hi + 1),
        s.found[place].type == .place
      {
        placeAfterTo = place
        personStart = s.found[place].hi
      }
      // "NRF president and chief executive Jane Doe", "PCCI President Consul Jane Doe": more
      // titles or a style between the title and the name; the titles make one role.
      var title = role.title
      var between = 0
      while s.person(at: personStart) == nil && personStart < s.tokens.count && between < 3 {
        let t = s.tokens[personStart].lower
        if t == "and" || t == "&", let next = s.role(startingAt: personStart + 1) {
          title += " and " + next.title
          personStart = next.hi
        } else if let next = s.role(startingAt: personStart), next.isCapitalized == role.isCapitalized {
          personStart = next.hi
        } else if let style = PersonStyles.styleLength(s.tokens, at: personStart) {
          personStart += style
        } else {
          break
        }
        between += 1
      }
      guard let p = s.person(at: personStart) else { continue }
      let person = s.found[p]
      var organization: Int? = s.found(endingAt: role.lo).flatMap {
        s.found[$0].type.isOrganization ? $0 : nil
      }
      // "X's Trade Minister": skip nothing else.
      if organization == nil, let nat = s.nationalities.last(where: { $0.hi == role.lo }) {
        organization = synthesizeGovernment(&s, nationality: nat, role: role, placeAfterTo: placeAfterTo)
      }
      if organization == nil, role.lo >= 2, s.tokens[role.lo - 1].kind == .possessive,
        let place = s.found(endingAt: role.lo - 1), s.found[place].type == .place,
        lexicon.countries[s.found[place].name.lowercased()] != nil
      {
        let nat = NationalitySpan(lo: s.found[place].lo, hi: role.lo, country: s.found[place].name)
        organization = synthesizeGovernment(&s, nationality: nat, role: role, placeAfterTo: placeAfterTo)
      }
      if let o = organization {
        out.append(
          FoundRelation(
            subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: title,
            lo: min(s.found[o].lo, role.lo), hi: person.hi, rule: "title-before-name", confidence: 0.9))
        coordinatedTitles(s, after: person.hi, organization: o, into: &out)
      }
      // "… Han Ji-woo of the University of Foreign Studies"; not "President Jane Doe at the
      // World Economic Forum", a gathering as much as a body.
      if person.hi < s.tokens.count, ["of", "at"].contains(s.tokens[person.hi].lower),
        let o = s.organization(at: person.hi + 1),
        s.tokens[person.hi].lower == "of" || !lexicon.eventHeads.contains(s.tokens[s.found[o].hi - 1].lower)
      {
        out.append(
          FoundRelation(
            subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: title,
            lo: role.lo, hi: s.found[o].hi, rule: "title-name-of", confidence: 0.85))
      }
    }
  }

  /// "… Chairman Lim Dong-hyun and Vice Chairman Baek Seung-ho": the second title shares the
  /// organization of the first.
  func coordinatedTitles(
    _ s: SentenceAnalysis, after start: Int, organization o: Int, into out: inout [FoundRelation]
  ) {
    var k = start
    while k + 1 < s.tokens.count, [",", "and"].contains(s.tokens[k].lower) {
      var next = k + 1
      if s.tokens[next].lower == "and" { next += 1 }
      // "Board of Directors member Jane Doe": the organ before a member's title.
      let organ =
        s.matches(["board", "of", "directors"], at: next) ? 3 : s.matches(["board"], at: next) ? 1 : 0
      guard let role = s.role(startingAt: next + organ) else { return }
      var (title, at) = s.joinedTitles(from: role)
      if organ > 0 {
        title = s.tokens[next..<(next + organ)].map(\.lower).joined(separator: " ") + " " + title
      }
      if let style = PersonStyles.styleLength(s.tokens, at: at) { at += style }
      guard let p = s.person(at: at) else { return }
      out.append(
        FoundRelation(
          subject: s.found[p].key, predicate: .affiliatedWith, object: s.found[o].key, role: title,
          lo: s.found[o].lo, hi: s.found[p].hi, rule: "coordinated-title", confidence: 0.85))
      k = s.found[p].hi
    }
  }

  /// An organization named from a nationality and a post: "Japanese Ambassador to Korea",
  /// "Japanese Trade Minister" → the Government of Japan.
  private func synthesizeGovernment(
    _ s: inout SentenceAnalysis, nationality: NationalitySpan, role: RoleSpan, placeAfterTo: Int?
  ) -> Int? {
    // An ambassador serves the government that sends them (the convention of the evaluation
    // gold, which keeps one entity per national government).
    let name: String
    if role.title == "ambassador" {
      guard placeAfterTo != nil else { return nil }
      name = "Government of \(nationality.country)"
    } else if RelationExtractor.governmentTitles.contains(role.title),
      !["prime minister", "deputy prime minister"].contains(role.title)
    {
      // A head of government leads it rather than holding a post in it: "French Prime Minister
      // X" names no body (both evaluation golds leave that relation out or optional).
      name = "Government of \(nationality.country)"
    } else {
      return nil
    }
    s.found.append(
      Found(
        lo: nationality.lo, hi: role.hi, type: .government, rule: "national-title", confidence: 0.7,
        name: name,
        key: LocalKeys.organization(name), isSynthetic: true))
    return s.found.count - 1
  }

  /// "Lim Dong-hyun, chairman of the Korea Battery Industry Council and chairman of Mirae
  /// Holdings", "Baek Seung-ho, deputy minister for industrial policy at Korea's Industry
  /// Ministry", "Han Ji-woo, KITA adviser".
  private func appositions(_ s: SentenceAnalysis, into out: inout [FoundRelation]) {
    for (p, person) in s.found.enumerated() where person.type == .person && !person.isSynthetic {
      _ = p
      var k = s.skippingAside(at: person.hi)
      // "Jane Doe AO, Vice-Chancellor of …": post-nominal letters before the comma.
      while k < s.tokens.count && PersonStyles.after.contains(s.tokens[k].lower) { k += 1 }
      guard k < s.tokens.count else { continue }
      if s.tokens[k].text == "," {
        k += 1
        // "Jane Doe, currently vice president of Acme,", "…, also chairman of …".
        while k < s.tokens.count && Self.postAdverbs.contains(s.tokens[k].lower) { k += 1 }
      } else if !(s.role(startingAt: k) != nil && !s.tokens[k].isCapitalized) {
        // "Jane Doe head of the Agency": a lower-case title right after the name, no comma.
        continue
      }
      while true {
        if let (o, role, end) = roleOfOrganization(s, from: k) {
          // "Jane Roe, the Director General of the Agency (ACR), John Doe, …": the title is
          // the next name's, in a list that gives each title before its holder.
          let after = s.skippingAside(at: end)
          if after + 1 < s.tokens.count, s.tokens[after].text == ",", s.person(at: after + 1) != nil,
            s.tokens[k].lower == "the"
          {
            break
          }
          out.append(
            FoundRelation(
              subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: role,
              lo: person.lo,
              hi: end, rule: "apposition", confidence: 0.9))
          k = end
        } else if let o = s.organization(at: k),
          let role = s.role(startingAt: s.skippingPossessive(at: s.found[o].hi)),
          s.person(at: role.hi) == nil
        {
          // "Jane Doe, Acme's chief executive," too.
          out.append(
            FoundRelation(
              subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: role.title,
              lo: person.lo, hi: role.hi, rule: "apposition-organization-title", confidence: 0.85))
          k = role.hi
        } else if let (o, role, end) = roleCommaOrganization(s, from: k) {
          out.append(
            FoundRelation(
              subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: role,
              lo: person.lo, hi: end, rule: "apposition-title-comma-organization", confidence: 0.8))
          k = end
        } else if let next = nextPostAfterUnnamed(s, from: k) {
          // "…, chairman of the Korean council and president of Acme": a post in a body the
          // sentence does not name, then one in a body it names.
          k = next
          continue
        } else {
          break
        }
        // "… and chairman of Mirae Holdings": another post of the same person.
        if k < s.tokens.count && s.tokens[k].lower == "and", s.person(at: k + 1) == nil {
          k += 1
          continue
        }
        break
      }
    }
  }

  /// After a title at `k` whose body no found span names ("chairman of the Korean council"),
  /// the start of the next post joined by "and" that `roleOfOrganization` reads.
  /// - Complexity: O(1), at most ten tokens.
  private func nextPostAfterUnnamed(_ s: SentenceAnalysis, from k0: Int) -> Int? {
    var k = k0
    while k < s.tokens.count && ["a", "an", "the"].contains(s.tokens[k].lower) { k += 1 }
    // A title that ends the sentence ("…, the minister" at the end of a text cut short) has
    // nothing after it.
    guard let role = s.role(startingAt: k), role.hi < s.tokens.count - 1 else { return nil }
    for j in role.hi..<min(s.tokens.count - 1, role.hi + 8) {
      // "chairman of the Egyptian section of the council and …": a body named by a word in
      // lower case (`linkDefiniteReferences`) names no post's body of its own here.
      if s.tokens[j].kind == .punct
        || s.found(startingAt: j).map({ s.found[$0].rule != "definite-reference" }) ?? false
      {
        return nil
      }
      if s.tokens[j].lower == "and" { return roleOfOrganization(s, from: j + 1) != nil ? j + 1 : nil }
    }
    return nil
  }

  /// "[a|an|the] [nationality] <title words> (of|at|for) [the] <organization>" from `k`:
  /// the organization, the role as written, and where it ends.
  func roleOfOrganization(_ s: SentenceAnalysis, from k0: Int) -> (Int, String, Int)? {
    var k = k0
    while k < s.tokens.count && ["a", "an", "the"].contains(s.tokens[k].lower) { k += 1 }
    while let nat = s.nationalities.first(where: { $0.lo == k }) { k = nat.hi }
    guard let role = s.role(startingAt: k) else { return nil }
    // "President & CEO of", "Executive Secretary/CEO of": titles joined as one role.
    let joined = s.joinedTitles(from: role)
    var j = joined.end
    var steps = 0
    while j < s.tokens.count && steps <= 6 {
      steps += 1
      let t = s.tokens[j]
      if ["of", "at", "for", "with", "in", "to"].contains(t.lower) {
        // "CEO of advertising firm Acme": up to three lower-case words describe the organization.
        var at = j + 1
        while s.organization(at: at) == nil && at < min(s.tokens.count, j + 4) && s.tokens[at].kind == .word
          && !s.tokens[at].isCapitalized
          && !["and", "or", "its", "his", "her", "their", "of", "at", "for", "in", "with", "to", "on", "by"]
            .contains(s.tokens[at].lower)
        {
          at += 1
        }
        if let o = s.organization(at: at) {
          var words = [joined.title] + s.tokens[joined.end..<j].map(\.lower)
          if words.last == "the" { words.removeLast() }
          return (o, lexicon.canonicalRole(words.joined(separator: " ")), s.found[o].hi)
        }
      }
      // "chief economist for the Middle East and North Africa at …", "head of Asia research
      // at …": a place the field names is one step.
      if let place = s.found(startingAt: j), s.found[place].type == .place {
        j = s.found[place].hi
        continue
      }
      // "Head of Audit at …": a capitalized title's field is capitalized too.
      guard t.kind == .word,
        !t.isCapitalized || s.role(startingAt: j) != nil
          || role.isCapitalized && s.classes[j].contains(.englishWord) && s.found(startingAt: j) == nil
      else { return nil }
      j += 1
    }
    return nil
  }

  /// "…, who also leads Mirae Holdings Corp.", "… who also serves as Busan Chamber vice chair".
  private func relativeClauses(_ s: SentenceAnalysis, into out: inout [FoundRelation]) {
    for w in s.tokens.indices where s.tokens[w].lower == "who" {
      guard let p = s.found.lastIndex(where: { $0.type == .person && $0.hi <= w && !$0.isSynthetic }) else {
        continue
      }
      let person = s.found[p]
      var k = w + 1
      while k < s.tokens.count && Self.postAdverbs.contains(s.tokens[k].lower) {
        k += 1
      }
      guard k < s.tokens.count else { continue }
      let verb = s.tokens[k].lower
      if let role = lexicon.leadingVerbs[verb] {
        // "who chairs the FKI and Mirae Holdings": every organization of the list.
        for o in s.organizationList(from: k + 1) {
          out.append(
            FoundRelation(
              subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: role,
              lo: person.lo,
              hi: s.found[o].hi, rule: "relative-clause", confidence: 0.8))
        }
      } else if ["serves", "served", "doubles", "acts", "is", "was"].contains(verb) {
        var j = k + 1
        // "who is also chief executive of …": the adverb may follow the verb.
        while j < s.tokens.count && Self.postAdverbs.contains(s.tokens[j].lower) {
          j += 1
        }
        if j < s.tokens.count && s.tokens[j].lower == "as" { j += 1 }
        if let o = s.organization(at: j), let role = s.role(startingAt: s.found[o].hi) {
          out.append(
            FoundRelation(
              subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: role.title,
              lo: person.lo, hi: role.hi, rule: "relative-clause", confidence: 0.8))
        } else if let (o, role, end) = roleOfOrganization(s, from: j) {
          out.append(
            FoundRelation(
              subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: role,
              lo: person.lo,
              hi: end, rule: "relative-clause", confidence: 0.8))
        }
      }
    }
  }
}
