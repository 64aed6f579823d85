import TiesModel

/// Options of `GraphMLWriter`.
public struct GraphMLWriteOptions: Sendable, Hashable {
  /// Write `color` and `shape` node keys (by entity type, or the entity's own `color` /
  /// `shape` attributes) for yEd's Properties Mapper and Gephi.
  public var styleHints: Bool

  public init(styleHints: Bool = true) {
    self.styleHints = styleHints
  }
}

/// Streams a graph into a GraphML file with libxml2's `xmlTextWriter`, in bounded memory.
///
/// Conforms to `KnowledgeGraphSink`: `begin` writes the header and every key (the standard
/// ones of `GraphMLVocabulary`, then the schema's extra keys), each `node` and `edge` is written
/// at once, and `end` closes the document and renames the temporary file onto `path`. If the
/// writer is dropped before `end`, the target is left untouched.
///
/// Output rules: keys declared once with `for="node"` or `for="edge"` (never `all`), `<data>`
/// on every element where the value exists, ids and `attr.name`s NMTOKEN-safe, edge ids `e0`,
/// `e1`, … in emission order, XML-illegal characters removed, no timestamps: the same calls
/// give the same bytes. Node ids are written through `XMLText.token(_:)` (unchanged for ids
/// made by `EntityID`); callers keep node ids unique, the writer does not check.
///
/// - Complexity: O(V + E) time; memory independent of the graph's size.
public final class GraphMLWriter: KnowledgeGraphSink {
  private struct KeySlot {
    var id: String
    var name: String
    var type: GraphMLAttributeType
    /// The attribute this key writes, for extra keys.
    var source: String?
  }

  private let file: AtomicFile
  private let xml: XMLTextWriter
  private let options: GraphMLWriteOptions
  private var nodeExtras: [KeySlot] = []
  private var edgeExtras: [KeySlot] = []
  private var edgeCount = 0

  /// Prepares to write `path` with the extra keys of `schema`.
  /// - Throws: `FormatsError.io` when the temporary file cannot be created.
  public init(path: String, schema: GraphMLSchema = GraphMLSchema(), options: GraphMLWriteOptions = .init())
    throws
  {
    file = AtomicFile(target: path)
    xml = try XMLTextWriter(path: file.temporaryPath, reportedPath: path)
    self.options = options
    var nodeNames = Set(GraphMLVocabulary.nodeKeys.map(\.name) + ["id"])
    if options.styleHints { nodeNames.formUnion(GraphMLVocabulary.hintKeys.map(\.name)) }
    let hints = options.styleHints
    nodeExtras = Self.slots(schema.node, prefix: "n_", reserved: nodeNames) {
      Self.isConsumed($0, type: $1, element: "node", hints: hints)
    }
    let edgeNames = Set(GraphMLVocabulary.edgeKeys.map(\.name) + ["id"])
    edgeExtras = Self.slots(schema.edge, prefix: "e_", reserved: edgeNames) {
      Self.isConsumed($0, type: $1, element: "edge", hints: hints)
    }
  }

  /// Writes `graph` (entities by id, relations by key) to `path`, with the schema its
  /// attributes need; `directed: false` writes `edgedefault="undirected"` (for example to
  /// re-export an undirected import).
  /// - Throws: `FormatsError.idCollision` when two node ids map to one XML id;
  ///   `FormatsError.io` or `.libxml` when the file cannot be written.
  public static func write(
    _ graph: KnowledgeGraph, to path: String, directed: Bool = true, options: GraphMLWriteOptions = .init()
  ) throws {
    var sorted = graph
    sorted.canonicalize()
    try checkTokenCollisions(sorted.entities.map(\.id.rawValue))
    sortByWrittenIDs(&sorted)
    let writer = try GraphMLWriter(path: path, schema: .inferred(from: sorted), options: options)
    try writer.begin(directed: directed)
    for entity in sorted.entities { try writer.node(entity) }
    for relation in sorted.relations { try writer.edge(relation, id: nil) }
    try writer.end()
  }

