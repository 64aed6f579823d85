import TiesModel

extension DocumentRecognizer {
  /// "the 8th CSIA General Assembly", "Halvorsen Holdings Investor Day 2025": an event whose
  /// name holds the name or the defined acronym of an organization the article names is
  /// organized by it. Marks `Found.organizer`; the relation patterns relate them.
  /// - Complexity: O(m + t·c) for m mentions, t tokens inside event names and c organization
  ///   names that start with the same word (small).
  func linkOrganizersInEventNames(_ analyses: inout [SentenceAnalysis]) {
    guard analyses.contains(where: { $0.found.contains { $0.type == .event } }) else { return }
    var byFirstWord: [String: [(words: [String], key: String)]] = [:]
    for s in analyses {
      for f in s.found where f.type.isOrganization && !f.isSynthetic {
        let words = s.tokens[f.lo..<f.hi].map(\.lower)
        guard let first = words.first else { continue }
        if !(byFirstWord[first]?.contains { $0.words == words } ?? false) {
          byFirstWord[first, default: []].append((words, f.key))
        }
        if let acronym = f.definedAcronym?.lowercased(), byFirstWord[acronym] == nil {
          byFirstWord[acronym] = [([acronym], f.key)]
        }
      }
    }
    guard !byFirstWord.isEmpty else { return }
    for n in analyses.indices {
      for e in analyses[n].found.indices where analyses[n].found[e].type == .event {
        let f = analyses[n].found[e]
        let words = analyses[n].tokens[f.lo..<f.hi].map(\.lower)
        search: for start in words.indices {
          for candidate in byFirstWord[words[start]] ?? []
          where start + candidate.words.count < words.count
            && Array(words[start..<(start + candidate.words.count)]) == candidate.words
          {
            analyses[n].found[e].organizer = candidate.key
            break search
          }
        }
      }
    }
  }

  /// "the 57th Annual General Meeting of the Air Carriers' Organization", "the 39th session of
  /// the Joint Business Council": a numbered event named only by ordinary words is named with
  /// the organization after "of", so that it is told apart from every other body's 57th
  /// meeting (its short mentions are merged into it afterwards).
  /// - Complexity: O(e) for e events.
  func nameGenericEventsAfterOrganizations(_ analyses: inout [SentenceAnalysis]) {
    for n in analyses.indices {
      for i in analyses[n].found.indices where analyses[n].found[i].type == .event {
        let f = analyses[n].found[i]
        guard f.ordinal != nil || f.year != nil, f.hi + 1 < analyses[n].tokens.count,
          analyses[n].tokens[f.hi].lower == "of", let o = analyses[n].organization(at: f.hi + 1),
          (f.lo..<f.hi).allSatisfy({ k in
            analyses[n].tokens[k].kind != .word || analyses[n].classes[k].contains(.englishWord)
          })
        else { continue }
        let end = analyses[n].found[o].hi
        analyses[n].found[i].name = analyses[n].text(f.lo, end)
        analyses[n].found[i].series = analyses[n].text(f.lo + 1, end)
        analyses[n].found[i].key = LocalKeys.event(
          ordinal: f.ordinal, series: analyses[n].found[i].series ?? f.name, year: f.year)
      }
    }
  }

  /// Words that may stand between an organization and the event word of its meeting.
  static let organizationEventModifiers: Set<String> = [
    "annual", "general", "biennial", "yearly", "international", "national", "global", "regional",
    "plenary", "extraordinary", "ordinary", "spring", "summer", "autumn", "fall", "winter", "business",
    "investment", "trade", "members", "flagship", "leadership", "ministerial", "founding", "inaugural",
  ]

  /// "the World Trade Forum annual meeting", "the National Retailers Federation convention": an
  /// organization's name and a lower-case event word after it name the organization's event,
  /// which the organization organized (`Found.organizer`).
  /// - Complexity: O(m) for m mentions.
  func eventsNamedByOrganization(_ analyses: inout [SentenceAnalysis]) {
    for n in analyses.indices {
      var added: [Found] = []
      for f in analyses[n].found where f.type.isOrganization && !f.isSynthetic {
        let tokens = analyses[n].tokens
        var k = f.hi
        while k < tokens.count && k < f.hi + 3 && Self.organizationEventModifiers.contains(tokens[k].lower) {
          k += 1
        }
        guard k < tokens.count, !tokens[k].isCapitalized, lexicon.eventHeads.contains(tokens[k].lower),
          k + 1 >= tokens.count || !tokens[k + 1].isCapitalized || tokens[k + 1].kind != .word
        else { continue }
        let name = analyses[n].text(f.lo, k + 1)
        var event = Found(
          lo: f.lo, hi: k + 1, type: .event, rule: "organization-event", confidence: 0.7, name: name,
          key: LocalKeys.event(ordinal: nil, series: name, year: nil), series: name)
        event.organizer = f.key
        added.append(event)
      }
      guard !added.isEmpty else { continue }
      analyses[n].found += added
      analyses[n].sortFound()
    }
  }
}
