import TiesModel

extension RelationExtractor {
  /// Organized, attended and held_in in one sentence.
  func events(_ s: SentenceAnalysis, mainEvent: String?, into out: inout [FoundRelation]) {
    // Nothing to relate without an event, a reference to one, or a person to attend one.
    guard mainEvent != nil || s.found.contains(where: { $0.type == .event }) else { return }
    let events = s.found.filter { $0.type == .event }
    var reference = s.isFuture ? nil : mainEventReference(s)
    // "The mission was organised by …" in an article about the fair the mission went to: a
    // journey is the article's event only when the event is named as one.
    if let k = reference, Self.journeyWords.contains(s.tokens[k].lower),
      !(mainEvent.map { TextSearch.words($0).contains(s.tokens[k].lower) } ?? false)
    {
      reference = nil
    }
    organizers(s, events: events, mainEvent: reference != nil ? mainEvent : nil, into: &out)
    attendance(s, events: events, mainEvent: mainEvent, into: &out)
    venues(s, events: events, articleEvent: s.isFuture ? nil : mainEvent, referenceAt: reference, into: &out)
  }

  /// "the meeting", "the conference", "this year's forum", "the two-day event": the position of
  /// the head word of a reference to the article's main event.
  func mainEventReference(_ s: SentenceAnalysis) -> Int? {
    // "the forum", and "the Forum" alone (a capitalized event word that names nothing more).
    for k in s.tokens.indices where s.classes[k].contains(.eventReference) {
      if s.tokens[k].isCapitalized && k + 1 < s.tokens.count && s.tokens[k + 1].isCapitalized { continue }
      if s.found.contains(where: { $0.type == .event && $0.lo <= k && k < $0.hi }) { continue }
      for back in 1...3 where k - back >= 0 {
        let w = s.tokens[k - back].lower
        if Self.otherOccasionWords.contains(w) || s.tokens[k - back].kind == .ordinal {
          break
        }
        if ["the", "this", "that", "its", "their", "our"].contains(w) { return k }
        if s.tokens[k - back].kind == .punct { break }
      }
    }
    return nil
  }

  /// In an article with no main event (its event named only after the opening sentences),
  /// the event a reference refers to: "Speakers at the meeting included …" after "… at the
  /// association's 58th Annual General Meeting": the latest of `named` (the keys of the events
  /// named before the sentence, in order) whose name holds the reference's head word, or the
  /// latest of all for "the event", "the gathering", "the occasion".
  /// - Complexity: O(sentence + named events).
  func earlierEvent(referredToIn s: SentenceAnalysis, among named: [NamedEvent]) -> String? {
    guard !named.isEmpty, !s.isFuture, let k = mainEventReference(s) else { return nil }
    let head = s.tokens[k].lower
    if ["event", "gathering", "occasion"].contains(head) { return named.last?.key }
    return named.last { $0.words.contains(head) }?.key
  }

  /// An event an article named, with the words of its key.
  struct NamedEvent {
    var key: String
    var words: Set<String>
  }

