import TiesModel

extension DocumentRecognizer {
  /// "the minister", "the chairman": a title after "the", in lower case and followed by no
  /// name, refers to the one person the article gave that title ("Trade Minister Jane Doe",
  /// "Jane Doe, the minister of …"); it becomes a mention of that person, so the relation
  /// patterns of its sentence reach her.
  /// - Complexity: O(m + r) for m mentions and r titles in the article.
  func linkTitleReferences(_ analyses: inout [SentenceAnalysis]) {
    var holders: [String: Set<String>] = [:]
    var names: [String: String] = [:]
    for s in analyses {
      for role in s.roles {
        // "Trade Minister Jane Doe" is "the trade minister" and "the minister".
        let titles = Set([role.title, role.title.split(separator: " ").last.map(String.init) ?? role.title])
        if let p = s.person(at: role.hi) {
          for title in titles { holders[title, default: []].insert(s.found[p].key) }
          names[s.found[p].key] = s.found[p].name
        }
        // "Jane Doe, the minister …".
        var before = role.lo - 1
        while before >= 0 && ["the", "a", "an"].contains(s.tokens[before].lower) { before -= 1 }
        if before >= 1, s.tokens[before].text == ",", let p = s.found(endingAt: before),
          s.found[p].type == .person
        {
          holders[role.title, default: []].insert(s.found[p].key)
          names[s.found[p].key] = s.found[p].name
        }
      }
    }
    guard !holders.isEmpty else { return }
    for n in analyses.indices {
      var added: [Found] = []
      for role in analyses[n].roles where !role.isCapitalized && !role.isPlural && role.lo >= 1 {
        let tokens = analyses[n].tokens
        guard tokens[role.lo - 1].lower == "the",
          role.hi >= tokens.count || (!tokens[role.hi].isCapitalized && tokens[role.hi].lower != "of"),
          analyses[n].found(startingAt: role.lo) == nil,
          let keys = holders[role.title], keys.count == 1, let key = keys.first, let name = names[key]
        else { continue }
        added.append(
          Found(
            lo: role.lo, hi: role.hi, type: .person, rule: "title-reference", confidence: 0.6, name: name,
            key: key))
      }
      guard !added.isEmpty else { continue }
      analyses[n].found += added
      analyses[n].sortFound()
    }
  }
}

extension DocumentRecognizer {
  /// A name one sentence left untyped, which another sentence of the article typed from its
  /// context ("Afreximbank President Jane Doe"), is the same organization there too ("…
  /// organised by the Chamber in partnership with Afreximbank"): one name, one thing per
  /// article. Only organizations, and only names no other sentence typed otherwise.
  /// - Complexity: O(m + u) for m mentions and u untyped spans in the article.
  func linkRepeatedNames(_ analyses: inout [SentenceAnalysis]) {
    guard analyses.contains(where: { !$0.untyped.isEmpty }) else { return }
    var owner: [String: (type: EntityType, key: String)] = [:]
    var shared = Set<String>()  // two things by one name, or a name of no organization
    for s in analyses {
      for f in s.found where !f.isSynthetic && f.type != .event && f.type != .place {
        let name = s.text(f.lo, f.hi)
        if !f.type.isOrganization || (owner[name].map { $0.key != f.key } ?? false) {
          shared.insert(name)
        } else {
          owner[name] = (f.type, f.key)
        }
      }
    }
    for name in shared { owner[name] = nil }
    guard !owner.isEmpty else { return }
    for n in analyses.indices where !analyses[n].untyped.isEmpty {
      var remaining: [Range<Int>] = []
      var added = false
      for span in analyses[n].untyped {
        let name = analyses[n].text(span.lowerBound, span.upperBound)
        guard let (type, key) = owner[name] else {
          remaining.append(span)
          continue
        }
        analyses[n].found.append(
          Found(
            lo: span.lowerBound, hi: span.upperBound, type: type, rule: "repeated-name", confidence: 0.6,
            name: name, key: key))
        added = true
      }
      guard added else { continue }
      analyses[n].untyped = remaining
      analyses[n].sortFound()
    }
  }

  /// "… owners at Posidonia" in a headline, then "Posidonia 2026, the international shipping
  /// exhibition": a one-word name typed from its context alone that is the name of a gathering
  /// the article describes (`MentionRecognizer.eventDescribedAfter`) is that gathering.
  /// - Complexity: O(f) for the f found spans of the article.
  func linkDescribedEventNames(_ analyses: inout [SentenceAnalysis]) {
    var events: [String: (key: String, name: String)] = [:]
    for s in analyses {
      for f in s.found where f.rule == "event-apposition" {
        if let series = f.series { events[series] = (f.key, f.name) }
      }
    }
    guard !events.isEmpty else { return }
    for n in analyses.indices {
      for i in analyses[n].found.indices
      where analyses[n].found[i].hi - analyses[n].found[i].lo == 1
        && Self.contextRules.contains(analyses[n].found[i].rule)
      {
        guard let event = events[analyses[n].found[i].name] else { continue }
        analyses[n].found[i].type = .event
        analyses[n].found[i].key = event.key
        analyses[n].found[i].series = analyses[n].found[i].name
      }
    }
  }
}

extension DocumentRecognizer {
  /// "Tarvexport, the Tarvik Export Promotion Board, …", then "chief executive of Tarvexport":
  /// a name the article set beside a body's full name (`MentionRecognizer.appositeBody`) names
  /// that body wherever the article types it as an organization.
  /// - Complexity: O(m) for m mentions in the article.
  func linkAppositeNames(_ analyses: inout [SentenceAnalysis]) {
    var bodies: [String: (key: String, type: EntityType)] = [:]
    for s in analyses {
      for f in s.found where f.rule == "apposite-name" { bodies[f.name] = (f.key, f.type) }
    }
    guard !bodies.isEmpty else { return }
    for n in analyses.indices {
      for i in analyses[n].found.indices
      where analyses[n].found[i].type.isOrganization && !analyses[n].found[i].isSynthetic {
        guard let body = bodies[analyses[n].found[i].name] else { continue }
        analyses[n].found[i].key = body.key
        analyses[n].found[i].type = body.type
      }
    }
  }

  /// "head of KESCO's India business" and "KESCO Maharashtra Steel will supply …": a one-word
  /// name typed an association from its context alone ("organization-context") that opens the
  /// name of a company of the same article names that company's group, a company.
  /// - Complexity: O(f) for the f found spans of the article.
  func typeGroupsOfCompanies(_ analyses: inout [SentenceAnalysis]) {
    // Read in place, by index: copying every `Found` retains its strings.
    var openingWords = Set<String>()
    for n in analyses.indices {
      let found = analyses[n].found
      for i in found.indices
      where found[i].type == .company && found[i].hi - found[i].lo >= 2 && !found[i].isSynthetic {
        openingWords.insert(analyses[n].tokens[found[i].lo].text)
      }
    }
    guard !openingWords.isEmpty else { return }
    for n in analyses.indices {
      for i in analyses[n].found.indices
      where analyses[n].found[i].type == .association
        && analyses[n].found[i].hi - analyses[n].found[i].lo == 1
        && analyses[n].found[i].rule == "organization-context"
        && openingWords.contains(analyses[n].tokens[analyses[n].found[i].lo].text)
      {
        analyses[n].found[i].type = .company
      }
    }
  }
}
