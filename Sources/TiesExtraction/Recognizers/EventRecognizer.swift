import TiesModel

/// Finds named events: an ordinal or a year before a name that ends in an event word
/// ("the 57th Korea-Japan Business Conference", "the 14th Korea-Japan chambers of commerce
/// chairpersons' meeting", "the 2025 World Expo"), or a year after it ("World Expo 2025",
/// "Battery Show Europe 2026").
/// - Complexity: O(n·w) for n tokens and a look-ahead of w words.
struct EventRecognizer {
  let lexicon: Lexicon
  static let lookAhead = 12
  static let stops: Set<String> = [
    "at", "in", "on", "with", "by", "from", "to", "was", "were", "is", "are", "will", "has", "had", "have",
    "which", "that", "who", "since", "during", "after", "before", "between", "as", "anniversary", "this",
    "its", "their", "his", "her", "be", "been", "under", "into", "over", "than", "year", "years", "time",
    "times", "day", "days", "percent", "place", "floor", "century", "birthday",
  ]

  func events(in tokens: [Token], classes: [WordClass]) -> [Found] {
    var found: [Found] = []
    // Every named event ends in an event word: most sentences have none.
    guard classes.contains(where: { $0.contains(.eventHead) }) else { return found }
    var i = 0
    while i < tokens.count {
      if tokens[i].kind == .ordinal
        || (Self.spelledOrdinals[tokens[i].lower] != nil
          && (tokens[i].isCapitalized || capitalizedAfter(tokens, i))),
        let event = ordinalEvent(tokens, at: i)
      {
        found.append(event)
        i = event.hi
        continue
      }
      if tokens[i].kind == .number, let year = DateParsing.year(tokens[i]),
        let event = yearFirstEvent(tokens, at: i, year: year)
      {
        found.append(event)
        i = event.hi
        continue
      }
      if tokens[i].isCapitalized, let event = yearLastEvent(tokens, at: i) {
        found.append(event)
        i = event.hi
        continue
      }
      i += 1
    }
    return found
  }

