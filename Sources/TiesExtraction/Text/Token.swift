/// A word, number or punctuation mark of a sentence, with its offsets in the document.
public struct Token: Hashable, Sendable {
  public enum Kind: UInt8, Sendable {
    case word, number, ordinal, punct, possessive
  }
  /// Offsets in Unicode scalars from the document start, half-open.
  public var start: Int
  public var end: Int
  public var text: String
  public var kind: Kind

  /// Lower-cased text, computed once.
  public let lower: String
  /// First scalar is an upper-case letter.
  public let isCapitalized: Bool
  /// Two or more letters, all upper-case ("KJE", "FKI", "KORCHAM").
  public let isAllCaps: Bool

  public init(start: Int, end: Int, text: String, kind: Kind) {
    self.start = start
    self.end = end
    self.text = text
    self.kind = kind
    self.lower = text.lowercased()
    let first = text.unicodeScalars.first
    self.isCapitalized = first.map { $0.properties.isUppercase } ?? false
    var letters = 0
    var upper = true
    for s in text.unicodeScalars where s.properties.isAlphabetic {
      letters += 1
      if !s.properties.isUppercase { upper = false }
    }
    self.isAllCaps = kind == .word && letters >= 2 && upper
  }

  public var isWord: Bool { kind == .word }
}
