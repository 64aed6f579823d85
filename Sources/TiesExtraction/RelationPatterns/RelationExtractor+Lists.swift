import TiesModel

/// Lists set out as items under a line that introduces them: "Delegates include:" followed by
/// "- Jane Doe, CEO of Acme" lines. The people of every item attended the event the
/// introducing line names, or the article's event; under "The following were elected to the
/// Board of the Chamber:" they hold a post in that organization.
extension RelationExtractor {
  /// What the line before a list says of its items.
  struct ListContext: Sendable {
    /// Local key of the event the items' people attended.
    var event: String?
    /// Local key of the organization the items' people were elected or appointed to, and the
    /// post ("board member" for a board).
    var organization: String? = nil
    var role: String? = nil
  }

  /// Nouns for the people taking part in an event.
  static let participantNouns: Set<String> = [
    "delegates", "delegation", "speakers", "participants", "attendees", "panelists", "panellists", "guests",
    "representatives", "dignitaries", "leaders", "ceos", "executives", "officials", "ministers",
    "presenters", "moderators", "winners", "awardees", "honorees", "honourees", "discussants",
  ]

  /// Bullet marks that open a list item.
  static let bullets: Set<String> = ["-", "\u{2022}", "*", "\u{2013}", "\u{00B7}", "\u{25AA}", "\u{25CF}"]

  /// Whether the sentence is an item of a list ("- Jane Doe, CEO of Acme").
  func isListItem(_ s: SentenceAnalysis) -> Bool {
    guard let first = s.tokens.first else { return false }
    return first.kind == .punct && Self.bullets.contains(first.text)
  }

  /// The context a sentence opens for the list items after it: one that ends in ":" and
  /// speaks of participants ("High-level delegates include:", "The speakers were:"), about an
  /// event it names or the article's event, not a future one.
  func listContext(openedBy s: SentenceAnalysis, mainEvent: String?, mainOrganization: String?)
    -> ListContext?
  {
    guard s.tokens.last?.text == ":" else { return nil }
    // "The newly elected Governors are:", "The 2019 Supervisors will be:": a plural title that
    // is no word for participants; the organization named, or the article's organization.
    if let role = s.roles.first(where: {
      $0.isPlural && !Self.participantNouns.contains(s.tokens[$0.lo].lower)
    }),
      role.title != "member",
      let organization = s.found.last(where: { $0.type.isOrganization && !$0.isSynthetic })?.key
        ?? mainOrganization
    {
      return ListContext(event: nil, organization: organization, role: role.title)
    }
    // "The following were re-elected to the Board of the Chamber:".
    if s.tokens.contains(where: { Self.appointmentVerbs.contains($0.lower) }),
      let o = s.found.last(where: { $0.type.isOrganization && !$0.isSynthetic })
    {
      let board = s.tokens.contains { $0.lower == "board" }
      return ListContext(event: nil, organization: o.key, role: board ? "board member" : nil)
    }
    guard !s.isFuture,
      s.tokens.contains(where: { Self.participantNouns.contains($0.lower) })
    else { return nil }
    let named = s.found.first { $0.type == .event && !$0.isFuture }?.key
    guard let event = named ?? mainEvent else { return nil }
    return ListContext(event: event)
  }

  /// The attendance of the people of a list item.
  func listItemAttendance(_ s: SentenceAnalysis, context: ListContext, into out: inout [FoundRelation]) {
    var seen = Set<String>()
    for p in s.found where p.type == .person && !p.isSynthetic && seen.insert(p.key).inserted {
      if let event = context.event {
        out.append(
          FoundRelation(
            subject: p.key, predicate: .attended, object: event, role: nil, lo: p.lo, hi: p.hi,
            rule: "attendance-list-item", confidence: 0.7))
      }
      if let organization = context.organization {
        out.append(
          FoundRelation(
            subject: p.key, predicate: .affiliatedWith, object: organization, role: context.role, lo: p.lo,
            hi: p.hi, rule: "appointment-list-item", confidence: 0.7))
      }
    }
  }
}
