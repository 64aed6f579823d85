import Foundation
import TiesModel

/// Comparisons of names that resolution needs: folding case, hyphens and punctuation,
/// romanization variants, name order, acronyms.
public enum NameMatching {
  /// Lower-case words without punctuation; hyphens and apostrophes dropped inside words.
  /// - Complexity: O(n).
  public static func words(_ name: String) -> [String] {
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

  /// A person's name with family-name romanizations unified and Japanese long vowels folded
  /// ("Choi Tae-won" and "Chey Tae-won", "Saitoh" and "Saito" give the same key).
  public static func romanizationKey(_ name: String) -> [String] { romanizationKey(words: words(name)) }

  /// `romanizationKey` of a name already split by `words`.
  /// - Complexity: O(n) in the length of the words.
  static func romanizationKey(words: [String]) -> [String] { words.map(romanized) }

  /// One word of `romanizationKey`.
  static func romanized(_ word: String) -> String {
    if let canonical = ResolutionKnowledge.variantOf[word] { return canonical }
    var w = word.replacingOccurrences(of: "ou", with: "o").replacingOccurrences(of: "uu", with: "u")
    if w.hasSuffix("oh") { w.removeLast() }
    return w
  }

  /// Initials of the significant words ("Korea International Trade Association" → "KITA"):
  /// `nameInitials` of TiesModel, which extraction uses too.
  public static func initials(_ name: String) -> String { nameInitials(name) }

  /// Whether `name` is written as an acronym: one word, two or more letters, all capitals.
  public static func isAcronym(_ name: String) -> Bool {
    let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
    return !name.contains(" ") && letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
  }
}