  private func organizers(
    _ s: SentenceAnalysis, events: [Found], mainEvent: String?, into out: inout [FoundRelation]
  ) {
    for e in events {
      // "the 8th CSIA General Assembly": the organization the event's name holds.
      if let organizer = e.organizer {
        out.append(
          FoundRelation(
            subject: organizer, predicate: .organized, object: e.key, role: nil, lo: e.lo, hi: e.hi,
            rule: "organizer-in-name", confidence: 0.75))
      }
      // "the Chamber's 181st Annual General Meeting".
      if e.lo >= 2, s.tokens[e.lo - 1].kind == .possessive, let o = s.found(endingAt: e.lo - 1),
        s.found[o].type.isOrganization
      {
        out.append(organized(s.found[o], e.key, lo: s.found[o].lo, hi: e.hi, rule: "possessive-event"))
      }
      // "the 57th Annual General Meeting of the Air Carriers' Organization".
      let after = s.skippingAside(at: e.hi)
      if after + 1 < s.tokens.count, s.tokens[after].lower == "of", let o = s.organization(at: after + 1) {
        out.append(organized(s.found[o], e.key, lo: e.lo, hi: s.found[o].hi, rule: "event-of-organization"))
      }
      // "The Manufacturers Association … has scheduled its 46th Annual General Meeting".
      if e.lo >= 1, ["its", "their"].contains(s.tokens[e.lo - 1].lower),
        let o = s.found.lastIndex(where: { $0.hi <= e.lo && $0.type.isOrganization && !$0.isSynthetic }),
        !isRoleObject(s, s.found[o])
      {
        out.append(organized(s.found[o], e.key, lo: s.found[o].lo, hi: e.hi, rule: "its-event"))
      }
    }
    namedOrganizers(s, events: events, mainEvent: mainEvent, into: &out)
    for v in s.tokens.indices where s.classes[v].contains(.hostVerb) {
      let passive = v > 0 && RelationExtractor.passiveMarkers.contains(s.tokens[v - 1].lower)
      // "hosted by", "organised jointly by", "organized each year by", "hosted and co-chaired by".
      var by = v + 1
      while by < min(v + 3, s.tokens.count), Self.adverbsBeforeBy.contains(s.tokens[by].lower) { by += 1 }
      let byPassive =
        (by < s.tokens.count && s.tokens[by].lower == "by")
        || (v + 3 < s.tokens.count && s.tokens[v + 1].lower == "and" && s.tokens[v + 3].lower == "by"
          && s.tokens[v + 2].lower.hasSuffix("ed"))
      let byAt = by < s.tokens.count && s.tokens[by].lower == "by" ? by + 1 : v + 4
      if byPassive {
        // "opened by Central Bank Governor Jane Doe": an organization before a title is the
        // person's, not a host.
        var hosts = s.organizationList(from: byAt).filter { s.role(startingAt: s.found[$0].hi) == nil }
        // "… hosted by A together with B".
        if let last = hosts.last {
          let k = s.skippingAside(at: s.found[last].hi)  // "… Industry (JCCI) together with …"
          if let cue = RelationExtractor.coHostCues.first(where: { s.matches($0, at: k) }) {
            hosts += s.organizationList(from: k + cue.count)
          }
        }
        // "Organised by X and Y, the forum …": the event right after the hosts and a comma;
        // else "… hosted by X, Y and Z": the nearest one before, or the main event.
        let target =
          eventAfterComma(s, events: events, at: hosts.last.map { s.skippingAside(at: s.found[$0].hi) })
          ?? events.last(where: { $0.hi <= v })?.key ?? mainEvent
        guard let event = target else { continue }
        for o in hosts {
          out.append(
            organized(s.found[o], event, lo: min(s.found[o].lo, v), hi: s.found[o].hi, rule: "hosted-by"))
        }
        continue
      }
      if passive { continue }
      // Active: "X and Y co-hosted the 57th …", "X said it held the 32nd … with Y".
      guard let event = events.first(where: { $0.lo > v && $0.lo <= v + 4 }) ?? nil else {
        continue
      }
      for o in s.found.indices where s.found[o].hi <= v && s.found[o].type.isOrganization {
        // "Kenyan Trade Minister Jane Doe opened the summit": the government of a title before
        // a name is the person's, not a host.
        guard !isRoleObject(s, s.found[o]), s.person(at: s.found[o].hi) == nil else { continue }
        out.append(organized(s.found[o], event.key, lo: s.found[o].lo, hi: event.hi, rule: "host-verb"))
      }
      // Co-hosts named after the event.
      var k = event.hi
      while k < s.tokens.count {
        if events.contains(where: { $0.lo == k }) { break }
        if ["along", "together", "jointly", "in", "with"].contains(s.tokens[k].lower),
          let cue = RelationExtractor.coHostCues.first(where: { s.matches($0, at: k) })
        {
          for o in s.organizationList(from: k + cue.count) {
            out.append(organized(s.found[o], event.key, lo: event.lo, hi: s.found[o].hi, rule: "co-host"))
          }
          k += cue.count
        }
        k += 1
      }
    }
  }

  /// "At the start of the meeting, …", "during the 5th Grain Summit, …", "on the sidelines of the
  /// forum": the sentence tells what happened at the article's event or a named one.
  func atTheEvent(_ s: SentenceAnalysis, events: [Found]) -> Bool {
    guard !s.isFuture else { return false }
    let positions = events.map(\.lo) + (mainEventReference(s).map { [$0] } ?? [])
    return positions.contains { at in
      (max(0, at - 6)..<at).contains { ["at", "during", "sidelines"].contains(s.tokens[$0].lower) }
        && (max(0, at - 6)..<at).allSatisfy { s.tokens[$0].text != "," }
    }
  }

