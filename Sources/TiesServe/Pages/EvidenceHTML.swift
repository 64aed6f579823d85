import TiesModel

/// How an evidence sentence is shown: its document and number, and the sentence with the
/// words the rule matched highlighted.
enum EvidenceHTML {
  /// `<div class="ev">…</div>` for one piece of evidence.
  static func render(_ evidence: Evidence, _ sentence: Sentence?) -> String {
    let source = "<span class=\"doc\">\(HTML.escape(evidence.document))#\(evidence.sentence)</span> "
    guard let sentence else { return "<div class=\"ev\">\(source)</div>" }
    return "<div class=\"ev\">\(source)\(highlighted(sentence, evidence.start, evidence.end))</div>"
  }

  /// The sentence escaped, with the span [start, end) (offsets in Unicode scalars from the
  /// document's start, as evidence records them) in `<mark>`; the span is clipped to the
  /// sentence, and left unmarked when it falls outside.
  /// - Complexity: O(n) in the sentence's length.
  static func highlighted(_ sentence: Sentence, _ start: Int, _ end: Int) -> String {
    let scalars = sentence.text.unicodeScalars
    let count = scalars.count
    let from = min(max(start - sentence.start, 0), count)
    let to = min(max(end - sentence.start, from), count)
    if from == to { return HTML.escape(sentence.text) }
    // Slices of the text itself, not strings built scalar by scalar.
    let a = scalars.index(scalars.startIndex, offsetBy: from)
    let b = scalars.index(a, offsetBy: to - from)
    func text(_ range: Range<String.UnicodeScalarView.Index>) -> String {
      HTML.escape(String(scalars[range]))
    }
    return text(scalars.startIndex..<a) + "<mark>" + text(a..<b) + "</mark>" + text(b..<scalars.endIndex)
  }
}
