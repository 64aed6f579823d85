import Foundation
import TiesGraph
import TiesModel
import Yams

extension Lexicon {
  /// The hand-written YAML files, in the order they are merged.
  static let bundledYAMLFiles = [
    "roles", "organizations", "places", "events", "agreements", "acronyms", "names",
  ]

  /// Reads the bundled lexicons: the YAML files on this thread while the generated lists are
  /// read on another, then merges them (`loadGenerated`).
  /// - Throws: `ExtractionError.badLexicon` naming the bundled file that is missing or
  ///   malformed.
  mutating func loadBundled() throws {
    var parsed: Result<[String: [String: Any]], any Error> = .success([:])
    var lists: Result<GeneratedLists, any Error> = .success(GeneratedLists())
    Parallel.forEachChunk(2) { chunk in
      if chunk == 0 {
        parsed = Result {
          var out: [String: [String: Any]] = [:]
          for name in Self.bundledYAMLFiles { out[name] = try Self.bundledYAML(name) }
          return out
        }
      } else {
        lists = Result { try GeneratedLists.read() }
      }
    }
    let yaml = try parsed.get()
    let roles = yaml["roles"] ?? [:]
    for t in Self.strings(roles["titles"]) {
      roleTitles.insert(t.lowercased())
      longestPhrase = max(longestPhrase, t.split(separator: " ").count)
    }
    for (k, v) in Self.stringMap(roles["canonical"]) { roleCanonical[k.lowercased()] = v.lowercased() }
    roleModifiers = Set(Self.strings(roles["modifiers"]).map { $0.lowercased() })
    roleFirstWords = Set(roleTitles.compactMap { $0.split(separator: " ").first.map(String.init) }).union(
      roleModifiers)
    for title in roleTitles {
      let words = title.split(separator: " ")
      if let first = words.first {
        roleLengthByFirstWord[String(first), default: 0] = max(
          roleLengthByFirstWord[String(first)] ?? 0, words.count)
      }
    }
    for (k, v) in Self.stringMap(roles["leading_verbs"]) { leadingVerbs[k.lowercased()] = v.lowercased() }

    let orgs = yaml["organizations"] ?? [:]
    for type in [EntityType.association, .company, .government] {
      for head in Self.strings(orgs[type.rawValue]) {
        organizationHeads[head.lowercased()] = type
        longestPhrase = max(longestPhrase, head.split(separator: " ").count)
      }
    }
    for (k, v) in Self.stringMap(orgs["prefix_heads"]) {
      prefixHeads[k.lowercased()] = EntityType(rawValue: v)
    }
    legalSuffixes = Set(Self.strings(orgs["legal_suffixes"]).map { $0.lowercased() })

    let places = yaml["places"] ?? [:]
    if let countryMap = places["countries"] as? [String: Any] {
      for (country, adjectives) in countryMap {
        countries[country.lowercased()] = country
        for adjective in Self.strings(adjectives) { nationalities[adjective.lowercased()] = country }
      }
    }
    for (alias, country) in Self.stringMap(places["country_aliases"]) {
      countries[alias.lowercased()] = country
    }
    for c in Self.strings(places["cities"]) { cities[c.lowercased()] = c }
    for r in Self.strings(places["regions"]) { regions[r.lowercased()] = r }
    placeHeads = Set(Self.strings(places["heads"]).map { $0.lowercased() })
    districtSuffixes = Self.strings(places["district_suffixes"]).map { $0.lowercased() }

    let events = yaml["events"] ?? [:]
    eventHeads = Set(Self.strings(events["heads"]).map { $0.lowercased() })
    namedEventHeads = Set(Self.strings(events["named_heads"]).map { $0.lowercased() })
    eventKindWords = Set(Self.strings(events["kind_words"]).map { $0.lowercased() })
    futureCues = Self.strings(events["future_cues"]).map { $0.lowercased() }
    futureCuePhrases = futureCues.map { $0.split(separator: " ").map(String.init) }
    futureCuePhrasesByFirstWord = Dictionary(grouping: futureCuePhrases, by: { $0.first ?? "" })
    let agreements = yaml["agreements"] ?? [:]
    agreementHeads = Set(Self.strings(agreements["heads"]).map { $0.lowercased() })

    let acronyms = yaml["acronyms"] ?? [:]
    if let map = acronyms["bodies"] as? [String: Any] {
      for (key, value) in map { bodies[key] = try Self.body(key, value) }
    }

    let names = yaml["names"] ?? [:]
    koreanSurnames = Set(Self.strings(names["korean_surnames"]).map { $0.lowercased() })
    koreanSyllables = Set(Self.strings(names["korean_syllables"]).map { $0.lowercased() })
    japaneseSurnames = Set(Self.strings(names["japanese_surnames"]).map { $0.lowercased() })
    japaneseGivenNames = Set(Self.strings(names["japanese_given_names"]).map { $0.lowercased() })
    westernGivenNames = Set(Self.strings(names["western_given_names"]).map { $0.lowercased() })
    vietnameseSurnames = Set(Self.strings(names["vietnamese_surnames"]).map { $0.lowercased() })
    try loadGenerated(try lists.get())
    // Chinese family names of one syllable, many of two letters, which the generated lists
    // leave out as too short to tell from other words.
    worldFamilyNames.formUnion(Self.strings(names["chinese_surnames"]).map { $0.lowercased() })
  }

  /// Merges the user's lexicon file at `path` (see `UserLexicon`).
  /// - Throws: `ExtractionError.badLexicon` naming `path`.
  mutating func loadUser(path: String) throws {
    let user = try UserLexicon.load(path: path)
    userAliases.merge(user.aliases) { _, new in new }
    userTypes.merge(user.types) { _, new in new }
    userIgnored.formUnion(user.ignored)
  }