  /// "Third China-EU Dialogue", "Second Halal Food Exhibition": ordinals written in words.
  static let spelledOrdinals: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
  ]

  /// Whether a capitalized word follows position `i` at once or after "annual": "second Kestrel
  /// Food Exhibition", "fortieth annual Kestrel mission".
  private func capitalizedAfter(_ tokens: [Token], _ i: Int) -> Bool {
    let k = i + 1 < tokens.count && tokens[i + 1].lower == "annual" ? i + 2 : i + 1
    return k < tokens.count && tokens[k].isCapitalized
  }

  private func ordinalEvent(_ tokens: [Token], at i: Int) -> Found? {
    let digits = tokens[i].text.prefix { $0.isNumber }
    guard let ordinal = Int(digits) ?? Self.spelledOrdinals[tokens[i].lower] else { return nil }
    // A spelled ordinal names an event only with capitalized words after it ("Third Asia
    // Dialogue"), never alone ("the first meeting"); in lower case, right after it ("the
    // second Halal Food Exhibition", not "the second largest Trade Fair").
    let spelled = tokens[i].kind != .ordinal
    if spelled && !tokens[i].isCapitalized && !capitalizedAfter(tokens, i) {
      return nil
    }
    var end: Int?
    var j = i + 1
    var sawCapital = false
    var andAt: Int?
    while j < tokens.count && j <= i + EventRecognizer.lookAhead {
      let t = tokens[j]
      // "the 46th Annual General Meeting and Manufacturers Lecture/Luncheon": past an "and",
      // only one or two more words belong to the name ("… Conference and Expo").
      if t.lower == "and" { andAt = j }
      if let a = andAt, end != nil, j - a > 2 { break }
      if t.kind == .punct && !(t.text == "'" || t.text == "\u{2019}" || t.text == "/") { break }
      if t.kind == .possessive { break }
      if EventRecognizer.stops.contains(t.lower) || t.kind == .number || t.kind == .ordinal { break }
      if t.isCapitalized { sawCapital = true }
      if lexicon.eventHeads.contains(t.lower) && j > i + 1 { end = j + 1 }
      j += 1
    }
    // "the 14th meeting": elliptical, named only by the head word; the document pass ties it
    // to a series of the same head or drops it.
    if end == nil, !spelled, i + 1 < tokens.count, lexicon.eventHeads.contains(tokens[i + 1].lower) {
      end = i + 2
    }
    guard var hi = end, !spelled || sawCapital else { return nil }
    // Keep a closing apostrophe out of the name.
    while hi > i + 1 && tokens[hi - 1].kind == .punct { hi -= 1 }
    let series = text(tokens, i + 1, hi)
    // "second Halal Food Exhibition" is named as a title: "Second Halal Food Exhibition".
    var name = text(tokens, i, hi)
    if !tokens[i].isCapitalized && spelled { name = name.prefix(1).uppercased() + name.dropFirst() }
    return Found(
      lo: i, hi: hi, type: .event, rule: sawCapital ? "ordinal-event" : "ordinal-event-elliptical",
      confidence: sawCapital ? 0.9 : 0.7, name: name,
      key: LocalKeys.event(ordinal: ordinal, series: series, year: nil), ordinal: ordinal, series: series)
  }

  private func yearFirstEvent(_ tokens: [Token], at i: Int, year: Int) -> Found? {
    var j = i + 1
    var end: Int?
    while j < tokens.count && j <= i + 6 && tokens[j].isCapitalized && tokens[j].kind == .word {
      if lexicon.eventHeads.contains(tokens[j].lower) { end = j + 1 }
      j += 1
    }
    guard let hi = end else { return nil }
    let series = text(tokens, i + 1, hi)
    return Found(
      lo: i, hi: hi, type: .event, rule: "year-event", confidence: 0.85, name: text(tokens, i, hi),
      key: LocalKeys.event(ordinal: nil, series: series, year: year), series: series, year: year)
  }

  /// Words before a name that are not part of it, capitalized at a sentence's start.
  static let determiners: Set<String> = [
    "the", "a", "an", "this", "that", "last", "next", "its", "their", "our",
  ]

  private func yearLastEvent(_ tokens: [Token], at i: Int) -> Found? {
    // Only at the start of a capitalized run, which a sentence's first "The" does not begin.
    if Self.determiners.contains(tokens[i].lower) { return nil }
    if i > 0 && tokens[i - 1].isCapitalized && tokens[i - 1].kind == .word
      && !Self.determiners.contains(tokens[i - 1].lower)
    {
      return nil
    }
    var j = i
    while j < tokens.count && j <= i + 6 && tokens[j].isCapitalized && tokens[j].kind == .word {
      // "Battery Show Europe 2026": the region or country the event is held for, before the year.
      let place =
        j + 2 < tokens.count && tokens[j + 1].isCapitalized
          && (lexicon.classes(of: tokens[j + 1]).contains(.city)
            || MentionRecognizer.isCountryOrContinent(lexicon.classes(of: tokens[j + 1]), tokens[j + 1].lower))
        ? 1 : 0
      if lexicon.eventHeads.contains(tokens[j].lower), j + 1 + place < tokens.count,
        let year = DateParsing.year(tokens[j + 1 + place])
      {
        let series = text(tokens, i, j + 1 + place)
        return Found(
          lo: i, hi: j + 2 + place, type: .event, rule: "year-event", confidence: 0.85,
          name: text(tokens, i, j + 2 + place),
          key: LocalKeys.event(ordinal: nil, series: series, year: year), series: series, year: year)
      }
      j += 1
    }
    return nil
  }

  private func text(_ tokens: [Token], _ lo: Int, _ hi: Int) -> String {
    var out = ""
    for k in lo..<hi {
      if k > lo && tokens[k].start > tokens[k - 1].end { out += " " }
      out += tokens[k].text
    }
    return out
  }
}