  /// "who has chaired the association since 2021", "led Acme for a decade": a verb of leading
  /// whose object is an organization tells a post, not a presence.
  func leadsAnOrganization(_ s: SentenceAnalysis, verbAt k: Int) -> Bool {
    guard
      ["chaired", "led", "headed", "co-chaired", "co-led", "chairs", "leads", "heads"].contains(
        s.tokens[k].lower)
    else { return false }
    var j = k + 1
    while j < s.tokens.count && ["the", "its", "their", "his", "her"].contains(s.tokens[j].lower) { j += 1 }
    guard j < s.tokens.count else { return false }
    if s.organization(at: j) != nil { return true }
    return !s.tokens[j].isCapitalized && lexicon.organizationHeads[s.tokens[j].lower] != nil
  }

  /// The event named right after a comma at `k` (through "the"): "Organised by X, the forum …".
  private func eventAfterComma(_ s: SentenceAnalysis, events: [Found], at k0: Int?) -> String? {
    guard var k = k0, k < s.tokens.count, s.tokens[k].text == "," else { return nil }
    k += 1
    while k < s.tokens.count && s.tokens[k].lower == "the" { k += 1 }
    return events.first(where: { $0.lo == k })?.key
  }

  /// An organization named inside a title phrase ("chairman of X") is not a subject.
  func isRoleObject(_ s: SentenceAnalysis, _ f: Found) -> Bool {
    var k = f.lo - 1
    while k >= 0 && s.tokens[k].lower == "the" { k -= 1 }
    guard k >= 0 else { return false }
    let w = s.tokens[k].lower
    if w == "of" || w == "at" || w == "from" || w == "for" { return true }
    return s.role(startingAt: f.hi) != nil
  }

  func organized(_ o: Found, _ event: String, lo: Int, hi: Int, rule: String) -> FoundRelation {
    FoundRelation(
      subject: o.key, predicate: .organized, object: event, role: nil, lo: lo, hi: hi, rule: rule,
      confidence: 0.8)
  }