  /// Builds the gazetteer and the word classes.
  mutating func buildGazetteer() {
    buildGazetteerEntries()
    buildWordClasses()
  }

  /// The gazetteer and the head and reserved words it needs.
  private mutating func buildGazetteerEntries() {
    var entries: [GazetteerEntry] = []
    // One table for every phrase: the phrases share most of their words.
    var table = WordTable(classify: nil)
    let tokenizer = Tokenizer()
    func words(_ s: String) -> [String] {
      let scalars = Array(s.unicodeScalars)
      return tokenizer.tokenize(scalars, from: 0, to: scalars.count, words: &table).map(\.lower)
    }
    for key in bodies.keys.sorted() {
      guard let body = bodies[key] else { continue }
      for name in [key, body.name] + body.aliases {
        entries.append(GazetteerEntry(words: words(name), kind: .body(body)))
      }
    }
    for (lower, name) in countries.sorted(by: { $0.key < $1.key }) {
      entries.append(GazetteerEntry(words: words(lower), kind: .place(name)))
    }
    for (lower, name) in cities.sorted(by: { $0.key < $1.key }) {
      entries.append(GazetteerEntry(words: words(lower), kind: .place(name)))
    }
    for (lower, name) in regions.sorted(by: { $0.key < $1.key }) {
      entries.append(GazetteerEntry(words: words(lower), kind: .place(name)))
    }
    for (lower, country) in nationalities.sorted(by: { $0.key < $1.key }) {
      entries.append(GazetteerEntry(words: words(lower), kind: .nationality(country)))
    }
    for (lower, type) in userTypes.sorted(by: { $0.key < $1.key }) {
      entries.append(GazetteerEntry(words: words(lower), kind: .user(type)))
    }
    let allHeads = Set(organizationHeads.keys).union(placeHeads).union(eventHeads).union(agreementHeads)
    headLastWords = Set(allHeads.compactMap { $0.split(separator: " ").last.map(String.init) })
    multiWordHeads = Set(organizationHeads.keys).union(placeHeads).sorted().map {
      $0.split(separator: " ").map(String.init)
    }
    .filter { $0.count > 1 }
    headWords = Set(organizationHeads.keys).union(placeHeads).union(eventHeads).union(agreementHeads)
    let placeWords = Set(countries.keys).union(cities.keys).union(nationalities.keys)
    reservedWords = headWords.union(placeWords.subtracting(unreservedPlaceNames)).union(roleTitles)
      .union(prefixHeads.keys).union(DateParsing.months.keys).union(DateParsing.weekdays.keys)
      .union(MentionRecognizer.commonCapitalized)
    gazetteer = [:]
    for entry in entries where !entry.words.isEmpty {
      gazetteer[entry.words[0], default: []].append(entry)
      longestPhrase = max(longestPhrase, entry.words.count)
    }
    for key in gazetteer.keys {
      gazetteer[key]?.sort { $0.words.count > $1.words.count }
    }
  }

  /// Where a bundled YAML file is, nil when it is not in the bundle.
  static func bundledYAMLURL(_ name: String) -> URL? {
    Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Lexicons")
  }

  static func bundledYAML(_ name: String) throws -> [String: Any] {
    guard let url = bundledYAMLURL(name), let text = try? String(contentsOf: url, encoding: .utf8)
    else {
      throw ExtractionError.badLexicon(
        location: InputLocation(path: "\(name).yaml"), reason: "bundled file missing")
    }
    do {
      return (try Yams.load(yaml: text) as? [String: Any]) ?? [:]
    } catch let error as YamlError {
      throw ExtractionError.badLexicon(
        location: location(of: error, path: "\(name).yaml"), reason: "\(error)")
    }
  }

  /// The keys a body of acronyms.yaml may have.
  static let bodyFields: Set<String> = ["name", "type", "aliases"]

  /// The body of acronyms.yaml's entry `key`.
  /// - Throws: `ExtractionError.badLexicon` when it lacks a name or type, or has another key:
  ///   in a flow mapping (`{name: A, B and C, type: …}`) an unquoted comma ends the name, and
  ///   what follows becomes a key of its own.
  static func body(_ key: String, _ value: Any) throws -> Body {
    func bad(_ reason: String) -> ExtractionError {
      .badLexicon(location: InputLocation(path: "acronyms.yaml"), reason: "entry \(key) \(reason)")
    }
    guard let entry = value as? [String: Any], let name = entry["name"] as? String,
      let type = entry["type"] as? String
    else { throw bad("needs name and type") }
    if let stray = entry.keys.filter({ !bodyFields.contains($0) }).min() {
      throw bad("has an unknown key '\(stray)' (quote a name that holds a comma)")
    }
    return Body(name: name, type: EntityType(rawValue: type), aliases: strings(entry["aliases"]))
  }

  static func location(of error: YamlError, path: String) -> InputLocation {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return InputLocation(path: path, line: mark.line, column: mark.column)
    default:
      return InputLocation(path: path)
    }
  }

  static func strings(_ value: Any?) -> [String] {
    (value as? [Any])?.compactMap { $0 as? String ?? ($0 as? Int).map(String.init) } ?? []
  }

  static func stringMap(_ value: Any?) -> [String: String] {
    var out: [String: String] = [:]
    for (k, v) in (value as? [String: Any]) ?? [:] { if let s = v as? String { out[k] = s } }
    return out
  }
}
