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
  /// The text ends in a period (an abbreviation or initial that kept it: "Corp.", "J.").
  public let endsWithPeriod: Bool
  /// Can start or continue a name: its first scalar is upper-case, or a letter of a script
  /// without case (Hangul, kana, CJK).
  public let startsName: Bool
  /// The lexicon's classes of `lower`, when the tokenizer had a lexicon (then the set holds
  /// `.classified`); empty otherwise.
  public internal(set) var wordClass: WordClass = []

  public init(start: Int, end: Int, text: String, kind: Kind) {
    self.start = start
    self.end = end
    self.text = text
    self.kind = kind
    self.endsWithPeriod = text.utf8.last == UInt8(ascii: ".")
    var ascii = true
    var letters = 0
    var upper = true
    var anyUpper = false
    for s in text.utf8 {
      if s >= 0x80 {
        ascii = false
        break
      }
      if s >= 65 && s <= 90 {
        letters += 1
        anyUpper = true
      } else if s >= 97 && s <= 122 {
        letters += 1
        upper = false
      }
    }
    if ascii {
      let first = text.utf8.first ?? 0
      self.isCapitalized = first >= 65 && first <= 90
      // ASCII: lower-case the bytes directly (String.lowercased() is general Unicode).
      self.lower =
        anyUpper
        ? String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
          var k = 0
          for c in text.utf8 {
            buffer[k] = c >= 65 && c <= 90 ? c + 32 : c
            k += 1
          }
          return k
        } : text
    } else {
      self.lower = text.lowercased()
      self.isCapitalized = text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
      letters = 0
      upper = true
      for s in text.unicodeScalars where s.properties.isAlphabetic {
        letters += 1
        if !s.properties.isUppercase { upper = false }
      }
    }
    self.isAllCaps = kind == .word && letters >= 2 && upper
    if let first = text.unicodeScalars.first, first.value >= 0x80 {
      let p = first.properties
      startsName = p.isUppercase || (p.isAlphabetic && !p.isLowercase && first.value > 0x2E80)
    } else {
      startsName = isCapitalized
    }
  }

  public var isWord: Bool { kind == .word }
}