  /// Re-sorts a canonical graph by the ids as written, when some id is written encoded, so
  /// that a re-export of the imported file (which holds the encoded ids) keeps the same order.
  static func sortByWrittenIDs(_ graph: inout KnowledgeGraph) {
    let unsafe = { (id: EntityID) in XMLText.token(id.rawValue) != id.rawValue }
    guard
      graph.entities.contains(where: { unsafe($0.id) })
        || graph.relations.contains(where: { unsafe($0.subject) || unsafe($0.object) })
    else { return }
    graph.entities =
      graph.entities.map { (XMLText.token($0.id.rawValue), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    graph.relations = graph.relations.map { relation in
      var key = relation.key
      key.subject = EntityID(rawValue: XMLText.token(relation.subject.rawValue))
      key.object = EntityID(rawValue: XMLText.token(relation.object.rawValue))
      return (key, relation)
    }.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// Throws `FormatsError.idCollision` when two ids map to the same NMTOKEN-safe id (only
  /// possible when some id is not already safe).
  static func checkTokenCollisions(_ ids: [String]) throws {
    guard ids.contains(where: { XMLText.token($0) != $0 }) else { return }
    var seen: [String: String] = [:]
    for id in ids {
      let token = XMLText.token(id)
      if let other = seen[token], other != id { throw FormatsError.idCollision(other, id) }
      seen[token] = id
    }
  }

  /// Extra keys with NMTOKEN-safe names that avoid the standard ones and each other.
  private static func slots(
    _ keys: [GraphMLSchema.Key], prefix: String, reserved: Set<String>,
    isConsumed: (String, GraphMLAttributeType) -> Bool
  ) -> [KeySlot] {
    var taken = reserved
    var slots: [KeySlot] = []
    for key in keys where !isConsumed(key.name, key.type) {
      var name = XMLText.attributeName(key.name)
      while taken.contains(name) { name += "_" }
      taken.insert(name)
      slots.append(KeySlot(id: prefix + name, name: name, type: key.type, source: key.name))
    }
    return slots
  }

  public func begin(directed: Bool) throws {
    try xml.startDocument()
    try xml.startElement("graphml")
    try xml.attribute("xmlns", GraphMLVocabulary.namespace)
    try xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
    try xml.attribute(
      "xsi:schemaLocation",
      GraphMLVocabulary.namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
    var nodeKeys = GraphMLVocabulary.nodeKeys
    if options.styleHints { nodeKeys += GraphMLVocabulary.hintKeys }
    for key in nodeKeys { try declare(id: "n_" + key.name, for: "node", name: key.name, type: key.type) }
    for slot in nodeExtras { try declare(id: slot.id, for: "node", name: slot.name, type: slot.type) }
    for key in GraphMLVocabulary.edgeKeys {
      try declare(id: "e_" + key.name, for: "edge", name: key.name, type: key.type)
    }
    for slot in edgeExtras { try declare(id: slot.id, for: "edge", name: slot.name, type: slot.type) }
    try xml.startElement("graph")
    try xml.attribute("id", "G")
    try xml.attribute("edgedefault", directed ? "directed" : "undirected")
  }

  private func declare(id: String, for domain: String, name: String, type: GraphMLAttributeType) throws {
    try xml.startElement("key")
    try xml.attribute("id", id)
    try xml.attribute("for", domain)
    try xml.attribute("attr.name", name)
    try xml.attribute("attr.type", type.rawValue)
    try xml.endElement()
  }

  private func data(_ key: String, _ value: String) throws {
    try xml.startElement("data")
    try xml.attribute("key", key)
    try xml.text(value)
    try xml.endElement()
  }

  public func node(_ entity: Entity) throws {
    try xml.startElement("node")
    try xml.attribute("id", XMLText.token(entity.id.rawValue))
    try data("n_label", entity.name)
    if !entity.type.rawValue.isEmpty { try data("n_type", entity.type.rawValue) }
    if !entity.aliases.isEmpty {
      try data("n_aliases", entity.aliases.joined(separator: GraphMLVocabulary.aliasSeparator))
    }
    try data("n_mentions", String(entity.mentionCount))
    if let date = entity.date { try data("n_date", date) }
    if options.styleHints {
      let style = EntityStyle.of(entity.type)
      try data("n_color", Self.stringAttribute(entity.attributes["color"]) ?? style.color)
      try data("n_shape", Self.stringAttribute(entity.attributes["shape"]) ?? style.shapeHint)
    }
    try extras(entity.attributes, slots: nodeExtras, element: "node")
    try xml.endElement()
  }

  public func edge(_ relation: Relation, id: String?) throws {
    try xml.startElement("edge")
    try xml.attribute("id", "e" + String(edgeCount))
    edgeCount += 1
    try xml.attribute("source", XMLText.token(relation.subject.rawValue))
    try xml.attribute("target", XMLText.token(relation.object.rawValue))
    try data("e_predicate", relation.predicate.rawValue)
    if let role = relation.role { try data("e_role", role) }
    try data("e_weight", NumberFormatting.shortest(Self.weight(of: relation)))
    try data("e_confidence", NumberFormatting.shortest(relation.confidence))
    if !relation.evidence.isEmpty {
      try data("e_evidence", GraphMLVocabulary.evidenceText(relation.evidence))
    }
    if let asOf = relation.asOf { try data("e_as_of", asOf) }
    try extras(relation.attributes, slots: edgeExtras, element: "edge")
    try xml.endElement()
  }

  public func end() throws {
    try xml.endDocument()
    try file.commit()
  }

  /// The `weight` of a relation: its numeric `weight` attribute, else its evidence count
  /// (at least 1).
  static func weight(of relation: Relation) -> Double {
    switch relation.attributes["weight"] {
    case .int(let v)?: return Double(v)
    case .long(let v)?: return Double(v)
    case .double(let v)?: return v
    default: return Double(max(relation.evidence.count, 1))
    }
  }

  private static func stringAttribute(_ value: AttributeValue?) -> String? {
    if case .string(let s)? = value { return s }
    return nil
  }

  private func extras(
    _ attributes: [String: AttributeValue], slots: [KeySlot], element: String
  ) throws {
    if attributes.isEmpty { return }
    var written = 0
    for slot in slots {
      guard let source = slot.source, let value = attributes[source] else { continue }
      written += 1
      try data(slot.id, try Self.text(value, as: slot.type, name: source, element: element))
    }
    if written < attributes.count {
      for name in attributes.keys.sorted() where !slots.contains(where: { $0.source == name }) {
        if let value = attributes[name],
          Self.isConsumed(
            name, type: GraphMLAttributeType(of: value), element: element, hints: options.styleHints)
        {
          continue
        }
        throw FormatsError.attributeNotInSchema(name: name, element: element)
      }
    }
  }

  /// Whether an attribute feeds a standard key instead of an extra one: a numeric edge
  /// `weight`, and with style hints a string node `color` or `shape`.
  private static func isConsumed(
    _ name: String, type: GraphMLAttributeType, element: String, hints: Bool
  ) -> Bool {
    switch (element, name, type) {
    case ("edge", "weight", .int), ("edge", "weight", .long), ("edge", "weight", .double),
      ("edge", "weight", .float):
      return true
    case ("node", "color", .string), ("node", "shape", .string): return hints
    default: return false
    }
  }

  /// `value` as text of a key of `type`, widening numbers; refuses what does not fit.
  static func text(_ value: AttributeValue, as type: GraphMLAttributeType, name: String, element: String)
    throws -> String
  {
    switch (value, type) {
    case (.string(let s), .string): return s
    case (_, .string): return value.description
    case (.bool(let b), .boolean): return b ? "true" : "false"
    case (.int(let i), .int), (.int(let i), .long): return String(i)
    case (.long(let l), .long): return String(l)
    case (.int(let i), .double), (.int(let i), .float): return NumberFormatting.shortest(Double(i))
    case (.long(let l), .double), (.long(let l), .float): return NumberFormatting.shortest(Double(l))
    case (.double(let d), .double), (.double(let d), .float): return NumberFormatting.shortest(d)
    default: throw FormatsError.attributeNotInSchema(name: name, element: element)
    }
  }
}
