import TiesFormats
import TiesGraph
import TiesModel
import TiesQuery

/// What `/graph.svg` draws: the neighbourhood of `focus` within `radius` hops (only entities
/// of `type`, and the focus), or the paths between the two entities of `path` (`k`, `via`),
/// bounded by `Limits` (radius, entities drawn, paths).
struct PictureRequest: Hashable {
  var focus: String?
  var radius = 1
  var types: [String] = []
  var path: [String] = []
  var k = 1
  var via: [String] = []

  /// - Throws: `ServeError.badParameter` for a malformed number or a `path` that is not two ids.
  init(_ parameters: QueryString) throws {
    focus = parameters["focus"]
    radius = try parameters.integer("radius", default: 1, in: 0...Limits.radius)
    types = parameters.list("type").sorted()
    path = parameters.list("path")
    k = try parameters.integer("k", default: 1, in: 1...Limits.k)
    via = parameters.list("via").sorted()
    if !path.isEmpty && path.count != 2 {
      throw ServeError.badParameter(name: "path", message: "two entity ids, separated by a comma")
    }
    if focus == nil && path.isEmpty {
      throw ServeError.badParameter(name: "focus", message: "give a focus (an entity id) or a path (two ids)")
    }
  }

  /// A key for the picture cache, the same for the same picture.
  var cacheKey: String {
    [
      focus ?? "", String(radius), types.joined(separator: ","), path.joined(separator: ","), String(k),
      via.joined(separator: ","),
    ].joined(separator: "\u{1F}")
  }

  /// The subgraph to draw and, when a bound cut it, a note saying so.
  /// - Throws: `ServeError.unknownEntity` for an id not in the graph; `GraphError` for a
  ///   predicate filter the index cannot make.
  /// - Complexity: O(V) for the search's arrays, plus the edges of the vertices drawn.
  func subgraph(_ snapshot: GraphSnapshot) throws -> (graph: KnowledgeGraph, note: String?) {
    let index = snapshot.index
    if path.count == 2 {
      guard let a = snapshot.vertex(id: path[0]) else { throw ServeError.unknownEntity(path[0]) }
      guard let b = snapshot.vertex(id: path[1]) else { throw ServeError.unknownEntity(path[1]) }
      let query = PathQuery(via: via.map { Predicate(rawValue: $0) }, k: k)
      let paths = try snapshot.resources.withFinder { try query.paths(in: index, from: a, to: b, finder: $0) }
      var vertices: [Int32] = [a, b]
      var edges: [Int32] = []
      for p in paths {
        vertices += p.vertices
        edges += p.edges
      }
      return (graph(snapshot, vertices: vertices, edges: edges), paths.isEmpty ? "No path joins them." : nil)
    }
    guard let focus, let center = snapshot.vertex(id: focus) else {
      throw ServeError.unknownEntity(focus ?? "")
    }
    let reached = try index.graph.neighborhood(of: center, radius: radius)
    let wanted = Set(types.map { EntityType(rawValue: $0) })
    let kept = reached.vertices.filter {
      $0 == center || wanted.isEmpty || wanted.contains(snapshot.type($0))
    }
    let drawn = Array(kept.prefix(Limits.pictureNodes))
    let keep = Set(drawn)
    var edges: [Int32] = []
    for v in drawn {
      for (w, e) in index.graph.neighbors(of: v, direction: .outgoing) where keep.contains(w) {
        edges.append(e)
      }
    }
    let note =
      kept.count > drawn.count
      ? "Showing the \(drawn.count) nearest of \(kept.count) entities within \(radius) hops" : nil
    return (graph(snapshot, vertices: drawn, edges: edges), note)
  }

  private func graph(_ snapshot: GraphSnapshot, vertices: [Int32], edges: [Int32]) -> KnowledgeGraph {
    var seen = Set<Int32>()
    let entities = vertices.filter { seen.insert($0).inserted }.map { snapshot.entities[Int($0)] }
    var seenEdges = Set<Int32>()
    let relations = edges.filter { seenEdges.insert($0).inserted }.map { e -> Relation in
      let hop = snapshot.index.hop(e)
      return Relation(
        subject: hop.subject, predicate: hop.predicate, object: hop.object, role: hop.role,
        asOf: hop.details?.asOf, confidence: hop.details?.confidence ?? 1)
    }
    return KnowledgeGraph(entities: entities, relations: relations)
  }
}
