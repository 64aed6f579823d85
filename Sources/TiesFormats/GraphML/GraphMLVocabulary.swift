import TiesModel

/// The standard keys Ties writes and maps back on import, and how list values are spelled.
///
/// Node keys: `label` (→ `Entity.name`), `type`, `aliases`, `mentions` (int), `date`, and with
/// style hints `color` and `shape`. Edge keys: `predicate` (absent on import means
/// `related_to`), `role`, `weight` (double), `confidence` (double), `evidence`, `as_of`.
public enum GraphMLVocabulary {
  /// The namespace of GraphML elements.
  public static let namespace = "http://graphml.graphdrawing.org/xmlns"
  /// Aliases are joined with `" | "` (space, bar, space) in the `aliases` value; an alias that
  /// itself contains that sequence does not survive the round trip.
  public static let aliasSeparator = " | "
  /// The predicate given to an imported edge with no `predicate` data.
  public static let defaultPredicate = Predicate(rawValue: "related_to")

  static let nodeKeys: [(name: String, type: GraphMLAttributeType)] = [
    ("label", .string), ("type", .string), ("aliases", .string), ("mentions", .int), ("date", .string),
  ]
  static let hintKeys: [(name: String, type: GraphMLAttributeType)] = [
    ("color", .string), ("shape", .string),
  ]
  static let edgeKeys: [(name: String, type: GraphMLAttributeType)] = [
    ("predicate", .string), ("role", .string), ("weight", .double), ("confidence", .double),
    ("evidence", .string), ("as_of", .string),
  ]

  /// `evidence` text: `document#sentence` items joined by `;`, duplicates dropped; `%`, `#`
  /// and `;` in a document name are percent-encoded. Offsets and rules are not exported.
  public static func evidenceText(_ evidence: [Evidence]) -> String {
    var out = ""
    var last: (String, Int)?
    for item in evidence {
      if let last, last.0 == item.document, last.1 == item.sentence { continue }
      last = (item.document, item.sentence)
      if !out.isEmpty { out += ";" }
      out += escapeDocument(item.document) + "#" + String(item.sentence)
    }
    return out
  }

  /// Parses `evidenceText` back; each item gets `confidence`, empty offsets and rule.
  /// Returns nil when an item is not `document#sentence`. Empty items are skipped.
  /// - Complexity: O(length), one pass over the UTF-8 bytes; one allocation for the array and
  ///   one per document name longer than 15 bytes.
  public static func parseEvidence(_ text: String, confidence: Double) -> [Evidence]? {
    var text = text
    return text.withUTF8 { parseEvidence(utf8: $0, confidence: confidence) }
  }

  /// `parseEvidence(_:confidence:)` on valid UTF-8.
  static func parseEvidence(utf8 bytes: UnsafeBufferPointer<UInt8>, confidence: Double) -> [Evidence]? {
    var result: [Evidence] = []
    result.reserveCapacity(1 + bytes.count { $0 == UInt8(ascii: ";") })
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: ";") { end += 1 }
      if end > start {
        guard let item = evidenceItem(UnsafeBufferPointer(rebasing: bytes[start..<end]), confidence)
        else { return nil }
        result.append(item)
      }
      start = end + 1
    }
    return result
  }

  /// One `document#sentence` item; nil when it is not one.
  private static func evidenceItem(_ item: UnsafeBufferPointer<UInt8>, _ confidence: Double) -> Evidence? {
    guard let hash = item.lastIndex(of: UInt8(ascii: "#")) else { return nil }
    let digits = item.count - hash - 1
    guard digits > 0, digits < 18 else { return nil }
    var sentence = 0
    for digit in item[(hash + 1)...] {
      guard digit >= 0x30 && digit <= 0x39 else { return nil }
      sentence = sentence * 10 + Int(digit - 0x30)
    }
    // The item was valid UTF-8 and `#` is ASCII, so the name before it is too.
    let name = UnsafeBufferPointer(rebasing: item[..<hash])
    let document = String(decoding: name, as: UTF8.self)
    return Evidence(
      document: name.contains(0x25) ? unescapeDocument(Substring(document)) : document,
      sentence: sentence, start: 0, end: 0, rule: "", confidence: confidence)
  }

  static func escapeDocument(_ name: String) -> String {
    guard name.utf8.contains(where: { $0 == 0x25 || $0 == 0x23 || $0 == 0x3B }) else { return name }
    var out = ""
    for c in name {
      switch c {
      case "%": out += "%25"
      case "#": out += "%23"
      case ";": out += "%3B"
      default: out.append(c)
      }
    }
    return out
  }

  static func unescapeDocument(_ text: Substring) -> String {
    guard text.utf8.contains(0x25) else { return String(text) }
    var out = ""
    var i = text.startIndex
    while i < text.endIndex {
      let code = text[i...].prefix(3)
      switch code {
      case "%23": out += "#"
      case "%3B": out += ";"
      case "%25": out += "%"
      default:
        out.append(text[i])
        i = text.index(after: i)
        continue
      }
      i = code.endIndex
    }
    return out
  }
}
