import TiesModel

/// A knowledge graph drawn for reading: the DOT meant for Graphviz to lay out, and (in
/// `GraphPicture+Graphviz.swift`) the SVG Graphviz makes of it.
///
/// The DOT is `DOTWriter`'s (the same shapes and colours by entity type, line styles by
/// predicate, roles on affiliation edges, the same quoting of every id and label) with two
/// changes for the eye: entities without any relation are gathered in one cluster,
/// `Not linked to other entities (N)`, laid out as a grid six columns wide instead of a long
/// column; only roles label edges (the legend tells predicates apart by line); and the legend is always there. The cluster comes first in the file, which puts it
/// at the bottom of a `dot` layout (`rankdir=LR`, where file order becomes top-to-bottom order
/// in each rank). Output is deterministic: entities by id, relations by key.
public enum GraphPicture {
  /// The layout engine for `graph`: `LayoutRecommendation.forGraph(nodeCount:)`'s (`dot` up
  /// to 1,500 nodes, `sfdp` above).
  public static func engine(for graph: KnowledgeGraph) -> LayoutEngine {
    LayoutRecommendation.forGraph(nodeCount: graph.entities.count).engine
  }

  /// The DOT text to draw `graph` from.
  /// - Complexity: O((V + E) log(V + E)) for the sort, O(V + E) for the rest.
  public static func dot(_ graph: KnowledgeGraph, engine: LayoutEngine? = nil) -> String {
    var sorted = graph
    sorted.canonicalize()
    var text = ""
    let out: (String) -> Void = { text += $0 }
    // The closures never throw here.
    let engine = engine ?? self.engine(for: sorted)
    try? DOTWriter.header(engine: engine, out)
    if engine == .dot { out("  graph [nodesep=\"0.1\"];\n") }
    let (linked, isolated) = partition(sorted)
    isolatedCluster(isolated, out)
    for entity in linked { out("  " + DOTWriter.nodeLine(entity) + "\n") }
    for relation in sorted.relations { out("  " + edgeLine(relation) + "\n") }
    try? DOTWriter.legend(for: sorted, out)
    out("}\n")
    return text
  }

  /// `DOTWriter.edgeLine` with a label only for a role (on `affiliated_with`): the predicate
  /// shows in the line's style and colour, which the legend explains, and a label on every
  /// edge would double the picture's height.
  static func edgeLine(_ relation: Relation) -> String {
    guard relation.predicate != .affiliatedWith || (relation.role ?? "").isEmpty else {
      return DOTWriter.edgeLine(relation)
    }
    let style = PredicateStyle.of(relation.predicate)
    return DOTText.quotedID(relation.subject.rawValue) + " -> " + DOTText.quotedID(relation.object.rawValue)
      + " [tooltip=" + DOTText.quoted(DOTWriter.edgeLabel(relation)) + ", style=\"" + style.lineStyle
      + "\", color=\"" + style.color + "\"];"
  }

  /// The entities some relation names (as subject or object), and the others; both in the
  /// graph's order.
  static func partition(_ graph: KnowledgeGraph) -> (linked: [Entity], isolated: [Entity]) {
    var ends = Set<EntityID>()
    ends.reserveCapacity(graph.relations.count * 2)
    for relation in graph.relations {
      ends.insert(relation.subject)
      ends.insert(relation.object)
    }
    var linked: [Entity] = []
    var isolated: [Entity] = []
    for entity in graph.entities {
      if ends.contains(entity.id) { linked.append(entity) } else { isolated.append(entity) }
    }
    return (linked, isolated)
  }

  /// The grid's column height for `count` isolated entities: six columns (about as wide as
  /// the rest of a `dot` layout of persons, organizations, events and places), at least one row.
  static func rows(for count: Int) -> Int {
    max(1, (count + 5) / 6)
  }

  /// `subgraph "cluster_isolated"` with the entities in columns of `rows(for:)`, each column
  /// tied to the next by invisible edges (`dot` puts an edge's head one rank further).
  private static func isolatedCluster(_ entities: [Entity], _ out: (String) -> Void) {
    if entities.isEmpty { return }
    out("  subgraph \"cluster_isolated\" {\n")
    out(
      "    label=\"Not linked to other entities (\(entities.count))\"; style=\"rounded\"; color=\"#999999\";\n"
    )
    for entity in entities { out("    " + DOTWriter.nodeLine(entity) + "\n") }
    let rows = rows(for: entities.count)
    for index in entities.indices.dropLast(rows) {
      out(
        "    " + DOTText.quotedID(entities[index].id.rawValue) + " -> "
          + DOTText.quotedID(entities[index + rows].id.rawValue) + " [style=\"invis\"];\n")
    }
    out("  }\n")
  }
}
