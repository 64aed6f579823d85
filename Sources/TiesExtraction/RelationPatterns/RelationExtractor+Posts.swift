import TiesModel

/// Affiliations written without a title right before the name: a possessive organization
/// ("the Institute's CEO, Jane Doe"), "<Person> of <Organization>", appointments ("X was
/// appointed CEO of Y", "Y named X as its chairman") and copulas ("X is the president of Y").
extension RelationExtractor {
  /// Verbs that give a person a post.
  static let appointmentVerbs: Set<String> = [
    "appointed", "named", "elected", "re-elected", "reelected", "nominated", "promoted", "installed",
    "chosen", "selected", "confirmed", "designated", "tapped", "sworn", "re-appointed", "reappointed",
    "re-elects", "elects", "appoints", "names", "appoint", "elect",
  ]
  /// Adverbs around an appointment's verbs: "was recently named", "has now been elected".
  static let appointmentAdverbs = postAdverbs.union(["recently", "officially", "formally", "newly"])
  /// Words by which a person takes up a post: "has taken over as president of Acme".
  static let takingOverWords: Set<String> = ["took", "taken", "takes", "taking", "over"]
  /// Verbs that say a person holds a post: "X is the president of Y", "X became CEO of Y".
  static let linkingVerbs: Set<String> = [
    "is", "was", "became", "becomes", "remains", "remained", "serves", "served", "has", "had", "been",
    "will", "be", "as", "in", "were", "to", "set", "due", "expected",
  ]
  /// Words allowed between a post and the name it introduces: "the Institute's CEO, former
  /// Senator the Hon. Jane Doe".
  static let betweenPostAndName: Set<String> = [",", "former", "the", "outgoing", "incoming", "newly", "new"]

  func posts(_ s: inout SentenceAnalysis, into out: inout [FoundRelation]) {
    possessiveTitles(s, into: &out)
    titleOfOrganizationThenName(s, into: &out)
    personOfOrganization(s, into: &out)
    appointments(s, into: &out)
    ownTitles(s, into: &out)
    ambassadorsOfEmbassy(s, into: &out)
    chairedBy(s, into: &out)
  }

  /// "… issued by the Kestrel Embassy in Riga, Ambassador Jon Lund hosted the delegation": an
  /// ambassador that no other pattern gave a post holds it at the one embassy the sentence
  /// names.
  /// - Complexity: O(r·(f + o)) for r titles, f found spans and o relations found so far.
  private func ambassadorsOfEmbassy(_ s: SentenceAnalysis, into out: inout [FoundRelation]) {
    guard s.roles.contains(where: { $0.title == "ambassador" }) else { return }
    let embassies = Set(
      s.found.filter {
        $0.type.isOrganization && TextSearch.words($0.name.lowercased()).contains("embassy")
      }.map(\.key))
    guard embassies.count == 1, let embassy = embassies.first else { return }
    for role in s.roles where role.title == "ambassador" {
      guard let p = s.person(at: role.hi) else { continue }
      let person = s.found[p].key
      guard !out.contains(where: { $0.subject == person && $0.predicate == .affiliatedWith }) else {
        continue
      }
      out.append(
        FoundRelation(
          subject: person, predicate: .affiliatedWith, object: embassy, role: role.title, lo: role.lo,
          hi: s.found[p].hi, rule: "ambassador-of-embassy", confidence: 0.7))
    }
  }

  /// "Velquist said its chairman Lars Berg would step down": "its" and a title before a name
  /// give the post in the organization the sentence named last before them (not one inside
  /// another title, "chairman of X"). "the Kestrel Chamber, whose director general Jane Doe
  /// said", "at the Kestrel Chamber (KC), whose president, Jane Doe,": "whose" gives it in the
  /// organization right before its comma (and a short form in parentheses), wherever that
  /// organization stands.
  /// - Complexity: O(r·f) for r titles and f found spans of the sentence.
  private func ownTitles(_ s: SentenceAnalysis, into out: inout [FoundRelation]) {
    for role in s.roles where role.lo >= 1 && ["its", "whose"].contains(s.tokens[role.lo - 1].lower) {
      var k = role.hi
      if k < s.tokens.count && s.tokens[k].text == "," { k += 1 }
      if let style = PersonStyles.styleLength(s.tokens, at: k) { k += style }
      let whose = s.tokens[role.lo - 1].lower == "whose"
      guard let p = s.person(at: k),
        // "elected Jane Doe as its chairman, John Roe as vice-chair": John's post follows him.
        s.found[p].hi >= s.tokens.count || s.tokens[s.found[p].hi].lower != "as",
        let o = whose
          ? (role.lo >= 3 && s.tokens[role.lo - 2].text == ","
            ? s.found(endingAt: beforeAside(s, role.lo - 2)) : nil)
          : s.found.lastIndex(where: { $0.hi < role.lo && $0.type.isOrganization && !$0.isSynthetic }),
        s.found[o].type.isOrganization, whose || !isRoleObject(s, s.found[o])
      else { continue }
      out.append(
        FoundRelation(
          subject: s.found[p].key, predicate: .affiliatedWith, object: s.found[o].key, role: role.title,
          lo: s.found[o].lo, hi: s.found[p].hi, rule: "own-title", confidence: 0.75))
    }
  }

