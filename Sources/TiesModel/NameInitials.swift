/// The initials of a name, as acronyms are formed: one capital letter for each significant word,
/// one per part of a hyphenated word ("Korea International Trade Association" → "KITA",
/// "Japan-Korea Economic Association" → "JKEA"). Small words (of, for, and, the, on, in, &)
/// are skipped; only ASCII letters count.
/// - Complexity: O(n) in the length of the name.
public func nameInitials(_ name: String) -> String {
  var text = name
  return text.withUTF8 { bytes in
    var out: [UInt8] = []
    var start = 0
    while start < bytes.count {
      if bytes[start] == space {
        start += 1
        continue
      }
      var end = start
      while end < bytes.count && bytes[end] != space { end += 1 }
      if !isSmallWordOfNames(bytes[start..<end]) {
        var atPartStart = true
        for c in bytes[start..<end] {
          if c == hyphen {
            atPartStart = true
          } else if atPartStart {
            atPartStart = false
            if c >= 97 && c <= 122 { out.append(c - 32) } else if c >= 65 && c <= 90 { out.append(c) }
          }
        }
      }
      start = end
    }
    return String(decoding: out, as: UTF8.self)
  }
}

private let space = UInt8(ascii: " ")
private let hyphen = UInt8(ascii: "-")

/// The words `nameInitials` skips, in any case: of, for, and, the, &, on, in.
private func isSmallWordOfNames(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
  guard word.count <= 3 else { return false }
  var folded: UInt32 = 0  // the word's bytes, lower-cased, one per byte of the number
  for c in word { folded = folded << 8 | UInt32(c >= 65 && c <= 90 ? c + 32 : c) }
  return smallWordsOfNames.contains(folded)
}

private func packed(_ word: String) -> UInt32 { word.utf8.reduce(0) { $0 << 8 | UInt32($1) } }

private let smallWordsOfNames: [UInt32] = ["of", "for", "and", "the", "&", "on", "in"].map(packed)
