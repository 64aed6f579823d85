import TiesModel

/// Who an organization appoints, and to what: "Acme named Jane Doe as its new chairman".
extension RelationExtractor {
  /// "… (has) appointed|named <Person> (as) (its new) <title>": the last token of what stands
  /// before the verb as its subject (-1 when nothing does), and the title given. Nil when the
  /// person is not so appointed.
  /// - Complexity: O(k) for the k tokens looked at around the person.
  func activeAppointment(_ s: SentenceAnalysis, of person: Found) -> (subjectEnd: Int, role: RoleSpan)? {
    var verb = person.lo - 1
    // "re-elected Dr. Jane Doe": a style between the verb and the name; "elected copper
    // executive Jane Doe", "named former banker Jane Doe": a few lower-case words saying who,
    // and where from ("former BHP executive").
    var descriptors = 0
    while verb > 0 && !Self.appointmentVerbs.contains(s.tokens[verb].lower) {
      let t = s.tokens[verb]
      if PersonStyles.beforeByFirstWord[t.lower] != nil || t.lower == "the" {
        verb -= 1
      } else if descriptors < 4, t.kind == .word, !t.isCapitalized, !Self.clauseWords.contains(t.lower) {
        descriptors += 1
        verb -= 1
      } else if descriptors < 4, let f = s.found(endingAt: verb + 1), s.found[f].type.isOrganization {
        // "named former Goldman Sachs banker Jane Doe": where the appointee comes from.
        descriptors += 1
        verb = s.found[f].lo - 1
      } else if descriptors < 4, t.kind == .word, t.isAllCaps, t.text.count >= 2 {
        descriptors += 1  // "former BHP executive Jane Doe"
        verb -= 1
      } else {
        break
      }
    }
    if descriptors == 0, let earlier = earlierAppointee(s, before: verb) {
      // "elected Jane Doe as chairman, John Roe as vice-chair and Ann Poe as treasurer".
      guard let subjectEnd = activeAppointment(s, of: earlier)?.subjectEnd,
        let role = s.postAfterAs(at: person.hi)
      else { return nil }
      return (subjectEnd, role)
    }
    guard verb >= 1, Self.appointmentVerbs.contains(s.tokens[verb].lower) else { return nil }
    var back = verb - 1
    while back >= 0 {
      // "The Association (KBA) on Friday elected …": an acronym aside and a day before the verb.
      if ["has", "have", "had", "today", "recently", "officially", "formally", "yesterday", "also"].contains(
        s.tokens[back].lower) || s.classes[back].contains(.monthOrWeekday)
        || (s.tokens[back].lower == "on" && back + 1 < verb
          && s.classes[back + 1].contains(.monthOrWeekday))
      {
        back -= 1
      } else if s.tokens[back].text == ")", back >= 2, s.tokens[back - 2].text == "(" {
        back -= 3
      } else {
        break
      }
    }
    var j = person.hi
    if j < s.tokens.count && s.tokens[j].text == "," { j += 1 }
    // "… elected Jane Doe, managing director of Acme, as its new chairperson": past an
    // apposition to its closing comma.
    if j < s.tokens.count && s.tokens[j].lower != "as",
      let close = (j..<min(s.tokens.count - 1, j + 12)).first(where: { s.tokens[$0].text == "," }),
      s.tokens[close + 1].lower == "as"
    {
      j = close + 1
    }
    if j < s.tokens.count && s.tokens[j].lower == "as" { j += 1 }
    guard let role = s.role(startingAt: s.pastWordsBeforePost(j)) else { return nil }
    return (back, role)
  }

  /// In a list of appointees each given a post ("Jane Doe as chairman, John Roe as …"), the
  /// appointee before the comma or "and" at `joint`: a person, "as", a title, then the joint.
  /// - Complexity: O(f + r) for the f found spans and r titles of the sentence.
  private func earlierAppointee(_ s: SentenceAnalysis, before joint: Int) -> Found? {
    guard let k = s.asOfPostInList(before: joint + 1), let p = s.found(endingAt: k),
      s.found[p].type == .person
    else { return nil }
    return s.found[p]
  }

}
