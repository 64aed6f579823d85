import Foundation
import TiesModel
import Yams

/// The general knowledge extraction relies on: role titles, organization-type words, family
/// and given names, countries and cities, event and agreement head words, and well-known
/// acronyms, plus what a user adds in `graph/lexicon.yaml`.
///
/// All look-ups are hash look-ups on lower-cased text.
public struct Lexicon: Sendable {
  /// A well-known body named by an acronym or a short name.
  public struct Body: Sendable, Hashable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]
  }

  public internal(set) var roleTitles: Set<String> = []
  public internal(set) var roleCanonical: [String: String] = [:]
  public internal(set) var leadingVerbs: [String: String] = [:]
  /// Words that may stand before a title and belong to the role ("acting", "executive").
  public internal(set) var roleModifiers: Set<String> = []
  /// Head words (lower-cased, possibly several words) → organization type.
  public internal(set) var organizationHeads: [String: EntityType] = [:]
  /// Heads that come first: "Ministry of …" → type.
  public internal(set) var prefixHeads: [String: EntityType] = [:]
  public internal(set) var legalSuffixes: Set<String> = []
  /// Country names (lower-cased) → canonical name.
  public internal(set) var countries: [String: String] = [:]
  /// Adjectives of nationality ("japanese", "south korean") → country name.
  public internal(set) var nationalities: [String: String] = [:]
  public internal(set) var cities: [String: String] = [:]
  public internal(set) var regions: [String: String] = [:]
  public internal(set) var placeHeads: Set<String> = []
  public internal(set) var districtSuffixes: [String] = []
  public internal(set) var eventHeads: Set<String> = []
  /// A digest of the files the lexicon was read from (`sourceDigest(userFile:)`).
  public internal(set) var sourceDigest: UInt64 = 0
  /// Event heads that name one gathering after English words alone ("Global Energy Summit").
  public internal(set) var namedEventHeads: Set<String> = []
  /// Words that say what kind of gathering a name is, not which ("Annual", "Press").
  public internal(set) var eventKindWords: Set<String> = []
  public internal(set) var futureCues: [String] = []
  /// `futureCues` as lower-case word sequences.
  public internal(set) var futureCuePhrases: [[String]] = []
  /// `futureCuePhrases` by their first word.
  public internal(set) var futureCuePhrasesByFirstWord: [String: [[String]]] = [:]
  /// The longest role title (with modifiers) that starts with a word, by that word.
  public internal(set) var roleLengthByFirstWord: [String: Int] = [:]
  /// First words of role titles and their modifiers, to skip most tokens at once.
  public internal(set) var roleFirstWords: Set<String> = []
  public internal(set) var agreementHeads: Set<String> = []
  /// Acronym or short name (case as written) → body.
  public internal(set) var bodies: [String: Body] = [:]
  public internal(set) var koreanSurnames: Set<String> = []
  /// Vietnamese family names, which open a name ("Nguyen Thi Lan"), with and without marks.
  public internal(set) var vietnameseSurnames: Set<String> = []
  public internal(set) var koreanSyllables: Set<String> = []
  public internal(set) var japaneseSurnames: Set<String> = []
  public internal(set) var japaneseGivenNames: Set<String> = []
  public internal(set) var westernGivenNames: Set<String> = []
  /// Given names of many cultures that are not ordinary English words ("olumide", "priya",
  /// "fatima"; generated, see `Lexicon+Generated.swift`).
  public internal(set) var givenNames = SortedWordList()
  /// Given names that are also ordinary English words ("will", "hope", "grant", "penny").
  public internal(set) var ambiguousGivenNames = SortedWordList()
  /// Family names of many cultures (generated). Named apart from `familyNames`, the Korean
  /// and Japanese surnames resolution corroborates a reversed name order with.
  public internal(set) var worldFamilyNames = SortedWordList()
  /// Ordinary English words: those the dictionary writes in lower case (generated).
  public internal(set) var englishWords = SortedWordList()
  /// Place names only the generated lists know that may also be a person's name (every
  /// generated city, and generated countries and demonyms that are given or family
  /// names): kept out of `reservedWords`.
  public internal(set) var unreservedPlaceNames: Set<String> = []
  /// User aliases: alias (lower-cased) → canonical name.
  public internal(set) var userAliases: [String: String] = [:]
  /// User types: name (lower-cased) → forced type.
  public internal(set) var userTypes: [String: EntityType] = [:]
  /// User ignores: names (lower-cased) never to extract.
  public internal(set) var userIgnored: Set<String> = []
  /// Every single word that can never be part of a person's name (head words, countries,
  /// cities, nationalities, titles, months, weekdays, common capitalized words): one look-up.
  public internal(set) var reservedWords: Set<String> = []
  /// Single head words of organizations, places, events and agreements.
  public internal(set) var headWords: Set<String> = []
  /// Last words of every head phrase (organization, place, event, agreement).
  public internal(set) var headLastWords: Set<String> = []
  /// Organization and place heads of several words, as word lists.
  public internal(set) var multiWordHeads: [[String]] = []
  /// Word → classes (see `WordClass`), but for the classes of the large generated lists,
  /// which `wordClass` looks up in the lists.
  var wordClasses: [String: WordClass] = [:]
  /// Longest number of words in a role title or a head phrase.
  public internal(set) var longestPhrase = 1
  /// Multi-word phrases matched against token runs, by first word: countries, cities, regions,
  /// bodies and their expansions, user names.
  var gazetteer: [String: [GazetteerEntry]] = [:]

  struct GazetteerEntry: Sendable {
    var words: [String]
    var kind: Kind
    enum Kind: Sendable {
      case body(Body)
      case place(String)
      case nationality(String)
      case user(EntityType)
    }
  }

  /// The lexicon shipped with Ties.
  /// - Throws: `ExtractionError.badLexicon` if a bundled file is missing or malformed (a
  ///   packaging bug, reported rather than hidden).
  public static func builtIn() throws -> Lexicon {
    var lexicon = Lexicon()
    try lexicon.loadBundled()
    lexicon.buildGazetteer()
    lexicon.sourceDigest = sourceDigest(userFile: nil)
    return lexicon
  }

  /// The built-in lexicon plus the user's file, when it exists.
  /// - Throws: `ExtractionError.badLexicon` with the file's path and the YAML error's line.
  public static func load(userFile: String?) throws -> Lexicon {
    var lexicon = Lexicon()
    try lexicon.loadBundled()
    if let userFile, FileManager.default.fileExists(atPath: userFile) {
      try lexicon.loadUser(path: userFile)
    }
    lexicon.buildGazetteer()
    lexicon.sourceDigest = sourceDigest(userFile: userFile)
    return lexicon
  }

  public func isRoleTitle(_ lower: String) -> Bool { roleTitles.contains(lower) }

  /// The role as reported: canonical spelling, lower-cased.
  public func canonicalRole(_ role: String) -> String {
    let lower = role.lowercased()
    return roleCanonical[lower] ?? lower
  }
}
