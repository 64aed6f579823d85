import TiesModel

/// Lists set out as items under a line that introduces them: "Delegates include:" followed by
/// "- Jane Doe, CEO of Acme" lines. The people of every item attended the event the
/// introducing line names, or the article's event.
extension RelationExtractor {
  /// What the line before a list says of its items.
  struct ListContext: Sendable {
    /// Local key of the event the items' people attended.
    var event: String
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
  func listContext(openedBy s: SentenceAnalysis, mainEvent: String?) -> ListContext? {
    guard s.tokens.last?.text == ":", !s.isFuture,
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
      out.append(
        FoundRelation(
          subject: p.key, predicate: .attended, object: context.event, role: nil, lo: p.lo, hi: p.hi,
          rule: "attendance-list-item", confidence: 0.7))
    }
  }
}
