import TiesModel

/// Options of `DOTWriter`.
public struct DOTOptions: Sendable, Hashable {
  /// How nodes are grouped into `cluster_…` subgraphs.
  public enum Clustering: Sendable, Hashable {
    case none
    /// One cluster per entity type.
    case byType
    /// One cluster per community number (for example from `louvainCommunities`); entities
    /// missing from the map stay outside every cluster.
    case byCommunity([EntityID: Int])
  }

  public var clustering: Clustering
  /// Add `subgraph cluster_legend` with one sample node per entity type and one sample edge
  /// per predicate that the graph uses.
  public var legend: Bool
  /// The engine named in the file's `layout` attribute; nil picks
  /// `LayoutRecommendation.forGraph(nodeCount:)`.
  public var engine: LayoutEngine?

  public init(clustering: Clustering = .none, legend: Bool = true, engine: LayoutEngine? = nil) {
    self.clustering = clustering
    self.legend = legend
    self.engine = engine
  }
}

/// Writes a knowledge graph as Graphviz DOT that renders for any names.
///
/// Every id is a quoted, escaped string (so `node`, `strict`, `1abc`, `a:b` are plain names);
/// node ids are entity ids and the display name is a separate `label`. Shape and fill colour
/// come from the entity type (`EntityStyle`), line style and colour from the predicate
/// (`PredicateStyle`); affiliation edges are labelled with the role, others with the
/// predicate. The graph is never `strict`, so parallel edges stay. Output is deterministic:
/// entities by id, relations by key, clusters by name.
///
/// - Complexity: O((V + E) log(V + E)) for the sort; the text is streamed to the file.
public enum DOTWriter {
  /// Writes `graph` to `path` (through a temporary file renamed into place).
  /// - Throws: `FormatsError.io` when the file cannot be written.
  public static func write(_ graph: KnowledgeGraph, to path: String, options: DOTOptions = .init()) throws {
    let file = AtomicFile(target: path)
    let output = try BufferedFileOutput(path: file.temporaryPath, reportedPath: path)
    try emit(graph, options: options) { try output.write($0) }
    try output.flush()
    try file.commit()
  }

  /// The DOT text of `graph`.
  public static func render(_ graph: KnowledgeGraph, options: DOTOptions = .init()) -> String {
    var text = ""
    // The closure never throws here.
    try? emit(graph, options: options) { text += $0 }
    return text
  }

  static func emit(_ graph: KnowledgeGraph, options: DOTOptions, _ out: (String) throws -> Void) throws {
    var sorted = graph
    sorted.canonicalize()
    let engine = options.engine ?? LayoutRecommendation.forGraph(nodeCount: sorted.entities.count).engine
    try header(engine: engine, out)

    let groups = clusters(of: sorted.entities, by: options.clustering)
    for entity in groups.loose { try out("  " + nodeLine(entity) + "\n") }
    for (index, cluster) in groups.clusters.enumerated() {
      try out("  subgraph \"cluster_\(index)\" {\n")
      try out("    label=\(DOTText.quoted(cluster.label)); style=\"rounded\"; color=\"#999999\";\n")
      for entity in cluster.members { try out("    " + nodeLine(entity) + "\n") }
      try out("  }\n")
    }
    for relation in sorted.relations {
      try out("  " + edgeLine(relation) + "\n")
    }
    if options.legend { try legend(for: sorted, out) }
    try out("}\n")
  }

  /// `digraph "ties" {` and the graph, node and edge defaults for `engine`.
  static func header(engine: LayoutEngine, _ out: (String) throws -> Void) throws {
    try out("digraph \"ties\" {\n")
    try out("  graph [layout=\"\(engine.rawValue)\", charset=\"UTF-8\", fontname=\"Helvetica\"")
    try out(engine == .dot ? ", rankdir=\"LR\"];\n" : ", overlap=\"prism\", outputorder=\"edgesfirst\"];\n")
    try out("  node [style=\"filled\", fontname=\"Helvetica\", fontsize=\"11\"];\n")
    try out("  edge [fontname=\"Helvetica\", fontsize=\"9\"];\n")
  }

