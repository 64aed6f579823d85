extension MentionRecognizer {
  /// Whether a known name of several words starts at `lo` ("New York", "The Hague").
  func startsKnownPhrase(_ s: SentenceAnalysis, _ lo: Int, _ hi: Int) -> Bool {
    knownPhraseLength(s, lo, hi) > 1
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
