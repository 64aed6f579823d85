/// Collects vertices and edges, then builds an `IndexedGraph` in O(V + E).
///
/// ```swift
/// var b = GraphBuilder()
/// let a = b.addVertex(), c = b.addVertex()
/// b.addEdge(from: a, to: c, weight: 2, label: 1)
/// let g = b.build()
/// ```
public struct GraphBuilder: Sendable {
  public private(set) var vertexCount: Int
  private var sources: [Int32] = []
  private var targets: [Int32] = []
  private var weights: [Double] = []
  private var labels: [UInt16] = []

  /// A builder with `vertexCount` vertices already present, room reserved for `edgeCapacity`.
  public init(vertexCount: Int = 0, edgeCapacity: Int = 0) {
    precondition(vertexCount >= 0 && vertexCount < Int(Int32.max), "vertex count out of range")
    self.vertexCount = vertexCount
    reserveEdges(edgeCapacity)
  }

  /// Reserves room for `n` more edges.
  public mutating func reserveEdges(_ n: Int) {
    sources.reserveCapacity(sources.count + n)
    targets.reserveCapacity(targets.count + n)
    weights.reserveCapacity(weights.count + n)
    labels.reserveCapacity(labels.count + n)
  }

  /// Number of edges added so far.
  public var edgeCount: Int { sources.count }

  /// Adds a vertex and returns its index.
  /// - Complexity: O(1).
  @discardableResult
  public mutating func addVertex() -> Int32 {
    precondition(vertexCount < Int(Int32.max) - 1, "too many vertices for Int32 indices")
    vertexCount += 1
    return Int32(vertexCount - 1)
  }

  /// Adds `n` vertices and returns their indices.
  @discardableResult
  public mutating func addVertices(_ n: Int) -> Range<Int32> {
    precondition(n >= 0 && vertexCount + n < Int(Int32.max), "too many vertices for Int32 indices")
    let start = Int32(vertexCount)
    vertexCount += n
    return start..<Int32(vertexCount)
  }

  /// Adds a directed edge and returns its position in the order of edges added (not its id
  /// in the built graph, where edges are numbered by source vertex: see `IndexedGraph`).
  /// - Precondition: both endpoints are vertices already added.
  /// - Complexity: amortized O(1).
  @discardableResult
  public mutating func addEdge(from u: Int32, to v: Int32, weight: Double = 1, label: UInt16 = 0) -> Int32 {
    precondition(u >= 0 && Int(u) < vertexCount && v >= 0 && Int(v) < vertexCount, "unknown endpoint")
    precondition(sources.count < Int(Int32.max) - 1, "too many edges for Int32 ids")
    sources.append(u)
    targets.append(v)
    weights.append(weight)
    labels.append(label)
    return Int32(sources.count - 1)
  }

  /// The indexed graph of everything added.
  /// - Complexity: O(V + E) time (two counting sorts), O(V + E) space.
  public func build() -> IndexedGraph { buildNumbered().graph }

  /// The indexed graph, and for each of its edges the position in the order added of the
  /// edge it came from (`addedOrder[e]`), to carry per-edge data kept elsewhere over to the
  /// graph's numbering.
  /// - Complexity: O(V + E) time and space.
  public func buildNumbered() -> (graph: IndexedGraph, addedOrder: [Int32]) {
    var order: [Int32] = []
    let graph = IndexedGraph(
      vertexCount: vertexCount, sources: sources, targets: targets, weights: weights, labels: labels,
      addedOrder: &order)
    return (graph, order)
  }
}
