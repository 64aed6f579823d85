/// Word lists the mention recognizer reads names with.
extension MentionRecognizer {
  static let openingQuotes: Set<String> = ["\"", "\u{201C}", "\u{2018}"]
  static let closingQuotes: Set<String> = ["\"", "\u{201D}", "\u{2019}"]
  /// "of" in the Romance languages: "Club de Industriales", "Cámara do Comércio".
  static let romanceOf: Set<String> = ["de", "del", "do", "da", "des", "du", "di", "della"]
  /// Words after which names come as a list: "…, A and B", "sponsors were A and B".
  static let listOpeners: Set<String> = [
    ",", "were", "are", "include", "includes", "included", "including", ":",
  ]
  /// Last words of bodies whose name goes on with "in <place>".
  static let bodiesNamedWithPlace: Set<String> = [
    "commerce", "embassy", "consulate", "institute", "office", "delegation", "mission", "representation",
  ]
  /// Title modifiers that are also the last word of organizations' names.
  static let nameModifiers: Set<String> = ["group", "global", "regional"]
  /// Short forms of bilateral chambers of commerce that open a name ("AmCham Egypt"), and the
  /// words their full names open with ("American Chamber of Commerce in Egypt").
  static let chamberShortForms: [String: [String]] = [
    "amcham": ["american", "chamber"], "eurocham": ["european", "chamber"],
    "britcham": ["british", "chamber"],
    "auscham": ["australian", "chamber"], "cancham": ["canadian", "chamber"],
    "nzcham": ["new", "zealand", "chamber"],
    "swisscham": ["swiss", "chamber"], "kocham": ["korean", "chamber"], "ahk": ["german", "chamber"],
  ]
  static let chamberPrefixes = Set(chamberShortForms.keys)
  /// Plural nouns that keep their possessive inside a name: "People's Bank", "Women's Forum".
  static let possessiveNameWords: Set<String> = ["people", "women", "children", "men", "workers"]
  /// Words that "on" continues into a name: "Senate Committee on Finance".
  static let headsBeforeOn: Set<String> = [
    "committee", "subcommittee", "commission", "council", "conference", "convention", "panel", "forum",
    "dialogue", "summit", "symposium", "agreement", "treaty", "declaration", "task", "force", "board",
    "roundtable", "working", "group",
  ]
  static let connectors: Set<String> = ["of", "for", "on", "and", "&", "the", "de", "du", "la", "von", "van"]
}
