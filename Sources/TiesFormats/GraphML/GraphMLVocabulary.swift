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
  /// Returns nil when an item is not `document#sentence`.
  public static func parseEvidence(_ text: String, confidence: Double) -> [Evidence]? {
    var result: [Evidence] = []
    let bytes = text.utf8
    for item in bytes.split(separator: UInt8(ascii: ";")) {
      guard let hash = item.lastIndex(of: UInt8(ascii: "#")) else { return nil }
      var sentence = 0
      let digits = item[item.index(after: hash)...]
      guard !digits.isEmpty, digits.count < 18 else { return nil }
      for digit in digits {
        guard digit >= 0x30 && digit <= 0x39 else { return nil }
        sentence = sentence * 10 + Int(digit - 0x30)
      }
      guard let document = String(item[..<hash]) else { return nil }
      result.append(
        Evidence(
          document: unescapeDocument(Substring(document)), sentence: sentence, start: 0, end: 0, rule: "",
          confidence: confidence))
    }
    return result
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
