import TiesModel

/// The part of a graph `ties export` keeps: the neighbourhood of one entity, the entities of
/// some types, or both; or a path between two entities (`PathSelection`).
///
/// The neighbourhood is taken first, on the whole graph with edges in either direction
/// (networkx's `ego_graph(G.to_undirected(), focus, radius)`); the type filter then keeps the
/// entities of the given types, and always the focus. Relations are kept when both ends are.
struct GraphSelection {
  /// The centre of the neighbourhood, when there is one.
  var focus: EntityID?
  /// Hops from `focus`, at least 0.
  var radius: Int = 1
  /// The types to keep; empty keeps every type.
  var types: Set<EntityType> = []
  /// A path to keep instead of a neighbourhood; `ties export` refuses it beside a focus or
  /// types.
  var path: PathSelection?

  /// Whether the selection keeps the whole graph.
  var keepsEverything: Bool { focus == nil && types.isEmpty && path == nil }

  /// The selected subgraph, entities and relations in their original order, all documents.
  /// - Throws: `IndexError` when a relation names an entity the graph lacks; with a `path`,
  ///   what `PathSelection.apply(to:)` throws.
  /// - Complexity: O(V + E) to index the graph and filter it, plus the BFS.
  func apply(to graph: KnowledgeGraph) throws -> KnowledgeGraph {
    if keepsEverything { return graph }
    if let path { return try path.apply(to: graph) }
    var kept: Set<EntityID>?
    if let focus {
      let index = try graph.index(keepEvidence: false)
      var reached: Set<EntityID> = []
      if let center = index.vertex(focus) {
        let neighborhood = try index.graph.neighborhood(of: center, radius: max(radius, 0))
        for v in neighborhood.vertices { reached.insert(index.ids[Int(v)]) }
      }
      kept = reached
    }
    var result = graph
    result.entities = graph.entities.filter { entity in
      guard kept?.contains(entity.id) ?? true else { return false }
      return types.isEmpty || types.contains(entity.type) || entity.id == focus
    }
    let ids = Set(result.entities.map(\.id))
    result.relations = graph.relations.filter { ids.contains($0.subject) && ids.contains($0.object) }
    return result
  }
}
