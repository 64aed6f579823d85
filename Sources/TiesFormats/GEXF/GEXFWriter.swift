import TiesModel

/// Writes GEXF 1.3, Gephi's native format, with libxml2's `xmlTextWriter`.
///
/// Nodes carry `label`, typed `<attvalues>` (`type`, `aliases` joined with
/// `GraphMLVocabulary.aliasSeparator`, `mentions`, `date`, then the extra attributes) and a
/// `viz:color` by entity type; edges carry `id` (`e0`, `e1`, … in output order), `label` (the
/// predicate), `weight`, and `predicate`, `role`, `confidence`, `evidence`, `as_of` and extras as
/// attributes. Parallel edges are allowed (`kind` is the predicate). No `lastmodifieddate`, so
/// the same graph gives the same bytes. GEXF lists nodes before edges, so the graph is
/// written from memory.
///
/// networkx reads it with `networkx.read_gexf(path, version="1.3")`.
/// - Complexity: O((V + E) log(V + E)).
public enum GEXFWriter {
  static let nodeFields: [(String, String)] = [
    ("type", "string"), ("aliases", "string"), ("mentions", "integer"), ("date", "string"),
  ]
  static let edgeFields: [(String, String)] = [
    ("predicate", "string"), ("role", "string"), ("confidence", "double"), ("evidence", "string"),
    ("as_of", "string"),
  ]

  /// Writes `graph` to `path` through a temporary file renamed into place.
  /// - Throws: `FormatsError.io` or `.libxml` when the file cannot be written.
  public static func write(_ graph: KnowledgeGraph, to path: String) throws {
    var sorted = graph
    sorted.canonicalize()
    let schema = GraphMLSchema.inferred(from: sorted)
    let file = AtomicFile(target: path)
    let xml = try XMLTextWriter(path: file.temporaryPath, reportedPath: path)
    try xml.startDocument()
    try xml.startElement("gexf")
    try xml.attribute("xmlns", "http://gexf.net/1.3")
    try xml.attribute("xmlns:viz", "http://gexf.net/1.3/viz")
    try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
    try xml.attribute("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd")
    try xml.attribute("version", "1.3")
    try xml.startElement("meta")
    try xml.element("creator", text: "Ties")
    try xml.endElement()
    try xml.startElement("graph")
    try xml.attribute("defaultedgetype", "directed")
    try xml.attribute("mode", "static")

    let nodeExtras = extras(schema.node, taken: Set(nodeFields.map(\.0) + ["label", "id"]))
    let numericWeight: Set<GraphMLAttributeType> = [.int, .long, .float, .double]
    let edgeKeys = schema.edge.filter { !($0.name == "weight" && numericWeight.contains($0.type)) }
    let edgeExtras = extras(edgeKeys, taken: Set(edgeFields.map(\.0) + ["label", "id", "weight"]))
    try declare(xml, "node", nodeFields + nodeExtras.map { ($0.title, gexfType($0.key.type)) })
    try declare(xml, "edge", edgeFields + edgeExtras.map { ($0.title, gexfType($0.key.type)) })

    try xml.startElement("nodes")
    for entity in sorted.entities {
      try xml.startElement("node")
      try xml.attribute("id", entity.id.rawValue)
      try xml.attribute("label", entity.name)
      var values: [(String, String)] = []
      if !entity.type.rawValue.isEmpty { values.append(("type", entity.type.rawValue)) }
      if !entity.aliases.isEmpty {
        values.append(("aliases", entity.aliases.joined(separator: GraphMLVocabulary.aliasSeparator)))
      }
      values.append(("mentions", String(entity.mentionCount)))
      if let date = entity.date { values.append(("date", date)) }
      for extra in nodeExtras {
        if let value = entity.attributes[extra.key.name] { values.append((extra.title, text(value))) }
      }
      try attvalues(xml, values)
      try color(xml, EntityStyle.of(entity.type).color)
      try xml.endElement()
    }
    try xml.endElement()

    try xml.startElement("edges")
    for (index, relation) in sorted.relations.enumerated() {
      try xml.startElement("edge")
      try xml.attribute("id", "e\(index)")
      try xml.attribute("source", relation.subject.rawValue)
      try xml.attribute("target", relation.object.rawValue)
      try xml.attribute("kind", relation.predicate.rawValue)
      try xml.attribute("label", relation.predicate.rawValue)
      try xml.attribute("weight", NumberFormatting.shortest(GraphMLWriter.weight(of: relation)))
      var values: [(String, String)] = [("predicate", relation.predicate.rawValue)]
      if let role = relation.role { values.append(("role", role)) }
      values.append(("confidence", NumberFormatting.shortest(relation.confidence)))
      if !relation.evidence.isEmpty {
        values.append(("evidence", GraphMLVocabulary.evidenceText(relation.evidence)))
      }
      if let asOf = relation.asOf { values.append(("as_of", asOf)) }
      for extra in edgeExtras {
        if let value = relation.attributes[extra.key.name] { values.append((extra.title, text(value))) }
      }
      try attvalues(xml, values)
      try xml.endElement()
    }
    try xml.endElement()
    try xml.endDocument()
    try file.commit()
  }

  private static func extras(
    _ keys: [GraphMLSchema.Key], taken: Set<String>
  ) -> [(key: GraphMLSchema.Key, title: String)] {
    var used = taken
    var result: [(key: GraphMLSchema.Key, title: String)] = []
    for key in keys {
      var title = XMLText.attributeName(key.name)
      while used.contains(title) { title += "_" }
      used.insert(title)
      result.append((key, title))
    }
    return result
  }

  private static func gexfType(_ type: GraphMLAttributeType) -> String {
    switch type {
    case .int: return "integer"
    case .long: return "long"
    case .float, .double: return "double"
    case .boolean: return "boolean"
    case .string: return "string"
    }
  }

  private static func text(_ value: AttributeValue) -> String { value.description }

  private static func declare(_ xml: XMLTextWriter, _ kind: String, _ fields: [(String, String)]) throws {
    try xml.startElement("attributes")
    try xml.attribute("class", kind)
    for (title, type) in fields {
      try xml.startElement("attribute")
      try xml.attribute("id", title)
      try xml.attribute("title", title)
      try xml.attribute("type", type)
      try xml.endElement()
    }
    try xml.endElement()
  }

  private static func attvalues(_ xml: XMLTextWriter, _ values: [(String, String)]) throws {
    if values.isEmpty { return }
    try xml.startElement("attvalues")
    for (key, value) in values {
      try xml.startElement("attvalue")
      try xml.attribute("for", key)
      try xml.attribute("value", value)
      try xml.endElement()
    }
    try xml.endElement()
  }

  private static func color(_ xml: XMLTextWriter, _ hex: String) throws {
    let digits = Array(hex.utf8.dropFirst())
    guard digits.count == 6 else { return }
    func channel(_ i: Int) -> String {
      String(Int(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16) ?? 0)
    }
    try xml.startElement("viz:color")
    try xml.attribute("r", channel(0))
    try xml.attribute("g", channel(2))
    try xml.attribute("b", channel(4))
    try xml.endElement()
  }
}
