import Foundation
import TiesModel

/// The lexicons generated from open data by `scripts/lexicons/generate` (see
/// `Resources/Lexicons/generated/SOURCES.md`): given and family names of many cultures,
/// countries, regions and cities of the world, demonyms, legal forms and English words.
///
/// They are plain text, one lower-case entry per line (tab-separated fields in `.tsv`
/// files), and are read with a byte splitter rather than a YAML parser. The four large word
/// lists (about 230,000 lines) stay as their bytes and are searched in place
/// (`SortedWordList`); only the smaller tables become dictionaries.
extension Lexicon {
  /// The generated files, in the order they are read.
  static let generatedFiles = [
    "given-names.txt", "given-names-common-words.txt", "family-names.txt", "english-words.txt",
    "legal-forms.txt", "places.tsv", "demonyms.tsv",
  ]

  /// Merges the generated lists into the tables the hand-written YAML filled.
  ///
  /// Call it after the YAML files are read: the YAML wins wherever both name something
  /// (places.yaml's "Korea" stays South Korea, and "United Kingdom" keeps its YAML
  /// canonical name "Britain"), and a generated country a YAML country already names takes
  /// the YAML's canonical spelling for all its names and demonyms. A generated city that
  /// names.yaml lists as a surname or given name is skipped ("Matsumoto"). Generated cities, and
  /// generated countries and demonyms that are also given or family names ("Jordan",
  /// "Chad", "Florence", "Lincoln"), go to `unreservedPlaceNames` so that
  /// `buildGazetteer()` keeps them out of `reservedWords`, where they would stop a
  /// person's name.
  /// - Throws: `ExtractionError.badLexicon` naming the file (and line) that is missing or
  ///   malformed.
  /// - Complexity: O(n) time and space in the total size of the generated files.
  mutating func loadGenerated(_ lists: GeneratedLists) throws {
    givenNames = lists.givenNames
    ambiguousGivenNames = lists.ambiguousGivenNames
    worldFamilyNames = lists.familyNames
    englishWords = lists.englishWords
    legalSuffixes.formUnion(lists.legalForms)

    let yamlCountries = countries
    let yamlCities = cities
    let yamlNationalities = nationalities
    // Names.yaml's surnames and given names stay names ("Matsumoto" is a city too).
    let yamlPersonNames = koreanSurnames.union(japaneseSurnames).union(japaneseGivenNames).union(
      westernGivenNames)
    let places = lists.places
    // Generated canonical country name → the YAML's, when the YAML knows one of its names.
    var canonical: [String: String] = [:]
    for row in places where row[1] == "country" && canonical[row[2]] == nil {
      if let name = yamlCountries[row[0]] ?? yamlCountries[row[2].lowercased()] { canonical[row[2]] = name }
    }
    var generatedPlaces: [String] = []
    for row in places {
      let name = row[0]
      switch row[1] {
      case "country" where countries[name] == nil:
        countries[name] = canonical[row[2]] ?? row[2]
        generatedPlaces.append(name)
      case "region" where regions[name] == nil:
        regions[name] = row[2]
      case "city" where cities[name] == nil && yamlCountries[name] == nil && !yamlPersonNames.contains(name):
        cities[name] = row[2]
        unreservedPlaceNames.insert(name)
      case "country", "region", "city":
        break
      default:
        throw ExtractionError.badLexicon(
          location: InputLocation(path: "generated/places.tsv"), reason: "unknown kind '\(row[1])'")
      }
    }
    for row in lists.demonyms where nationalities[row[0]] == nil {
      nationalities[row[0]] = canonical[row[1]] ?? row[1]
      generatedPlaces.append(row[0])
    }
    for name in generatedPlaces
    where givenNames.contains(name) || ambiguousGivenNames.contains(name) || worldFamilyNames.contains(name) {
      unreservedPlaceNames.insert(name)
    }
    unreservedPlaceNames.subtract(yamlCities.keys)
    unreservedPlaceNames.subtract(yamlNationalities.keys)
  }

