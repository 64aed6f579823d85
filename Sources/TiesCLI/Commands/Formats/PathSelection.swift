import ArgumentParser
import TiesGraph
import TiesModel
import TiesQuery

/// The part of a graph `ties export --path FROM TO` keeps: the entities of one shortest path
/// between two entities and the relations it walks.
///
/// The path is the one `ties path FROM TO` prints: fewest hops, relations walked either way,
/// found by bidirectional search on the graph's index. The names are matched by the same
/// `NameMatcher` (an id, a name or alias in either order or another romanization, an acronym,
/// the words of a name), so they are forgiven and refused alike. Entities and relations keep
/// their order in the graph; of parallel relations between two entities on the path, only the
/// one the path walks is kept. From an entity to itself the path is that entity alone.
struct PathSelection: Equatable {
  /// The name, alias or id where the path starts.
  var from: String
  /// Where it ends.
  var to: String

  /// The path's subgraph, with all documents.
  /// - Throws: `IndexError` when a relation names an entity the graph lacks; `ExitCode(3)`,
  ///   after printing the candidates, suggestions or "no path", when a name is ambiguous or
  ///   unknown or no path joins the two entities.
  /// - Complexity: O(V + E) to index the graph and filter it, O(V · L) to match names of
  ///   length L, and O(V + E) for the search in the worst case.
  func apply(to graph: KnowledgeGraph) throws -> KnowledgeGraph {
    let index = try graph.index(keepEvidence: false)
    var aliases: [Int32: [String]] = [:]
    for entity in graph.entities where !entity.aliases.isEmpty {
      if let v = index.vertex(entity.id) { aliases[v] = entity.aliases }
    }
    let matcher = NameMatcher(index: index, aliases: aliases)
    let (a, b) = (try matcher.vertex(named: from), try matcher.vertex(named: to))
    let path: GraphPath
    do {
      path = try PathFinder(graph: index.graph).shortestPath(from: a, to: b)
    } catch GraphError.noPath {
      Diagnostics.error("error: no path from \(matcher.describe(a)) to \(matcher.describe(b))")
      throw ExitCode(ExitCodes.notFound)
    }
    // Edge e of the index is the e-th relation of the graph (`KnowledgeGraph.index`).
    let vertices = Set(path.vertices.map { index.ids[Int($0)] })
    let edges = Set(path.edges.map { Int($0) })
    var result = graph
    result.entities = graph.entities.filter { vertices.contains($0.id) }
    result.relations = graph.relations.indices.filter { edges.contains($0) }.map { graph.relations[$0] }
    return result
  }
}
