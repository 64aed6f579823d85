import Foundation
import TiesModel

/// Comparisons of names that resolution needs: folding case, hyphens and punctuation,
/// romanization variants, name order, acronyms.
public enum NameMatching {
  /// Lower-case words without punctuation; hyphens and apostrophes dropped inside words.
  /// - Complexity: O(n).
  public static func words(_ name: String) -> [String] {
    name.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(name) : unicodeWords(name)
  }

  /// `words` of any name, scalar by scalar.
  static func unicodeWords(_ name: String) -> [String] {
    var out: [String] = []
    var current = ""
    for ch in name.lowercased().unicodeScalars {
      if ch == "-" || ch == "'" || ch == "\u{2019}" || ch == "." { continue }
      if ch.properties.isAlphabetic || ch.properties.numericType != nil {
        current.unicodeScalars.append(ch)
      } else if !current.isEmpty {
        out.append(current)
        current = ""
      }
    }
    if !current.isEmpty { out.append(current) }
    return out
  }

  /// `words` of an ASCII name, byte by byte: in ASCII the letters are A–Z and a–z and the
  /// digits 0–9, which are the scalars `words` keeps.
  /// - Complexity: O(n).
  static func asciiWords(_ name: String) -> [String] {
    var out: [String] = []
    var current: [UInt8] = []
    for byte in name.utf8 {
      switch byte {
      case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "."): continue
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
      default:
        if !current.isEmpty {
          out.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
      }
    }
    if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
    return out
  }

  /// A person's name with family-name romanizations unified and Japanese long vowels folded
  /// ("Choi Tae-won" and "Chey Tae-won", "Saitoh" and "Saito" give the same key).
  public static func romanizationKey(_ name: String) -> [String] { romanizationKey(words: words(name)) }

  /// `romanizationKey` of a name already split by `words`.
  /// - Complexity: O(n) in the length of the words.
  static func romanizationKey(words: [String]) -> [String] { words.map(romanized) }

  /// One word of `romanizationKey`.
  /// "ou" becomes "o", then "uu" becomes "u" (each left to right, as `replacingOccurrences`
  /// would, byte by byte: ASCII bytes never occur inside another character's UTF-8), and a
  /// final "oh" loses its "h".
  /// - Complexity: O(n) in the length of the word.
  static func romanized(_ word: String) -> String {
    if let canonical = ResolutionKnowledge.variantOf[word] { return canonical }
    let o = UInt8(ascii: "o")
    let u = UInt8(ascii: "u")
    var bytes = Array(word.utf8)
    bytes = collapsingPairs(bytes, o, u)
    bytes = collapsingPairs(bytes, u, u)
    if bytes.count >= 2 && bytes[bytes.count - 2] == o && bytes[bytes.count - 1] == UInt8(ascii: "h") {
      bytes.removeLast()
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `bytes` with each pair `first second`, left to right and not overlapping, replaced by
  /// `first` alone.
  private static func collapsingPairs(_ bytes: [UInt8], _ first: UInt8, _ second: UInt8) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      out.append(bytes[i])
      i += bytes[i] == first && i + 1 < bytes.count && bytes[i + 1] == second ? 2 : 1
    }
    return out
  }

  /// Initials of the significant words ("Korea International Trade Association" → "KITA"):
  /// `nameInitials` of TiesModel, which extraction uses too.
  public static func initials(_ name: String) -> String { nameInitials(name) }

  /// Whether `name` is written as an acronym: one word, two or more letters, all capitals.
  public static func isAcronym(_ name: String) -> Bool {
    name.utf8.allSatisfy({ $0 < 0x80 }) ? asciiIsAcronym(name) : unicodeIsAcronym(name)
  }

  /// `isAcronym` of an ASCII name, byte by byte: in ASCII the letters are A–Z and a–z, and
  /// only A–Z are capitals.
  static func asciiIsAcronym(_ name: String) -> Bool {
    var capitals = 0
    for byte in name.utf8 {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "a")...UInt8(ascii: "z"): return false
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): capitals += 1
      default: continue
      }
    }
    return capitals >= 2
  }

  /// `isAcronym` of any name, scalar by scalar.
  static func unicodeIsAcronym(_ name: String) -> Bool {
    let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
    return !name.contains(" ") && letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
  }
}
