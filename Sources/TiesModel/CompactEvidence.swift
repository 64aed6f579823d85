/// Evidence of a known document in 22 bytes instead of an `Evidence`'s 64: no document name
/// (the holder knows it), offsets in 32 bits, the rule by number (`RuleNumbers`). How a build
/// holds the evidence of every mention and local relation until it is stored.
package struct CompactEvidence: Sendable {
  package let confidence: Double
  package let sentence: Int32
  package let start: Int32
  package let end: Int32
  package let rule: UInt16

  /// `evidence`, when it is of `document`, its offsets fit in 32 bits and its rule has a
  /// number (`rules` gives it one when it is new); nil otherwise, for the holder to keep it
  /// as it came.
  /// - Complexity: O(1) expected.
  package init?(_ evidence: Evidence, of document: String, rules: inout RuleNumbers) {
    guard evidence.document == document, let sentence = Int32(exactly: evidence.sentence),
      let start = Int32(exactly: evidence.start), let end = Int32(exactly: evidence.end),
      let rule = rules.number(evidence.rule)
    else { return nil }
    confidence = evidence.confidence
    self.sentence = sentence
    self.start = start
    self.end = end
    self.rule = rule
  }

  /// The evidence as it was given, `document` being the one it was made for.
  /// - Complexity: O(1).
  package func evidence(of document: String, rules: RuleNumbers) -> Evidence {
    Evidence(
      document: document, sentence: Int(sentence), start: Int(start), end: Int(end), rule: rules[rule],
      confidence: confidence)
  }
}

/// The rules of held evidence, numbered in the order first met.
package struct RuleNumbers: Sendable {
  private var rules: [String] = []
  private var numbers: [String: UInt16] = [:]

  package init() {}

  /// The number of `rule`, given it when it is new; nil past 65,536 rules.
  /// - Complexity: O(1) expected.
  package mutating func number(_ rule: String) -> UInt16? {
    if let known = numbers[rule] { return known }
    guard let next = UInt16(exactly: rules.count) else { return nil }
    numbers[rule] = next
    rules.append(rule)
    return next
  }

  /// The rule of number `n`.
  package subscript(n: UInt16) -> String { rules[Int(n)] }
}
