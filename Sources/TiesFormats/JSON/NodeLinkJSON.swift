import TiesModel

/// Writes networkx's node-link JSON (`networkx.node_link_graph(data)` with the 3.6 defaults:
/// `nodes`, `edges`, `source`, `target`, `key`, `id`).
///
/// Shape: `{"directed": true, "multigraph": true, "graph": {"name": "ties"}, "nodes": [...],
/// "edges": [...]}`. A node holds `id`, `label`, `type`, `aliases` (array), `mentions`, `date`
/// and its extra attributes; an edge holds `source`, `target`, `key` (`e0`, `e1`, … in output
/// order), `predicate`, `role`, `weight`, `confidence`, `evidence` (array of `document#sentence`
/// strings, as in GraphML), `as_of` and its extra attributes. Keys appear in that order, extras
/// sorted, an extra whose name is taken gets `_` appended; absent optional values are omitted;
/// non-finite numbers become `null`. Entities are written by id and relations by key, so the
/// same graph gives the same bytes.
///
/// - Complexity: O((V + E) log(V + E)); memory for the graph only, text is streamed.
public enum NodeLinkJSON {
  /// Writes `graph` to `path` through a temporary file renamed into place.
  public static func write(_ graph: KnowledgeGraph, to path: String) throws {
    let file = AtomicFile(target: path)
    let output = try BufferedFileOutput(path: file.temporaryPath, reportedPath: path)
    try emit(graph) { try output.write($0) }
    try output.flush()
    try file.commit()
  }

  /// The JSON text of `graph`.
  public static func render(_ graph: KnowledgeGraph) -> String {
    var text = ""
    try? emit(graph) { text += $0 }
    return text
  }

  static let nodeFields: Set<String> = ["id", "label", "type", "aliases", "mentions", "date"]
  static let edgeFields: Set<String> = [
    "source", "target", "key", "predicate", "role", "weight", "confidence", "evidence", "as_of",
  ]

  static func emit(_ graph: KnowledgeGraph, _ out: (String) throws -> Void) throws {
    var sorted = graph
    sorted.canonicalize()
    try out("{\"directed\": true, \"multigraph\": true, \"graph\": {\"name\": \"ties\"}, \"nodes\": [")
    for (i, entity) in sorted.entities.enumerated() {
      var fields: [(String, String)] = [
        ("id", string(entity.id.rawValue)), ("label", string(entity.name)),
      ]
      if !entity.type.rawValue.isEmpty { fields.append(("type", string(entity.type.rawValue))) }
      if !entity.aliases.isEmpty {
        fields.append(("aliases", "[" + entity.aliases.map(string).joined(separator: ", ") + "]"))
      }
      fields.append(("mentions", String(entity.mentionCount)))
      if let date = entity.date { fields.append(("date", string(date))) }
      fields += extras(entity.attributes, taken: nodeFields)
      try out((i == 0 ? "\n  " : ",\n  ") + object(fields))
    }
    try out("\n], \"edges\": [")
    for (i, relation) in sorted.relations.enumerated() {
      var fields: [(String, String)] = [
        ("source", string(relation.subject.rawValue)), ("target", string(relation.object.rawValue)),
        ("key", string("e\(i)")), ("predicate", string(relation.predicate.rawValue)),
      ]
      if let role = relation.role { fields.append(("role", string(role))) }
      fields.append(("weight", number(GraphMLWriter.weight(of: relation))))
      fields.append(("confidence", number(relation.confidence)))
      if !relation.evidence.isEmpty {
        let items = GraphMLVocabulary.evidenceText(relation.evidence).split(separator: ";")
        fields.append(("evidence", "[" + items.map { string(String($0)) }.joined(separator: ", ") + "]"))
      }
      if let asOf = relation.asOf { fields.append(("as_of", string(asOf))) }
      var attributes = relation.attributes
      if case .string? = attributes["weight"] {} else { attributes["weight"] = nil }
      fields += extras(attributes, taken: edgeFields)
      try out((i == 0 ? "\n  " : ",\n  ") + object(fields))
    }
    try out("\n]}\n")
  }

  private static func extras(_ attributes: [String: AttributeValue], taken: Set<String>) -> [(String, String)]
  {
    var used = taken
    var fields: [(String, String)] = []
    for name in attributes.keys.sorted() {
      guard let value = attributes[name] else { continue }
      var key = name
      while used.contains(key) { key += "_" }
      used.insert(key)
      fields.append((key, json(value)))
    }
    return fields
  }

  private static func object(_ fields: [(String, String)]) -> String {
    "{" + fields.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
  }

  static func json(_ value: AttributeValue) -> String {
    switch value {
    case .string(let s): return string(s)
    case .int(let i): return String(i)
    case .long(let l): return String(l)
    case .double(let d): return number(d)
    case .bool(let b): return b ? "true" : "false"
    }
  }

  static func number(_ value: Double) -> String {
    value.isFinite ? NumberFormatting.shortest(value) : "null"
  }

  /// Whether `text` holds a character a JSON string literal escapes: `"`, `\` or a control.
  static func needsEscape(_ text: String) -> Bool {
    text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C })
  }

  /// A JSON string literal: `"` and `\` escaped, controls as `\n`, `\t`, … or `\u00XX`.
  static func string(_ text: String) -> String {
    // Most names and ids need no escape: copied whole rather than scalar by scalar.
    if !needsEscape(text) { return "\"" + text + "\"" }
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      case 0x08: out += "\\b"
      case 0x0C: out += "\\f"
      case 0x00..<0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