  /// `end`, or where a short form in parentheses that ends there opens ("… Commerce (KC)").
  private func beforeAside(_ s: SentenceAnalysis, _ end: Int) -> Int {
    guard end >= 3, s.tokens[end - 1].text == ")",
      let open = (max(0, end - 6)..<(end - 1)).last(where: { s.tokens[$0].text == "(" })
    else { return end }
    return open
  }

  /// "Jane Doe, Chairperson, Kestrel Holdings PLC;": a title, a comma, an organization.
  func roleCommaOrganization(_ s: SentenceAnalysis, from k0: Int) -> (Int, String, Int)? {
    var k = k0
    while k < s.tokens.count && ["a", "an", "the"].contains(s.tokens[k].lower) { k += 1 }
    guard let role = s.role(startingAt: k) else { return nil }
    let (title, j) = s.joinedTitles(from: role)
    guard j + 1 < s.tokens.count, s.tokens[j].text == ",", let o = s.organization(at: j + 1) else {
      return nil
    }
    // The organization ends the item: a list separator, the sentence's end, or a clause.
    let end = s.skippingAside(at: s.found[o].hi)
    guard end >= s.tokens.count || [";", ".", ",", "and", ")"].contains(s.tokens[end].lower) else {
      return nil
    }
    return (o, title, s.found[o].hi)
  }

  /// Past "and <title> of <Organization>," at `k`, as often as they follow each other: where
  /// the holder of a first post of several is named.
  /// - Complexity: O(posts skipped).
  private func skippingPosts(_ s: SentenceAnalysis, at k0: Int) -> Int {
    var k = k0
    while k + 1 < s.tokens.count && s.tokens[k].lower == "and" {
      var j = k + 1
      if s.tokens[j].lower == "the" { j += 1 }
      guard let role = s.role(startingAt: j), role.hi + 1 < s.tokens.count,
        ["of", "in", "at"].contains(s.tokens[role.hi].lower), let o = s.organization(at: role.hi + 1)
      else { break }
      k = s.skippingAside(at: s.found[o].hi)
      if k < s.tokens.count && s.tokens[k].text == "," { k += 1 }
    }
    return k
  }

  /// "the Executive Secretary of the Trade Committee, Jane Doe", "Vice Mayor of the City
  /// Government Jane Doe", "the Head of Strategy at Acme Jane Doe": a title of an
  /// organization, then the person who holds it.
  private func titleOfOrganizationThenName(_ s: SentenceAnalysis, into out: inout [FoundRelation]) {
    for role in s.roles
    where role.hi + 1 < s.tokens.count && ["of", "in", "at"].contains(s.tokens[role.hi].lower) {
      // "the Head of Strategy at Acme Jane Doe": a field between the title and its organization.
      let department = s.organization(at: role.hi + 1) == nil ? s.departmentEnd(after: role) : nil
      guard let o = s.organization(at: (department ?? role.hi) + 1) else { continue }
      let title =
        department.map { lexicon.canonicalRole(s.tokens[role.lo..<$0].map(\.lower).joined(separator: " ")) }
        ?? role.title
      // "Jane Roe, head of the Agency, John Doe": the title right after a name is that name's.
      var before = role.lo - 1
      // "Jane Roe, President & CEO of the Council, John Doe": back over titles joined as one
      // (`joinedTitles`).
      while before >= 1, SentenceAnalysis.titleJoiners.contains(s.tokens[before].lower),
        let prior = s.role(endingAt: before)
      {
        before = prior.lo - 1
      }
      if before >= 0 && s.tokens[before].text == "," { before -= 1 }
      if before >= 0, let f = s.found(endingAt: before + 1), s.found[f].type == .person { continue }
      var k = s.skippingAside(at: s.found[o].hi)
      if k < s.tokens.count && s.tokens[k].text == "," { k += 1 }
      // "the Executive Secretary of the Council and former head of the Bureau, Jane Doe": the
      // other posts' own turns relate them.
      if s.person(at: k) == nil { k = skippingPosts(s, at: k) }
      // "the co-presidents of the Council, Jane Roe and John Doe": a plural title, each name.
      while true {
        if let style = PersonStyles.styleLength(s.tokens, at: k) { k += style }
        guard let p = s.person(at: k) else { break }
        out.append(
          FoundRelation(
            subject: s.found[p].key, predicate: .affiliatedWith, object: s.found[o].key, role: title,
            lo: role.lo, hi: s.found[p].hi, rule: "title-of-organization-name", confidence: 0.8))
        guard role.isPlural, s.found[p].hi + 1 < s.tokens.count, s.tokens[s.found[p].hi].lower == "and" else {
          break
        }
        k = s.found[p].hi + 1
      }
    }
  }