  private func attendance(
    _ s: SentenceAnalysis, events: [Found], mainEvent: String?, into out: inout [FoundRelation]
  ) {
    // "Nelson Mandela's grandson", "representing King Abdullah II", "on behalf of Governor
    // Jane Doe": named, not present; "at the invitation of Premier Li Wen to attend …": the
    // host, not the guest (a title before the name is skipped).
    let people = s.found.filter { p in
      let lo = s.role(endingAt: p.lo)?.lo ?? p.lo
      return p.type == .person && !p.isSynthetic
        && (p.hi >= s.tokens.count || s.tokens[p.hi].kind != .possessive)
        && !(lo >= 1 && ["representing", "represented", "on", "behalf"].contains(s.tokens[lo - 1].lower))
        && !(lo >= 2 && ["representing", "behalf"].contains(s.tokens[lo - 2].lower))
        // "… of Latvian Premier X": a nationality may stand before the title.
        && !(2...3).contains {
          lo >= $0 && s.tokens[lo - $0].lower == "invitation" && s.tokens[lo - $0 + 1].lower == "of"
        }
    }
    guard !people.isEmpty else { return }
    // An announced event is attended too: "… are scheduled to speak at next week's convention".
    let target = events.first?.key ?? mainEvent
    guard let event = target else { return }
    var attendees: [Found] = []
    var rule = ""
    for k in s.tokens.indices where s.classes[k].contains(.attendanceCue) {
      if let cue = RelationExtractor.attendanceListCues.first(where: { s.matches($0, at: k) }) {
        attendees += people.filter { $0.lo >= k + cue.count }
        // "X was joined by Y": both were there.
        if cue == ["joined", "by"] { attendees += people.filter { $0.hi <= k } }
        rule = "attendance-list"
        continue
      }
      if RelationExtractor.attendanceVerbs.contains(where: { s.matches($0, at: k) }),
        k + 1 >= s.tokens.count || s.tokens[k + 1].lower != "by", !leadsAnOrganization(s, verbAt: k)
      {
        attendees += people.filter { $0.hi <= k }
        // "Jane Doe opened the week together with John Roe": he was there too.
        if let with = (k + 1..<s.tokens.count).first(where: { j in
          Self.togetherWithCues.contains { s.matches($0, at: j) }
        }) {
          attendees += people.filter { $0.lo > with }
        }
        rule = rule.isEmpty ? "attendance-verb" : rule
      }
    }
    // "Members of the team include …", "The delegation will include …": a participant noun,
    // then a verb that lists.
    for k in s.tokens.indices where Self.listingVerbs.contains(s.tokens[k].lower) {
      let nounBefore = (max(0, k - 4)..<k).contains {
        Self.participantNouns.contains(s.tokens[$0].lower)
          || ["team", "members"].contains(s.tokens[$0].lower)
      }
      if nounBefore {
        attendees += people.filter { $0.lo > k }
        rule = rule.isEmpty ? "participants-listed" : rule
      }
    }
    // "…, Kim said at the roundtable": speaking at the article's event.
    let speaksAtEvent =
      s.tokens.indices.contains { k in
        // The class bit first: it rules out nearly every position without a string compare.
        k + 2 < s.tokens.count && s.classes[k + 2].contains(.eventHead) && !s.tokens[k + 2].isCapitalized
          && s.tokens[k].lower == "at" && s.tokens[k + 1].lower == "the"
      } || atTheEvent(s, events: events)
    // "With X moderating, panelists included …", "… delivered opening remarks": everyone the
    // sentence names took part, also those outside a list cue's reach.
    if speaksAtEvent || s.classes.contains(where: { $0.contains(.participation) }) {
      if attendees.isEmpty { rule = "participation" }
      attendees += people
    }
    // "Jane Doe won the Lifetime Achievement Award": who wins or receives an award at the
    // article's event was there (not at an announced one).
    if attendees.isEmpty, !s.isFuture,
      let verb = s.tokens.indices.first(where: { Self.awardVerbs.contains(s.tokens[$0].lower) }),
      (verb + 1..<min(s.tokens.count, verb + 9)).contains(where: {
        Self.awardNouns.contains(s.tokens[$0].lower)
      }),
      let winner = people.last(where: { $0.hi <= verb && $0.hi + 3 >= verb })
    {
      attendees = [winner]
      rule = "award-winner"
    }
    // "Kim Byong-joon said …": the people quoted in a sentence about the article's event (not
    // an announced one, not another named event).
    if attendees.isEmpty, !s.isFuture, events.isEmpty,
      let verb = s.tokens.firstIndex(where: { RelationExtractor.speechVerbs.contains($0.lower) }),
      // "'… thanks to King X,' he added": the speaker is the pronoun, not a name quoted.
      verb == 0 || !["he", "she", "they", "we", "i"].contains(s.tokens[verb - 1].lower),
      // "At the last summit, X said …": spoken at another of the series.
      !s.tokens.indices.contains(where: { k in
        k >= 1 && s.classes[k].contains(.eventReference) && !s.tokens[k].isCapitalized
          && Self.otherOccasionWords.contains(s.tokens[k - 1].lower)
      })
    {
      let speaker = people.last(where: { $0.hi <= verb }) ?? people.first(where: { $0.lo == verb + 1 })
      if let speaker {
        attendees = [speaker]
        rule = "quoted-speaker"
      }
    }
    var seen = Set<String>()
    for p in attendees where seen.insert(p.key).inserted {
      out.append(
        FoundRelation(
          subject: p.key, predicate: .attended, object: event, role: nil, lo: p.lo, hi: p.hi, rule: rule,
          confidence: 0.75))
    }
  }

