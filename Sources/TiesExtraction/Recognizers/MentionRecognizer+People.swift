import TiesModel

extension MentionRecognizer {
  /// "Mr Andrew Lee AO", "H.E. Maria Santos", "Tan Sri Ahmad bin Yusof", "Dr S. Rao": a style
  /// before a name makes the words after it a person's name, without the style and without
  /// post-nominal letters. A single word after a style ("Mrs Okafor") is left untyped, for the
  /// document pass to tie to the person named in full.
  ///
  /// Returns whether the segment was handled; false when the words after the style do not read
  /// as one name ("Sri Lanka Tea Board", "Mr Lee and Ms Park", which the caller splits first).
  /// - Complexity: O(k) in the length of the segment.
  func styledPerson(_ lo: Int, _ hi: Int, into s: inout SentenceAnalysis) -> Bool {
    let tokens = s.tokens
    var k = lo
    while k < hi, let length = PersonStyles.styleLength(tokens, at: k), k + length <= hi { k += length }
    guard k > lo, k < hi else { return false }
    var end = hi
    while end > k + 1 && PersonStyles.after.contains(tokens[end - 1].lower)
      && !PersonStyles.generational.contains(tokens[end - 1].lower)
    {
      end -= 1
    }
    if end - k == 1 {
      let t = tokens[k]
      guard t.kind == .word, t.isCapitalized, !lexicon.classes(of: t).contains(.reserved) else { return false }
      s.untyped.append(k..<end)
      return true
    }
    guard headType(tokens, k, end) == nil, names.isStyledNameLike(tokens, k, end) else { return false }
    add(type: .person, k, end, rule: "styled-name", confidence: 0.85, &s)
    return true
  }
}