  /// "the Council's chairman, Jane Doe", "Acme's CEO John Roe".
  /// - Complexity: O(r·w) for r titles and a look-ahead of w words.
  private func possessiveTitles(_ s: SentenceAnalysis, into out: inout [FoundRelation]) {
    for role in s.roles {
      // "The council's Egyptian co-chair, X": a nationality may stand between.
      let before = s.nationalities.first(where: { $0.hi == role.lo })?.lo ?? role.lo
      guard before >= 2, s.tokens[before - 1].kind == .possessive, let o = s.found(endingAt: before - 1),
        s.found[o].type.isOrganization
      else { continue }
      var k = role.hi
      var steps = 0
      while k < s.tokens.count && steps < 8 && s.person(at: k) == nil {
        if let style = PersonStyles.styleLength(s.tokens, at: k) {
          k += style
        } else if let other = s.role(startingAt: k) {
          k = other.hi
        } else if Self.betweenPostAndName.contains(s.tokens[k].lower) {
          k += 1
        } else {
          break
        }
        steps += 1
      }
      guard let p = s.person(at: k) else { continue }
      out.append(
        FoundRelation(
          subject: s.found[p].key, predicate: .affiliatedWith, object: s.found[o].key, role: role.title,
          lo: s.found[o].lo, hi: s.found[p].hi, rule: "possessive-title", confidence: 0.85))
      coordinatedTitles(s, after: s.found[p].hi, organization: o, into: &out)
    }
  }

  /// "Jane Doe of Acme Corp.", "John Roe from the Trade Council", "Jane Doe (Acme Corp.)": a
  /// person named with an organization and no title (the title before the name is
  /// `titleBeforeName`'s).
  private func personOfOrganization(_ s: SentenceAnalysis, into out: inout [FoundRelation]) {
    for person in s.found where person.type == .person && !person.isSynthetic {
      if s.role(endingAt: person.lo) != nil { continue }
      // The organization alone in parentheses after the name.
      if person.hi + 2 < s.tokens.count, s.tokens[person.hi].text == "(",
        let o = s.found(startingAt: person.hi + 1), s.found[o].type.isOrganization,
        s.found[o].hi < s.tokens.count, s.tokens[s.found[o].hi].text == ")"
      {
        out.append(
          FoundRelation(
            subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: nil,
            lo: person.lo, hi: s.found[o].hi + 1, rule: "person-of-organization", confidence: 0.7))
        continue
      }
      let k = s.skippingAside(at: person.hi)
      guard k + 1 < s.tokens.count, ["of", "from"].contains(s.tokens[k].lower),
        let o = s.organization(at: k + 1)
      else { continue }
      out.append(
        FoundRelation(
          subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: nil,
          lo: person.lo, hi: s.found[o].hi, rule: "person-of-organization", confidence: 0.7))
    }
  }

  /// Words that end a description of a person before the name: a conjunction or preposition
  /// belongs to the clause, not to who the person is.
  static let clauseWords: Set<String> = [
    "and", "or", "as", "of", "to", "by", "for", "with", "in", "at", "on",
  ]

  /// Verbs by which a person joins an organization: "joins Acme as CFO", "joined the board of".
  static let joinVerbs: Set<String> = ["joins", "joined", "rejoins", "rejoined"]

  /// Words by which a person leaves a post, before "as <title> of <organization>".
  static let leavingCues: [[String]] = [
    ["stepped", "down", "as"], ["steps", "down", "as"], ["will", "step", "down", "as"], ["resigned", "as"],
    ["resigns", "as"], ["retired", "as"], ["retires", "as"],
  ]

  /// Words of a short time phrase: "in 2015", "last year", "earlier this month", "on Monday".
  static let whenWords: Set<String> = [
    "in", "on", "last", "earlier", "this", "since", "year", "month", "week", "early", "late",
  ]

  /// "the Mobile Payments Business of the Acme Group": the organization a unit named at `k`
  /// (after "the", at most five words, capitalized) belongs to.
  /// - Complexity: O(1), at most eight tokens.
  private func organizationOfUnit(_ s: SentenceAnalysis, at k: Int) -> Int? {
    // A unit in lower case ("the retail arm of") is a title's field (`roleOfOrganization`).
    guard k + 2 < s.tokens.count, s.tokens[k].lower == "the", s.tokens[k + 1].isCapitalized,
      let of = (k + 2..<min(s.tokens.count - 1, k + 7)).first(where: { s.tokens[$0].lower == "of" }),
      (k + 1..<of).allSatisfy({ s.tokens[$0].kind == .word && s.found(startingAt: $0) == nil })
    else { return nil }
    return s.organization(at: of + 1)
  }

