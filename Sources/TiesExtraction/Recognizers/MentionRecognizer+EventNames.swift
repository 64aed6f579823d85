extension MentionRecognizer {
  /// "the East African Business and Investment Summit", "the Nordic Trade and Investment
  /// Forum": fields in ordinary words on both sides of "and", the right side ending in an
  /// event's head word, name one event. Two events would each end in a head word of their own
  /// ("the Tech Summit and Energy Conference"), and a name on the left would have a head word
  /// or a name's word before the "and".
  /// - Complexity: O(hi − lo).
  func isEventNameAcrossAnd(_ tokens: [Token], lo: Int, at k: Int, hi: Int) -> Bool {
    guard k > lo, hi - k >= 3, headType(tokens, k + 1, hi) == .event else { return false }
    switch headType(tokens, lo, k) {
    case nil, .company?: break
    default: return false
    }
    let field = tokens[k - 1]
    guard field.isCapitalized, isOrdinaryWord(field),
      lexicon.classes(of: field).isDisjoint(with: [.familyName, .givenName, .city, .country]),
      !lexicon.eventHeads.contains(field.lower)
    else { return false }
    // The fields after "and", before the head word.
    return (k + 1..<hi - 1).allSatisfy { tokens[$0].isCapitalized && isOrdinaryWord(tokens[$0]) }
  }
}