  /// `articleEvent` is the article's event (nil in a sentence about the future); `referenceAt`
  /// where the sentence refers to it ("the meeting"), if it does.
  private func venues(
    _ s: SentenceAnalysis, events: [Found], articleEvent: String?, referenceAt: Int?,
    into out: inout [FoundRelation]
  ) {
    let mainEvent = referenceAt != nil ? articleEvent : nil
    // "the China Import Expo (CIIE) in Shanghai": past the event's short form.
    var anchors: [(key: String, at: Int)] = events.map { ($0.key, s.skippingAside(at: $0.hi)) }
    if let mainEvent, let at = referenceAt { anchors.append((mainEvent, at + 1)) }
    if anchors.isEmpty, let mainEvent, s.index <= 3,
      let g = s.tokens.firstIndex(where: { $0.lower == "gathered" })
    {
      anchors.append((mainEvent, g + 1))
    }
    // "It took place at …", "It was held in …": the article's event.
    if anchors.isEmpty, let articleEvent, s.tokens.first?.lower == "it", s.tokens.count > 2,
      ["took", "was", "opened", "ran"].contains(s.tokens[1].lower)
    {
      anchors.append((articleEvent, 2))
    }
    // A headline that says where people met: "chamber chiefs meet in Busan" locates the
    // article's event.
    if anchors.isEmpty, let articleEvent, s.isHeadline,
      let at = s.tokens.indices.first(where: { i in
        s.tokens[i].lower == "in"
          && (max(0, i - 3)..<i).contains { Self.meetingVerbs.contains(s.tokens[$0].lower) }
      })
    {
      anchors.append((articleEvent, at))
    }
    anchors.sort { $0.at < $1.at }
    // "led a team to Kinshasa for the Business Council Summit": a trip to a place for an event.
    for e in events where e.lo >= 4 {
      var k = e.lo - 1
      if s.tokens[k].lower == "the" { k -= 1 }
      guard k >= 2, s.tokens[k].lower == "for", let place = s.found(endingAt: k),
        s.found[place].type == .place,
        s.found[place].lo >= 1, s.tokens[s.found[place].lo - 1].lower == "to"
      else { continue }
      out.append(
        FoundRelation(
          subject: e.key, predicate: .heldIn, object: s.found[place].key, role: nil,
          lo: s.found[place].lo - 1,
          hi: e.hi, rule: "trip-for-event", confidence: 0.7))
    }
    // "its 40th annual Kestrel trade mission to Washington": a journey takes place where it goes.
    for e in events
    where e.hi + 1 < s.tokens.count && Self.journeyWords.contains(s.tokens[e.hi - 1].lower)
      && s.tokens[e.hi].lower == "to"
    {
      let k = s.tokens[e.hi + 1].lower == "the" ? e.hi + 2 : e.hi + 1
      guard let place = s.found(startingAt: k), s.found[place].type == .place else { continue }
      out.append(
        FoundRelation(
          subject: e.key, predicate: .heldIn, object: s.found[place].key, role: nil, lo: e.lo,
          hi: s.found[place].hi, rule: "journey-destination", confidence: 0.7))
    }
    let hasCue = s.classes.contains { $0.contains(.holdingCue) }
    // "the Kestrel Fair in Munich and a business forum in Hamburg": an event unnamed, with its
    // own place, ends the places of the event before it.
    let unnamed =
      anchors.isEmpty
      ? []
      : s.tokens.indices.filter { k in
        k >= 1 && k + 1 < s.tokens.count && s.classes[k].contains(.eventHead) && !s.tokens[k].isCapitalized
          && ["in", "at"].contains(s.tokens[k + 1].lower)
          && (max(0, k - 3)..<k).contains { ["a", "an"].contains(s.tokens[$0].lower) }
          && !s.found.contains { $0.lo <= k && k < $0.hi }
      }
    for (n, anchor) in anchors.enumerated() {
      let next = n + 1 < anchors.count ? anchors[n + 1].at : s.tokens.count
      let limit = min(next, unnamed.first { $0 > anchor.at } ?? next)
      let directlyIn = anchor.at < s.tokens.count && ["in", "at"].contains(s.tokens[anchor.at].lower)
      guard hasCue || directlyIn else { continue }
      var chainEnd: Int?
      for place in s.found where place.type == .place && place.lo >= anchor.at && place.lo < limit {
        var k = place.lo - 1
        while k >= anchor.at && RelationExtractor.directionWords.contains(s.tokens[k].lower) { k -= 1 }
        guard k >= anchor.at else { continue }
        let prep = s.tokens[k].lower
        let linked = prep == "at" || prep == "in" || ((prep == "," || prep == "'s") && chainEnd == k)
        guard linked else { continue }
        out.append(
          FoundRelation(
            subject: anchor.key, predicate: .heldIn, object: place.key, role: nil,
            lo: min(anchor.at, place.lo),
            hi: place.hi, rule: "venue", confidence: 0.8))
        chainEnd = place.hi
      }
    }
  }
}
