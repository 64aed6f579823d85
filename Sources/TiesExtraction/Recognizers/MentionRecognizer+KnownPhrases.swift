extension MentionRecognizer {
  /// Whether a known name of several words starts at `lo` and ends by `hi` ("New York", "The
  /// Hague"), or ends inside a
  /// hyphenated word before another name ("the New Zealand-UK Business Council": "New" opens
  /// the name).
  /// - Complexity: O(c·w) for the c known names that start with the word at `lo`, of w words.
  func startsKnownPhrase(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    if knownPhraseLength(s, lo, hi) > 1 { return true }
    guard s.classes[lo].contains(.gazetteerStart), let candidates = lexicon.gazetteer[s.tokens[lo].lower]
    else { return false }
    return candidates.contains { entry in
      guard entry.words.count > 1, lo + entry.words.count <= hi, let last = entry.words.last else {
        return false
      }
      let word = s.tokens[lo + entry.words.count - 1]
      // Another name after the hyphen ("Zealand-UK"), not a word made of the place ("York-based").
      return zip(entry.words.dropLast(), s.tokens[lo...]).allSatisfy { $0 == $1.lower }
        && word.lower.hasPrefix(last + "-")
        && word.text.dropFirst(last.count + 1).first?.isUppercase == true
    }
  }

  /// The number of words of the longest known name that starts at `lo` and ends by `hi`; 0
  /// when none does.
  func knownPhraseLength(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Int {
    guard s.classes[lo].contains(.gazetteerStart), let candidates = lexicon.gazetteer[s.tokens[lo].lower]
    else { return 0 }
    // Longest first (`Lexicon.buildGazetteer`).
    let entry = candidates.first { entry in
      lo + entry.words.count <= hi
        && zip(entry.words, s.tokens[lo..<(lo + entry.words.count)]).allSatisfy { $0 == $1.lower }
    }
    return entry?.words.count ?? 0
  }
}
