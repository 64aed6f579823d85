/// Where a fact was read: the document, the sentence, the character span, the rule that found
/// it and how sure that rule is.
public struct Evidence: Hashable, Codable, Sendable, Comparable {
  /// The document's name as given to extraction (a file name relative to its input folder).
  public var document: String
  /// Zero-based index of the sentence in the document.
  public var sentence: Int
  /// Character offsets (Unicode scalars from the start of the document), half-open.
  public var start: Int
  public var end: Int
  /// The rule that produced the fact, e.g. `appositive-role`, `host-phrase`.
  public var rule: String
  /// 0…1.
  public var confidence: Double

  public init(
    document: String, sentence: Int, start: Int, end: Int, rule: String, confidence: Double
  ) {
    self.document = document
    self.sentence = sentence
    self.start = start
    self.end = end
    self.rule = rule
    self.confidence = confidence
  }

  public static func < (a: Evidence, b: Evidence) -> Bool {
    (a.document, a.sentence, a.start, a.end, a.rule) < (b.document, b.sentence, b.start, b.end, b.rule)
  }
}

extension Array where Element == Evidence {
  /// The items in order (`<`), sorted only when one is out of place: evidence mostly arrives
  /// by document and sentence already. Items that `<` cannot tell apart keep their order,
  /// as the standard library's (stable) sort keeps them.
  /// - Complexity: O(n) when in order, O(n log n) otherwise.
  public func inEvidenceOrder() -> [Evidence] {
    for k in indices.dropFirst() where self[k] < self[k - 1] { return sorted() }
    return self
  }
}