  /// "Jane Doe was appointed chief executive of Acme", "Jane Doe is the president of the
  /// Council", "Acme named Jane Doe as its new chairman", "Jane Doe joins Acme as CFO".
  private func appointments(_ s: SentenceAnalysis, into out: inout [FoundRelation]) {
    for person in s.found where person.type == .person && !person.isSynthetic {
      // Passive or copula after the name.
      var k = person.hi
      var verbs = 0
      while k < s.tokens.count && verbs < 4
        && (Self.linkingVerbs.contains(s.tokens[k].lower) || Self.appointmentVerbs.contains(s.tokens[k].lower)
          || Self.appointmentAdverbs.contains(s.tokens[k].lower)
          || Self.takingOverWords.contains(s.tokens[k].lower))
      {
        k += 1
        verbs += 1
      }
      // "Jane Doe is to head the Federation", "Jane Doe chairs Acme", "Jane Doe heads the
      // Mobile Payments Business of Acme" (a unit of it).
      if k + 1 < s.tokens.count, let role = lexicon.leadingVerbs[s.tokens[k].lower],
        let o = s.organization(at: k + 1) ?? organizationOfUnit(s, at: k + 1)
      {
        out.append(
          FoundRelation(
            subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: role,
            lo: person.lo, hi: s.found[o].hi, rule: "leading-verb", confidence: 0.75))
        continue
      }
      if verbs > 0, let (o, role, end) = roleOfOrganization(s, from: k) {
        out.append(
          FoundRelation(
            subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: role,
            lo: person.lo, hi: end, rule: "appointment", confidence: 0.8))
        continue
      }
      // "Jane Doe joined the board of Acme", "… sits on the board of Acme": a seat on its board.
      let seat =
        person.hi < s.tokens.count && ["sits", "sat", "serves", "served"].contains(s.tokens[person.hi].lower)
          && s.matches(["on"], at: person.hi + 1) ? person.hi + 1 : person.hi
      if person.hi < s.tokens.count,
        Self.joinVerbs.contains(s.tokens[person.hi].lower) || seat > person.hi,
        s.matches(["the", "board", "of"], at: seat + 1),
        let o = s.organization(at: seat + 4)
      {
        out.append(
          FoundRelation(
            subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: "board member",
            lo: person.lo, hi: s.found[o].hi, rule: "appointment", confidence: 0.75))
        continue
      }
      // "Jane Doe stepped down as president of Acme", "Jane Doe, who resigned as …": the post
      // she held.
      let leaving = s.matches([",", "who"], at: person.hi) ? person.hi + 2 : person.hi
      if let cue = Self.leavingCues.first(where: { s.matches($0, at: leaving) }),
        let (o, role, end) = roleOfOrganization(s, from: leaving + cue.count)
      {
        out.append(
          FoundRelation(
            subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: role,
            lo: person.lo, hi: end, rule: "appointment", confidence: 0.75))
        continue
      }
      // "Jane Doe joins Acme as CFO".
      if person.hi + 1 < s.tokens.count, Self.joinVerbs.contains(s.tokens[person.hi].lower),
        let o = s.organization(at: person.hi + 1)
      {
        var j = s.skippingAside(at: s.found[o].hi)
        // "joined Acme in 2015 as CFO", "… last year as …": when, before the post.
        var when = j
        while when < min(s.tokens.count, j + 4)
          && (Self.whenWords.contains(s.tokens[when].lower) || s.tokens[when].kind == .number
            || s.classes[when].contains(.monthOrWeekday))
        {
          when += 1
        }
        if when < s.tokens.count && s.tokens[when].lower == "as" { j = when }
        if j < s.tokens.count && s.tokens[j].lower == "as" {
          j += 1
          while j < s.tokens.count && ["its", "the", "a", "an", "new"].contains(s.tokens[j].lower) { j += 1 }
          if let role = s.role(startingAt: j) {
            out.append(
              FoundRelation(
                subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: role.title,
                lo: person.lo, hi: role.hi, rule: "appointment", confidence: 0.8))
          }
        }
      }
      // Active: "<Organization> (has) appointed|named <Person> (as) (its new) <title>".
      guard let active = activeAppointment(s, of: person), active.subjectEnd >= 0,
        let o = s.found(endingAt: active.subjectEnd + 1), s.found[o].type.isOrganization
      else { continue }
      out.append(
        FoundRelation(
          subject: person.key, predicate: .affiliatedWith, object: s.found[o].key, role: active.role.title,
          lo: s.found[o].lo, hi: active.role.hi, rule: "appointment", confidence: 0.8))
    }
  }
}
