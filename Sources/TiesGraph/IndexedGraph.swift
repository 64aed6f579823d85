/// A directed multigraph on dense `Int32` vertices, stored igraph-style as compressed sparse
/// rows in both directions, with per-edge weight and label in parallel arrays.
///
/// Vertices are `0..<vertexCount`; edges are `0..<edgeCount` in the order they were added.
/// The outgoing edges of `v` are the slice `outOffsets[v]..<outOffsets[v + 1]` of `outTargets`
/// (the far end) and `outEdges` (the edge id); likewise incoming edges in `inSources` and
/// `inEdges`. Within a slice, edges keep their insertion order, so every traversal is
/// deterministic. Algorithms follow edges `.outgoing`, `.incoming` or `.both` ways (the latter
/// treats the graph as undirected) and take an `EdgeFilter` on labels: views without copying.
///
/// Memory: 8 bytes per vertex (two `Int32` offsets) and 34 bytes per edge (source and target,
/// 8; out and in rows with edge ids, 16; weight, 8; label, 2). A million vertices with
/// 3.5 million edges take about 127 MB.
///
/// Build one with `GraphBuilder`. The graph is immutable: changes happen upstream and the
/// index is rebuilt, not patched.
public struct IndexedGraph: Sendable {
  /// Number of vertices.
  public let vertexCount: Int
  /// Source of each edge.
  public let edgeSources: [Int32]
  /// Target of each edge.
  public let edgeTargets: [Int32]
  /// Weight of each edge (a strength for PageRank and Louvain, a cost for Dijkstra).
  public let weights: [Double]
  /// Label of each edge (a predicate code), as `EdgeFilter` selects.
  public let labels: [UInt16]

  /// `vertexCount + 1` offsets into `outTargets` / `outEdges`.
  public let outOffsets: [Int32]
  public let outTargets: [Int32]
  public let outEdges: [Int32]
  /// `vertexCount + 1` offsets into `inSources` / `inEdges`.
  public let inOffsets: [Int32]
  public let inSources: [Int32]
  public let inEdges: [Int32]

  init(
    vertexCount: Int, sources: [Int32], targets: [Int32], weights: [Double], labels: [UInt16]
  ) {
    self.vertexCount = vertexCount
    self.edgeSources = sources
    self.edgeTargets = targets
    self.weights = weights
    self.labels = labels
    (outOffsets, outTargets, outEdges) = IndexedGraph.compress(
      vertexCount: vertexCount, keys: sources, values: targets)
    (inOffsets, inSources, inEdges) = IndexedGraph.compress(
      vertexCount: vertexCount, keys: targets, values: sources)
  }

  /// Number of edges.
  public var edgeCount: Int { edgeSources.count }

  /// Counting sort of edges by `keys`: offsets, the `values` in key order, and edge ids.
  /// - Complexity: O(V + E) time and space.
  private static func compress(
    vertexCount: Int, keys: [Int32], values: [Int32]
  ) -> ([Int32], [Int32], [Int32]) {
    let e = keys.count
    var offsets = [Int32](repeating: 0, count: vertexCount + 1)
    var slotValues = [Int32](repeating: 0, count: e)
    var slotEdges = [Int32](repeating: 0, count: e)
    keys.withUnsafeBufferPointer { k in
      values.withUnsafeBufferPointer { val in
        offsets.withUnsafeMutableBufferPointer { off in
          for i in 0..<e { off[Int(k[i]) + 1] &+= 1 }
          for v in 0..<vertexCount { off[v + 1] &+= off[v] }
          var cursor = Array(off.dropLast())
          cursor.withUnsafeMutableBufferPointer { cur in
            slotValues.withUnsafeMutableBufferPointer { sv in
              slotEdges.withUnsafeMutableBufferPointer { se in
                for i in 0..<e {
                  let key = Int(k[i])
                  let slot = Int(cur[key])
                  cur[key] = cur[key] &+ 1
                  sv[slot] = val[i]
                  se[slot] = Int32(truncatingIfNeeded: i)
                }
              }
            }
          }
        }
      }
    }
    return (offsets, slotValues, slotEdges)
  }

  /// Whether `v` names a vertex of this graph.
  /// - Complexity: O(1).
  @inlinable
  public func contains(_ v: Int32) -> Bool { v >= 0 && Int(v) < vertexCount }

  /// Throws `GraphError.vertexNotFound` unless `v` is a vertex.
  func check(_ v: Int32) throws(GraphError) {
    if !contains(v) { throw GraphError.vertexNotFound(v) }
  }

  /// Out-degree, in-degree, or their sum for `.both` (parallel edges and loops counted as
  /// igraph and networkx's multigraphs count them).
  /// - Complexity: O(1).
  public func degree(of v: Int32, direction: EdgeDirection = .both) -> Int {
    precondition(contains(v), "vertex out of range")
    let i = Int(v)
    let out = Int(outOffsets[i + 1] - outOffsets[i])
    let inn = Int(inOffsets[i + 1] - inOffsets[i])
    switch direction {
    case .outgoing: return out
    case .incoming: return inn
    case .both: return out + inn
    }
  }

  /// The neighbours of `v` reached through edges that pass `filter`, each with the edge id,
  /// in storage order (out-edges first for `.both`); a neighbour appears once per edge.
  /// - Complexity: O(deg(v)).
  public func neighbors(
    of v: Int32, direction: EdgeDirection = .both, filter: EdgeFilter = .all
  ) -> [(vertex: Int32, edge: Int32)] {
    precondition(contains(v), "vertex out of range")
    var result: [(vertex: Int32, edge: Int32)] = []
    let i = Int(v)
    if direction != .incoming {
      for s in Int(outOffsets[i])..<Int(outOffsets[i + 1]) where filter.allows(labels[Int(outEdges[s])]) {
        result.append((outTargets[s], outEdges[s]))
      }
    }
    if direction != .outgoing {
      for s in Int(inOffsets[i])..<Int(inOffsets[i + 1]) where filter.allows(labels[Int(inEdges[s])]) {
        result.append((inSources[s], inEdges[s]))
      }
    }
    return result
  }
}
