import TiesModel

/// What resolution knows beyond the text: family names (to corroborate a reversed name
/// order), romanization variants of Korean family names, and the canonical names of
/// well-known bodies keyed by the local key extraction gives them.
public struct ResolutionKnowledge: Sendable {
  /// Lower-cased family names (Korean, Japanese, Chinese).
  public var familyNames: Set<String>
  /// Local key → canonical name and established aliases (from the lexicon's bodies).
  public var knownNames: [String: (name: String, aliases: [String])]

  public init(familyNames: Set<String> = [], knownNames: [String: (name: String, aliases: [String])] = [:]) {
    self.familyNames = familyNames
    self.knownNames = knownNames
  }

  /// Romanizations of one Korean family name; the first is the one keys use.
  static let koreanVariants: [[String]] = [
    ["choi", "chey", "choe", "choy"], ["lee", "yi", "rhee", "ri", "rhie"], ["park", "pak", "bak", "bahk"],
    ["jeong", "jung", "chung", "cheong"], ["yoon", "yun"], ["cho", "jo", "joe"], ["kang", "gang"],
    ["shin", "sin", "shinn"], ["sohn", "son"], ["roh", "noh", "no"], ["ryu", "yoo", "yu", "rhyu"],
    ["koo", "ku", "gu"], ["lim", "im", "rim"], ["kwak", "gwak"], ["seo", "suh", "so"], ["heo", "huh", "hur"],
    ["ahn", "an"], ["baek", "paik", "baik", "paek"], ["gong", "kong"], ["ko", "koh", "go"],
    ["jeon", "chun", "jun", "chon"], ["moon", "mun"], ["byun", "byeon", "pyun"], ["um", "eom", "uhm"],
    ["hyun", "hyeon"], ["kim", "gim"], ["han", "hahn"], ["jang", "chang"], ["oh", "o"], ["hwang", "whang"],
  ]

  static let variantOf: [String: String] = {
    var map: [String: String] = [:]
    for group in koreanVariants { for v in group { map[v] = group[0] } }
    return map
  }()
}
