/// The initials of a name, as acronyms are formed: one capital letter for each significant word,
/// one per part of a hyphenated word ("Korea International Trade Association" → "KITA",
/// "Japan-Korea Economic Association" → "JKEA"). Small words (of, for, and, the, on, in, &)
/// are skipped; only ASCII letters count.
/// - Complexity: O(n) in the length of the name.
public func nameInitials(_ name: String) -> String {
  var out: [UInt8] = []
  for word in name.split(separator: " ") {
    // Small words have three letters at most: only those are lower-cased to be looked up.
    if word.utf8.count <= 3 && smallWordsOfNames.contains(word.lowercased()) { continue }
    for part in word.utf8.split(separator: UInt8(ascii: "-")) {
      guard let c = part.first else { continue }
      if c >= 97 && c <= 122 { out.append(c - 32) } else if c >= 65 && c <= 90 { out.append(c) }
    }
  }
  return String(decoding: out, as: UTF8.self)
}

/// The words `nameInitials` skips.
private let smallWordsOfNames: Set<String> = ["of", "for", "and", "the", "&", "on", "in"]