  /// The generated files as read, before `loadGenerated` merges them with the YAML.
  struct GeneratedLists {
    var givenNames = SortedWordList()
    var ambiguousGivenNames = SortedWordList()
    var familyNames = SortedWordList()
    var englishWords = SortedWordList()
    var legalForms: Set<String> = []
    var places: [[String]] = []
    var demonyms: [[String]] = []

    /// Reads every generated file.
    /// - Throws: `ExtractionError.badLexicon` naming the file (and line) that is missing or
    ///   malformed.
    /// - Complexity: O(n) in the total size of the files.
    static func read() throws -> GeneratedLists {
      GeneratedLists(
        givenNames: try generatedWordList("given-names.txt"),
        ambiguousGivenNames: try generatedWordList("given-names-common-words.txt"),
        familyNames: try generatedWordList("family-names.txt"),
        englishWords: try generatedWordList("english-words.txt"),
        legalForms: try generatedSet("legal-forms.txt"),
        places: try generatedRows("places.tsv", fields: 3),
        demonyms: try generatedRows("demonyms.tsv", fields: 2))
    }
  }

  /// The lines of a generated list, as a set.
  /// - Complexity: O(n) in the file's size.
  static func generatedSet(_ file: String) throws -> Set<String> {
    let data = try generatedData(file)
    let lines = data.withUnsafeBytes { raw in raw.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
    var set = Set<String>(minimumCapacity: lines)
    forEachLine(of: data) { bytes, _ in
      set.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self))
    }
    return set
  }

  /// The lines of a generated list that is sorted by bytes, as a `SortedWordList`.
  /// - Throws: `ExtractionError.badLexicon` if the file is missing, out of order or repeats a
  ///   line.
  /// - Complexity: O(n) in the file's size.
  static func generatedWordList(_ file: String) throws -> SortedWordList {
    try SortedWordList(sortedLines: try generatedData(file), file: file)
  }

  /// The lines of a generated table, each split on tabs into exactly `fields` fields.
  /// - Throws: `ExtractionError.badLexicon` at the first line with another number of fields.
  /// - Complexity: O(n) in the file's size.
  static func generatedRows(_ file: String, fields: Int) throws -> [[String]] {
    var rows: [[String]] = []
    try forEachLine(of: try generatedData(file)) { bytes, line in
      let row = bytes.split(separator: 0x09, omittingEmptySubsequences: false).map {
        String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)
      }
      guard row.count == fields else {
        throw ExtractionError.badLexicon(
          location: InputLocation(path: "generated/\(file)", line: line, column: 1),
          reason: "expected \(fields) tab-separated fields, found \(row.count)")
      }
      rows.append(row)
    }
    return rows
  }

  /// Where a bundled generated file is, nil when it is not in the bundle.
  static func generatedURL(_ file: String) -> URL? {
    let base = (file as NSString).deletingPathExtension
    let ext = (file as NSString).pathExtension
    return Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Lexicons/generated")
  }

  /// The bytes of a bundled generated file.
  /// - Throws: `ExtractionError.badLexicon` if the file is not in the bundle.
  static func generatedData(_ file: String) throws -> Data {
    guard let url = generatedURL(file), let data = try? Data(contentsOf: url) else {
      throw ExtractionError.badLexicon(
        location: InputLocation(path: "generated/\(file)"), reason: "bundled file missing")
    }
    return data
  }

  /// Calls `body` with the bytes of each non-empty line of `data` (without its line break)
  /// and its 1-based line number. A newline or tab byte never occurs inside a UTF-8
  /// sequence, so splitting bytes is safe; the bytes must not escape `body`.
  /// - Complexity: O(n) in the size of `data`.
  static func forEachLine(
    of data: Data, _ body: (Slice<UnsafeBufferPointer<UInt8>>, Int) throws -> Void
  ) rethrows {
    try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      var start = 0
      var line = 1
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        let stop = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
        if stop > start { try body(bytes[start..<stop], line) }
        start = end + 1
        line += 1
      }
    }
  }
}
