/// The one error type of `TiesGraph`: what an algorithm refused to do, and why.
public enum GraphError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A vertex index outside `0..<vertexCount`.
  case vertexNotFound(Int32)
  /// No path joins the two vertices (under the given filter, direction and hop limit).
  case noPath(from: Int32, to: Int32)
  /// Dijkstra met an edge whose cost is negative or not a number.
  case negativeWeight(edge: Int32)
  /// A power iteration did not converge within its iteration budget.
  case didNotConverge(iterations: Int)
  /// An argument outside its domain (for example `k < 1`), with the reason.
  case invalidArgument(String)

  public var description: String {
    switch self {
    case .vertexNotFound(let v): return "error: vertex \(v) is not in the graph"
    case .noPath(let a, let b): return "error: no path from vertex \(a) to vertex \(b)"
    case .negativeWeight(let e): return "error: edge \(e) has a negative or NaN cost"
    case .didNotConverge(let n): return "error: power iteration did not converge in \(n) iterations"
    case .invalidArgument(let why): return "error: \(why)"
    }
  }
}