  static func nodeLine(_ entity: Entity) -> String {
    let style = EntityStyle.of(entity.type)
    return DOTText.quotedID(entity.id.rawValue) + " [label=" + DOTText.quoted(entity.name) + ", shape=\""
      + style.dotShape + "\", fillcolor=\"" + style.color + "\"];"
  }

  static func edgeLabel(_ relation: Relation) -> String {
    if relation.predicate == .affiliatedWith, let role = relation.role, !role.isEmpty { return role }
    return relation.predicate.rawValue.replacingUnderscores()
  }

  static func edgeLine(_ relation: Relation) -> String {
    let style = PredicateStyle.of(relation.predicate)
    return DOTText.quotedID(relation.subject.rawValue) + " -> " + DOTText.quotedID(relation.object.rawValue)
      + " [label=" + DOTText.quoted(edgeLabel(relation)) + ", style=\"" + style.lineStyle + "\", color=\""
      + style.color + "\", fontcolor=\"" + style.color + "\"];"
  }

  private struct Cluster {
    var label: String
    var members: [Entity]
  }

  private static func clusters(
    of entities: [Entity], by clustering: DOTOptions.Clustering
  ) -> (loose: [Entity], clusters: [Cluster]) {
    switch clustering {
    case .none:
      return (entities, [])
    case .byType:
      var byType: [EntityType: [Entity]] = [:]
      for entity in entities { byType[entity.type, default: []].append(entity) }
      let types = byType.keys.sorted(by: typeOrder)
      return (
        [],
        types.map { Cluster(label: $0.rawValue.isEmpty ? "untyped" : $0.rawValue, members: byType[$0] ?? []) }
      )
    case .byCommunity(let community):
      var loose: [Entity] = []
      var byCommunity: [Int: [Entity]] = [:]
      for entity in entities {
        if let c = community[entity.id] {
          byCommunity[c, default: []].append(entity)
        } else {
          loose.append(entity)
        }
      }
      return (
        loose,
        byCommunity.keys.sorted().map { Cluster(label: "community \($0)", members: byCommunity[$0] ?? []) }
      )
    }
  }

  /// Extracted types in their summary order, then the others by name.
  static func typeOrder(_ a: EntityType, _ b: EntityType) -> Bool {
    let ia = EntityType.extracted.firstIndex(of: a) ?? Int.max
    let ib = EntityType.extracted.firstIndex(of: b) ?? Int.max
    return ia != ib ? ia < ib : a < b
  }

  static func legend(for graph: KnowledgeGraph, _ out: (String) throws -> Void) throws {
    let types = Set(graph.entities.map(\.type)).sorted(by: typeOrder)
    let predicates = Set(graph.relations.map(\.predicate)).sorted()
    if types.isEmpty && predicates.isEmpty { return }
    let ids = Set(graph.entities.map(\.id.rawValue))
    var prefix = "legend:"
    while ids.contains(where: { $0.hasPrefix(prefix) }) { prefix = "_" + prefix }
    try out("  subgraph \"cluster_legend\" {\n")
    try out("    label=\"Legend\"; style=\"rounded\"; color=\"#999999\"; fontsize=\"10\";\n")
    for type in types {
      let style = EntityStyle.of(type)
      try out(
        "    " + DOTText.quotedID(prefix + "type:" + type.rawValue) + " [label="
          + DOTText.quoted(type.rawValue.isEmpty ? "untyped" : type.rawValue) + ", shape=\"" + style.dotShape
          + "\", fillcolor=\"" + style.color + "\"];\n")
    }
    for predicate in predicates {
      let style = PredicateStyle.of(predicate)
      let from = DOTText.quotedID(prefix + "from:" + predicate.rawValue)
      let to = DOTText.quotedID(prefix + "to:" + predicate.rawValue)
      try out("    \(from) [label=\"\", shape=\"point\", width=\"0.05\"];\n")
      try out("    \(to) [label=\"\", shape=\"point\", width=\"0.05\"];\n")
      try out(
        "    \(from) -> \(to) [label=" + DOTText.quoted(predicate.rawValue.replacingUnderscores())
          + ", style=\"" + style.lineStyle + "\", color=\"" + style.color + "\", fontcolor=\"" + style.color
          + "\"];\n")
    }
    try out("  }\n")
  }
}

extension String {
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? " " : $0 })
  }
}
