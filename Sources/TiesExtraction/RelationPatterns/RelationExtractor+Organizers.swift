import TiesModel

extension RelationExtractor {
  /// Organizers named around the event rather than by a host verb before "by": "Kestrel Trade
  /// (KT), which organises the fair, said", "organizers Posidonia Exhibitions SA said", "Acme,
  /// the organiser, said". `mainEvent` is the article's event when the sentence refers to it.
  /// - Complexity: O(n) for the n tokens of the sentence.
  func namedOrganizers(
    _ s: SentenceAnalysis, events: [Found], mainEvent: String?, into out: inout [FoundRelation]
  ) {
    // "Kestrel Trade (KT), which organises the fair, said": the organization before a
    // relative clause whose host verb has the event, or a reference to it, as its object.
    for k in s.tokens.indices where k >= 2 && k + 2 < s.tokens.count && s.tokens[k].lower == "which" {
      guard s.tokens[k - 1].text == ",", s.classes[k + 1].contains(.hostVerb),
        let event = events.first(where: { $0.lo >= k + 2 && $0.lo <= k + 3 })?.key
          ?? (mainEventReference(s).map { (k + 2...k + 4).contains($0) } == true ? mainEvent : nil)
      else { continue }
      var end = k - 1
      if s.tokens[end - 1].text == ")",
        let open = (max(0, end - 6)..<end).last(where: { s.tokens[$0].text == "(" })
      {
        end = open
      }
      guard let o = s.found(endingAt: end), s.found[o].type.isOrganization else { continue }
      out.append(organized(s.found[o], event, lo: s.found[o].lo, hi: k + 2, rule: "which-hosts"))
    }
    // "organizers Posidonia Exhibitions SA said", "Acme, the organiser, said".
    if let event = events.first?.key ?? mainEvent {
      for k in s.tokens.indices
      where ["organizers", "organisers", "organizer", "organiser"].contains(s.tokens[k].lower) {
        if let o = s.organization(at: k + 1) {
          out.append(organized(s.found[o], event, lo: k, hi: s.found[o].hi, rule: "named-organizer"))
        } else if k >= 3, s.tokens[k - 1].lower == "the", s.tokens[k - 2].text == ",",
          let o = s.found(endingAt: k - 2), s.found[o].type.isOrganization
        {
          out.append(organized(s.found[o], event, lo: s.found[o].lo, hi: k + 1, rule: "named-organizer"))
        }
      }
    }
  }
}
