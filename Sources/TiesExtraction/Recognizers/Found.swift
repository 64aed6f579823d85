import TiesModel

/// A typed span of a sentence's tokens, before it becomes a `Mention`.
struct Found: Sendable {
  var lo: Int
  var hi: Int
  var type: EntityType
  var rule: String
  var confidence: Double
  /// Display name: the surface text without a possessive prefix or leading article.
  var name: String
  /// Within-document identity (see `LocalKeys`).
  var key: String
  var ordinal: Int? = nil
  var series: String? = nil
  var year: Int? = nil
  /// For events: the day it took place, from a date or a weekday in its sentence.
  var date: String? = nil
  var isFuture = false
  /// An acronym the text defines for this span in parentheses right after it.
  var definedAcronym: String? = nil
  /// For events: the local key of an organization whose name the event's name holds ("the 8th
  /// CSIA General Assembly", "Acme Investor Day 2025").
  var organizer: String? = nil
  /// Synthesized from other words (an embassy from "Japanese Ambassador to Korea"): no own span.
  var isSynthetic = false
}

/// A role title found in a sentence ("vice chairman", "deputy minister").
struct RoleSpan: Sendable {
  var lo: Int
  var hi: Int
  var title: String
  var isCapitalized: Bool
  /// Written in the plural ("the co-presidents of …"); `title` is the singular.
  var isPlural = false
}

/// A nationality adjective ("Japanese", "South Korean") and the country it names.
struct NationalitySpan: Sendable {
  var lo: Int
  var hi: Int
  var country: String
}

/// Everything the recognizers found in one sentence.
struct SentenceAnalysis: Sendable {
  var index: Int
  var tokens: [Token]
  /// The lexicon's classes of each token's lower-case form.
  var classes: [WordClass] = []
  var isHeadline: Bool
  /// The sentence announces something ("will be held", "next year").
  var isFuture = false
  var found: [Found] = []
  var roles: [RoleSpan] = []
  var nationalities: [NationalitySpan] = []
  /// Capitalized spans left untyped (candidates for misses).
  var untyped: [Range<Int>] = []

  /// Orders `found` by position (start, then end). Most sentences are in order already, and
  /// a `Found` is large to move, so the sort runs only when a span is out of place.
  /// - Complexity: O(n) when sorted, O(n log n) otherwise.
  mutating func sortFound() {
    var ordered = true
    var k = 1
    while k < found.count {
      if (found[k].lo, found[k].hi) < (found[k - 1].lo, found[k - 1].hi) {
        ordered = false
        break
      }
      k += 1
    }
    if !ordered { found.sort { ($0.lo, $0.hi) < ($1.lo, $1.hi) } }
  }

  /// The found span that starts at token `i`, if any.
  func found(startingAt i: Int) -> Int? { found.firstIndex { $0.lo == i && !$0.isSynthetic } }
  func found(endingAt i: Int) -> Int? { found.lastIndex { $0.hi == i && !$0.isSynthetic } }
  func role(startingAt i: Int) -> RoleSpan? { roles.first { $0.lo == i } }
  func role(endingAt i: Int) -> RoleSpan? { roles.last { $0.hi == i } }

  func text(_ lo: Int, _ hi: Int) -> String {
    guard lo < hi else { return "" }
    var out = ""
    for i in lo..<hi {
      if i > lo && tokens[i].start > tokens[i - 1].end { out += " " }
      out += tokens[i].text
    }
    return out
  }
}

/// Local keys: how mentions of one document are grouped before resolution.
enum LocalKeys {
  /// Lower-case, drop apostrophes, fold hyphens, dots and other punctuation to spaces.
  static func fold(_ s: String) -> String {
    var s = s
    let ascii: String? = s.withUTF8 { input in
      guard input.allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: input.count) { out in
        var n = 0
        var space = false
        for c0 in input {
          if c0 == 39 || c0 == 46 { continue }  // ' and .
          let c = c0 >= 65 && c0 <= 90 ? c0 + 32 : c0
          if (c >= 48 && c <= 57) || (c >= 97 && c <= 122) {
            if space && n > 0 {
              out[n] = 32
              n += 1
            }
            space = false
            out[n] = c
            n += 1
          } else {
            space = true
          }
        }
        return n
      }
    }
    if let ascii { return ascii }
    var out = ""
    var space = false
    for scalar in s.lowercased().unicodeScalars {
      let ch = baseLatinLetter(scalar) ?? scalar
      if ch == "'" || ch == "\u{2019}" || ch == "." { continue }
      let v = ch.value
      let isWord =
        v < 0x80
        ? (v >= 48 && v <= 57) || (v >= 97 && v <= 122) || (v >= 65 && v <= 90)
        : ch.properties.isAlphabetic || ch.properties.numericType != nil
      if isWord {
        if space && !out.isEmpty { out += " " }
        space = false
        out.unicodeScalars.append(ch)
      } else {
        space = true
      }
    }
    return out
  }

  static func person(_ name: String) -> String {
    // Hyphens inside given names do not matter: "Kyung-shik", "Kyungshik".
    var bytes: [UInt8] = Array("p:".utf8)
    for c in name.lowercased().utf8 where c != UInt8(ascii: "-") { bytes.append(c) }
    guard bytes.contains(where: { $0 >= 0x80 }) else { return String(decoding: bytes, as: UTF8.self) }
    // Marks do not matter either: "Källenius", "Kallenius".
    var out = String.UnicodeScalarView()
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
      out.append(baseLatinLetter(scalar) ?? scalar)
    }
    return String(out)
  }

  /// The plain letter a Latin letter with marks is written on ("é" → "e", "ł" → "l", "ı" →
  /// "i"), read from the scalar's Unicode name ("LATIN SMALL LETTER E WITH ACUTE"); nil for
  /// every other scalar, and for letters of their own ("ß", "æ", "ø" keep theirs).
  /// - Complexity: O(1); a name look-up for scalars beyond ASCII only.
  static func baseLatinLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    guard scalar.value >= 0xC0, scalar.value < 0x2C00, let name = scalar.properties.name else { return nil }
    for prefix in ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "] where name.hasPrefix(prefix) {
      let rest = name.dropFirst(prefix.count)
      if rest == "DOTLESS I" { return "i" }
      guard let letter = rest.unicodeScalars.first, letter.value >= 65, letter.value <= 90,
        rest.dropFirst().hasPrefix(" WITH ")
      else { return nil }
      return Unicode.Scalar(letter.value + 32)
    }
    return nil
  }
  static func organization(_ name: String) -> String { "o:" + fold(name) }
  static func place(_ name: String) -> String { "pl:" + fold(name) }
  static func agreement(_ name: String) -> String { "ag:" + fold(name) }
  /// `ev:<ordinal>:<year>:<series>`, with `-` for what is unknown.
  static func event(ordinal: Int?, series: String, year: Int?) -> String {
    "ev:\(ordinal.map(String.init) ?? "-"):\(year.map(String.init) ?? "-"):" + fold(series)
  }

  /// The parts of an event key.
  static func eventParts(_ key: String) -> (ordinal: Int?, year: Int?, series: String)? {
    let parts = key.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == "ev" else { return nil }
    return (Int(parts[1]), Int(parts[2]), String(parts[3]))
  }

  static func key(for type: EntityType, name: String) -> String {
    switch type {
    case .person: return person(name)
    case .place: return place(name)
    case .agreement: return agreement(name)
    case .event: return event(ordinal: nil, series: name, year: nil)
    default: return organization(name)
    }
  }
}
